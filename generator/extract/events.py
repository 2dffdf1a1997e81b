"""Visits and talks between leaders: recorded as events, never as messages."""
from __future__ import annotations

import datetime as dt
import re

from generator.extract.leaders import LeaderIndex, Mention

_VISIT = re.compile(r"\b(?:(?:state|official|working|friendship|goodwill)\s+)?visit(?:s|ed|ing)?\b|\barriv(?:ed|es|ing)\s+in\b",
                    re.IGNORECASE)
_TALKS = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:summit\s+)?talks\s+with\b|\bsummit\s+with\b|\bmet\s+with\b",
                    re.IGNORECASE)
# "Putin and Kim held talks", "провели переговоры", "举行会谈", "정상회담을 가졌다": the pair as one subject
_PAIR_TALKS = re.compile(r"\b(?:held|hold|holds|had)\s+(?:(?:summit|bilateral|official)\s+)?talks\b|"
                         r"\bпровел[аи]?\s+(?:\w+\s+){0,3}?переговоры\b|举行(?:了)?会谈|举行(?:了)?会晤|회담을\s*(?:가졌|열었|진행)",
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
    pair_talks = _PAIR_TALKS.search(sentence)
    if pair_talks:
        before = [m.leader for m in mentions if m.end <= pair_talks.start() and m.leader != first]
        if before and _paired(index, first, before[0]):
            return "talks", first, before[0]
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
