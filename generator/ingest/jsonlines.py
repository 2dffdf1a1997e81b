"""JSON objects from scrapers, one per line (or one per file): a title and a text or HTML field."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.htmlfragments import clean_html_fragment
from generator.ingest.paragraphs import clean_paragraphs

TEXT_KEYS = ("text", "body", "content", "article", "maintext", "full_text", "paragraphs", "articleBody",
             "body_text", "bodyText", "article_text", "content_elements", "description", "summary")
HTML_KEYS = ("html", "content_html", "body_html")
# A summary is the text only when no HTML field holds the story (a JSON Feed item has both).
SUMMARY_KEYS = ("description", "summary")
DATE_KEYS = ("published", "date", "date_publish", "published_at", "pubDate", "datePublished", "pubdate",
             "published_date", "pubtime", "pub_time", "publish_time", "publishTime", "publishedAt",
             "published_time", "published_ts", "timestamp", "first_publish_date", "display_date", "publish_date",
             "date_published", "time", "firstPublished", "first_published", "publishedDate", "published_on",
             "pub_date", "publicationDate", "publication_date", "dateCreated", "date_created", "created", "date_raw",
             "published_dt", "publish_dt", "pub_dt",
             "datetime", "created_at", "write_time", "ptime", "ctime", "releaseTime", "release_time", "send_date",
             "webPublicationDate", "pubTime", "publishDate", "releaseDate", "postTime", "createTime",
             # Korean portals' 'reg_dt': '20130315083512'; a scraper's epoch 'ts'
             "reg_dt", "regDt", "reg_date", "regDate", "input_date", "inputDate", "ts")
ANCHOR_KEYS = ("scraped_at", "crawled_at", "fetched_at", "retrieved_at", "captured_at", "saved_at", "date_download")
PUBLISHER_KEYS = ("publisher", "source", "site", "sitename", "site_name", "outlet", "source_domain")


_MARKUP = re.compile(r"<(?:p|div|br|span|a|strong|em|h[1-6]|ul|li)\b[^>]*>", re.IGNORECASE)
# "20221201 08:29", "20130315083512": a day written with no separators, as some agencies' APIs do.
_COMPACT_DAY = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:[0-2]\d[0-5]\d(?:[0-5]\d)?)?(?!\d)")
# "2016/07/11 21:03": year first, so no day/month question.
_YMD_SLASH = re.compile(r"^(?:19|20)\d\d/\d{1,2}/\d{1,2}\b")


def _feed_date(value: str) -> dt.date | None:
    """An RFC 822 date as feeds and scrapers copy it: 'Wed, 16 Feb 2011 11:20:00 +0300'."""
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


TITLE_KEYS = ("title", "headline", "webTitle", "name")


def _title(value: dict) -> str | None:
    # A news CMS's story ('headlines': {'basic': ...}) names its headline one level down.
    headlines = value.get("headlines")
    if isinstance(headlines, dict) and isinstance(headlines.get("basic"), str) and headlines["basic"].strip():
        return headlines["basic"]
    return next((value[k] for k in TITLE_KEYS if isinstance(value.get(k), str) and value[k].strip()), None) \
        or _post_title(value)


_TAG = re.compile(r"<[^>]+>")
_POST_TITLE_LENGTH = 120


def _post_title(value: dict) -> str | None:
    """A dated post with no title (a Telegram channel's or a social network's, as a dump saves it)
    is titled by its first line."""
    if not any(value.get(k) for k in DATE_KEYS) or not isinstance(value.get("text"), str):
        return None
    first = next((line for line in (_TAG.sub(" ", line).strip() for line in value["text"].splitlines()) if line), "")
    if len(first) > _POST_TITLE_LENGTH:
        first = first[:_POST_TITLE_LENGTH].rsplit(" ", 1)[0] + " …"
    return first or None


def _text(value: Any) -> str | None:
    """A text field: a string, a list of paragraph strings, or a CMS's list of content elements
    ({'type': 'text', 'content': ...}, {'type': 'text', 'html': ...}, an editor's {'type': 'paragraph',
    'data': {'text': ...}}, perhaps under 'blocks'; headers, images and embeds are not the story's text)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("content"), str):
        return value["content"]  # a feed reader's item: {'content': {'content': '<p>...'}}
    if isinstance(value, dict) and isinstance(value.get("blocks"), list):
        return _text(value["blocks"])
    if isinstance(value, list) and value and all(isinstance(p, str) for p in value):
        return "\n\n".join(value)
    if isinstance(value, list) and value and all(isinstance(p, dict) for p in value):
        texts = [text for p in value if p.get("type") in ("text", "paragraph") and (text := _block_text(p))]
        if texts:
            return "\n\n".join(f"<p>{t}</p>" for t in texts)
    if isinstance(value, (dict, list)):
        return _rich_text(value)
    return None


