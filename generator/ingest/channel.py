"""Copies of a messenger channel (Telegram's 'Channel, [01.02.2020 13:47]' above each post).

A channel copy is no page with one headline and one date: it is a run of posts, each stamped
with its own moment. Each post is read as its own story, dated by its stamp, so that a message
reported in the second post is not dated by the first.
"""
from __future__ import annotations

import datetime as dt
import re

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.paragraphs import clean_paragraphs
from generator.ingest.textpage import text_paragraphs
from generator.markdown import escape_text_line

# 'Eurasia Diplomacy Digest, [01.02.2020 13:47]': the poster, then the post's day (Telegram writes
# it day.month.year) and clock time, alone on a line.
_POST_STAMP = re.compile(r"^(?P<poster>[^\n\[\]]{1,80}), \[(?P<day>\d{1,2}\.\d{1,2}\.\d{4}) "
                         r"\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$", re.MULTILINE)
# The stamp opens the copy, give or take the channel's name and a line of its header.
_STAMP_WITHIN_LINES = 3


def is_channel_copy(text: str) -> bool:
    first = _POST_STAMP.search(text)
    return first is not None and text.count("\n", 0, first.start()) < _STAMP_WITHIN_LINES


def read_channel_posts(text: str, source_file: str) -> list[Draft | NotAnArticle]:
    """Every post of the copy, each titled by its stamp line and dated by it."""
    stamps = list(_POST_STAMP.finditer(text))
    out: list[Draft | NotAnArticle] = []
    for stamp, following in zip(stamps, stamps[1:] + [None]):
        post = text[stamp.end(): following.start() if following else len(text)]
        body = clean_paragraphs(text_paragraphs(post))
        if not body.paragraphs:
            out.append(NotAnArticle(f"post of {stamp['day']} holds no text"))
            continue
        published = dates.parse_numeric_date(stamp["day"], "dmy")
        out.append(Draft(title=stamp.group(0).strip(), body="\n\n".join(escape_text_line(p) for p in body.paragraphs),
                         source_file=source_file, published=published,
                         published_from="date-line" if published else None,
                         publisher_hints=body.publisher_hints, site_hints=(stamp["poster"].strip(),)))
    return out


def is_channel_export(value: object) -> bool:
    """Telegram Desktop's JSON export of a channel: {"name": ..., "type": "public_channel", "messages": [...]}."""
    return isinstance(value, dict) and isinstance(value.get("messages"), list) and \
        str(value.get("type", "")).endswith(("channel", "group", "chat", "supergroup"))


def read_channel_export(export: dict, source_file: str) -> list[Draft | NotAnArticle]:
    """Every text post of the export, titled by the channel's name and the post's time, dated by it."""
    channel = str(export.get("name") or "Telegram channel").strip()
    out: list[Draft | NotAnArticle] = []
    for post in export["messages"]:
        if not isinstance(post, dict) or post.get("type") != "message":
            continue
        text = _post_text(post.get("text"))
        body = clean_paragraphs(text_paragraphs(text))
        if not body.paragraphs:
            continue  # a photo or a sticker with no words: nothing to read
        stamp = str(post.get("date") or "")
        try:
            published = dt.datetime.fromisoformat(stamp).date()
        except ValueError:
            published = None
        out.append(Draft(title=f"{channel}, [{stamp}]", body="\n\n".join(escape_text_line(p) for p in body.paragraphs),
                         source_file=source_file, published=published,
                         published_from="metadata" if published else None,
                         publisher_hints=body.publisher_hints, site_hints=(channel,)))
    return out or [NotAnArticle("channel export holds no text posts")]


def _post_text(text: object) -> str:
    """A post's text: a string, or a list of strings and entities ({"type": "link", "text": ...})."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
                       for part in text)
    return ""
