"""The day a message was sent: what the text says, else what the calendar says, else the article's.

Each answer carries how it was found (date_from): 'explicit' ("on October 7"), 'relative'
("on Sunday", "yesterday"), 'calendar' (the 75th anniversary of relations set up on 1949-10-06),
'article' (the article's own date).
"""
from __future__ import annotations

import datetime as dt
import re

from generator import dates

# "KCNA reported today": the day of the report, not of the message.
_RELATIVE = re.compile(r"(?<!\bsaid\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bstated\s)(?<!\bcarried\s)"
                       r"(?<!\bpublished\s)\b(?P<word>yesterday|today|tonight|this\s+morning|this\s+evening|the\s+day\s+before|"
                       r"the\s+previous\s+day|a\s+day\s+earlier|"
                       # Russian "вчера" (yesterday) and a bare "накануне" (the day before), not "накануне
                       # праздника" (on the eve of the holiday): a verb, a time of day or a stop follows it.
                       r"вчера|накануне(?=\s*[,.;—–-]|\s+(?:вечером|утром|днём|днем|ночью|[а-яё]+л[аио]?)\b|"
                       # or a subject in the nominative: "Накануне Председатель ... направил"
                       r"\s+(?:Председатель|Президент|Глава|Лидер|Генеральный|Высший|Руководитель)\b))\b",
                       re.IGNORECASE)
# Korean and Chinese write these with no spaces or word ends around them: "전날 보낸", "전날에", "昨天致电".
_CJK_RELATIVE = re.compile(r"(?P<word>전날|어제|오늘|前一天|昨天|昨日|今天|今日)")
# Japanese '前日' (the day before); in Chinese it may be the day before yesterday.
_KANA = re.compile(r"[\u3040-\u30ff]")
# The words of _RELATIVE and _CJK_RELATIVE that mean the day before the report.
_DAY_BEFORE = ("yesterday", "the day before", "the previous day", "a day earlier", "вчера", "накануне", "전날", "어제", "前一天",
               "昨天", "昨日")
