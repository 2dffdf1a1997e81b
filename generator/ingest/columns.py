"""Text copied from a page set in two columns (a PDF converted with its layout kept): each line
holds a line of the left column and one of the right, side by side. Read column by column.

A page's gutter is the text column that no line, or almost none, writes in, and that many lines
have words on both sides of. Pages are parted by form feeds.
"""
from __future__ import annotations

import re

_GUTTER_MIN_LINES = 6  # lines with words on both sides of the gutter
_GUTTER_MIN_SHARE = 0.3  # of a page's lines with words
_CROSSING_MAX_SHARE = 0.15  # lines that write across it (a masthead, a rule)
_MARGIN = 12  # characters: a gutter is not at a page's edge
_GAP = re.compile(r"\S {2,}(?=\S)")


def split_columns(text: str) -> str:
    """The text with every two-column page read left column first; unchanged if none is."""
    if "   " not in text:
        return text
    pages = text.split("\f")
    read = [_read_page(page) for page in pages]
    return "\f".join(read) if read != pages else text


def _read_page(page: str) -> str:
    lines = page.split("\n")
    gutter = _gutter(lines)
    if gutter is None:
        return page
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if len(line) > gutter and line[gutter - 1] != " ":
            left.append(line)  # written across the gutter: a masthead or a rule, kept whole
            continue
        left.append(line[:gutter].rstrip())
        right.append(line[gutter:].rstrip())
    return "\n".join(_paragraphs(left) + [""] + _paragraphs(right))


def _gutter(lines: list[str]) -> int | None:
    worded = [line for line in lines if line.strip()]
    gaps = [m for line in worded for m in _GAP.finditer(line)]
    if len(gaps) < _GUTTER_MIN_LINES:  # most text copies: no need to look further
        return None
    width = max(len(line) for line in worded)
    # Only where some line has a gap of spaces can the gutter be.
    columns = sorted({column for m in gaps for column in range(m.start() + 2, m.end())
                      if _MARGIN <= column < width - _MARGIN})
    best, best_count = None, 0
    for column in columns:
        both = crossing = 0
        for line in worded:
            if len(line) <= column:
                continue
            if line[column - 1: column + 1].strip():
                crossing += 1
            elif line[:column].strip() and line[column:].strip():
                both += 1
        if crossing <= _CROSSING_MAX_SHARE * len(worded) and both > best_count:
            best, best_count = column, both
    if best is None or best_count < max(_GUTTER_MIN_LINES, _GUTTER_MIN_SHARE * len(worded)):
        return None
    # The right column starts where its lines start: move the cut to the first column they share.
    starts = [len(line) - len(line[best:].lstrip()) for line in worded if len(line) > best and line[best:].strip()]
    return min(starts) if starts else best


def _paragraphs(lines: list[str]) -> list[str]:
    """A column's lines joined into paragraphs: a blank line or an indented line starts one; a word
    broken at a line's end with a hyphen is joined again."""
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    out: list[str] = []
    current = ""
    for line in lines:
        if not line.strip():
            if current:
                out.extend([current, ""])
            current = ""
            continue
        text = line.strip()
        if current and len(line) - len(line.lstrip()) > indent + 1:
            out.extend([current, ""])
            current = ""
        current = join_wrapped(current, text) if current else text
    if current:
        out.append(current)
    return out


BROKEN_WORD = re.compile(r"[A-Za-z]-$")


def join_wrapped(line: str, following: str) -> str:
    """Two lines of one paragraph as one: 'consol-' + 'idate' is 'consolidate', 'DPRK-' + 'China'
    is 'DPRK-China'."""
    if BROKEN_WORD.search(line):
        return line[:-1] + following if following[:1].islower() else line + following
    return f"{line} {following}"
