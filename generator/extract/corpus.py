"""Extraction over many articles: reports of one message merged into one record."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from generator.extract.article import link_exchanges, merge_reports
from generator.records import Event, Message


def merge_findings(findings: Iterable[tuple[Iterable[Message], Iterable[Event]]]) -> tuple[list[Message], list[Event]]:
    """Each article's (messages, events) folded into one record per message and per event."""
    messages: dict[str, Message] = {}
    events: dict[str, Event] = {}
    for found_messages, found_events in findings:
        for message in found_messages:
            messages[message.id] = (merge_reports(messages[message.id], message)
                                    if message.id in messages else message)
        for event in found_events:
            if event.id in events:
                known = events[event.id]
                events[event.id] = replace(known, sources=tuple(sorted(set(known.sources) | set(event.sources))))
            else:
                events[event.id] = event
    return link_exchanges(list(messages.values())), sorted(events.values(), key=lambda e: e.id)
