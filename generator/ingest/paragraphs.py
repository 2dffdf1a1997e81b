"""Chrome removal on a run of paragraphs: shared by every format once it is down to paragraphs.

The body runs from the first paragraph kept to the first sign that the article is over: an end
mark, a heading that opens related links or comments, a byline with an e-mail address, or a tail
of headline-like lines. Captions, widgets and publisher blurbs inside it are dropped; a blurb's
name is kept as a hint to who published the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.dates import SIGNING_LINE
from generator.ingest import chrome
from generator.ingest.dateline import find_dateline
from generator.text import word_count

# Sentence punctuation, then any closing quotes or brackets: a headline that merely ends with a
# quoted phrase ('... will 'always stand with Moscow'') is not a sentence.
_SENTENCE_END = re.compile(r"(?:[.!?…:;,。！？][\"”’')\]」』）]*|\))\s*$")
_PROMO = re.compile(r"\b(?:visit\s+our\s+(?:homepage|website|site)|for\s+more\s+(?:news|stories|information)|"
                    r"follow\s+us\b|download\s+(?:our|the)\s+app|click\s+here|subscribe\s+(?:to|now|for|today)|"
                    r"sign\s+up\s+(?:for|to|now)|want\s+(?:the\s+full|to\s+read\s+more)|"
                    r"(?:delivered\s+)?(?:to|in)\s+your\s+inbox|subscribe\s+for\s+free|thanks\s+for\s+reading|"
                    r"please\s+(?:direct|send)\s+(?:any\s+)?(?:comments|questions|tips)|already\s+a\s+(?:member|subscriber))\b",
                    re.IGNORECASE)
# An author's bio closing the page: 'Jane Doe is a Seoul-based correspondent covering ...'.
_BIO = re.compile(r"^\**[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\**\s+(?:is|was)\s+(?:a|an|the)\s+[^.]{0,80}?\b"
                  r"(?:correspondent|reporter|journalist|editor|writer|contributor|columnist|analyst|"
                  r"researcher|fellow|staff\s+writer)\b")
# A copyright line names who holds the page: '© 2024 The Daily Ledger. All rights reserved.'
_COPYRIGHT = re.compile(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?"
                        r"(?:by\s+)?(?P<name>[^\W\d_][\w&'.-]*(?:\s+(?:[^\W\d_]|&)[\w&'.-]*){0,6})", re.IGNORECASE)
_HOLDER_NOISE = re.compile(r"\s+(?:News\s*&\s*Media|Media|Limited|Ltd|Inc|LLC|Co|Corp|Group|or|All)\b.*$")


def copyright_holder(line: str) -> str | None:
    """'© 2023 Northern Chronicle News & Media Limited or ...' -> 'Northern Chronicle'."""
    m = _COPYRIGHT.match(line.strip("*_ "))
    if not m:
        return None
    name = _HOLDER_NOISE.sub("", m.group("name")).strip(" .,")
    name = re.sub(r"(?<!\b[A-Z])\.\s.*$", "", name).strip(" .,")  # 'The Henry L. Stimson Center' keeps its initial
    return name if name and not name[0].isdigit() and len(name.split()) <= 6 else None
_NAME_LINE = re.compile(r"^\**[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,7}(?:\s+[–—-]\s+[\w .'&-]+)?\**$")


@dataclass(frozen=True)
class CleanBody:
    paragraphs: tuple[str, ...]
    publisher_hints: tuple[str, ...]
    email_domains: tuple[str, ...]


def is_prose(paragraph: str) -> bool:
    """A sentence of the article rather than a label, a headline or a link."""
    items = paragraph.split("\n")
    if len(items) > 1 and all(_LIST_ITEM.match(item) for item in items):
        # A list of related headlines is long only all together: its items are what count.
        return any(is_prose(_LIST_ITEM.sub("", item)) for item in items)
    words = word_count(paragraph)
    if words >= 8 and _SENTENCE_END.search(paragraph):
        return not chrome.is_menu(paragraph)
    return words >= 25 and not chrome.is_menu(paragraph) and not _capitalized_run(paragraph)


def _capitalized_run(paragraph: str) -> bool:
    """A long line with no sentence's end whose words nearly all open with a capital: a menu of
    sections ('Russian Politics & Diplomacy World Business & Economy Military & Defense ...')."""
    words = [word for word in paragraph.split() if word[0].isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\[\]()*_#`>\\.!+-])")


def plain_text(text: str) -> str:
    """A paragraph as a reader sees it: Markdown emphasis, links and escapes undone."""
    text = _MD_ESCAPE.sub(r"\1", _MD_LINK.sub(r"\1", text))
    return text.strip("*_# ").strip()


_CAPTION_MAX = 400  # a photo caption is a line or two, never a long paragraph
_NEXT_STORY = 3  # paragraphs after a story's end mark in which the next story's dateline may stand


def clean_paragraphs(paragraphs: list[str]) -> CleanBody:
    kept: list[str] = []
    hints: list[str] = []
    domains: list[str] = []
    skip = 0
    for position, paragraph in enumerate(paragraphs):
        if skip:
            skip -= 1
            continue
        text = paragraph.strip()
        if not text:
            continue
        plain = plain_text(text)
        if chrome.is_tail_heading(plain) and kept and ":" in plain[:-1] and not any(is_prose(k) for k in kept):
            continue  # 'Tags: #China #condolence' among a clipping's header fields, above the story
        if chrome.is_tail_heading(plain) and kept:
            box = _inline_box(paragraphs, position)
            if box is None:
                break
            skip = box - 1
            continue
        if kept and _BIO.match(plain) and word_count(plain) <= 40:
            break
        email = chrome.EMAIL.search(text) if word_count(text) <= 6 else None
        if email:
            domains.append(email.group("domain").lower())
            if not any(is_prose(k) for k in kept):
                continue  # a byline above the story ('김지연 기자 kimjy@yna.co.kr'), not one that ends it
            if kept and _NAME_LINE.match(kept[-1]) and word_count(kept[-1]) <= 4:
                kept.pop()  # the byline above the address
            break
        end = chrome.END_MARK.search(text, max(0, len(text) - 24))  # marks stand at the very end
        if end:
            head = text[: end.start()].rstrip()
            if head:
                kept.append(head)
            # A copy of several wire items: the mark ends one, and a dateline opens the next.
            if not any(find_dateline(plain_text(later)) for later in paragraphs[position + 1: position + 1 + _NEXT_STORY]):
                break
            continue
        if chrome.is_chrome_line(plain) or chrome.URL_ONLY.match(plain) or chrome.FOOTER_SENTENCE.match(plain) \
                or (len(plain) < _CAPTION_MAX and chrome.is_caption(plain)):
            continue
        if chrome.is_blurb(plain) or (word_count(plain) <= 30 and _PROMO.search(plain)):
            name = chrome.blurb_publisher(plain) if chrome.is_blurb(plain) else None
            if name and name.split()[0] in ("A", "An"):
                name = None
            if not name and kept and _NAME_LINE.match(kept[-1]) and not is_prose(kept[-1]):
                name = re.split(r"\s[–—-]\s", kept.pop().strip("*_ "))[0]
            if name:
                hints.append(name)
            continue
        kept.append(text)
    return CleanBody(tuple(_drop_headline_tail(kept)), tuple(hints), tuple(domains))


_BOX_LINES = 3
# '» Kim Jong Un congratulates Putin ...': a linked headline, however much it reads like a sentence
_LINK_MARK = re.compile(r"^\s*[»›▶►→]\s")


def _inline_box(paragraphs: list[str], position: int) -> int | None:
    """A 'Read also' / 'Related' / 'Subscribe' box set inside the story: the heading, at most a few
    short lines that are not sentences of prose, then the story goes on with prose. Returns how
    many paragraphs the box takes, or None when the heading opens the page's tail."""
    plain = plain_text(paragraphs[position])
    if not chrome.INLINE_BOX.match(plain):
        return None
    for size in range(1, _BOX_LINES + 2):
        if position + size >= len(paragraphs):
            return None
        following = plain_text(paragraphs[position + size])
        if (is_prose(following) and not _LINK_MARK.match(following) and not chrome.is_tail_heading(following)
                and not chrome.is_blurb(following)
                and not _PROMO.search(following) and not chrome.is_chrome_line(following)
                and not chrome.is_caption(following) and not chrome.END_MARK.search(following)
                and not chrome.COPYRIGHT_LINE.match(following)):
            # the box's own link may be a headline with no full stop; a promo sentence is not story
            if not _box_item_before_another(paragraphs, position + size):
                return size
            continue
        if size > _BOX_LINES or word_count(following) > 20 and not _PROMO.search(following):
            return None
    return None


