"""Text exports of the Factiva news database: many documents in one file, each closed by its id.

A document opens with its headline, the source and a word count ('212 words'), then the date,
the source again, its code, the language and a copyright line; the story follows. A search
summary may stand before the first document and after the last.
"""
from __future__ import annotations

import re

from generator.ingest.draft import Draft, NotAnArticle

_DOCUMENT_END = re.compile(r"^Document [A-Za-z0-9]{16,}[ \t]*$", re.MULTILINE)
_WORD_COUNT = re.compile(r"^\s*\d[\d,]*\s+words\s*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:\(c\)|©|copyright\b)", re.IGNORECASE)
_RULE = re.compile(r"^\s*[-=_]{5,}\s*$")  # a line drawn between documents
_FIELDS_MAX = 10  # lines of the metadata block under the word count


def is_factiva_export(text: str) -> bool:
    return _DOCUMENT_END.search(text) is not None and any(_WORD_COUNT.match(line) for line in text.splitlines())


def read_factiva_export(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    from generator.ingest.textpage import read_export_document

    out: list[Draft | NotAnArticle] = []
    # The part after the last document's id is the export's closing summary, not a document.
    for number, document in enumerate(_DOCUMENT_END.split(text)[:-1], 1):
        lines = document.strip("\n").splitlines()
        counted = next((i for i, line in enumerate(lines) if _WORD_COUNT.match(line)), None)
        if counted is None:
            out.append(NotAnArticle(f"document {number}: no word count line under a headline"))
            continue
        blocks = _blocks(lines[:counted])
        fields = lines[counted + 1: counted + 1 + _FIELDS_MAX]
        # The headline is the block above the word count, or above the source's ('RIA Novosti' /
        # '212 words') when the source stands there too: it is named again under the date. What
        # stands above is the export's search summary.
        sources = {line.strip().lower() for line in fields}
        named_source = len(blocks) > 1 and " ".join(blocks[-1]).lower() in sources
        headline = " ".join(blocks[-2] if named_source else blocks[-1])
        end = next((i for i, line in enumerate(fields) if _COPYRIGHT.match(line)), None)
        story = lines[counted + 1 + (end + 1 if end is not None else 0):]
        stamp = next((line.strip() for line in fields if line.strip()), "")
        out.append(read_export_document(number, headline, stamp, "\n".join(story), source_file))
    return out


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip() and not _RULE.match(line):
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block] or [[""]]
