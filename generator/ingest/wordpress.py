"""WordPress REST API posts (/wp-json/wp/v2/posts): one post or a list of them."""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.htmlfragments import clean_html_fragment


def is_wordpress_post(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("title"), dict)
            and isinstance(value.get("content"), dict) and "rendered" in value["content"])


def read_wordpress_post(post: dict, source_file: str) -> Draft:
    title = html.unescape(str(post["title"].get("rendered") or "")).strip()
    if not title:
        raise NotAnArticle("WordPress post has no title")
    body = clean_html_fragment(str(post["content"].get("rendered") or ""))
    if not body.paragraphs:
        raise NotAnArticle("WordPress post has no text")
    published = None
    for key in ("date", "date_gmt"):
        try:
            published = dt.datetime.fromisoformat(str(post.get(key))).date()
            break
        except ValueError:
            continue
    yoast = post.get("yoast_head_json") if isinstance(post.get("yoast_head_json"), dict) else {}
    hints = [h for h in (yoast.get("og_site_name"),) if isinstance(h, str)]
    hints += list(body.publisher_hints) + list(body.email_domains)
    link = post.get("link") if isinstance(post.get("link"), str) else None
    canonical = yoast.get("canonical") if isinstance(yoast.get("canonical"), str) else None
    return Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                 published=published, published_from="metadata" if published else None,
                 publisher_hints=tuple(hints), url=canonical or link)
