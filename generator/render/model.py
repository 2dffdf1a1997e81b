"""What the pages show, computed once from the records: who, to whom, grouped and counted."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.config import Config, Leader, Pair
from generator.records import Article, Event, Message

KIND_LABELS = {
    "congratulations": "Congratulations", "greetings": "Greetings", "condolences": "Condolences",
    "sympathy": "Sympathy", "thanks": "Thanks", "verbal-message": "Verbal message", "letter": "Letter",
    "reply": "Reply", "message": "Message",
}
DATE_FROM_LABELS = {
    "explicit": "stated in the text", "relative": "a day named relative to the article's date",
    "calendar": "worked out from the occasion's calendar date", "dateline": "the story's dateline",
    "article": "the article's date (the text gives no other)",
}


@dataclass(frozen=True)
class SiteModel:
    config: Config
    messages: tuple[Message, ...]  # shown: not rejected, not background; newest first
    articles: dict[str, Article]
    events: tuple[Event, ...]
    leaders: dict[str, Leader]
    by_id: dict[str, Message] = field(default_factory=dict)

    def leader_name(self, leader_id: str) -> str:
        leader = self.leaders.get(leader_id)
        return leader.name if leader else leader_id

    def pair_of_message(self, message: Message) -> Pair | None:
        a = self.leaders[message.sender].country
        b = self.leaders[message.recipient].country
        return self.config.pair_of(a, b)

    def messages_of(self, leader_id: str) -> list[Message]:
        return [m for m in self.messages if leader_id in (m.sender, m.recipient)]

    def messages_in_pair(self, pair: Pair) -> list[Message]:
        return [m for m in self.messages if self.pair_of_message(m) == pair]

    def events_of(self, leader_id: str) -> list[Event]:
        return [e for e in self.events if leader_id in (e.leader, e.counterpart)]

    def years(self) -> list[int]:
        return sorted({m.date.year for m in self.messages}, reverse=True)

    def kinds(self) -> list[str]:
        present = {m.kind for m in self.messages}
        return [k for k in KIND_LABELS if k in present]


def build_model(config: Config, messages: list[Message], articles: list[Article],
                events: list[Event]) -> SiteModel:
    shown = sorted((m for m in messages if m.status != "rejected" and not m.background),
                   key=lambda m: (m.date, m.id), reverse=True)
    return SiteModel(config=config, messages=tuple(shown), articles={a.id: a for a in articles},
                     events=tuple(sorted(events, key=lambda e: (e.date, e.id), reverse=True)),
                     leaders={leader.id: leader for leader in config.leaders},
                     by_id={m.id: m for m in messages})


def group_by_month(messages: list[Message]) -> list[tuple[str, list[Message]]]:
    groups: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        groups[message.date.strftime("%B %Y")].append(message)
    return list(groups.items())


def counts_by_counterpart(model: SiteModel, leader_id: str) -> list[tuple[str, int, int]]:
    """(counterpart, sent to them, received from them), most messages first."""
    sent: Counter = Counter()
    received: Counter = Counter()
    for m in model.messages_of(leader_id):
        if m.sender == leader_id:
            sent[m.recipient] += 1
        else:
            received[m.sender] += 1
    people = set(sent) | set(received)
    return sorted(((p, sent[p], received[p]) for p in people), key=lambda r: (-(r[1] + r[2]), r[0]))


def counts_by_kind(messages: list[Message]) -> list[tuple[str, int]]:
    counter = Counter(m.kind for m in messages)
    return [(k, counter[k]) for k in KIND_LABELS if counter[k]]


def year_series(messages: list[Message]) -> list[tuple[int, int]]:
    if not messages:
        return []
    counter = Counter(m.date.year for m in messages)
    first, last = min(counter), max(counter)
    return [(year, counter[year]) for year in range(first, last + 1)]

