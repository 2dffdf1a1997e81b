"""HTML that is already the article (a WordPress post, a feed item): to Markdown paragraphs."""
from __future__ import annotations

import re

from markdownify import markdownify

from generator.ingest.paragraphs import CleanBody, clean_paragraphs


def html_to_markdown(html: str) -> str:
    markdown = markdownify(html, heading_style="ATX", bullets="-", strip=["img", "script", "style",
                                                                         "iframe", "form", "button"])
    return re.sub(r"\n{3,}", "\n\n", markdown).strip()


def clean_html_fragment(html: str) -> CleanBody:
    markdown = html_to_markdown(html)
    return clean_paragraphs([p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()])
