"""Small pure helpers on text shared by every stage: slugs, hashes, white space, language."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII, lower-case, hyphenated; cut at a word boundary. May be empty for non-Latin text."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def short_hash(*parts: str, length: int = 8) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def fold_space(text: str) -> str:
    """Runs of spaces (no-break and typographic ones included) folded to one; ends trimmed."""
    if text.isascii() and "  " not in text and "\t" not in text:  # nothing to fold: most lines
        return text.strip()
    return _SPACE.sub(" ", text).strip()


def content_words(text: str) -> set[str]:
    """Lower-case words of three letters or more: enough to compare a title with a body."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower())}


_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7a3]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)


_LETTER = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> str:
    """The language a body is written in, by script; Latin script counts as English."""
    sample = text[:4000]
    if sample.isascii():
        return "en"
    letters = len(_LETTER.findall(sample)) or 1
    for code, script in _SCRIPTS:
        if len(script.findall(sample)) / letters > 0.2:
            return code
    return "en"


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def word_count(text: str) -> int:
    """Words split on spaces; Chinese and Japanese write without spaces, so two characters count
    as a word there (Korean spaces its words, and its syllables are counted the same way)."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if cjk > len(text) / 3:
        return max(len(text.split()), cjk // 2)
    return len(text.split())
