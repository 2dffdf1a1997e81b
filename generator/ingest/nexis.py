"""Text exports of Nexis (LexisNexis): many documents in one file, each closed by 'End of Document'.

A document opens with its headline, the source and the date ('October 6, 2009 Tuesday 6:17 AM
EST'), then fields ('Section:', 'Length: 268 words', 'Dateline:'); its story follows a line
'Body' and ends before 'Load-Date:'. The results list stands above the first document, set off
by a rule of underscores.
"""
from __future__ import annotations

import re

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle

_DOCUMENT_END = re.compile(r"^End of Document[ \t]*$", re.MULTILINE)
_BODY = re.compile(r"^Body[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^_{20,}[ \t]*$", re.MULTILINE)
_LOAD_DATE = re.compile(r"^Load-Date:", re.MULTILINE)


def is_nexis_export(text: str) -> bool:
    return _DOCUMENT_END.search(text) is not None and _BODY.search(text) is not None


def read_nexis_export(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    from generator.ingest.textpage import read_export_document

    out: list[Draft | NotAnArticle] = []
    # What follows the last 'End of Document' is no document.
    for number, document in enumerate(_DOCUMENT_END.split(text)[:-1], 1):
        body = _BODY.search(document)
        if body is None:
            out.append(NotAnArticle(f"document {number}: no 'Body' line above a story"))
            continue
        head = _RULE.split(document[:body.start()])[-1]
        lines = [line.strip() for line in head.splitlines() if line.strip()]
        story = _LOAD_DATE.split(document[body.end():], 1)[0]
        stamp = next((line for line in lines[1:] if dates.parse_full_date(line)), "")
        out.append(read_export_document(number, lines[0] if lines else "", stamp, story.strip(), source_file))
    return out
