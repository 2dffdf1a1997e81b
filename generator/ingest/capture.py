"""One input file: bytes decoded, format detected from the content, read into drafts.

The file's extension is never trusted: users save WordPress JSON as .txt and HTML as .htm, .html
or nothing at all.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import replace

from generator.ingest.channel import is_channel_copy, is_channel_export, read_channel_export, read_channel_posts
from generator.ingest.clipping import front_matter, read_clipping
from generator.ingest.csvexport import is_csv_export, read_csv_export
from generator.ingest.factiva import is_factiva_export, read_factiva_export
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.jsonlines import is_scraped_record, read_scraped_record
from generator.ingest.mailcopy import is_mail_copy, read_mail_copy, saved_web_page
from generator.ingest.nexis import is_nexis_export, read_nexis_export
from generator.ingest.textpage import read_text_capture
from generator.ingest.wordpress import is_wordpress_post, read_wordpress_post

MAX_CAPTURE_BYTES = 20 * 1024 * 1024
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# After any processing instructions ('<?xml ...?><?xml-stylesheet ...?>', Blogger's) and comments.
_FEED_START = re.compile(r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|li|ul|img)\b[^>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def decode(data: bytes) -> str:
    """UTF-8 first; otherwise the encoding charset-normalizer finds. Raises NotAnArticle."""
    if not data.strip():
        raise NotAnArticle("empty file")
    if len(data) > MAX_CAPTURE_BYTES:
        raise NotAnArticle(f"file is {len(data) // (1024 * 1024)} MB, over the "
                           f"{MAX_CAPTURE_BYTES // (1024 * 1024)} MB limit for a capture")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotAnArticle("binary file, not a text capture")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text with a few accented letters is a Western page: Windows-1252, which
    # detectors confuse with its Central European neighbours on so little evidence.
    high = len(data.translate(None, bytes(range(128))))
    if high / len(data) < 0.2:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # imported on first need: most captures are UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise NotAnArticle("unreadable: no text encoding fits")
    return str(best)


# A JSON document opens with an object or an array of values; a text copy may open with a bracketed
# note ('[saved 2019-02-11 from http://...]').
# Not a text dump's link references ('[1]President of Russia'): a JSON array of numbers has a comma.
_JSON_START = re.compile(r'\{\s*(?:"|\})|\[\s*(?:[\[{"\]]|-?\d[\d.eE+-]*\s*,|true\b|false\b|null\b)')


# An API's answer wrapped in a callback (JSONP), as a copy of its response keeps it: 'newsDetail({...})'
_JSONP_START = re.compile(r"[A-Za-z_$][\w$.]*\s*\(\s*[\[{]")
_JSONP = re.compile(r"^\s*[A-Za-z_$][\w$.]*\s*\(\s*(?=[\[{])(?P<json>.*[\]}])\s*\)\s*;?\s*$", re.DOTALL)


def detect_format(text: str) -> str:
    """'json', 'jsonl', 'feed', 'mail', 'csv', 'html' or 'text', from what the content looks like."""
    head = text.lstrip()[:2000]
    if _JSON_START.match(head) or _JSONP_START.match(head) and text.rstrip().rstrip(";").endswith(")"):
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:3]):
            try:
                json.loads(text)
            except ValueError:
                return "jsonl"
        return "json"
    if _FEED_START.match(head):
        return "feed"
    if is_mail_copy(head):
        return "mail"
    if is_csv_export(head):
        return "csv"
    # A saved page opens with markup; a text copy that quotes some tags does not.
    if _HTML_START.match(head) or (head.startswith("<") and len(_TAG.findall(text[:20000])) >= 5):
        return "html"
    return "text"


def read_capture(data: bytes, source_file: str) -> list[Draft | NotAnArticle]:
    """Every article a file holds, or NotAnArticle for each part that is not one."""
    try:
        text = decode(data)
        fmt = detect_format(text)
        if fmt == "json":
            return _read_json(text, source_file)
        if fmt == "jsonl":
            return _read_json_lines(text, source_file)
        # The feed and page readers bring in feedparser and trafilatura (~0.25 s of imports): a
        # build that reads one new text capture should not pay for them.
        if fmt == "feed":
            from generator.ingest.feeds import read_feed
            return read_feed(text, source_file)
        if fmt == "html":
            from generator.ingest.htmlpage import read_html_capture
            return read_html_capture(text, source_file)
        if fmt == "mail":
            archived = saved_web_page(text)
            if archived is None:
                return [read_mail_copy(text, source_file)]
            from generator.ingest.htmlpage import read_html_capture
            page, saved = archived
            return [replace(draft, captured=draft.captured or saved) for draft in read_html_capture(page, source_file)]
        if fmt == "csv":
            return read_csv_export(text, source_file)
        clipped = front_matter(text)
        if clipped is not None:
            return [read_clipping(*clipped, source_file)]
        if source_file.lower().endswith((".md", ".markdown")):
            from generator.markdown import markdown_to_text
            text = markdown_to_text(text)  # a Markdown note is read as the text it shows, as a clipping is
        if _ENTITY.search(text):
            text = html.unescape(text)
        if is_channel_copy(text):
            return read_channel_posts(text, source_file)
        if is_factiva_export(text):
            return read_factiva_export(text, source_file)
        if is_nexis_export(text):
            return read_nexis_export(text, source_file)
        return [read_text_capture(text, source_file)]
    except NotAnArticle as reason:
        return [reason]
    except (ValueError, LookupError, TypeError, AttributeError, RecursionError) as exc:
        # A shape of input no reader foresaw: reported against the file, the run goes on.
        return [NotAnArticle(f"cannot be read ({type(exc).__name__}: {exc}); please report this capture")]


def _read_json(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    wrapped = _JSONP.match(text) if _JSONP_START.match(text.lstrip()) else None
    try:
        value = json.loads(wrapped["json"] if wrapped else text)
    except ValueError as exc:
        raise NotAnArticle(f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    value = _quiet_keys(value)
    if is_channel_export(value):
        return read_channel_export(value, source_file)
    items = value if isinstance(value, list) else _listed_articles(value) or [value]
    if not items:
        raise NotAnArticle("JSON holds an empty list")
    out: list[Draft | NotAnArticle] = []
    for number, item in enumerate(items, 1):
        where = f"item {number}" if isinstance(value, list) else "JSON"
        out.append(_read_item(item, source_file, where))
    return out


def _is_article(value: object) -> bool:
    return is_wordpress_post(value) or is_scraped_record(value)


def _read_item(item: object, source_file: str, where: str) -> Draft | NotAnArticle:
    """One JSON object: a WordPress post or a scraped record, or why it is neither."""
    try:
        if is_wordpress_post(item):
            return read_wordpress_post(item, source_file)
        if is_scraped_record(item):
            return read_scraped_record(item, source_file, where)
        raise NotAnArticle(f"{where} is not a post or an article (no title and content)")
    except NotAnArticle as reason:
        return reason


# Where an API's answer lists its articles: NewsAPI's {"status": "ok", "articles": [...]}, and others;
# and where it wraps the one it returns: {"status": "OK", "data": {"article": {...}}}.
_LIST_KEYS = ("articles", "items", "posts", "stories", "results", "data", "hits", "news", "entries", "edges", "nodes",
              "list", "docs", "documents", "records", "rows")
# Strapi's {"data": {"id": 7, "attributes": {...}}}, a GraphQL answer's {"data": {"search": {"edges": [...]}}}.
# Next.js pages' __NEXT_DATA__: {"props": {"pageProps": {"article": {...}}}}.
_WRAPPER_KEYS = ("data", "article", "result", "response", "payload", "story", "post", "item", "content", "attributes",
                 "search", "node", "props", "pageProps")


def _listed_articles(value: object, depth: int = 0) -> list | None:
    """The articles an API answer or a JSON Feed lists, or the one it wraps; a top level that names
    a title and a description of its own (a feed's) is not an article when it lists articles."""
    if not isinstance(value, dict) or is_wordpress_post(value) or depth > 3:
        return None
    listed = next((nodes for k in _LIST_KEYS if isinstance(value.get(k), list) and value[k]
                   and all(isinstance(item, dict) for item in value[k])
                   for nodes in ([_node(item) for item in value[k]],) if any(map(_is_article, nodes))), None)
    if listed is not None or is_scraped_record(value):
        return listed
    for key in _WRAPPER_KEYS:
        inner = value.get(key)
        if isinstance(inner, dict) and _is_article(inner):
            return [inner]
        found = _listed_articles(inner, depth + 1)
        if found:
            return found
    return None


def _node(item: dict) -> dict:
    """A GraphQL connection's edge ({"cursor": ..., "node": {...}}) is its node."""
    return item["node"] if isinstance(item.get("node"), dict) else item


def _read_json_lines(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    out: list[Draft | NotAnArticle] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            out.append(NotAnArticle(f"line {number}: invalid JSON: {exc.msg}"))
            continue
        out.append(_read_item(_quiet_keys(record), source_file, f"line {number}"))
    return out


def _quiet_keys(value: object) -> object:
    """An agency API's keys written in capitals ({"DATA": {"TITLE": ..., "BODY": ...}}) as the
    lower-case keys every reader looks for; camelCase keys ('pubDate') are left as they are. An
    article's own 'fields' (the Guardian's {"webTitle": ..., "fields": {"body": ...}}) are its keys."""
    if isinstance(value, dict):
        quiet = {(key.lower() if isinstance(key, str) and key.isupper() else key): _quiet_keys(item)
                 for key, item in value.items()}
        fields = quiet.get("fields")
        if isinstance(fields, dict):
            quiet = {**fields, **{key: item for key, item in quiet.items() if key != "fields"}}
        return quiet
    if isinstance(value, list):
        return [_quiet_keys(item) for item in value]
    return value
