"""Saved HTML pages of any outlet: trafilatura finds the main text and the page's metadata."""
from __future__ import annotations

import datetime as dt
import re

import lxml.html
import trafilatura
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest import chrome
from generator.ingest.liveblog import read_entries
from generator.ingest.paragraphs import clean_paragraphs
from generator.ingest.textpage import _FIELD, is_date_line

# htmldate takes no date before 1995 for a plausible one, and falls back on chrome (a logo's "Archive
# 1958–2005"); the stories here go back to the first leaders' correspondence.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "min_date": "1945-01-01"}
_BYLINE = re.compile(r"^\s*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4}\s*$", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?…。！？][\"”’')\]」』]*\s*$")


def read_html_capture(page: str, source_file: str) -> list[Draft]:
    """A saved page: its dated entries, each an article (a live blog), or its one story."""
    page = _without_frames(page)
    tree = load_html(page)
    title = " ".join((tree.findtext(".//title") or "").split()) if tree is not None else ""
    return read_entries(tree, title, source_file) or [read_html_page(page, source_file, tree)]


_FRAMESET = re.compile(r"<frameset\b", re.IGNORECASE)
_NO_FRAMES = re.compile(r"<noframes\b[^>]*>(?P<body>.*?)</noframes\s*>", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)


def _without_frames(page: str) -> str:
    """A frameset page's story is in its <noframes> part, which parsers of frameset pages drop."""
    no_frames = _NO_FRAMES.search(page) if _FRAMESET.search(page) else None
    if no_frames is None:
        return page
    head = _HEAD.search(page)
    return f"<html>{head[0] if head else ''}{no_frames['body']}</html>"


def read_html_page(page: str, source_file: str, tree: lxml.html.HtmlElement | None = None) -> Draft:
    # One parse for both: what is read from the tree here is read before trafilatura prunes it.
    tree = load_html(page) if tree is None else tree
    own_date = _own_article_date(tree)
    leads = _marked_leads(tree)
    document = None if tree is None else trafilatura.bare_extraction(
        tree, output_format="markdown", include_formatting=True, include_comments=False, with_metadata=True,
        date_extraction_params=_DATE_PARAMS)
    if document is None:
        raise NotAnArticle("no article text found in the HTML page")
    markdown = xmltotxt(document.body, True) if document.body is not None else ""
    paragraphs = _table_cells([p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()])
    if not paragraphs or "|" in markdown[:200]:
        # The extractor found no story, or (an old table layout) glued its paragraphs into one table
        # cell: the block with the most paragraph text, when the extractor's text holds it.
        densest = _densest_paragraphs(load_html(page))
        if len(densest) >= 2 and (not paragraphs or _comparable(densest[0])[:60] in _comparable(markdown)):
            paragraphs = densest
    title = _strip_site_suffix((document.title or "").strip(), document.sitename)
    # The headline repeated under a breadcrumb ('人民网>>时政') is no more story than at the top.
    paragraphs = [p for i, p in enumerate(paragraphs) if i >= 3 or p.lstrip("# ").strip() != title]
    paragraphs, stated_date = _drop_header_lines(paragraphs)
    paragraphs = _settle_lead(leads, paragraphs, document.description)
    body = clean_paragraphs(paragraphs)
    if not body.paragraphs:
        raise NotAnArticle("no article text found in the HTML page")
    title = title or _first_heading(body.paragraphs)
    published = stated_date or own_date
    year_hint = None
    if published is None and document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
        if published and (published.month, published.day) == (1, 1):
            # The extractor's guess from a year alone (a copyright line, a path) comes out as 1 January:
            # the year of the story's days, not its day.
            published, year_hint = None, dt.date(published.year, 12, 31)
    hints = [h for h in (document.sitename,) if h] + list(body.publisher_hints) + list(body.email_domains)
    return Draft(title=title, body="\n\n".join(body.paragraphs), source_file=source_file, year_hint=year_hint,
                 published=published, published_from="metadata" if published else None,
                 publisher_hints=tuple(hints), url=document.url or None,
                 language=document.language or None)


def _comparable(text: str) -> str:
    """Text to compare with the extractor's Markdown: no escapes, no emphasis, no spaces (a <br>
    joins its lines with none in the page's text, with one in the extractor's)."""
    return re.sub(r"[\\*_\s]", "", text)


