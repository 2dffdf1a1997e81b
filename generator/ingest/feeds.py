"""RSS 2.0 and Atom files: each item an article, with its full content where the item has it."""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re

import feedparser

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.htmlfragments import clean_html_fragment


def read_feed(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        raise NotAnArticle("feed has no items")
    channel = parsed.feed
    site = _site_name(channel.get("title") or "", channel.get("link") or "") or None
    drafts: list[Draft | NotAnArticle] = []
    for number, entry in enumerate(parsed.entries, 1):
        title = html.unescape(entry.get("title") or "").strip()
        contents = entry.get("content") or []
        markup = contents[0].get("value") if contents else _full_text(entry) or entry.get("summary") or ""
        body = clean_html_fragment(markup or "")
        if not title or not body.paragraphs:
            drafts.append(NotAnArticle(f"feed item {number} has no {'title' if not title else 'text'}"))
            continue
        published = _local_date(entry.get("published") or entry.get("updated"))
        if published is None:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            published = dt.date(*stamp[:3]) if stamp else None
        hints = [h for h in (site,) if h] + list(body.publisher_hints)
        drafts.append(Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                            published=published, published_from="metadata" if published else None,
                            publisher_hints=tuple(hints), url=entry.get("link") or None,
                            language=(channel.get("language") or "")[:2] or None))
    return drafts


# Full text that some feeds carry in their own element rather than content:encoded: Yandex's
# <yandex:full-text>, Turbo's <turbo:content>, Rambler's <rambler:fulltext> (feedparser names
# such elements prefix_name).
_FULL_TEXT_KEY = re.compile(r"^[a-z]+_(?:full-?text|content)$")


def _full_text(entry: dict) -> str | None:
    for key, value in entry.items():
        if _FULL_TEXT_KEY.match(key) and isinstance(value, str) and value.strip():
            return value
    return None


def _local_date(stamp: str | None) -> dt.date | None:
    """The day as the publisher wrote it, in its own time zone (feedparser converts to UTC)."""
    if not stamp:
        return None
    stamp = stamp.strip()
    try:
        return email.utils.parsedate_to_datetime(stamp).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _site_name(title: str, link: str = "") -> str:
    """'Yonhap News Agency - North Korea' -> 'Yonhap News Agency': a channel title names a section too.
    The part the channel's web address spells ('The Interpreter | Lowy Institute' at
    lowyinstitute.org) is the site; otherwise the first part."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|:»]\s+", html.unescape(title)) if p.strip()]
    host = re.sub(r"[^a-z0-9]", "", (re.match(r"^\w+://([^/]+)", link or "") or [None, ""])[1].lower())
    for part in parts:
        squashed = re.sub(r"[^a-z0-9]", "", part.lower().removeprefix("the "))
        if len(parts) > 1 and len(squashed) >= 4 and squashed in host:
            return part
    return parts[0] if parts else title.strip()
