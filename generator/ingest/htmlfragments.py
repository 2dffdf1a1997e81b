"""HTML that is already the article (a WordPress post, a feed item): to Markdown paragraphs."""
from __future__ import annotations

import re

from generator.ingest.paragraphs import CleanBody, clean_paragraphs

# Elements an HTML fragment marks as not story by their class: pull quotes repeat or tease the
# text, captions describe pictures, share/newsletter/related boxes are widgets.
_CHROME_CLASS = re.compile(
    r"<(?P<tag>blockquote|p|div|aside|figcaption|section|ul)\b[^>]*\bclass=\"[^\"]*\b(?:pull-?quote|sharedaddy|sd-sharing|"
    r"share|newsletter|related|jp-relatedposts|wp-caption-text|wp-element-caption)\b[^\"]*\"[^>]*>.*?</(?P=tag)>",
    re.IGNORECASE | re.DOTALL)


def html_to_markdown(html: str) -> str:
    from markdownify import markdownify  # with BeautifulSoup, ~0.1 s to import: only when a post needs it

    html = _CHROME_CLASS.sub(" ", html)
    markdown = markdownify(html, heading_style="ATX", bullets="-", strip=["img", "script", "style",
                                                                         "iframe", "form", "button"])
    return re.sub(r"\n{3,}", "\n\n", markdown).strip()


def clean_html_fragment(html: str) -> CleanBody:
    markdown = html_to_markdown(html)
    return clean_paragraphs([p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()])