def _box_item_before_another(paragraphs: list[str], position: int) -> bool:
    """Whether a short line that reads like a sentence ("Xi sends congratulatory message to Kim on
    N. Korea's 75th founding anniv.") is followed by a headline with no full stop: then both are
    a box's links, not the story going on; so is a dated headline ('24 августа 2011 года — ...')."""
    if is_dated_headline(plain_text(paragraphs[position])):
        return True
    if position + 1 >= len(paragraphs) or word_count(plain_text(paragraphs[position])) > 20:
        return False
    following = plain_text(paragraphs[position + 1])
    return word_count(following) <= 20 and not is_prose(following) and not chrome.is_tail_heading(following)


def _drop_headline_tail(paragraphs: list[str]) -> list[str]:
    """Drop a closing run of two or more lines that end like headlines, not sentences; but not a
    letter's sign-off ('Xi Jinping' / 'Beijing, October 31, 2022'), which ends on the day it was signed."""
    if paragraphs and SIGNING_LINE.match(chrome.END_MARK.sub("", paragraphs[-1].rsplit("\n", 1)[-1])):
        return paragraphs
    end = len(paragraphs)
    while end > 0 and _headline_like(paragraphs[end - 1]):
        end -= 1
    dropped = sum(len(paragraph.split("\n")) for paragraph in paragraphs[end:])
    return paragraphs if dropped < 2 else paragraphs[:end]


# A linked headline with its day after it: '- Wen Jiabao arrives in Pyongyang for goodwill visit (2009-10-04)',
# '... Receives Message of Sympathy from Putin 2024.8.3.'; or before it: '24 августа 2011 года — Российско-корейские переговоры'.
_DATED_LINK = re.compile(r"^\s*(?:\d{1,2}\s+\w+\.?\s+(?:19|20)\d\d|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|"
                         r"\w+\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*(?:года|г\.)?\s*[—–-]\s")
_DATED_HEADLINE = re.compile(r"\s(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?\s*$|\(\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
                             r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
                             r"(?:\d{4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*\)\s*$")


def is_dated_headline(line: str) -> bool:
    return bool(_DATED_HEADLINE.search(line) or _DATED_LINK.match(line))


def _headline_like(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    if len(lines) > 1 and all(is_dated_headline(line) and word_count(line) < 25 for line in lines):
        return True  # a list of dated headlines, one a line
    if is_dated_headline(paragraph):
        return word_count(paragraph) < 25
    return not _SENTENCE_END.search(paragraph) and not is_prose(paragraph)
