"""Visits and talks between leaders: recorded as events, never as messages."""
from __future__ import annotations

import datetime as dt
import re

from generator.extract.leaders import LeaderIndex, Mention

_VISIT = re.compile(r"\b(?:(?:state|official|working|friendship|goodwill)\s+)?visit(?:s|ed|ing)?\b|\barriv(?:ed|es|ing)\s+in\b",
                    re.IGNORECASE)
_TALKS = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:summit\s+)?talks\s+with\b|\bsummit\s+with\b|\bmet\s+with\b",
                    re.IGNORECASE)


def find_event(sentence: str, mentions: list[Mention], index: LeaderIndex,
               day: dt.date | None) -> tuple[str, str, str] | None:
    """(kind, leader, counterpart) when the sentence reports a visit or talks between a pair."""
    if not mentions:
        return None
    first = mentions[0].leader
    talks = _TALKS.search(sentence)
    if talks:
        after = [m.leader for m in mentions if m.start >= talks.end() and m.leader != first]
        if after and _paired(index, first, after[0]):
            return "talks", first, after[0]
    visit = _VISIT.search(sentence)
    if visit:
        home = index.leader(first).country
        places = index.countries_named(sentence[visit.start():]) - {home}
        for country in sorted(places):
            host = index.head_of_state(country, day)
            if host and _paired(index, first, host):
                return "visit", first, host
    return None


def _paired(index: LeaderIndex, a: str, b: str) -> bool:
    countries = (index.leader(a).country, index.leader(b).country)
    return countries[0] != countries[1] and index.config.pair_of(*countries) is not None