# "KCNA said on Thursday (that) Kim had sent the message the previous day": the day before the report.
_REPORT_DAY = re.compile(r"\b(?:said|reported|announced|stated|carried|published)\s+(?:on\s+)?"
                         r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def report_weekday(text: str) -> int | None:
    """The weekday a text says its report came out ("state media reported Wednesday")."""
    m = _REPORT_DAY.search(text)
    return dates.WEEKDAYS[m["day"].lower()] if m else None


def report_day_of_month(text: str) -> int | None:
    """The day of the month a text says its report came out ('조선중앙통신이 1일 보도했다')."""
    note = _TODAY_NOTE.search(text) if not text.isascii() else None
    return int(re.search(r"\d{1,2}", note.group())[0]) if note else None


# "on Sunday", "last Monday", and the wire style "exchanged messages Monday", "Tuesday sent";
# not the day a report came out ("state media said Monday").
_WEEKDAY = re.compile(r"(?:\b(?:on|last|this)\s+|(?<!\bsaid\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bstated\s)"
                      r"(?<!\breports\s)(?<!\bsays\s)\b)"
                      r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# The same in Russian ("в субботу"), Korean ("토요일") and Chinese ("星期六", "周六").
_OTHER_WEEKDAY = re.compile(r"\bв[о]?\s+(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b|"
                            r"(?P<ko>[월화수목금토일])요일|(?:星期|周)(?P<zh>[一二三四五六日天])", re.IGNORECASE)
_OTHER_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
                   "воскресенье": 6, "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6,
                   "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# The day a report came out, not the day of the sending: "сообщило в воскресенье", "일요일 보도했다".
_REPORTED_BEFORE = re.compile(r"(?:сообщ|заяв|опубликова|распростран|переда[её]т|пишет)[а-яё]*\s+$", re.IGNORECASE)
# Words that follow the day of a report in Chinese and Korean: '21日电', '21日报道', '21일발', '일요일 보도했다'.
_REPORT_WORDS = r"电|電|报道|報道|报导|報導|发布|發佈|發布|발표|발|보도|전했|밝혔"
_REPORTED_AFTER = re.compile(rf"\s*(?:[(（]\s*\d{{1,2}}\s*[日일]\s*)?[)）]?\s*(?:{_REPORT_WORDS})")
# "in 2019", "since 2012", "in the spring of 2019", "Kim's June 2022 Russia Day message".
_YEAR_ONLY = re.compile(r"\b(?:in|since|back\s+in)\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*)?"
                        rf"(?P<year>(?:19|20)\d\d)\b|\b(?P<month>{dates.MONTH_NAMES})\s+(?P<month_year>(?:19|20)\d\d)\b|"
                        # "В 2021 году Путин и Ким Чен Ын обменялись посланиями"
                        r"\bв\s+(?P<ru_year>(?:19|20)\d\d)\s*(?:году|г\.)|"
                        # "Compare 2021, when Kim sent Xi a message"
                        r"\b(?P<when_year>(?:19|20)\d\d),?\s+when\b|"
                        # "В августе 2022 года Путин поздравил Ким Чен Ына"
                        r"\bв\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\s+"
                        r"(?P<ru_month_year>(?:19|20)\d\d)\b|"
                        # a related headline's year: "Kim Jong Un Congratulates Xi Jinping on PRC Founding Anniversary (2022)"
                        r"[(（](?P<paren_year>(?:19|20)\d\d)[)）](?!\s*[년年])", re.IGNORECASE)
# "It is a long way from November, when Kim sent Xi a message": a month the text looks back to
_MONTH_WHEN = re.compile(rf"\b(?P<month>{dates.MONTH_NAMES}),?\s+when\b", re.IGNORECASE)


# A day of the month, not the day of a report ('新华社…21日电', '据朝中社21日报道': KCNA reported on the 21st).
_CJK_DAY = re.compile(rf"(?<![\d月월.])(?<![月월]\s)(?P<last>先月|지난달\s*)?(?P<day>[1-3]?\d)\s*[日일]"
                     rf"(?!\s*[)）]?\s*(?:{_REPORT_WORDS}))"
                     # not '24日付けの…朝鮮中央通信' (the report's date); '19日付けで祝電' is the message's
                     r"(?!付けの[^、。]{0,15}?(?:通信|新聞|メディア|放送|テレビ))")


_THIS_MONTH = re.compile(r"(?:本月|当月|當月|이달)\s*(?=\d{1,2}\s*[日일])")

# "on the 3rd", "on the 6th, the 75th anniversary": a day of the month alone, not "on the 5th anniversary".
_ORDINAL_DAY = re.compile(r"\bon\s+the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month)?"
                          r"(?=\s*(?:[,.;:!?)]|$))", re.IGNORECASE)


# "a telegram dated 8/15": a month and day in figures, with no year.
_MONTH_DAY_NUMERIC = re.compile(r"\b(?:dated|on)\s+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![/\d])", re.IGNORECASE)


def _numeric_month_day(a: int, b: int, reference: dt.date) -> dt.date | None:
    """The day '8/15' (or '15/8') means, near reference, when it reads only one way."""
    readings = {(month, day) for month, day in ((a, b), (b, a)) if dates.safe_date(2000, month, day)}
    if len(readings) != 1:
        return None
    month, day = readings.pop()
    return dates.closest_year(month, day, reference)


def _day_of_month(number: int, reference: dt.date) -> dt.date | None:
    """The last day numbered so on or before reference: in its month, or the month before."""
    candidate = dates.safe_date(reference.year, reference.month, number) if number <= reference.day else None
    if candidate is None:
        previous = reference.replace(day=1) - dt.timedelta(days=1)
        candidate = dates.safe_date(previous.year, previous.month, number)
    return candidate


# ", which were set up on October 12, 1948": a clause about the noun before it, up to the next comma
# that is not inside a date.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|котор(?:ая|ый|ое|ые|ую|ой|ого|ых|ом))\b.*?(?=,\s+(?!\d)|$)|"
                              # "the earthquake that occurred in Gansu on December 18", "that killed 100 people earlier this week"
                              r"\b(?:that|which)\s+(?:occurred|happened|struck|hit|took\s+place|broke\s+out|killed|claimed|"
                              r"left|devastated|ravaged|swept|destroyed)\b.*?(?=,\s+(?!\d)|$)",
                              re.IGNORECASE | re.DOTALL)


def without_relative_clauses(text: str) -> str:
    """Text without the clauses that tell of something else than the sending ('..., which were set
    up on October 12, 1948', 'the earthquake that occurred on December 18')."""
    return _RELATIVE_CLAUSE.sub("", text)


# '１１日': Japanese and Chinese type set digits full width.
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def stated_date(text: str, reference: dt.date | None) -> tuple[dt.date | None, str | None, int | None]:
    """(date, date_from, weekday) that text states for an event; weekday when only a day name.
    A date in a relative clause tells of what the clause is about ("relations, which were set up on
    October 12, 1948"): it counts only when the rest of the text states none."""
    if not text.isascii():
        text = text.translate(_FULL_WIDTH_DIGITS)
    main = without_relative_clauses(text)
    if main != text:
        found = _stated_date(main, reference)
        if found != (None, None, None):
            return found
    return _stated_date(text, reference)


# '오늘(24일)': the report's own day, noted in brackets; the sending's day is another.
_TODAY_NOTE = re.compile(r"(?:오늘|금일|今天|今日)\s*[（(]\s*\d{1,2}\s*[일日]\s*[)）]|"
                         # '조선중앙통신은 11일 ... 보도했다': the day after the medium is the report's
                         r"(?:통신|신문|방송|매체)(?:은|는|이|가)\s*\d{1,2}\s*일|"
                         # '朝鮮中央通信は20日、…と伝えました': the same in Japanese
                         r"(?:通信|新聞|放送|テレビ|メディア)(?:は|が)\s*\d{1,2}\s*日|"
                         # '27日の朝鮮中央通信によりますと': the agency's report of the 27th
                         r"\d{1,2}\s*日の[^、。]{0,10}?(?:通信|新聞|放送|テレビ|メディア)|"
                         # '朝鲜中央通讯社23日（星期二）对外公布了这份回电': the Chinese
                         r"(?:通讯社|朝中社|新华社|日报|电视台)\s*\d{1,2}\s*日(?:\s*[（(]星期.[)）])?"
                         r"(?=[^。，,]{0,12}?(?:公布|报道|发表|刊登|刊发|播发|披露))")


_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|годовщин[аыуе]\s+(?:со\s+дня\s+)?"
                             r"(?:[а-яё-]+\s+){0,2}$", re.IGNORECASE)