def _densest_paragraphs(tree: lxml.html.HtmlElement | None) -> list[str]:
    """The paragraphs of the element whose own paragraphs hold the most text: the story, when the
    extractor found none in an old table layout."""
    if tree is None:
        return []
    text_of: dict[lxml.html.HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            text_of[parent] = text_of.get(parent, 0) + len(paragraph.text_content().strip())
    if not text_of:
        return []
    block = max(text_of, key=text_of.__getitem__)
    return [" ".join(p.text_content().split()) for p in block.findall("p") if p.text_content().strip()]


_HEADING_LENGTH = 150  # characters


def _first_heading(paragraphs: tuple[str, ...]) -> str:
    """A page with no title of its own (a note-taking tool's export): its first heading, else its
    first line that is not a sentence, else the opening words of its text."""
    for paragraph in paragraphs:
        if paragraph.startswith("#"):
            return paragraph.lstrip("# ").strip()
    for paragraph in paragraphs:
        if len(paragraph) <= _HEADING_LENGTH and not _SENTENCE.search(paragraph):
            return paragraph.strip("*_ ")
    opening = paragraphs[0][:_HEADING_LENGTH]
    return opening if len(paragraphs[0]) <= _HEADING_LENGTH else opening.rsplit(" ", 1)[0] + " …"


_STORY_CELL = 200  # characters: a cell of running text, not a link or a heading
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _table_cells(paragraphs: list[str]) -> list[str]:
    """A page laid out in a table (old KCNA and archive pages) comes out as Markdown rows
    ('| Pyongyang, January 1 (KCNA) -- ... |'): the cells of a row that holds the story are
    paragraphs of their own."""
    out: list[str] = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if not all(line.strip().startswith("|") and line.strip().endswith("|") for line in lines):
            out.append(paragraph)
            continue
        for line in lines:
            if _TABLE_RULE.match(line.strip()):
                continue
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|")) if cell.strip()]
            # A row that holds the story splits into its cells; a row of links or headings stays one
            # line, as the page shows it, for the chrome tests to judge.
            out.extend(cells if any(len(cell) >= _STORY_CELL for cell in cells) else [" | ".join(cells)] if cells else [])
    return out


_TITLE_PARTS = re.compile(r"\s+[|–—•-]\s+|\s*-(?=[A-Z][\w.]+$)")


def _squash(text: str) -> str:
    return re.sub(r"[^\w]+", "", text).lower()


def _strip_site_suffix(title: str, sitename: str | None) -> str:
    """'Headline | NHK WORLD-JAPAN News', 'Headline-Xinhua': the site's name is not the headline's."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or not sitename:
        return title
    tail, site = _squash(parts[-1]), _squash(sitename)
    if tail and site and (site in tail or tail in site):
        return title[: title.rfind(parts[-1])].rstrip(" |–—•-")
    return title


def _drop_header_lines(paragraphs: list[str]) -> tuple[list[str], dt.date | None]:
    """Byline, date, 'Published :' and breadcrumb lines the extractor left above the first paragraph.

    A date the page shows above the story is what its reader sees; it beats a guessed one.
    """
    stated = None
    start = 0
    for paragraph in paragraphs[:6]:
        plain = paragraph.strip("*_# ").strip()
        field = _FIELD.match(plain)
        if field and field["key"].lower().split()[0] in ("date", "published", "posted", "updated"):
            stated = stated or dates.parse_full_date(field["value"])
        elif is_date_line(plain):
            stated = stated or dates.parse_full_date(plain)
        elif not (_BYLINE.match(plain) or (field and len(plain) <= 100) or chrome.is_chrome_line(plain)):
            break
        start += 1
    return paragraphs[start:], stated


# Where a page lists other stories with their dates: "Other articles", "Most read", comments.
_OTHER_STORIES = "ancestor::li or ancestor::aside or ancestor::footer or ancestor::nav"
# The story's own stamp, as the page marks it for machines, in order of trust.
_MARKED_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    f"//article//time[@datetime][not({_OTHER_STORIES})]/@datetime",
    # A headline's block (its parent or grandparent) holds its byline and stamp.
    f"//h1/ancestor::*[position() <= 2][not(self::body)]//time[@datetime][not({_OTHER_STORIES})]/@datetime",
)


# An element the page styles as its date line: '<div class="today">주체112(2023)년 9월 10일 일요일</div>'.
# (in any case: 'ListNewsLineDate')
_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_STAMP_CLASSES = (f"[contains({_CLASS}, 'date') or contains({_CLASS}, 'today') or contains({_CLASS}, 'publish') or "
                  f"contains({_CLASS}, 'calendar')]")
# The one in the story's or the headline's block first: a site's top bar may show the day the page was saved.
_STORY_BLOCK = ("[contains(@class, 'news') or contains(@class, 'article') or contains(@class, 'post') or "
                "contains(@class, 'entry') or contains(@class, 'title') or contains(@class, 'story')]")
# (not <body>: 'single-newstream' is a page's class, not a block's)
_STAMP_ELEMENTS = (f"//*[not(self::body)]{_STORY_BLOCK}//*{_STAMP_CLASSES}[not({_OTHER_STORIES})]",
                   f"//h1/ancestor::*[position() <= 2][not(self::body)]//*{_STAMP_CLASSES}[not({_OTHER_STORIES})]")
# Anywhere on the page: a site's top bar ('<span class="today">') may show the day the page was saved,
# so it comes after the line under the headline.
_PAGE_STAMP_ELEMENTS = f"//*{_STAMP_CLASSES}[not({_OTHER_STORIES})]"
_STAMP_MAX = 60  # characters: a date line, not a paragraph that mentions a date
_BELOW_HEADLINE = "//h1/following-sibling::*[position() <= 3]"


def _own_article_date(tree: lxml.html.HtmlElement | None) -> dt.date | None:
    """The story's own publication stamp, not the earliest date on the page.

    htmldate's earliest-date search takes a <time> of an 'Other articles' list over the header's;
    the stamp of the article (its meta, its <article>, the one next to its headline) is its date.
    """
    if tree is None:
        return None
    for query in _MARKED_PUBLISHED:
        for value in tree.xpath(query):
            value = str(value).strip()
            # '<time datetime="1704165960000">': a Unix time stamp, as some sites' scripts write it.
            stamp = dates.epoch_date(int(value)) if value.isdigit() else dates.parse_full_date(value)
            if stamp:
                return stamp
    stamp = _stamp_element(tree, _STAMP_ELEMENTS)
    if stamp:
        return stamp
    for element in tree.xpath(_BELOW_HEADLINE):
        # '<h1>…</h1><div class="sou">2011年07月11日15:21  来源：新华网</div>': a line under the headline
        # that is nothing but the story's stamp and its fields, whatever the page calls its class.
        # or a field of such a line: 'Date: 02/12/2022 | Source: KCNA.kp (En) | Read original version at source'
        text = " ".join(element.text_content().split())
        for field in [text] + [part.strip() for part in text.split("|")[:4] if "|" in text]:
            if len(field) <= _STAMP_MAX and is_date_line(field):
                stamp = dates.parse_full_date(field)
                if stamp:
                    return stamp
    stamp = _stamp_element(tree, (_PAGE_STAMP_ELEMENTS,))
    if stamp:
        return stamp
    for script in tree.xpath("//script/text()"):
        stamp = _SCRIPT_STAMP.search(script)
        if stamp:
            return dates.epoch_date(int(stamp[1]))
    return None


def _stamp_element(tree: lxml.html.HtmlElement, queries: tuple[str, ...]) -> dt.date | None:
    """The date of the first element the queries find that is a short date line."""
    for query in queries:
        for element in tree.xpath(query):
            text = " ".join(element.text_content().split())
            stamp = dates.parse_full_date(text) if len(text) <= _STAMP_MAX else None
            if stamp:
                return stamp
    return None


# A page that writes its date only from a script ('var ct = "1610364720"', WeChat's articles).
_SCRIPT_STAMP = re.compile(r"\b(?:ct|create_?time|publish_?time|pub_?time|createTime|publishTime|pubTime)\s*[=:]\s*"
                           r"[\"']?(\d{10}(?:\d{3})?)\b")


def _marked_leads(tree: lxml.html.HtmlElement | None) -> list[str]:
    """The texts of the elements a page marks as its lead ('lead', 'summary', 'standfirst', 'intro'),
    and of a paragraph set beside the headline, in its block (the Kremlin's '<p class="read-more">')."""
    if tree is None:
        return []
    return [" ".join(node.text_content().split()) for node in tree.xpath(
        "//*[contains(@class, 'lead') or contains(@class, 'summary') or "
        "contains(@class, 'standfirst') or contains(@class, 'intro')] | //h1/following-sibling::p[position() <= 2]")]


def _settle_lead(leads: list[str], paragraphs: list[str], description: str | None) -> list[str]:
    """The standfirst is not the story; a lead paragraph the extractor left out is.

    A first paragraph that repeats the page's description and is no sentence is a deck: dropped.
    A marked lead (_marked_leads) that is a sentence and is missing from the text is the story's
    first paragraph: put back.
    """
    def norm(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().lower()

    if paragraphs and description and norm(paragraphs[0]) == norm(description) \
            and not _SENTENCE.search(paragraphs[0]):
        paragraphs = paragraphs[1:]
    have = norm(" ".join(paragraphs))
    for text in leads:
        if (text and len(text.split()) >= 12 and _SENTENCE.search(text) and norm(text) not in have
                and len(text.split()) <= 120):
            return [text, *paragraphs]
    return paragraphs
