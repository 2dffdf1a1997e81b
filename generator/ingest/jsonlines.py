"""JSON objects from scrapers, one per line (or one per file): a title and a text or HTML field."""
from __future__ import annotations

import datetime as dt
from typing import Any

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.htmlfragments import clean_html_fragment
from generator.ingest.paragraphs import clean_paragraphs

TEXT_KEYS = ("text", "body", "content", "article", "maintext")
HTML_KEYS = ("html", "content_html", "body_html")
DATE_KEYS = ("published", "date", "date_publish", "published_at", "pubDate", "datePublished")
PUBLISHER_KEYS = ("publisher", "source", "site", "sitename", "site_name", "outlet", "source_domain")


def is_scraped_record(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("title"), str) and any(
        isinstance(value.get(k), str) for k in TEXT_KEYS + HTML_KEYS)


def read_scraped_record(record: Any, source_file: str, where: str) -> Draft:
    if not is_scraped_record(record):
        raise NotAnArticle(f"{where}: not an article (needs a title and a text or html field)")
    title = record["title"].strip()
    text = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is not None:
        body = clean_paragraphs([p for p in text.replace("\r\n", "\n").split("\n\n")])
    else:
        markup = next(record[k] for k in HTML_KEYS if isinstance(record.get(k), str))
        body = clean_html_fragment(markup)
    if not title or not body.paragraphs:
        raise NotAnArticle(f"{where}: no {'title' if not title else 'text'}")
    published = None
    for key in DATE_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            try:
                published = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
            except ValueError:
                published = dates.parse_full_date(value)
            if published:
                break
    hints = [str(record[k]) for k in PUBLISHER_KEYS if isinstance(record.get(k), str)]
    url = next((record[k] for k in ("url", "link", "canonical_url") if isinstance(record.get(k), str)), None)
    return Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                 published=published, published_from="metadata" if published else None,
                 publisher_hints=tuple(hints) + body.publisher_hints, url=url,
                 language=record.get("language") if isinstance(record.get("language"), str) else None)
