"""CSV exports of a news database or a scraper: one article per row, named by the header."""
from __future__ import annotations

import csv
import io

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.jsonlines import HTML_KEYS, TEXT_KEYS, TITLE_KEYS, read_scraped_record

_DELIMITERS = ",;\t"


def is_csv_export(text: str) -> bool:
    """A header row that names a title column and a text column, split by commas, semicolons or tabs."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    for delimiter in _DELIMITERS:
        columns = {c.strip().strip('"').lower() for c in header.split(delimiter)}
        if len(columns) >= 2 and columns & set(TITLE_KEYS) and columns & {k.lower() for k in TEXT_KEYS + HTML_KEYS}:
            return True
    return False


def read_csv_export(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header.count)
    out: list[Draft | NotAnArticle] = []
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        return [NotAnArticle(f"CSV cannot be read: {exc}")]
    for number, row in enumerate(rows, 2):  # the header is line 1
        record = {(key or "").strip().lower() if (key or "").strip().lower() in TITLE_KEYS else (key or "").strip(): value
                  for key, value in row.items() if isinstance(value, str)}
        try:
            out.append(read_scraped_record(record, source_file, f"row {number}"))
        except NotAnArticle as reason:
            out.append(reason)
    return out or [NotAnArticle("CSV holds no rows")]