# Not '24日付けの朝鮮中央通信', '11일 자 노동신문': the day of the paper that carried it.
_CJK_DATED = re.compile(r"(?<!\d)(?:(?P<ja>\d{1,2})\s*日\s*付(?!けの|の)|"
                        r"(?P<ko>\d{1,2})\s*일\s*자(?:로|\s*(?:축전|축하문|전문|서한|답전|친서|조전|메시지|편지))|"
                        r"落款日期(?:为|是)\s*(?P<zh>\d{1,2})\s*日)")
_ANNIVERSARY_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th|-?(?:й|я|ю|го|ой|ей|летие|летия|летию))?\s*"
                                  r"(?:(?:founding\s+)?anniversary|годовщин|周年|주년)", re.IGNORECASE)


def _counted_from(text: str, year: int, reference: dt.date) -> bool:
    """Whether text names the anniversary that year is the start of: the 70th in 2019 of 1949."""
    return any(abs(reference.year - year - int(m[1])) <= 1 for m in _ANNIVERSARY_ORDINAL.finditer(text))


# '조선중앙통신은 1일 김 총비서가 이날 … 보낸 축전': 'that day' is the report's day just named.
_THAT_DAY = re.compile(r"이날|당일|当天|当日|同日")


# The end of a span of days after a date: "March 15 to 17", "15-17 March", "3月15日至17日".
_SPAN_END = re.compile(r"\s*(?:(?:-|–|—|to|through|until|till)\s*|[至~～]\s*)(?:(?P<last>\d{1,2})(?![\d:])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                       r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)", re.IGNORECASE)

