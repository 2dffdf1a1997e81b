"""Extraction over many articles: reports of one message merged into one record."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from generator.extract.article import extract_article, link_exchanges, merge_reports
from generator.extract.leaders import LeaderIndex
from generator.records import Article, Event, Message


def extract_corpus(articles: Iterable[Article], index: LeaderIndex) -> tuple[list[Message], list[Event]]:
    messages: dict[str, Message] = {}
    events: dict[str, Event] = {}
    for article in articles:
        found = extract_article(article, index)
        for message in found.messages:
            messages[message.id] = (merge_reports(messages[message.id], message)
                                    if message.id in messages else message)
        for event in found.events:
            if event.id in events:
                known = events[event.id]
                events[event.id] = replace(known, sources=tuple(sorted(set(known.sources) | set(event.sources))))
            else:
                events[event.id] = event
    return link_exchanges(list(messages.values())), sorted(events.values(), key=lambda e: e.id)
