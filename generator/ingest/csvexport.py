"""CSV exports of a news database or a scraper: one article per row, named by the header."""
from __future__ import annotations

import csv
import io
import re

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.jsonlines import (ANCHOR_KEYS, DATE_KEYS, HTML_KEYS, PUBLISHER_KEYS, TEXT_KEYS, TITLE_KEYS,
                                        read_scraped_record)

_DELIMITERS = ",;\t"


def _column(name: str) -> str:
    """A column's name as matched: 'Full Text', 'full_text' and 'FullText' are one."""
    return re.sub(r"[\s_-]+", "", name.strip().strip('"')).lower()

# A column 'Title', 'TEXT' or 'pubdate' is the record key it names, in the case the record reader uses.
_KEYS = {_column(key): key for key in TITLE_KEYS + TEXT_KEYS + HTML_KEYS + DATE_KEYS + ANCHOR_KEYS + PUBLISHER_KEYS
         + ("url", "link", "language")}


def _delimiter(text: str) -> str | None:
    """The delimiter of a header row that names a title column and a text column."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    for delimiter in sorted(_DELIMITERS, key=header.count, reverse=True):
        keys = {_KEYS.get(_column(c)) for c in header.split(delimiter)}
        if keys & set(TITLE_KEYS) and keys & set(TEXT_KEYS + HTML_KEYS):
            return delimiter
    return None


def is_csv_export(text: str) -> bool:
    return _delimiter(text) is not None


def read_csv_export(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    text = text.lstrip("\ufeff")
    out: list[Draft | NotAnArticle] = []
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=_delimiter(text) or ","))
    except csv.Error as exc:
        return [NotAnArticle(f"CSV cannot be read: {exc}")]
    for number, row in enumerate(rows, 1):
        record = {_KEYS.get(_column(key or ""), (key or "").strip()): value
                  for key, value in row.items() if isinstance(value, str)}
        try:
            out.append(read_scraped_record(record, source_file, f"row {number}"))
        except NotAnArticle as reason:
            out.append(reason)
    return out or [NotAnArticle("CSV holds no rows")]
