"""The stems every report word begins with: an article holding none of them reports nothing.

Kept apart from the vocabulary so that a build can skip such an article, most of them, without
loading (and compiling) the extraction rules.
"""
from __future__ import annotations

import re

# Every report word of vocabulary.py and cjk.py begins with one of these (lower-cased), as do the
# words of visits and talks; tests/test_vocabulary.py checks that the list covers them all.
REPORT_STEMS = (
    "messag", "letter", "greet", "congrat", "felicit", "condol", "sympath", "thank", "gratitude",
    "telegram", "cable", "card", "missive", "repl", "respond", "answer", "wish", "wrote", "writes to", "written to", "note ", "note,",
    "visit", "arriv", "talks", "summit", "met with",
    "поздрав", "открытк", "соболезн", "сочувств", "приветств", "послани", "телеграм", "письм", "благодар", "написал",
    "贺", "唁", "哀悼", "慰问", "问候", "感谢", "电", "信", "函", "축", "조전", "조의", "애도", "위문", "답전", "회답", "감사", "연하장", "년하장",
    "인사", "친서", "서한", "편지", "전문", "메시지", "메쎄지", "電", "見舞", "返書", "年賀", "親書", "書簡", "メッセージ",
)
_LATIN_STEMS = tuple(stem for stem in REPORT_STEMS if stem.isascii())
_SCRIPT_STEMS = tuple(stem for stem in REPORT_STEMS if not stem.isascii())
_OTHER_SCRIPT = re.compile("[" + "".join(sorted({stem[0] for stem in _SCRIPT_STEMS})) + "]")


def may_report(text: str) -> bool:
    """Whether text (lower-cased) holds any report stem. Substring tests rather than one regex
    alternation: Python's re tries every branch at every position, ~6x slower on domestic news."""
    for stem in _LATIN_STEMS:  # a loop: any() over a generator costs a third more on this hot path
        if stem in text:
            return True
    return not text.isascii() and bool(_OTHER_SCRIPT.search(text)) and any(stem in text for stem in _SCRIPT_STEMS)
