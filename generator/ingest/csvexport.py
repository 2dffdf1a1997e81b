"""CSV exports of a news database or a scraper: one article per row, named by the header."""
from __future__ import annotations

import csv
import io
import re

from generator import dates
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


# A researcher's log of messages: a row per message, naming who sent what to whom on which day.
_LOG_COLUMNS = {"from": ("from", "sender", "sentby"), "to": ("to", "recipient", "addressee", "sentto"),
                "date": tuple(_column(key) for key in DATE_KEYS), "type": ("type", "kind", "message", "messagetype"),
                "occasion": ("occasion", "subject", "about", "on")}
_LOG_HEADER_REACH = 5  # lines of notes a log may open with before its header


def _log_header(text: str) -> tuple[int, str, dict[str, str]] | None:
    """(line of the header, delimiter, the log's columns by role) of a message log."""
    for number, line in enumerate(text.lstrip("\ufeff").split("\n")[:_LOG_HEADER_REACH]):
        for delimiter in _DELIMITERS:
            names = {_column(cell): cell.strip().strip('"') for cell in line.split(delimiter)}
            roles = {role: next((names[c] for c in columns if c in names), None) for role, columns in _LOG_COLUMNS.items()}
            if roles["from"] and roles["to"] and roles["date"]:
                return number, delimiter, {role: name for role, name in roles.items() if name}
    return None


def is_csv_export(text: str) -> bool:
    return _delimiter(text) is not None or _log_header(text) is not None


def _read_message_log(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    """Each row a message, told as a sentence: 'Hu Jintao sent a congratulatory message to Kim Jong Un
    (elected First Secretary of the WPK).' The extractor then reads it as it reads a report."""
    number, delimiter, roles = _log_header(text)
    try:
        rows = list(csv.DictReader(io.StringIO("\n".join(text.lstrip("\ufeff").split("\n")[number:])),
                                   delimiter=delimiter))
    except csv.Error as exc:
        return [NotAnArticle(f"CSV cannot be read: {exc}")]
    out: list[Draft | NotAnArticle] = []
    for position, row in enumerate(rows, 1):
        cell = {role: (row.get(name) or "").strip() for role, name in roles.items()}
        day = dates.parse_full_date(cell["date"]) if cell["date"] else None
        if not (cell["from"] and cell["to"] and day):
            out.append(NotAnArticle(f"row {position} names no sender, recipient and date"))
            continue
        what = cell.get("type") or "message"
        occasion = f" ({cell['occasion']})" if cell.get("occasion") else ""
        out.append(Draft(title=f"{cell['from']} to {cell['to']}: {what}", source_file=source_file,
                         body=f"{cell['from']} sent a {what} to {cell['to']}{occasion}.",
                         published=day, published_from="metadata"))
    return out or [NotAnArticle("CSV holds no rows")]


def read_csv_export(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    if _delimiter(text) is None and _log_header(text) is not None:
        return _read_message_log(text, source_file)
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