_SPAN_START = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until|till|[至~～])\s*$", re.IGNORECASE)


_GLOSS_CLOSE = re.compile(r"\s*(?:года|г\.)?\s*[)）]")


def _glosses_a_name(text: str, start: int, end: int) -> bool:
    """Whether a date stands alone in brackets right after a name: the day of what is named."""
    before = text[:start].rstrip()
    if not before.endswith(("(", "（")) or _GLOSS_CLOSE.match(text, end) is None:
        return False
    named = before[:-1].rstrip()[-1:]  # the last character of what the brackets follow
    return bool(named) and named not in ",，、" and not named.isdigit()


def _stated_date(text: str, reference: dt.date | None) -> tuple[dt.date | None, str | None, int | None]:
    if not text.isascii():
        note = _TODAY_NOTE.search(text)
        if note and reference and _THAT_DAY.search(text, note.end()):
            day = _day_of_month(int(re.search(r"\d{1,2}", note.group())[0]), reference)
            if day:
                return day, "explicit", None
        text = _TODAY_NOTE.sub(" ", text)
    iso = dates.ISO_DATE.search(text)
    if iso:  # '（2024-01-01）' after a related story's headline, '2023-09-09' in a roster
        day = dates.safe_date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        if day:
            return day, "explicit", None
    numeric = dates.NUMERIC_DATE.search(dates.common_era(text) if "주체" in text else text)
    if numeric and len(numeric["a"]) == 4:  # '(주체113(2024).1.1.)', as DPRK pages date related items: year first
        day = dates.parse_numeric_date(numeric[0], "ymd")
        if day:
            return day, "explicit", None
    first_day = _FIRST_DAY_OF_YEAR.search(text)
    if first_day:  # "on Monday, the first day of 2024"
        return dt.date(int(first_day["year"]), 1, 1), "explicit", None
    for written in dates.find_written_dates(text):
        if _REPORTED_AFTER.match(text, written.end):
            continue  # '据朝中社10月1日报道': the day of the report
        if written.year and reference and written.year < reference.year and (
                _ANNIVERSARY_OF.search(text, max(0, written.start - 40), written.start)
                or _counted_from(text, written.year, reference)):
            # 'the 78th anniversary of the Aug. 15, 1945, liberation', 'the 70th anniversary of diplomatic
            # relations ..., established on October 6, 1949': the day remembered
            continue
        if _glosses_a_name(text, written.start, written.end):
            continue  # "'러시아의 날'(6월 12일)", "Russia Day (June 12)": the holiday's day
        span = _SPAN_END.match(text, written.end)
        if span and (span["last"] is None or int(span["last"]) > written.day) or \
                _SPAN_START.search(text[max(0, written.start - 20):written.start]):
            continue  # "the election held from March 15 to 17": the days of an event, not a sending
        if written.year:
            return written.resolve(written.year), "explicit", None
        if reference:
            day = dates.closest_year(written.month, written.day, reference)
            if day:
                return day, "explicit", None
    m = _MONTH_DAY_NUMERIC.search(text)
    day = _numeric_month_day(int(m["a"]), int(m["b"]), reference) if m and reference else None
    if day:
        return day, "explicit", None
    dated = _CJK_DATED.search(text) if reference and not text.isascii() else None
    if dated:  # '23日付で弔電を送った', '11일 자 축전', '落款日期为21日': the day the message bears
        day = _day_of_month(int(dated["ja"] or dated["ko"] or dated["zh"]), reference)
        if day:
            return day, "explicit", None
    # "金正恩5日致电", "本月9日", "5일 보냈다", "sent on the 3rd": a day of the article's month (or of the month before).
    # Not the report's own day ('朝鮮中央通信は2日、…先月30日に'): the one after it.
    notes = [note.span() for note in _TODAY_NOTE.finditer(text)] if not text.isascii() else []
    m = next((day for day in _CJK_DAY.finditer(_THIS_MONTH.sub(" ", text))
              if not any(start <= day.start("day") < end for start, end in notes)), None) or _ORDINAL_DAY.search(text)
    if m and reference:
        month_before = m.re is _CJK_DAY and m["last"]
        anchor = reference.replace(day=1) - dt.timedelta(days=1) if month_before else reference
        candidate = _day_of_month(int(m["day"]), anchor)
        if candidate:
            return candidate, "explicit", None
    weekend = _WEEKEND.search(text)
    if weekend and reference and not _day_named_before(text, weekend.start()):
        # "sent ... over the weekend": its Saturday, the last one on or before the article's day; not
        # in "sent a message on Monday over the mudslides that buried ... over the weekend"
        return dates.previous_weekday(5, reference), "relative", None
    m = _RELATIVE.search(text)
    if m and reference:
        word = re.sub(r"\s+", " ", m["word"].lower())
        if word not in _DAY_BEFORE:
            return reference, "relative", None
        report = _REPORT_DAY.search(text)
        told = dates.previous_weekday(dates.WEEKDAYS[report["day"].lower()], reference) if report else reference
        return told - dt.timedelta(days=1), "relative", None
    m = _CJK_RELATIVE.search(text)
    if m and reference:
        return reference - dt.timedelta(days=m["word"] in _DAY_BEFORE), "relative", None
    if reference and "前日" in text and _KANA.search(text):
        return reference - dt.timedelta(days=1), "relative", None  # Japanese: the day before
    # "KCNA reported on Tuesday that Kim sent a card on Monday": the sending's own day, when it has one.
    named = list(_WEEKDAY.finditer(text))
    reported = {report.start("day") for report in _REPORT_DAY.finditer(text)} if len(named) > 1 else set()
    m = next((w for w in named if w.start("day") not in reported), named[0] if named else None)
    weekday = dates.WEEKDAYS[m["day"].lower()] if m else _other_weekday(text)
    if weekday is not None:
        if reference:
            return dates.previous_weekday(weekday, reference), "relative", weekday
        return None, None, weekday
    return None, None, None


