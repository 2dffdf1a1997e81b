"""Dates written the ways news pages write them, parsed without guessing the year or order.

Pure functions: a parser reports what the text says (day, month, maybe year), and callers settle
the rest against the article's date, the publisher's convention or the dateline.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# The months by their full English names, for patterns that name them.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Russian month names in the genitive, as dates are written ("12 июня 2023 года")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # and as sites abbreviate them ("24 МАР 2024", "1 нояб. 2023")
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "май": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "March 23", "March 23, 2021", "Oct. 7 2024", KCNA's archive "April 15. 2010"
MONTH_DAY = re.compile(rf"(?<![A-Za-z]){_MONTH}\s+{_DAY}(?!\d)(?:[,.]?\s*{_YEAR}(?!\d))?", re.IGNORECASE)
# "23 March", "11 July 2021", "7th of October 2024", "01-Jan-2025"
DAY_MONTH = re.compile(rf"(?<!\d){_DAY}(?:\s+(?:of\s+)?|-){_MONTH}(?![a-z])(?:(?:,?\s*|-){_YEAR}(?!\d))?", re.IGNORECASE)
# "12 июня", "1 августа 2024 года"
RU_DAY_MONTH = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|"
                          r"сентября|октября|ноября|декабря|янв|февр?|мар|апр|май|июн|июл|авг|сент?|окт|нояб?|дек)"
                          r"(?![а-я])\.?(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?", re.IGNORECASE)
# no word boundary before the year: '송고2024-01-01' glues a label to the date
ISO_DATE = re.compile(r"(?<![\d.:/-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d:-])")
# The place and day a letter or message is signed with, on a line of its own below the signer's name
# and titles: "Beijing, October 31, 2022 -0-", "Pyongyang, 12 October 2024".
SIGNING_LINE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},\s*)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?|"
                          r"\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+(?:19|20)\d\d\s*(?:-0-)?\s*$")
# '23/03/2021', '2021.03.23', and with dashes when the year is last ('09-09-2013'; year first is ISO_DATE).
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,4})(?P<separator>[./]|-(?=\d{1,2}-(?:19|20)\d\d(?![\d-])))(?P<b>\d{1,2})"
                          r"(?P=separator)(?P<c>\d{1,4})\b")
CJK_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")


@dataclass(frozen=True)
class PartialDate:
    """What a piece of text says about a day; year is None when the text leaves it out."""

    month: int
    day: int
    year: int | None
    start: int
    end: int

    def resolve(self, year: int) -> dt.date | None:
        return safe_date(self.year or year, self.month, self.day)


# '/2019/06/22/': the day in a story's address
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|$|[-_]?[a-z])|"
                       # KCNA's '/item/2009/200910/news06/20091006-02ee.html': the day in eight figures
                       r"/(?P<y8>(?:19|20)\d\d)(?P<m8>[01]\d)(?P<d8>[0-3]\d)[-_][\w-]*\.\w+$")


def url_date(url: str) -> dt.date | None:
    m = _URL_DATE.search(url)
    if m is None:
        return None
    return safe_date(int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else safe_date(int(m["y8"]), int(m["m8"]), int(m["d8"]))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")


def find_written_dates(text: str) -> list[PartialDate]:
    """Every 'March 23[, 2021]' or '23 March[ 2021]' in text, in order, valid days only."""
    if not _DIGIT.search(text):  # most sentences: each pattern below needs a digit
        return []
    found: list[PartialDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in (MONTH_DAY, DAY_MONTH, RU_DAY_MONTH):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month = MONTHS[m.group("month").lower().rstrip(".")]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if safe_date(year or 2000, month, day) is None:
                continue
            found.append(PartialDate(month, day, year, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in CJK_DATE.finditer(text):
        month, day = int(m.group("month")), int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
        if safe_date(year or 2000, month, day):
            found.append(PartialDate(month, day, year, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


_ERA_MONTH_DAY = re.compile(r"(?P<year>(?:19|20)\d\d)\s+(?P<md>[01]?\d\s*\.\s*[0-3]?\d)\b")
# The DPRK's own era before the common year: '주체112(2023)년', 'Juche 112 (2023)'.
_JUCHE_ERA = re.compile(r"(?:주체|Juche\s*)\d{1,3}\s*\(\s*(?P<year>(?:19|20)\d\d)\s*\)", re.IGNORECASE)


def common_era(text: str) -> str:
    """Text with the DPRK's era left out where it stands before the common year; KCNA's month
    and day after it ('Juche 98 (2009) 10.04') joined to the year as a date."""
    if not _JUCHE_ERA.search(text):
        return text
    return _ERA_MONTH_DAY.sub(r"\g<year>.\g<md>", _JUCHE_ERA.sub(r"\g<year>", text))


# A Unix time stamp from 1990 to 2100 in seconds; above that, in milliseconds.
_EPOCH_RANGE = (631_152_000, 4_102_444_800)


def epoch_date(value: float) -> dt.date | None:
    """The UTC day of a Unix time stamp in seconds or milliseconds (APIs and pages write both)."""
    if not _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1] * 1000:
        return None
    return dt.datetime.fromtimestamp(value / 1000 if value > _EPOCH_RANGE[1] else value, dt.UTC).date()


def parse_full_date(text: str, order: str = "dmy") -> dt.date | None:
    """A complete date in text (ISO, numeric in the given order, or written out with a year)."""
    text = common_era(text.strip())
    m = ISO_DATE.search(text)
    if m:
        return safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    numeric = parse_numeric_date(text, order)
    if numeric:
        return numeric
    for written in find_written_dates(text):
        if written.year:
            return written.resolve(written.year)
    return None


def parse_numeric_date(text: str, order: str) -> dt.date | None:
    """'23/03/2021' read in the given order ('dmy', 'mdy' or 'ymd'); a 4-digit first part is ymd."""
    m = NUMERIC_DATE.search(text)
    if not m:
        return None
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:
        return safe_date(int(a), int(b), int(c))
    if len(c) != 4:
        return None
    first, second, year = int(a), int(b), int(c)
    month, day = (first, second) if order == "mdy" else (second, first)
    # '12/20/2011' can only be month first, whatever order the caller expects
    return safe_date(year, month, day) or (safe_date(year, day, month) if month > 12 else None)


_WEEKDAY_NAME = re.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE)


def named_weekday(text: str) -> int | None:
    """The one day of the week a line names ('Monday, 08/05/2024'), if it names one."""
    named = {m["day"].lower() for m in _WEEKDAY_NAME.finditer(text)}
    if len(named) != 1:
        return None
    short = named.pop()
    return next(number for name, number in WEEKDAYS.items() if name.startswith(short))


def numeric_date_readings(text: str) -> list[dt.date]:
    """Both readings of an ambiguous numeric date ('08/10/2024'), valid ones only, dmy first."""
    m = NUMERIC_DATE.search(text)
    if not m or len(m["c"]) != 4 or len(m["a"]) == 4:
        return []
    first, second, year = int(m["a"]), int(m["b"]), int(m["c"])
    readings = [safe_date(year, second, first), safe_date(year, first, second)]
    unique: list[dt.date] = []
    for day in readings:
        if day and day not in unique:
            unique.append(day)
    return unique


def last_on_or_before(month: int, day: int, anchor: dt.date, slack: dt.timedelta = dt.timedelta(0)) -> dt.date | None:
    """The last month/day on or before anchor (give or take slack): the day a story, a capture or a
    report came after, whose year the text leaves out."""
    day_this_year = safe_date(anchor.year, month, day)
    if day_this_year is not None and day_this_year <= anchor + slack:
        return day_this_year
    return safe_date(anchor.year - 1, month, day)


def closest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month/day nearest to anchor, looking mostly backwards: news reports what has happened.

    A report dated 2 January that says "on December 31" means the previous year.
    """
    candidates = [safe_date(anchor.year + delta, month, day) for delta in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None

    def distance(candidate: dt.date) -> int:
        gap = (candidate - anchor).days
        return -gap if gap <= 0 else gap * 6  # news reports what happened: the future is rarely meant

    return min(valid, key=distance)


def previous_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The last day on or before anchor that falls on weekday (0 = Monday)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
