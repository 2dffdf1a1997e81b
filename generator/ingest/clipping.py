"""Markdown clippings with YAML front matter (Obsidian's web clipper, Notion and Jekyll exports):
the front matter states the title, the day and the address; the rest is the page as Markdown."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import yaml

from generator import dates
from generator.ingest.draft import Draft
from generator.ingest.jsonlines import ANCHOR_KEYS, DATE_KEYS

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<meta>.*?)\n---[ \t]*\n", re.DOTALL)
_TITLE_KEYS = ("title", "headline")
# The keys of scrapers' records, then the clipping tools' own: the day the page was saved is a last resort.
_DATE_KEYS = tuple(key for key in DATE_KEYS if key not in ("created", "created_at"))
# Obsidian's web clipper writes 'created' for the day of the clipping, beside 'published'.
_SAVED_KEYS = ANCHOR_KEYS + ("date_saved", "saved", "clipped", "created", "created_at")
_URL_KEYS = ("source", "url", "link", "canonical")


def front_matter(text: str) -> tuple[dict, str] | None:
    """(the front matter as a mapping, the text after it), when text opens with one that names a title."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return None
    try:
        meta = yaml.load(m["meta"], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if not isinstance(meta, dict) or not any(isinstance(meta.get(k), str) and meta[k].strip() for k in _TITLE_KEYS):
        return None
    return meta, text[m.end():]


def read_clipping(meta: dict, markdown: str, source_file: str) -> Draft:
    from generator.ingest.textpage import read_text_capture
    from generator.markdown import markdown_to_text

    title = next(str(meta[k]).strip() for k in _TITLE_KEYS if isinstance(meta.get(k), str) and meta[k].strip())
    # Read as the text a reader sees: '**BEIJING, Sept. 9 (Xinhua)**' is a dateline, not literal asterisks.
    draft = read_text_capture(f"{title}\n\n{markdown_to_text(markdown)}", source_file)
    published = next((day for day in (_day(meta.get(k)) for k in _DATE_KEYS) if day), None)
    saved = next((day for day in (_day(meta.get(k)) for k in _SAVED_KEYS) if day), None)
    url = next((str(meta[k]).strip() for k in _URL_KEYS
                if isinstance(meta.get(k), str) and meta[k].strip().startswith(("http://", "https://"))), None)
    return replace(draft, title=title, url=url or draft.url, captured=draft.captured or saved,
                   published=published or draft.published,
                   published_from="metadata" if published else draft.published_from)


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        return dates.parse_full_date(value)
    return None