_FIRST_DAY_OF_YEAR = re.compile(r"\bfirst\s+day\s+of\s+(?:the\s+(?:new\s+)?year\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _day_named_before(text: str, end: int) -> bool:
    """Whether a day of the week other than the report's is named before end."""
    reported = {report.start("day") for report in _REPORT_DAY.finditer(text)}
    return any(w.start("day") < end and w.start("day") not in reported for w in _WEEKDAY.finditer(text))


_WEEKEND = re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b|\b(?:last|this)\s+weekend\b", re.IGNORECASE)


def _other_weekday(text: str) -> int | None:
    for m in _OTHER_WEEKDAY.finditer(text):
        if not (_REPORTED_BEFORE.search(text, 0, m.start()) or _REPORTED_AFTER.match(text, m.end())):
            return _OTHER_WEEKDAYS[(m["ru"] or m["ko"] or m["zh"]).lower()]
    return None


def stated_month(text: str) -> tuple[int, int] | None:
    """(year, month) of the first month text names with its year alone ('March 2024 -- Kim sends ...')."""
    m = next((m for m in _YEAR_ONLY.finditer(text) if m["month_year"]), None)
    return (int(m["month_year"]), dates.MONTHS[m["month"].lower()]) if m else None


def stated_year(text: str) -> int | None:
    m = _YEAR_ONLY.search(text)
    return int(m["year"] or m["month_year"] or m["ru_year"] or m["when_year"] or m["ru_month_year"]
               or m["paren_year"]) if m else None


def month_looked_back_to(text: str) -> int | None:
    """The month a 'when' clause looks back to, named without its year ('from November, when ...')."""
    m = _MONTH_WHEN.search(text)
    return dates.MONTHS[m["month"].lower()] if m else None