# A rich-text document as JSON: Contentful's {'nodeType': 'paragraph', 'content': [{'value': ...}]},
# Strapi's and Slate's {'type': 'paragraph', 'children': [{'text': ...}]}, Sanity's {'_type': 'block',
# 'children': [{'_type': 'span', 'text': ...}]}, ProseMirror's {'type': 'paragraph', 'content': [...]}.
_RICH_PARAGRAPHS = ("paragraph", "p", "block")
_RICH_CHILDREN = ("content", "children", "body", "json", "blocks", "document")
_RICH_DEPTH = 12  # a tree deeper than this is not a story's text


def _rich_text(value: Any) -> str | None:
    """The paragraphs of a rich-text tree (headings, images and embeds are not the story's text)."""
    paragraphs: list[str] = []

    def walk(node: Any, depth: int) -> None:
        if depth > _RICH_DEPTH:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            kind = node.get("nodeType") or node.get("type") or node.get("_type")
            if kind in _RICH_PARAGRAPHS and not str(node.get("style", "normal")).startswith("h"):
                text = "".join(_leaf_texts(node, depth)).strip()
                if text:
                    paragraphs.append(text)
                return
            for key in _RICH_CHILDREN:
                walk(node.get(key), depth + 1)

    walk(value, 0)
    return "\n\n".join(paragraphs) if paragraphs else None


def _leaf_texts(node: Any, depth: int) -> list[str]:
    if depth > _RICH_DEPTH:
        return []
    if isinstance(node, list):
        return [text for item in node for text in _leaf_texts(item, depth + 1)]
    if not isinstance(node, dict):
        return []
    leaf = node.get("value") if isinstance(node.get("value"), str) else node.get("text")
    if isinstance(leaf, str):
        return [leaf]
    return [text for key in ("content", "children") for text in _leaf_texts(node.get(key), depth + 1)]


def _block_text(block: dict) -> str | None:
    data = block.get("data")
    for text in (block.get("content"), block.get("html"), block.get("text"),
                 data.get("text") if isinstance(data, dict) else None):
        if isinstance(text, str) and text.strip():
            return text
    return None


def is_scraped_record(value: Any) -> bool:
    return isinstance(value, dict) and _title(value) is not None and any(
        _text(value.get(k)) is not None for k in TEXT_KEYS + HTML_KEYS)


def read_scraped_record(record: Any, source_file: str, where: str) -> Draft:
    if not is_scraped_record(record):
        raise NotAnArticle(f"{where}: not an article (needs a title and a text or html field)")
    title = _title(record).strip()
    text = next((_text(record[k]) for k in TEXT_KEYS if (_text(record.get(k)) or "").strip()
                 and not (k in SUMMARY_KEYS and any(isinstance(record.get(h), str) for h in HTML_KEYS))), None)
    if text is not None and _MARKUP.search(text):
        body = clean_html_fragment(text)
    elif text is not None:
        body = clean_paragraphs([p for p in text.replace("\r\n", "\n").split("\n\n")])
    else:
        markup = next((record[k] for k in HTML_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        if markup is None:
            raise NotAnArticle(f"{where}: no text")
        body = clean_html_fragment(markup)
    if not title or not body.paragraphs:
        raise NotAnArticle(f"{where}: no {'title' if not title else 'text'}")
    published = None
    for key in DATE_KEYS:
        value = record.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            published = dates.epoch_date(value)
            if published:
                break
            continue
        if isinstance(value, str) and value.strip():
            compact = _COMPACT_DAY.match(value.strip())
            try:
                published = dates.safe_date(int(compact[1]), int(compact[2]), int(compact[3])) if compact else \
                    dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
            except ValueError:
                published = _feed_date(value) or dates.parse_full_date(value.replace("/", "-")
                                                                       if _YMD_SLASH.match(value.strip()) else value)
            if published:
                break
    if published is None:
        # 'date': '2 hours ago' as the scraper copied it, against when it scraped the page
        anchor = None
        for key in ANCHOR_KEYS:
            value = record.get(key)
            if isinstance(value, str) and value.strip():
                try:
                    anchor = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
                    break
                except ValueError:
                    continue
        stated = next((record[k] for k in DATE_KEYS if isinstance(record.get(k), str)), None)
        if anchor is not None and stated:
            from generator.ingest.textpage import relative_date
            published = relative_date(stated, anchor.replace(tzinfo=None))
    hints = [str(record[k]) for k in PUBLISHER_KEYS if isinstance(record.get(k), str)]
    url = next((record[k] for k in ("url", "link", "canonical_url") if isinstance(record.get(k), str)), None)
    return Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file,
                 published=published, published_from="metadata" if published else None,
                 publisher_hints=tuple(hints) + body.publisher_hints, url=url,
                 language=record.get("language") if isinstance(record.get("language"), str) else None)
