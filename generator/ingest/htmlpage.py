"""Saved HTML pages of any outlet: trafilatura finds the main text and the page's metadata."""
from __future__ import annotations

import datetime as dt
import re

import trafilatura
from trafilatura.xml import xmltotxt

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.paragraphs import clean_paragraphs


def read_html_page(page: str, source_file: str) -> Draft:
    document = trafilatura.bare_extraction(page, output_format="markdown", include_formatting=True,
                                           include_comments=False, with_metadata=True)
    if document is None or document.body is None:
        raise NotAnArticle("no article text found in the HTML page")
    markdown = xmltotxt(document.body, True)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]
    title = (document.title or "").strip()
    if paragraphs and paragraphs[0].lstrip("# ").strip() == title:
        paragraphs = paragraphs[1:]
    body = clean_paragraphs(paragraphs)
    if not title:
        raise NotAnArticle("HTML page has no title")
    if not body.paragraphs:
        raise NotAnArticle("no article text found in the HTML page")
    published = None
    if document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    hints = [h for h in (document.sitename,) if h] + list(body.publisher_hints) + list(body.email_domains)
    return Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                 published=published, published_from="metadata" if published else None,
                 publisher_hints=tuple(hints), url=document.url or None,
                 language=document.language or None)
