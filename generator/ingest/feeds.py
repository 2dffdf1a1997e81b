"""RSS 2.0 and Atom files: each item an article, with its full content where the item has it."""
from __future__ import annotations

import datetime as dt
import html

import feedparser

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.htmlfragments import clean_html_fragment


def read_feed(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        raise NotAnArticle("feed has no items")
    channel = parsed.feed
    site = channel.get("title") or None
    drafts: list[Draft | NotAnArticle] = []
    for number, entry in enumerate(parsed.entries, 1):
        title = html.unescape(entry.get("title") or "").strip()
        contents = entry.get("content") or []
        markup = contents[0].get("value") if contents else entry.get("summary") or ""
        body = clean_html_fragment(markup or "")
        if not title or not body.paragraphs:
            drafts.append(NotAnArticle(f"feed item {number} has no {'title' if not title else 'text'}"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        hints = [h for h in (site,) if h] + list(body.publisher_hints)
        drafts.append(Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                            published=published, published_from="metadata" if published else None,
                            publisher_hints=tuple(hints), url=entry.get("link") or None,
                            language=(channel.get("language") or "")[:2] or None))
    return drafts
