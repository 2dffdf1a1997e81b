"""The dateline that opens a news story: 'Pyongyang, March 23 (KCNA) --', 'Beijing, 11 July 2021 (TDI)-'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.dates import PartialDate, find_written_dates

DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}(?:/[A-Z][A-Za-z.'’ -]{1,40})*),\s*"
    r"(?P<date>[A-Za-z0-9 ,.]{3,30}?)\s*"
    r"(?:(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?\s*(?P<dash>--|—|–|-|:)"
    # TASS: 'MOSCOW, August 2. /TASS/.'
    r"|\.?\s*/(?P<slashed>[A-Z][A-Za-z-]{1,20})/\.?)\s*")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: PartialDate
    agency: str | None
    end: int  # where the story text proper begins


def find_dateline(body: str) -> Dateline | None:
    m = DATELINE.match(body)
    if not m:
        return None
    written = find_written_dates(m["date"])
    if len(written) != 1:
        return None
    return Dateline(place=m["place"].strip(), date=written[0], agency=m["agency"] or m["slashed"], end=m.end())
