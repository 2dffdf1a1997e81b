"""The dateline that opens a news story: 'Pyongyang, March 23 (KCNA) --', 'Beijing, 11 July 2021 (TDI)-'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.dates import PartialDate, find_written_dates, safe_date

DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’ -]{1,40}(?:/[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’ -]{1,40})*),\s*"
    r"(?P<date>[A-Za-zА-Яа-яЁё0-9 ,.]{3,30}?)\s*"
    r"(?:(?:\((?P<agency>[A-Za-zА-ЯЁ][\w .&-]{0,30})\))?\s*(?P<dash>--|—|–|-|:)"
    # TASS: 'MOSCOW, August 2. /TASS/.', 'ПХЕНЬЯН, 24 марта. /ТАСС/.'
    r"|\.?\s*/(?P<slashed>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё-]{1,20})/\.?)\s*")


# Chinese agencies: '新华社北京10月6日电', '新华社平壤2015年10月9日电（记者 …）'; KCNA in Korean:
# '(평양 10월 6일발 조선중앙통신)'.
CJK_DATELINE = re.compile(
    r"^\s*(?:(?:新华社|新華社|中新社|中国新闻社|人民网|央视网|国际在线)\s*)?(?P<place>[\u4e00-\u9fff]{2,6}?)\s*"
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*(?:电|電|讯|訊)|"
    r"^\s*[(（【\[]\s*(?P<ko_place>[\uac00-\ud7a3]{2,6})\s+(?:(?P<ko_year>\d{4})년\s*)?(?P<ko_month>\d{1,2})월\s*"
    r"(?P<ko_day>\d{1,2})일발\s*[\uac00-\ud7a3 ]{2,12}[)）】\]]")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: PartialDate
    agency: str | None
    end: int  # where the story text proper begins


def find_dateline(body: str) -> Dateline | None:
    m = DATELINE.match(body)
    if not m:
        return _cjk_dateline(body)
    written = find_written_dates(m["date"])
    if len(written) != 1:
        return None
    return Dateline(place=m["place"].strip(), date=written[0], agency=m["agency"] or m["slashed"], end=m.end())


def _cjk_dateline(body: str) -> Dateline | None:
    m = CJK_DATELINE.match(body)
    if not m:
        return None
    place, year, month, day = (m["place"], m["year"], m["month"], m["day"]) if m["place"] else \
        (m["ko_place"], m["ko_year"], m["ko_month"], m["ko_day"])
    if safe_date(int(year) if year else 2000, int(month), int(day)) is None:
        return None
    date = PartialDate(int(month), int(day), int(year) if year else None, m.start(), m.end())
    return Dateline(place=place, date=date, agency=None, end=m.end())
