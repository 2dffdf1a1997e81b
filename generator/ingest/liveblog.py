"""Pages of dated entries (live blogs, Telegram's HTML export, timelines): each entry is an article
of its own, dated by its own stamp, as the items of a feed are. A page of one story is not one of
these, even with a few dated comments under it: the entries must hold most of the page's text."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import lxml.html

from generator import dates
from generator.ingest.draft import Draft

# Where a page stamps an entry: <time datetime>, data attributes, Telegram's title="02.09.2025 07:44:10".
_STAMPED = "//*[@datetime or @data-utc or @data-timestamp or @data-time or (@title and contains(@class, 'date'))]"
# A forum's post header, stamped in words: '<p class="author">by X » Mon Oct 24, 2022 9:31 am</p>' (phpBB).
_WORDED_STAMP = "//*[contains(@class, 'author') or contains(@class, 'postdate') or contains(@class, 'post-date')]"
_WORDED_STAMP_MAX = 120  # characters
_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?!\d)")
_ISO_MOMENT = re.compile(r"^\s*(?P<day>(?:19|20)\d\d-\d\d-\d\d)")
_MIN_ENTRIES = 3
_MIN_SHARE = 0.5  # of the page's text, in the entries
_MAX_ONE = 0.6  # of the entries' text, in any one of them
_HEADINGS = ("h1", "h2", "h3", "h4", "h5")


def read_entries(tree: lxml.html.HtmlElement | None, page_title: str, source_file: str) -> list[Draft]:
    """One draft per dated entry; [] when the page is not made of them."""
    if tree is None:
        return []
    # A forwarded post keeps the time of the post it copies: the entry is the forwarding post's.
    stamps = [(element, day) for element in tree.xpath(_STAMPED) for day in [_stamp_day(element)]
              if day and not element.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' forwarded ')]")]
    if len(stamps) < _MIN_ENTRIES:
        stamps = [(element, day) for element in tree.xpath(_WORDED_STAMP) for day in [_worded_stamp_day(element)] if day]
    if len(stamps) < _MIN_ENTRIES:
        return []
    entries = _entries(stamps)
    parents = Counter(entry.getparent() for entry, _ in entries)
    if not parents:
        return []
    parent = parents.most_common(1)[0][0]
    entries = [(entry, day) for entry, day in entries if entry.getparent() is parent]
    texts = [(entry, day, _paragraphs(entry)) for entry, day in entries]
    texts = [(entry, day, paragraphs) for entry, day, paragraphs in texts if paragraphs]
    body = tree.find("body")
    page_text = len(" ".join((body if body is not None else tree).text_content().split()))
    sizes = [len(" ".join(paragraphs)) for _, _, paragraphs in texts]
    # Entries of a kind: a story with a few dated comments has one entry, the story, of most of the text.
    if len(texts) < _MIN_ENTRIES or sum(sizes) < _MIN_SHARE * page_text or max(sizes) > _MAX_ONE * sum(sizes):
        return []
    drafts = []
    for entry, day, paragraphs in texts:
        title = _heading(entry)
        if title is None and _lead_line(paragraphs):
            title, paragraphs = paragraphs[0], paragraphs[1:]
        drafts.append(Draft(title=title or page_title, body="\n\n".join(paragraphs), source_file=source_file,
                            published=day, published_from="metadata"))
    return drafts


def _stamp_day(element: lxml.html.HtmlElement) -> dt.date | None:
    value = next((element.get(k) for k in ("datetime", "data-utc", "data-timestamp", "data-time", "title")
                  if element.get(k)), "")
    iso = _ISO_MOMENT.match(value)
    if iso:  # the day where the entry was written: '2025-10-10T23:48:00+09:00' is the 10th
        try:
            return dt.date.fromisoformat(iso["day"])
        except ValueError:
            return None
    if value.strip().isdigit():
        return None  # a bare number is no stamp this reader trusts
    return dates.parse_full_date(value)


def _worded_stamp_day(element: lxml.html.HtmlElement) -> dt.date | None:
    """The day of a post header that states it with its time ('by X » Mon Oct 24, 2022 9:31 am')."""
    text = " ".join(element.text_content().split())
    return dates.parse_full_date(text) if len(text) <= _WORDED_STAMP_MAX and _CLOCK.search(text) else None


def _entries(stamps: list[tuple[lxml.html.HtmlElement, dt.date]]) -> list[tuple[lxml.html.HtmlElement, dt.date]]:
    """Each stamp's entry: the largest element around it that holds no other stamp."""
    held: Counter = Counter()
    for element, _ in stamps:
        for ancestor in element.iterancestors():
            held[ancestor] += 1
    entries = []
    for element, day in stamps:
        entry = element
        while entry.getparent() is not None and held[entry.getparent()] == 1:
            entry = entry.getparent()
        if entry is not element:
            entries.append((entry, day))
    return entries


def _paragraphs(entry: lxml.html.HtmlElement) -> list[str]:
    """The entry's text: its paragraphs, or its text blocks when it has none (Telegram's div.text, a
    forum post's div.content); a forum's post header ('p.author') is no paragraph of it."""
    blocks = entry.xpath(".//p[not(contains(@class, 'author'))]") or entry.xpath(
        ".//*[contains(concat(' ', @class, ' '), ' text ') or contains(concat(' ', @class, ' '), ' content ')]")
    return [paragraph for block in blocks if len(block.text_content().split()) >= 4
            for paragraph in _broken_lines(block)]


def _broken_lines(block: lxml.html.HtmlElement) -> list[str]:
    """A block's paragraphs where a blank line of <br>s parts them ('<b>Headline</b><br><br>Story')."""
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        if element.tag == "br":
            parts.append("\n")
        elif isinstance(element.tag, str):  # not a comment
            parted = element is not block and element.tag in _BLOCK_TAGS
            parts.append("\n\n" if parted else "")  # a quoted dispatch is a paragraph of its own
            parts.append(element.text or "")
            for child in element:
                walk(child)
                parts.append(child.tail or "")
            parts.append("\n\n" if parted else "")

    walk(block)
    return [text for text in (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", "".join(parts))) if text]


_BLOCK_TAGS = ("blockquote", "cite", "div", "p", "li", "ul", "ol", *_HEADINGS)
_LEAD_LINE_MAX = 120


def _lead_line(paragraphs: list[str]) -> str | None:
    """A post's first line standing as its headline ('[속보] 시진핑, 김정은에 축전', then the story)."""
    first = paragraphs[0]
    return first if len(paragraphs) > 1 and len(first) <= _LEAD_LINE_MAX and not first.endswith((".", "。")) else None


def _heading(entry: lxml.html.HtmlElement) -> str | None:
    for element in entry.iter(*_HEADINGS):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None
