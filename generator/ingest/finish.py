"""A draft becomes an article: its date settled, its publisher named, its id made."""
from __future__ import annotations

import datetime as dt

from generator import dates
from generator.config import Config
from generator.ingest.dateline import find_dateline
from generator.ingest.draft import Draft
from generator.ingest.publishers import display_name, known_publisher, url_domain
from generator.records import Article
from generator.text import fold_space, guess_language, short_hash, slugify


def article_id(title: str, published: dt.date | None, publisher: str | None) -> str:
    """Readable and stable: the title's slug, and a hash that tells same-titled articles apart."""
    slug = slugify(title, 50) or "article"
    return f"{slug}-{short_hash(title, str(published), publisher or '', length=6)}"


def finish_article(draft: Draft, config: Config) -> Article:
    body = draft.body.strip()
    dateline = find_dateline(body)

    hints = [h for h in draft.publisher_hints if h and h.strip()]
    if dateline and dateline.agency:
        # A named agency outranks a web domain but not a name the page states outright.
        position = next((i for i, h in enumerate(hints) if "." in h and " " not in h), len(hints))
        hints.insert(position, dateline.agency)
    url = draft.url.strip() if draft.url and draft.url.strip().lower().startswith(("http://", "https://")) else None
    domain = url_domain(url)
    if domain:
        hints.append(domain)
    known = next((h for h in hints if known_publisher(config, h)), None)
    if known is None:
        # A masthead the config knows ('NK News', 'KYODO NEWS') outranks an unknown domain or holder.
        masthead = next((h for h in draft.site_hints if known_publisher(config, h)), None)
        if masthead:
            hints.insert(0, masthead)
            known = masthead
    stated = hints[0] if hints else None
    chosen = stated if stated and (not known or hints.index(stated) <= hints.index(known)) else known
    publisher = display_name(config, chosen) if chosen else None
    convention = known_publisher(config, chosen) if chosen else None
    order = (convention.date_order if convention and convention.date_order else config.date_order)

    published, published_from = draft.published, draft.published_from
    if published is None and draft.date_text:
        readings = dates.numeric_date_readings(draft.date_text)
        weekday = dates.named_weekday(draft.date_text)
        # The reading the dateline's day or the line's day of the week agrees with ('Monday, 08/05/2024').
        agreeing = [d for d in readings if dateline and (d.month, d.day) == (dateline.date.month, dateline.date.day)] or \
            [d for d in readings if weekday is not None and d.weekday() == weekday]
        # '08/18/2025' reads one way only, whatever the publisher's convention.
        published = agreeing[0] if agreeing else readings[0] if len(readings) == 1 else \
            dates.parse_numeric_date(draft.date_text, order)
        published_from = "date-line" if published else None
    if dateline and dateline.date.year:
        if published is None:
            published, published_from = dateline.date.resolve(dateline.date.year), "dateline"
        # A dateline that states the whole date is page metadata, lifted out of the text.
        body = body[dateline.end:].lstrip()
    if dateline and not dateline.date.year and published is None:
        # The day the page was captured, or a year hint ('ARCHIVE -- 1997', 'Posted by x | March
        # 2023'), is the latest the story can be.
        anchor = draft.captured or draft.year_hint
        if anchor:
            published = dates.last_on_or_before(dateline.date.month, dateline.date.day, anchor)
            published_from = "dateline" if published else None
    if published is None and url:
        # '/2019/06/22/': a story's address often carries its day when the page prints none
        published = dates.url_date(url)
        published_from = "metadata" if published else None
    if published is None and draft.link_date:
        # a post that only shares a dated story ('.../2018/09/09/...') went up with it, as a rule
        published, published_from = draft.link_date, "link"
    if published is None:
        published_from = None

    title = fold_space(draft.title)
    return Article(
        id=article_id(title, published, publisher), title=title, body=body,
        published=published, published_from=published_from, publisher=publisher,
        url=url, captured=draft.captured,
        language=draft.language or guess_language(body), source_files=(draft.source_file,))
