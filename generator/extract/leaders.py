"""Who a sentence names: leaders by name, spelling, script, short name or office held that day.

Everything comes from config.yaml. Full names match in any case and with hyphens or spaces
("Kim Jong-un", "KIM JONG UN"); a short name ("Kim", "Xi") only refers back to a leader the
article has already named; an office ("the Chinese President", "Chairman Kim") means whoever
held it on the day in question.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from generator.config import Config, Leader, Office

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# What ends an appositive between a name and an office: a verb of sending, a marker of the other
# party, or words that make the name someone else, no longer in office ("the Chinese head of state
# over the death of former Chinese President Jiang Zemin").
_APPOSITIVE_BREAK = re.compile(r"\b(?:to|from|by|with|sent|sends?|received|receives?|congratulated|said|says|"
                               r"told|met|thanked|replied|who|which|when|while|over|former|late|death|demise|"
                               r"passing|funeral)\b|[.;:!?]\s", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    leader: str
    start: int
    end: int
    how: str  # 'name', 'short' or 'role'


_SEPARATORS = re.compile(r"[\s\-‐‑]+")


def _name_pattern(name: str) -> str:
    """A spelling with any separator between its parts: Kim Jong Un, Kim Jong-un, KIM JONGUN."""
    tokens = _SEPARATORS.split(name.strip())
    return r"(?:[\s\-‐‑]+|)".join(re.escape(t) for t in tokens if t)


def _name_key(name: str) -> str:
    return _SEPARATORS.sub("", name).lower()


def _apostrophe_forms(name: str) -> set[str]:
    """A name as written with either apostrophe: "Workers' Party", "Workers’ Party"."""
    return {name.replace("’", "'"), name.replace("'", "’")}


# Russian declines an office's words ("Председатель Госсовета" -> "направил Председателю
# Госсовета"): a Cyrillic word of an office's name is matched by its stem, any ending after it.
_CYRILLIC_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_RUSSIAN_ENDINGS = tuple(sorted(("ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ый", "ий", "ая",
                                 "яя", "ую", "юю", "ое", "ее", "ом", "ем", "ым", "им", "ах", "ях", "ам", "ям", "а",
                                 "я", "у", "ю", "е", "и", "ы", "ь", "й", "о"), key=len, reverse=True))


def _russian_stem(word: str) -> str:
    lowered = word.lower()
    for ending in _RUSSIAN_ENDINGS:
        if lowered.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _office_words(name: str) -> list[str]:
    """The words of an office's name, Cyrillic ones as their stems."""
    return [_russian_stem(t) if _CYRILLIC_WORD.fullmatch(t) else t for t in _SEPARATORS.split(name.strip()) if t]


def _office_pattern(name: str) -> str:
    """Any form of an office's name: its words with any separator, either apostrophe ("Workers’ Party")."""
    return r"(?:[\s\-‐‑]+|)".join(re.sub("['’]", "['’]", re.escape(t)) + (r"[а-яё]{0,3}" if _CYRILLIC_WORD.fullmatch(t) else "")
                                    for t in _office_words(name))


@lru_cache(maxsize=4096)
def _office_key(name: str) -> str:
    return "".join(_office_words(name)).lower().replace("’", "'")


def _office_gate(name: str) -> str:
    """What any form of the office's name holds: its first word (its stem, if Cyrillic) or whole."""
    words = _office_words(name.lower())
    return words[0] if _CYRILLIC_WORD.fullmatch(words[0]) else name.lower()


_WORD_CHARACTER = re.compile(r"[\w-]")
# "Daniel Kim", "Kim Yo Jong": a short name after a given name is another person's
# (an honorific is not a given name: "Mr Kim", "Leader Kim")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:Mr|Mrs|Ms|Dr|Sir|Leader)\s)[A-Z][a-z]{1,5}\s\Z")
_GIVEN_NAME_REACH = 7


