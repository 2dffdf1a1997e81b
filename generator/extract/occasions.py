"""What a message was for, as a short phrase, and the day a calendar occasion falls on."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from generator.config import CalendarOccasion, Config, Leader
from generator.dates import last_on_or_before, safe_date

_ORDINAL = r"(?P<n>\d{1,3})(?:st|nd|rd|th)"
_ANNIVERSARY = re.compile(rf"{_ORDINAL}\s+(?:founding\s+)?anniversary\s+of\s+(?P<what>[^.;:!?]+)", re.IGNORECASE)
_ANNIVERSARY_BEFORE = re.compile(rf"{_ORDINAL}\s+(?P<q>founding\s+)?anniversary", re.IGNORECASE)
_ANNIVERSARY_RU = re.compile(r"(?P<n>\d{1,3})\s*-?\s*(?:летию|летия|летие|(?:-?й|-?ой|-?ю)\s+годовщин\w*)(?P<q>)",
                             re.IGNORECASE)
# Where what an anniversary is of ends: a sentence, a bracket, a line (a list of headlines runs on).
_PHRASE_STOP = re.compile(r"[.;!?](?:\s|$)|[()\n]")
_ANNIVERSARY_CJK = re.compile(r"(?P<n>\d{1,3})\s*(?:周年|週年|주년)")
_PHRASE_END = re.compile(
    r",\s+(?!and\s+[A-Z]|cooperation\b|friendship\b|[A-Z])|\s+(?:and|to|as|with|in|which|who|saying|noting|wishing|"
    r"expressing|stressing|where|when|while|that|on|by|for|from|at)\s+(?![A-Z])|\s*\(|\s+[-–—]\s+")
_LEAD_NOISE = re.compile(r"^(?:the\s+)?(?:signing|conclusion|establishment)\s+of\s+(?=the\s+[A-Z]|[A-Z])",
                         re.IGNORECASE)
# In English, Russian, Chinese and Korean.
_SIMPLE = (
    ("birthday", re.compile(r"\bbirthday\b|\bдн[её]м?\s+рождения\b|生日|생일|탄생일", re.IGNORECASE)),
    ("New Year", re.compile(r"\bnew\s+year\b|\bнов(?:ым|ый|ого)\s+год|\bновогодн|新年|새해|신년", re.IGNORECASE)),
    ("re-election", re.compile(r"\bre-?elect(?:ed|ion)\b|\bпереизбран|再次当选|连任|재선|재추대", re.IGNORECASE)),
    ("election", re.compile(r"\b(?:elected|election|inauguration|assum(?:ed|ing)\s+office|took\s+office)\b|"
                            r"\bизбрани|\bвступлени\w*\s+в\s+должность|当选|就任|선출|추대", re.IGNORECASE)),
    ("Victory Day", re.compile(r"\bvictory\s+day\b|\bдн(?:ё|е)м?\s+победы\b|\bдень\s+победы\b|胜利日|전승절", re.IGNORECASE)),
    ("Russia Day", re.compile(r"\brussia\s+day\b|\bдн(?:ё|е)м?\s+россии\b|\bдень\s+россии\b|俄罗斯日|로씨야의\s*날|"
                              r"러시아의\s*날", re.IGNORECASE)),
    ("National Day", re.compile(r"\bnational\s+day\b|国庆|국경절", re.IGNORECASE)),
)
_RESULTS = re.compile(r"\b(?:results?|accounts?|outcomes?|success(?:ful)?\s+(?:holding|conclusion)?)\s+of\s+"
                      r"(?P<what>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:Congress|Plenary\s+Meeting|Party\s+Congress|"
                      r"Session)[^.;,]*)", re.IGNORECASE)
_LOSS = re.compile(r"\b(?:death|passing|demise|loss)\s+of\s+(?P<who>[^.;,]+)|"
                   r"\b(?:кончин|смерт|гибел)[а-яё]*\s+(?P<who_ru>[^.;,]+)|"
                   r"\b(?P<disaster>earthquake|flood(?:ing|s)?|typhoon|hurricane|wildfires?|fire|explosion|"
                   r"(?:terrorist\s+)?attack|accident|plane\s+crash|disaster|landslide|epidemic|pandemic|outbreak)\b", re.IGNORECASE)


def _trim(phrase: str) -> str:
    phrase = phrase.strip()
    cut = _PHRASE_END.search(phrase)
    if cut:
        phrase = phrase[:cut.start()]
    phrase = _LEAD_NOISE.sub("", phrase)
    phrase = re.sub(r",\s+and\s+", " and ", phrase)
    return phrase.strip(" ,")


def find_occasion(texts: Iterable[str], unless: Callable[[str], object] | None = None) -> str | None:
    """The occasion the first text that names one gives; texts go from closest to widest.
    unless(text): true of a text whose occasion does not count (asked only of texts that name one)."""
    return next((occasion for text in texts if (occasion := _occasion_in(text)) and not (unless and unless(text))),
                None)


@lru_cache(maxsize=512)
def _occasion_in(text: str) -> str | None:
    """Cached: every message of an article looks in its title and first paragraphs again."""
    m = _ANNIVERSARY.search(text)
    if m:
        what = _trim(m["what"])
        if what:
            return f"{m['n']}{_suffix(int(m['n']))} anniversary of {what}"
    m = _RESULTS.search(text)
    if m:
        return "results of " + _trim(m["what"])
    for name, pattern in _SIMPLE:
        if pattern.search(text):
            return name
    m = _LOSS.search(text)
    if m:
        who = m["who"] or m["who_ru"]
        return f"death of {_trim(who)}" if who else m["disaster"].lower()
    return None


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def calendar_date(text: str, countries: set[str], config: Config) -> tuple[dt.date, CalendarOccasion] | None:
    """'the 75th anniversary of DPRK-China diplomatic relations' -> 2024-10-06, by the calendar; also
    '建交75周年', '수교 75주년' (the occasion before the number) and '75-летие установления ... отношений'.
    The first anniversary in the text that names an occasion of the calendar."""
    lowered = text.lower()
    for m in [*_ANNIVERSARY_BEFORE.finditer(text), *_ANNIVERSARY_RU.finditer(text)]:
        # "the 76th founding anniversary of the DPRK": the qualifier belongs to the phrase.
        start = m.start("q") if m["q"] else m.end()
        found = _on_calendar(m, _named_occasion(_phrase_after(lowered, start), countries, config, after=True))
        if found:
            return found
    for m in _ANNIVERSARY_CJK.finditer(text):
        found = _on_calendar(m, _named_occasion(lowered[max(0, m.start() - 40):m.start()], countries, config, after=False))
        if found:
            return found
    return None


def _phrase_after(lowered: str, start: int) -> str:
    """What an anniversary is of: the words after it, up to a sentence end, a bracket or a line."""
    return _PHRASE_STOP.split(lowered[start:start + 160], 1)[0]


def _on_calendar(anniversary: re.Match, occasion: CalendarOccasion | None) -> tuple[dt.date, CalendarOccasion] | None:
    if occasion is None:
        return None
    day = safe_date(occasion.date.year + int(anniversary["n"]), occasion.date.month, occasion.date.day)
    return (day, occasion) if day else None


def _named_occasion(window: str, countries: set[str], config: Config, after: bool) -> CalendarOccasion | None:
    """The calendar occasion a window of text names closest to its anniversary word: the first after
    it ('anniversary of ...'), or the last before it ('중화인민공화국 창건 75주년', not '공화국 창건')."""
    best: tuple[int, CalendarOccasion] | None = None
    for occasion in config.occasions:
        if not set(occasion.countries) <= countries:
            continue
        for phrase in occasion.phrases:
            at = window.find(phrase) if after else window.rfind(phrase)
            if at < 0:
                continue
            distance = at if after else len(window) - (at + len(phrase))
            if best is None or distance < best[0]:
                best = (distance, occasion)
    return best[1] if best else None


def calendar_occasion(texts: list[str], countries: set[str], config: Config) -> str | None:
    """The anniversary a text names in any language ('75-летие установления дипломатических
    отношений', '建交75周年'), as the calendar's own name: '75th anniversary of DPRK-Russia diplomatic relations'."""
    for text in texts:
        found = calendar_date(text, countries, config)
        if found:
            day, occasion = found
            years = day.year - occasion.date.year
            return f"{years}{_suffix(years)} anniversary of {occasion.name}"
    return None


_ANNIVERSARY_WORD = re.compile(r"\banniversary\b", re.IGNORECASE)


def last_anniversary(text: str, countries: set[str], config: Config, reference: dt.date) -> dt.date | None:
    """'on the anniversary of diplomatic relations' with no ordinal: the last such day on or before
    the reference ('Days later, when the two leaders traded messages on the anniversary ...')."""
    m = _ANNIVERSARY_WORD.search(text)
    if m is None:
        return None
    occasion = _named_occasion(_phrase_after(text.lower(), m.end()), countries, config, after=True)
    return last_on_or_before(occasion.date.month, occasion.date.day, reference) if occasion else None


# A numbered birthday of a person's: "his 71st birthday", "Putin's 71st birthday", "the day the Kremlin
# chief turned 71", "70-летие со дня рождения", "70岁生日", "70번째 생일", "70歳の誕生日"; not China's
# 75th birthday, nor the 110th birthday of Kim Il Sung.
_BIRTHDAY_AGE = re.compile(r"(?:\b(?:his|her)|(?P<owner>[^\W\d_]+)['’]s)\s+(?P<en>\d{1,3})(?:st|nd|rd|th)\s+birthday\b(?!\s+of\b)|"
                           r"(?:\b(?:he|she)|(?P<subject>[^\W\d_]+))\s+turned\s+(?P<turned>\d{1,3})\b(?!\s*(?:%|per))|"
                           r"(?<!\d)(?P<ru>\d{1,3})-?лети[а-я]*\s+(?:со\s+дня\s+)?рождения(?!\s+[А-ЯЁ])|"
                           r"(?<!\d)(?P<cjk>\d{1,3})\s*(?:岁|歲|번째|회|돌|歳の?)\s*(?:生日|寿辰|壽辰|생일|誕生日)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _person_words(leader: Leader) -> frozenset[str]:
    """The words that name leader on their own: name parts, short names, the last word of a role."""
    names = [leader.name, *leader.aliases, *leader.short]
    roles = [phrase for office in leader.offices for phrase in (*office.roles, *office.aliases)]
    return frozenset([word.lower() for name in names for word in name.split()] +
                     [phrase.split()[-1].lower() for phrase in roles if phrase.split()])


def birthday_date(text: str, leader: Leader, reference: dt.date | None) -> dt.date | None:
    """The day of a numbered birthday of leader's, by the date of birth config.yaml gives: a
    capture with no date of its own still dates 'a message on Putin's 71st birthday'. Never after
    the article's own day (reference)."""
    if leader.born is None:
        return None
    for m in _BIRTHDAY_AGE.finditer(text):
        owner = m["owner"] or m["subject"]
        if owner and owner.lower() not in _person_words(leader):
            continue
        age = int(m["en"] or m["turned"] or m["ru"] or m["cjk"])
        day = safe_date(leader.born.year + age, leader.born.month, leader.born.day) if 0 < age < 120 else None
        if day and (reference is None or day <= reference):
            return day
    return None
