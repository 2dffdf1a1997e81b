"""The records that pass between stages. Frozen: a stage returns new records, never edits one."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MESSAGE_KINDS = ("congratulations", "greetings", "condolences", "sympathy", "thanks",
                 "verbal-message", "letter", "reply", "message")
PUBLISHED_FROM = ("metadata", "date-line", "dateline", "link", "inferred")
DATE_FROM = ("explicit", "relative", "calendar", "dateline", "article")
STATUSES = ("extracted", "confirmed", "rejected")


@dataclass(frozen=True)
class Article:
    """One news article, whatever it was captured as. body is Markdown."""

    id: str
    title: str
    body: str
    published: dt.date | None = None
    published_from: str | None = None
    publisher: str | None = None
    url: str | None = None
    captured: dt.date | None = None
    language: str | None = None
    source_files: tuple[str, ...] = ()
    reviewed: bool = False


@dataclass(frozen=True)
class Rejection:
    """An input that did not become an article, and why: a line of the ingest report."""

    path: str
    reason: str


@dataclass(frozen=True)
class Message:
    """One message from one leader to another, as reported by one or more articles."""

    id: str
    sender: str
    recipient: str
    date: dt.date
    kind: str
    date_from: str = "article"
    occasion: str | None = None
    sources: tuple[str, ...] = ()
    evidence: str = ""
    quotes: tuple[str, ...] = ()
    confidence: float = 0.5
    background: bool = False
    exchange: str | None = None  # id of the other half of a mutual exchange
    reply_to: str | None = None
    status: str = "extracted"
    note: str | None = None


@dataclass(frozen=True)
class Event:
    """A leader-level meeting that is not a message: a visit, talks."""

    id: str
    kind: str
    leader: str
    counterpart: str
    date: dt.date
    sources: tuple[str, ...] = ()
    evidence: str = ""
    note: str | None = None


@dataclass(frozen=True)
class Extraction:
    """What one article reports."""

    article_id: str
    messages: tuple[Message, ...] = ()
    events: tuple[Event, ...] = ()