def _short_names(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern's matches that start a word and follow no given name."""
    position = 0
    while (m := pattern.search(text, position)) is not None:
        start = m.start()
        if (start and _WORD_CHARACTER.match(text, start - 1)) or \
                _GIVEN_NAME_BEFORE.search(text, max(0, start - _GIVEN_NAME_REACH), start):
            position = start + 1
            continue
        yield m
        position = max(m.end(), start + 1)


# A place or an honour named after a leader is not the leader: "Kim Il Sung Square", "Kim Jong Il Prize".
_NAMESAKES = ("Square|Stadium|University|Street|Bridge|Plaza|Palace|Mausoleum|Prize|Order|Medal|Park|Avenue|Hall|"
              "Library|Museum|Memorial|Statue|Military|Socialist|Youth|Institute|Academy|Award|Badge|Theatre|Theater")
_NAMED_AFTER = rf"(?!\s+(?-i:{_NAMESAKES})\b)"
_PLACE_AFTER = re.compile(rf"(?:[ \t]+[A-Z][a-z]+){{1,3}}[ \t]+(?:{_NAMESAKES})\b")
_NAMESAKE = re.compile(rf"\s+(?:{_NAMESAKES.lower()})\b")


def _names_the_person(lowered: str, spelling: str) -> bool:
    """Whether spelling stands in the text for the person, not for a namesake (both lower-cased)."""
    at = lowered.find(spelling)
    while at >= 0:
        if not _NAMESAKE.match(lowered, at + len(spelling)):
            return True
        at = lowered.find(spelling, at + 1)
    return False


def _borne_by_another(short: str, text: str) -> bool:
    """Whether the short name stands in text with a given name or a name's next part ("Kim Yo Jong",
    "Daniel Kim")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        if _PLACE_AFTER.match(text, m.end()):
            continue  # "Kim Il Sung Square"
        if re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]) or \
                _GIVEN_NAME_BEFORE.search(text, max(0, m.start() - _GIVEN_NAME_REACH), m.start()):
            return True
    return False


class LeaderIndex:
    """Compiled patterns for every leader, office and country in the config."""

    def __init__(self, config: Config):
        self.config = config
        self.leaders = {leader.id: leader for leader in config.leaders}
        full: list[tuple[str, str]] = []
        for leader in config.leaders:
            for name in (leader.name, leader.native, *leader.aliases):
                if name:
                    full.append((name, leader.id))
        full.sort(key=lambda item: -len(item[0]))  # longest spelling first
        self._full_ids = {_name_key(name): leader_id for name, leader_id in reversed(full)}
        spaced = [name for name, _ in full if not _CJK.search(name)]
        unspaced = [name for name, _ in full if _CJK.search(name)]
        # Scripts written with spaces need word edges; Chinese, Japanese and Korean do not have them.
        self._full = re.compile(r"(?<![\w-])(?:" + "|".join(_name_pattern(n) for n in spaced) + r")(?![\w-])"
                                + _NAMED_AFTER, re.IGNORECASE)
        self._full_unspaced = re.compile("|".join(re.escape(n) for n in unspaced)) if unspaced else None
        # Every spelling contains its longest part: a sentence without any of them names nobody,
        # and most sentences of most articles are of that kind.
        needles = sorted({max(_SEPARATORS.split(n.lower()), key=len) for n in spaced} | set(unspaced))
        self._needles = re.compile("|".join(re.escape(n) for n in needles))
        # "the Chairman of the State Affairs Commission", "the Kremlin chief": an office's own name
        # needs no country word and means whoever held it on the day.
        self._offices_named: dict[str, list[tuple[str, Office]]] = {}
        for leader in config.leaders:
            for office in leader.offices:
                for name in (office.title, *office.aliases):
                    self._offices_named.setdefault(_office_key(name), []).append((leader.id, office))
        all_office_names = sorted({n for leader in config.leaders for o in leader.offices for n in (o.title, *o.aliases)},
                                  key=len, reverse=True)
        office_names = [n for n in all_office_names if not _CJK.search(n)]
        # '金総書記は': Chinese and Japanese titles have no word edges, as their names have none
        unspaced_offices = [n for n in all_office_names if _CJK.search(n)]
        self._office_name_unspaced = re.compile("|".join(re.escape(n) for n in unspaced_offices)) \
            if unspaced_offices else None
        self._office_name = re.compile(r"(?<![\w-])(?<!vice )(?<!former )(?:"
                                       + "|".join(_office_pattern(n) for n in office_names) + r")(?![\w-])",
                                       re.IGNORECASE)
        # A sentence without one of them, as written, names no office: most do not.
        self._office_gates = tuple(sorted({form for n in office_names for form in _apostrophe_forms(_office_gate(n))}))
        # Nothing can be found in a sentence without a name, a short name, an office word or name.
        roles = [r for leader in config.leaders for o in leader.offices for r in o.roles]
        words = needles + [s.lower() for leader in config.leaders for s in leader.short] + roles + \
            [n for n in self._office_gates if not any(r in n for r in roles)] + [n.lower() for n in unspaced_offices]
        self._anything = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
        shorts = sorted({s for leader in config.leaders for s in leader.short}, key=len, reverse=True)
        self._short_holders = {short: [leader for leader in config.leaders if short in leader.short] for short in shorts}
        self._full_spellings = {short: [spelling.lower() for leader in holders
                                        for spelling in (leader.name, leader.native, *leader.aliases)
                                        if spelling and len(spelling) > len(short)]
                                for short, holders in self._short_holders.items()}
        # "Daniel Kim" or "Kim Yo Jong" are other people: a short name stands alone.
        # Opening with the names, not with lookbehinds for what may come before them (see
        # _short_names): a case-sensitive pattern that does is searched for ten times faster.
        self._short = re.compile(
            # Korean writes its particles onto the title: '김 위원장은', '시 주석도'.
            r"(?P<short>" + "|".join(re.escape(s) for s in shorts) + r")(?:(?![\w-])|(?<=[\uac00-\ud7a3]))"
            r"(?!\s+[A-Z][a-z]+\s+[A-Z])"
            r"(?!\s+(?:Jong|Il|Yo|Song|Yong|Chol|Jin|Tok|Ju|Kyong|Hyon|Sol|Un|Jung|Chang|Dae)\b)"
        ) if shorts else None
        roles = sorted({r for leader in config.leaders for o in leader.offices for r in o.roles},
                       key=len, reverse=True)
        self._role_by_key = {_office_key(r): r for r in roles}
        role_alt = "|".join(_office_pattern(r) for r in roles)
        country_names = sorted((n for c in config.countries for n in c.names), key=len, reverse=True)
        country_alt = "|".join(_office_pattern(n) for n in country_names)
        self._country_by_name = {_office_key(n): c.id for c in config.countries for n in c.names}
        self._country_names = {n.lower(): c.id for c in config.countries for n in c.names}
        self._country_name = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(
            self._country_names, key=len, reverse=True)) + r")(?![\w-])")
        # "The leaders of China and Russia", "the Chinese and Russian presidents": one for each country
        self._pair_roles = re.compile(
            rf"\b(?:(?P<r1>{role_alt})s\s+of\s+(?:the\s+)?(?P<a1>{country_alt})\s+and\s+(?:the\s+)?(?P<b1>{country_alt})"
            rf"|(?P<a2>{country_alt})\s+and\s+(?P<b2>{country_alt})\s+(?P<r2>{role_alt})s)(?![\w-])", re.IGNORECASE)
        # "Chinese President", "the DPRK's (top) leader", "President of China", "Russian Federation
        # President"; in Russian, any case: "российскому президенту", "президента России"
        self._role = re.compile(
            rf"(?<![\w-])(?<!vice )(?<!vice-)(?<!former )(?:(?P<c1>{country_alt})(?:'s|’s)?\s+(?:top\s+)?(?P<r1>{role_alt})"
            rf"|(?P<r2>{role_alt})\s+(?:of\s+(?:the\s+)?|(?=[\u0400-\u04ff]))(?P<c2>{country_alt})"
            rf"(?:\s*/\s*(?:{country_alt}))?)(?![\w-])",
            re.IGNORECASE)
        # "Chairman Kim", "President Xi": an office title in front of a short name
        self._titled_short = re.compile(
            rf"(?<![\w-])(?P<r>{role_alt})\s+(?P<s>" + "|".join(re.escape(s) for s in shorts) + r")(?![\w-])",
            re.IGNORECASE) if shorts else None

    def holder(self, country: str, role: str, day: dt.date | None) -> str | None:
        """The leader of country who held an office with this role on day (now, if no day)."""
        role = role.lower()
        matches = []
        for leader in self.leaders.values():
            if leader.country != country:
                continue
            for office in leader.offices:
                if role in office.roles and (office.held_on(day) if day else office.end is None):
                    matches.append(leader.id)
        unique = sorted(set(matches))
        return unique[0] if len(unique) == 1 else None

    def _office_holder(self, name: str, day: dt.date | None) -> str | None:
        """Who held the office of this name on day (now, if no day)."""
        holders = {leader for leader, office in self._offices_named.get(_office_key(name), ())
                   if (office.held_on(day) if day else office.end is None)}
        return holders.pop() if len(holders) == 1 else None

    def head_of_state(self, country: str, day: dt.date | None) -> str | None:
        for leader in self.leaders.values():
            if leader.country != country:
                continue
            for office in leader.offices:
                if office.head_of_state and (office.held_on(day) if day else office.end is None):
                    return leader.id
        return None

    def countries_named(self, text: str) -> set[str]:
        return {self._country_names[m[1]] for m in self._country_name.finditer(text.lower())}

    def find(self, text: str, day: dt.date | None, named_before: list[str]) -> list[Mention]:
        """Mentions in text, left to right; named_before lists leaders the article already named
        (most recent last) and is extended with the ones found here."""
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []

        def free(start: int, end: int) -> bool:
            for taken_start, taken_end in taken:  # a loop: any() over a generator costs twice as much here
                if taken_start < end and start < taken_end:
                    return False
            return True

        lowered = text.lower()
        if not self._anything.search(lowered):
            return []
        if self._needles.search(lowered):
            for pattern in (self._full, self._full_unspaced):
                for m in pattern.finditer(text) if pattern else ():
                    found.append(Mention(self._full_ids[_name_key(m.group())], m.start(), m.end(), "name"))
                    taken.append((m.start(), m.end()))
        offices = self._office_name.finditer(text) if any(g in lowered for g in self._office_gates) else iter(())
        if self._office_name_unspaced and not text.isascii():
            offices = chain(offices, self._office_name_unspaced.finditer(text))
        for m in offices:
            leader = self._office_holder(m.group(), day)
            if leader and free(m.start(), m.end()):
                found.append(Mention(leader, m.start(), m.end(), "role"))
                taken.append((m.start(), m.end()))
        if self._titled_short:
            for m in self._titled_short.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                leader = self._short_with_role(m["s"], m["r"], day)
                if leader:
                    found.append(Mention(leader, m.start(), m.end(), "role"))
                    taken.append((m.start(), m.end()))
        for m in self._role.finditer(text):
            if not free(m.start(), m.end()):
                continue
            leader = self._holder_named(m["c1"] or m["c2"], m["r1"] or m["r2"], day)
            if leader:
                found.append(Mention(leader, m.start(), m.end(), "role"))
                taken.append((m.start(), m.end()))
        if "s of " in lowered or " and " in lowered:
            for m in self._pair_roles.finditer(text):
                if free(m.start(), m.end()):
                    found.extend(self._pair_of_holders(m, day))
        found.sort(key=lambda mention: mention.start)
        found = self._appositive_roles(text, found)
        if self._short:
            for m in _short_names(self._short, text):
                if not free(m.start(), m.end()):
                    continue
                leader = self._refer_back(m["short"], named_before + [f.leader for f in found if f.start < m.start()],
                                          day)
                if leader:
                    found.append(Mention(leader, m.start(), m.end(), "short"))
        found.sort(key=lambda mention: mention.start)
        named_before.extend(f.leader for f in found if f.how != "short")
        return found

    def _holder_named(self, country_name: str, role_name: str, day: dt.date | None) -> str | None:
        """Who held the office a country's word and a role word name ("Chinese President") on day."""
        country = self._country_by_name.get(_office_key(country_name))
        role = self._role_by_key.get(_office_key(role_name), "")
        leader = self.holder(country, role, day) if country else None
        if leader is None and country and role in ("leader", "head of state"):
            leader = self.head_of_state(country, day)
        return leader

    def _pair_of_holders(self, m: re.Match, day: dt.date | None) -> list[Mention]:
        """The holders of one office in two countries, each at its country's name."""
        out = []
        for group in ("a1", "b1") if m["r1"] else ("a2", "b2"):
            leader = self._holder_named(m[group], m["r1"] or m["r2"], day)
            if leader is None:
                return []
            out.append(Mention(leader, m.start(group), m.end(group), "role"))
        return out

    def _appositive_roles(self, text: str, found: list[Mention]) -> list[Mention]:
        """An office written next to a name is that person's title, whoever held it on another day:
        "Jiang Zemin, general secretary of ... and president of the People's Republic of China",
        "Chinese President Hu Jintao". The office is given to the named leader of the same country."""
        out = list(found)
        for i, mention in enumerate(out):
            if mention.how != "role":
                continue
            country = self.leaders[mention.leader].country
            best = None
            # the nearest full name on either side, with only appositive words between
            for j in list(range(i - 1, -1, -1))[:1] + list(range(i + 1, len(out)))[:1]:
                other = out[j]
                if other.how != "name" or self.leaders[other.leader].country != country:
                    continue
                gap = text[other.end:mention.start] if j < i else text[mention.end:other.start]
                if len(gap) <= 160 and not _APPOSITIVE_BREAK.search(gap):
                    best = other
                    break
            if best is not None and best.leader != mention.leader:
                out[i] = Mention(best.leader, mention.start, mention.end, mention.how)
        return out

    def _refer_back(self, short: str, named_before: list[str], day: dt.date | None) -> str | None:
        """The last leader named with that short name; one in office that day before one who was
        not ("... his late father Kim Jong Il. Xi and Kim have traded messages")."""
        named = [leader_id for leader_id in reversed(named_before) if short in self.leaders[leader_id].short]
        serving = [leader_id for leader_id in named
                   if day and any(o.held_on(day) for o in self.leaders[leader_id].offices)]
        return (serving or named or [None])[0]

    def sole_bearers(self, text: str, day: dt.date | None) -> list[str]:
        """Who a short name means in a text that never names its bearer in full (a liveblog's entry:
        "Putin has sent Kim a congratulatory message"): the one leader of that short name in office
        on day, unless someone else in the text bears the name ("Kim Yo Jong", "Daniel Kim")."""
        if day is None:
            return []
        # Substring tests, not the name patterns over the whole text (~0.1 ms an article): most
        # articles name their leaders in full.
        lowered = None
        bearers = []
        for short, holders in self._short_holders.items():
            if short not in text:
                continue
            lowered = text.lower() if lowered is None else lowered
            if any(spelling in lowered and _names_the_person(lowered, spelling) for spelling in self._full_spellings[short]):
                continue  # named in full somewhere: a short name refers back to it
            if _borne_by_another(short, text):
                continue
            serving = [leader.id for leader in holders if any(o.held_on(day) for o in leader.offices)]
            if len(serving) == 1:
                bearers.append(serving[0])
        return sorted(set(bearers))

    def _short_with_role(self, short: str, role: str, day: dt.date | None) -> str | None:
        candidates = [leader for leader in self.leaders.values()
                      if short.lower() in (s.lower() for s in leader.short)
                      and any(role.lower() in o.roles and (o.held_on(day) if day else o.end is None)
                              for o in leader.offices)]
        return candidates[0].id if len(candidates) == 1 else None

    def leader(self, leader_id: str) -> Leader:
        return self.leaders[leader_id]
