"""RSS 2.0 and Atom through feedgen, made deterministic.

Every timestamp comes from the data, never the clock; entries keep the order given (feedgen
prepends by default); the generator string carries no version, so upgrades do not churn goldens.
A message's GUID is its id, never its URL: a preview or a move of the site leaves items read.
"""
from __future__ import annotations

import datetime as dt
import uuid
from html import escape
from dataclasses import dataclass

from typing import TYPE_CHECKING

from generator.records import Message

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator

_NAMESPACE = uuid.UUID("6f1d3f0e-0c55-4d0f-9d4e-5a1f3e9b2c71")


@dataclass(frozen=True)
class FeedItem:
    message: Message
    title: str
    summary: str
    link: str


def atom_id(message_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, message_id)}"


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def build_feeds(*, title: str, description: str, site_url: str, rss_url: str, atom_url: str,
                language: str, author: str, items: list[FeedItem], feed_key: str) -> tuple[str, str]:
    """(rss, atom) texts for items, newest first."""
    from feedgen.feed import FeedGenerator  # with lxml: only when a listing is rendered, not reused

    fg = FeedGenerator()
    fg.id(f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + feed_key)}")
    fg.title(title)
    fg.description(description or title)
    fg.subtitle(description or title)
    fg.author({"name": author})
    fg.language(language)
    fg.generator("digest")
    newest = max((i.message.date for i in items), default=dt.date(2000, 1, 1))
    fg.updated(_stamp(newest))
    fg.lastBuildDate(_stamp(newest))
    entries = []
    for item in items:
        entry = fg.add_entry(order="append")
        entry.id(atom_id(item.message.id))
        entry.title(item.title)
        entry.link(href=item.link, rel="alternate")
        # Readers render RSS descriptions (and Atom html summaries) as HTML: escape the text once.
        entry.summary(escape(item.summary), type="html")
        entry.published(_stamp(item.message.date))
        entry.updated(_stamp(item.message.date))
        entry.author({"name": author})
        entries.append((entry, item))
    _links(fg, atom_url, "application/atom+xml", site_url)
    atom = fg.atom_str(pretty=True).decode("utf-8")
    for entry, item in entries:
        entry.guid(item.message.id, permalink=False)  # RSS: the bare id, not a URL
    _links(fg, rss_url, "application/rss+xml", site_url)
    rss = fg.rss_str(pretty=True).decode("utf-8")
    return rss, atom


def _links(fg: FeedGenerator, self_url: str, media_type: str, site_url: str) -> None:
    # feedgen's RSS <link> is the last link set, so the page goes after the self link.
    fg.link(href=self_url, rel="self", type=media_type, replace=True)
    fg.link(href=site_url, rel="alternate", type="text/html")
