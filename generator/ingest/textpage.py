"""Plain-text copies of web pages: find the title among the chrome, the body among the lists.

A copied page is a header (navigation, breadcrumbs, capture date, byline, title, a metadata line)
followed by the article and a tail of widgets and related headlines. The body starts at the first
paragraph of prose; the title is the header line that best matches that body.
"""
from __future__ import annotations

import datetime as dt
import functools

import re
from itertools import pairwise

from generator import dates
from generator.ingest.columns import BROKEN_WORD, join_wrapped, split_columns
from generator.ingest import chrome
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.paragraphs import clean_paragraphs, copyright_holder, is_dated_headline, is_prose, plain_text
from generator.markdown import escape_text_line
from generator.text import content_words, fold_space, word_count

_FIELD = re.compile(r"^\s*(?P<key>date|published(?: on)?|posted(?: on)?|updated|source|publisher|"
                    r"by|author|url|link|original url|title)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*]|-(?=\s))\s+")
_TIME_ZONE = r"(?:am|pm|a\.m\.|p\.m\.|kst|jst|cst|bst|gmt|utc|msk|est|edt|pst|pdt|cet|cest|hkt|sgt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
_NOT_DATE_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?|"
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:" + _TIME_ZONE + r")?(?![\w])|\b" + _TIME_ZONE + r"(?![\w])|"
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\b(?:updated|published|posted|on|last|at)\b|"
    r"(?:обновлено|опубликовано|изменено|입력|수정|등록|更新|発表|\d{1,2}時\d{1,2}分)|[,.|:/\-–—()+\s]+", re.IGNORECASE)
# A header line of segments: 'KYODO NEWS - Jun 12, 2024 - 11:35 | World, All'.
_SEGMENTS = re.compile(r"\s+[-–—|•·]\s+")
_BY_LINE = re.compile(r"^\s*by\s+[A-Z]", re.IGNORECASE)
# A portal's stamp line that runs on into its buttons: '입력 2012.12.01. 오전 7:12 수정 2012.12.01. … 댓글 37 …'.
_LABELLED_STAMP = re.compile(r"^\s*(?:입력|기사입력|등록|승인|published|posted)\s*:?\s*(?P<stamp>(?:19|20)\d\d[./-]\s*\d{1,2}[./-]\s*\d{1,2})",
                             re.IGNORECASE)


_DOMAIN = re.compile(r"(?<![@\w.-])(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|kr|jp|ru|kp|uk|info)"
                     r"(?:\.[a-z]{2})?)(?![\w.-]*@)\b", re.IGNORECASE)
# What every _DOMAIN holds; a quick search that spares most lines the slow one.
_TOP_LEVEL_DOMAIN = re.compile(r"\.(?:com|net|org|cn|kr|jp|ru|kp|uk|info)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?P<n>\d+)\s+(?P<unit>minute|min|hour|hr|day)s?\s+ago\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b")
# 'Discover more from The X': a newsletter's subscribe box above the post; it names the publication.
_DISCOVER = re.compile(r"^\s*discover\s+more\s+from\s+(?P<name>.{2,60}?)\s*$", re.IGNORECASE)
_BOX_END = re.compile(r"^\s*(?:continue\s+reading|sign\s+in|subscribe|no\s+thanks)\s*$", re.IGNORECASE)
# 'North KoreaKim Jong-un, Xi ...': a section name glued to the headline by a copy.
_GLUED_SECTION = re.compile(r"^(?P<section>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?P<title>[A-Z][a-z]*[\s,'’-].{15,})$")


# 'Posted by x | March 2023': a month and year with no day, as bylines of reposts give them
_MONTH_YEAR = re.compile(r"(?<![\w\d])(?P<month>january|february|march|april|may|june|july|august|september|"
                         r"october|november|december)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _saved_from(paragraphs: list[str]) -> tuple[list[str], str | None, "dt.datetime | None"]:
    """A 'Saved from URL on DATE TIME' line: the capture's address and moment, not page text."""
    for index, line in enumerate(paragraphs[:3]):
        m = chrome.SAVED_FROM.match(line)
        if m:
            when = None
            stated = m["when"] or m["stamp"]
            if stated:
                day = dates.parse_full_date(stated)
                clock = _CLOCK.search(stated.split(str(day.year) if day else "\0", 1)[-1]) if day else None
                if day:
                    when = dt.datetime(day.year, day.month, day.day,
                                       int(clock["h"]) if clock else 0, int(clock["m"]) if clock else 0)
            url = m["url"] or m["stamp_url"]
            if url and "://" not in url:
                url = "http://" + url
            return paragraphs[:index] + paragraphs[index + 1:], url, when
    return paragraphs, None, None


def relative_date(line: str, anchor: "dt.datetime | None") -> "dt.date | None":
    """'3 hours ago - 22:30' against the moment the page was saved: the day the stamp means."""
    if anchor is None:
        return None
    m = _RELATIVE.search(line)
    if not m:
        return None
    n, unit = int(m["n"]), m["unit"].lower()
    delta = dt.timedelta(minutes=n) if unit.startswith("min") else \
        dt.timedelta(hours=n) if unit.startswith("h") else dt.timedelta(days=n)
    moment = anchor - delta
    clock = _CLOCK.search(line[m.end():]) or _CLOCK.search(line[: m.start()])
    if clock and unit.startswith(("h", "min")):
        # a clock time beside the relative stamp settles which side of midnight it fell
        stated = moment.replace(hour=int(clock["h"]), minute=int(clock["m"]))
        if stated - moment > dt.timedelta(hours=12):
            stated -= dt.timedelta(days=1)
        elif moment - stated > dt.timedelta(hours=12):
            stated += dt.timedelta(days=1)
        moment = stated
    return moment.date()


def _drop_subscribe_box(paragraphs: list[str]) -> tuple[list[str], str | None]:
    for index, line in enumerate(paragraphs[:12]):
        m = _DISCOVER.match(line)
        if m:
            end = next((j for j in range(index + 1, min(index + 8, len(paragraphs)))
                        if _BOX_END.match(paragraphs[j]) and not (j + 1 < len(paragraphs) and _BOX_END.match(paragraphs[j + 1]))), None)
            if end is None:
                return paragraphs[:index] + paragraphs[index + 1:], m["name"]
            return paragraphs[:index] + paragraphs[end + 1:], m["name"]
    return paragraphs, None


# A text that opens by quoting what went before it: 'The message reads, in part:', 'The telegram says:'.
_LEAD_IN = re.compile(r"^\s*(?:The|His|Her)\s+(?:[\w-]+\s+)?(?:message|letter|telegram|greetings|text)\s+"
                      r"(?:reads|says|said|read)\b[^.]{0,20}:\s*$", re.IGNORECASE)
_PUBLISHED_STAMP = re.compile(r"^\s*(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*(?P<rest>.{6,40})$", re.IGNORECASE)


def read_text_capture(text: str, source_file: str) -> Draft:
    paragraphs = _paragraphs(split_columns(text))
    paragraphs, saved_url, saved_at = _saved_from(paragraphs)
    paragraphs, newsletter = _drop_subscribe_box(paragraphs)
    start = next((i for i, p in enumerate(paragraphs)
                  if is_prose(p) and not chrome.is_chrome_line(p) and not _FIELD.match(p)
                  and not _is_date_line(p)), None)
    if start is None:
        raise NotAnArticle("no paragraph of article text found")
    # A standfirst set above the byline and date ('By X' / 'October 09, 2024') is header, not story.
    standfirst = None
    for offset in range(1, 3):
        j = start + offset
        if j < len(paragraphs) and (_BY_LINE.match(paragraphs[j]) and word_count(paragraphs[j]) <= 6
                                    or _is_date_line(paragraphs[j]) or _LABELLED_STAMP.match(paragraphs[j])) \
                and word_count(paragraphs[start]) <= 30:
            k = j
            while k < len(paragraphs) and (_is_date_line(paragraphs[k]) or _LABELLED_STAMP.match(paragraphs[k])
                                           or chrome.is_chrome_line(paragraphs[k])
                                           or (_BY_LINE.match(paragraphs[k]) and word_count(paragraphs[k]) <= 6)):
                k += 1
            later = next((i for i in range(k, min(k + 4, len(paragraphs)))
                          if is_prose(paragraphs[i]) and not chrome.is_chrome_line(paragraphs[i])), None)
            if later is not None:
                standfirst, start = start, later
            break
    header, rest = paragraphs[:start], paragraphs[start:]
    if standfirst is not None and any(_LEAD_IN.match(p) for p in paragraphs[standfirst + 1:start + 1]):
        # 'The message reads, in part:' opens the text: the standfirst above the date is the story's lead
        # (the Kremlin's 'Vladimir Putin congratulated ... Kim Jong-un on ...').
        header, rest = paragraphs[:standfirst] + paragraphs[standfirst + 1:start], [paragraphs[standfirst]] + rest

    fields: dict[str, str] = {}
    title_candidates: list[tuple[int, str]] = []
    date_lines: list[tuple[int, str]] = []
    site_hints: list[str] = []  # masthead lines: they count only when the config knows the name
    for index, line in enumerate(header):
        line = _full_year(plain_text(line))  # a clipping's header lines may be Markdown links
        segments = [s for s in re.split(r"\s+\|\s+", line) if s.strip()]
        parsed = [_FIELD.match(s) for s in segments]
        if any(parsed):
            for m in parsed:
                if m:
                    fields.setdefault(m["key"].lower().split()[0], m["value"])
            continue
        if _is_date_line(line):
            date_lines.append((index, dates.common_era(line)))
        elif len(line) <= 100 and any(_is_date_line(seg) and dates.parse_full_date(seg)
                                      for seg in _SEGMENTS.split(line)):
            segments = _SEGMENTS.split(line)
            date_lines.append((index, next(seg for seg in segments if _is_date_line(seg))))
            site_hints.extend(seg for seg in segments if not _is_date_line(seg))
        elif (stamp := _LABELLED_STAMP.match(line)) and dates.parse_full_date(stamp["stamp"]):
            date_lines.append((index, stamp["stamp"]))
        elif chrome.URL_ONLY.match(line):
            fields.setdefault("url", line.strip())
        elif not chrome.is_chrome_line(line) and not chrome.is_tail_heading(line):
            title_candidates.append((index, line))
            if word_count(line) <= 4:
                site_hints.append(line)

    body = clean_paragraphs(rest)
    if not body.paragraphs:
        raise NotAnArticle("no article text left once page chrome was removed")
    # A masthead line that repeats the stated source ('KCNA Ministry of Foreign Affairs (EN)' above
    # 'Source: Ministry of Foreign Affairs (EN)') names the outlet, not the story.
    source = (fields.get("source") or "").strip().lower()
    if source:
        title_candidates = [(i, line) for i, line in title_candidates
                            if not line.strip().lower().endswith(source)] or title_candidates
    title_index, title = _pick_title(title_candidates, body.paragraphs, fields.get("title"))
    glued = _GLUED_SECTION.match(title or "")
    if glued and len(content_words(glued["section"]) & content_words(" ".join(body.paragraphs[:2]))) < \
            len(content_words(glued["section"])):
        title = glued["title"]
    if not title and len(body.paragraphs) > 1 and word_count(body.paragraphs[0]) <= HEADLINE_MAX_WORDS:
        # A headline that ends like a sentence ('... on founding anniv.') was read as the body's
        # start: with no other line above it to be the title, it is the title.
        title = body.paragraphs[0]
        body = type(body)(body.paragraphs[1:], body.publisher_hints, body.email_domains)
    if not title:
        raise NotAnArticle("no title found")

    published = published_from = captured = None
    date_text = None
    stated = fields.get("date") or fields.get("published") or fields.get("posted")
    if stated:
        if dates.NUMERIC_DATE.search(stated) and not dates.ISO_DATE.search(stated):
            date_text = stated
        else:
            published = dates.parse_full_date(stated)
        published_from = "date-line"
    # 'Updated 10/08/2023' above 'Published 10/08/2023': the publication line wins
    date_lines.sort(key=lambda item: bool(_UPDATED.match(item[1])) and any(
        other > title_index and not _UPDATED.match(text) for other, text in date_lines))
    for index, line in date_lines:
        day = dates.parse_full_date(line)
        if day is None:
            continue
        if index > title_index and published is None and date_text is None:
            if dates.NUMERIC_DATE.search(line) and not dates.ISO_DATE.search(line):
                date_text, published_from = line, "date-line"
                continue
            published, published_from = day, "date-line"
        elif index < title_index and captured is None:
            captured = day  # aggregators stamp the capture above the title

    if published is None and date_text is None:
        # A byline or time stamp line ("All News 10:41 October 08, 2023", "By X Published: Mar 22, 2023
        # 09:12 PM", "August 2, 20245:03 AM GMT") under the title or at the top of the body.
        later = [line for index, line in enumerate(header) if index > title_index]
        for line in later + list(body.paragraphs[:4]):
            day = _stamp_date(line) or _monitoring_stamp(line) or \
                (relative_date(line, saved_at) if len(line) <= STAMP_MAX else None)
            if day:
                published, published_from = day, "date-line"
                break
    if published is None and date_text is None:
        # A date printed after the story ('By X | 20 December 2011'): a byline set below the text.
        for position in range(len(body.paragraphs) - 1, max(len(body.paragraphs) - 4, 0) - 1, -1):
            day = _byline_date(body.paragraphs[position]) or _closing_stamp(body.paragraphs, position)
            if day:
                published, published_from = day, "date-line"
                body = type(body)(body.paragraphs[:position], body.publisher_hints, body.email_domains)
                break
        else:
            # or cut away with the page's tail, in the few lines right after the story
            last = body.paragraphs[-1] if body.paragraphs else None
            after = next((i for i in range(len(rest) - 1, -1, -1) if rest[i] == last or last and last in rest[i]), None)
            for line in rest[after + 1: after + 4] if after is not None else []:
                # or a stamp line of its own: '2011/07/11 19:26　【共同通信】'
                day = _byline_date(line) or (_stamp_date(line) if _is_date_line(line) and not _BULLET.match(line)
                                             and not _CJK_CHAR.search(_STAMP_LABEL.sub("", line)) else None)
                if day:
                    published, published_from = day, "date-line"
                    break
    if published is None and date_text is None:
        # A stamp above the headline under the masthead ('Saturday, April 18, 1992', '09.10.2023 16:40'):
        # the page's date, unless it opens the capture (an aggregator's or saver's stamp).
        for index, line in enumerate(header[:max(title_index, 0)]):
            if index == 0 or _CAPTURE_STAMP.search(line):
                continue
            if dates.NUMERIC_DATE.search(line) and not dates.ISO_DATE.search(line) and _is_date_line(line):
                date_text, published_from = line, "date-line"
                break
            day = _stamp_date(line)
            if day:
                published, published_from = day, "date-line"
                if captured == day:
                    captured = None
                break
    if captured is None and saved_at is not None:
        captured = saved_at.date()
    if published is None and date_text is None:
        # A labelled stamp anywhere on the page ("Published 2022-12-01 08:40" under the story's
        # end mark) is the article's date when the header gives none.
        for line in text.splitlines():
            stamp = _PUBLISHED_STAMP.match(line)
            day = dates.parse_full_date(stamp["rest"]) if stamp else None
            if day:
                published, published_from = day, "date-line"
                break

    hints = [fields[k] for k in ("source", "publisher") if k in fields]
    hints += list(body.publisher_hints) + list(body.email_domains)
    # The copyright holder in the page's foot is the weakest stated name.
    holder = next((h for h in (copyright_holder(p) for p in rest) if h), None)
    if holder:
        # 'The Diplomat' on the masthead, 'Diplomat Media Inc.' in the foot: the masthead's form
        masthead = next((h for h in site_hints if holder.lower() in h.lower() and word_count(h) <= 4), None)
        hints.append(masthead or holder)
    if newsletter:
        hints.insert(0, newsletter)
    # Web domains the page's own chrome names ('chinadaily.com.cn' in a byline, 'Read ria.ru in
    # Telegram' in the foot): used only when the config knows them.
    body_text = set(body.paragraphs)
    for line in paragraphs:
        if line not in body_text and len(line) <= 200 and _TOP_LEVEL_DOMAIN.search(line):
            site_hints.extend(m["domain"].lower() for m in _DOMAIN.finditer(line))
    year_hint = None
    for line in header:
        m = _MONTH_YEAR.search(line)
        if m and len(line) <= 120:
            month = dates.MONTHS[m["month"].lower().rstrip(".")]
            year = int(m["year"])
            year_hint = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
            break
    if year_hint is None:
        lone = [int(m[1]) for line in header if len(line) <= 60 for m in [_LONE_YEAR.search(line)] if m
                and not dates.find_written_dates(line) and not dates.ISO_DATE.search(line)]
        if not lone:
            lone = [int(m["year"]) for line in rest[-6:] for m in [_COPYRIGHT_YEAR.search(line)] if m]
        if lone:
            year_hint = dt.date(lone[0], 12, 31)
    url = fields.get("url") or fields.get("link") or saved_url
    return Draft(year_hint=year_hint, title=title, body="\n\n".join(escape_text_line(p) for p in body.paragraphs), source_file=source_file,
                 published=published, published_from=published_from, date_text=date_text,
                 publisher_hints=tuple(hints), url=url, captured=captured, site_hints=tuple(site_hints),
                 link_date=None if url else _shared_link_date(text))


def _shared_link_date(text: str) -> "dt.date | None":
    """The day in the address of the first dated link a copied post shares on a line of its own."""
    for line in text.splitlines():
        if chrome.URL_ONLY.match(line):
            day = dates.url_date(line.strip())
            if day:
                return day
    return None


# 'Headline of the storyPublished: 2012-4-14': a metadata field glued to the line before it
_GLUED_FIELD_KEYS = ("Published", "Updated", "Posted", "Date")
_GLUED_FIELD = re.compile(r"(?<=[a-z.!?])(?=(?:" + "|".join(_GLUED_FIELD_KEYS) + r")\s*:\s*\d)")


_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|обновлено|수정)\b", re.IGNORECASE)
_CAPTURE_STAMP = re.compile(r"\b(?:captured|saved|archived|retrieved|accessed|crawled|fetched|added\s+to)\b|"
                            + chrome.SAVED_ABROAD, re.IGNORECASE)
# 'KCNA NEWS ARCHIVE -- 1997', 'Juche 104 (2015)': a year standing alone in a header line
_LONE_YEAR = re.compile(r"(?<![\d.:/-])((?:19|20)\d\d)(?![\d.:/-])")
# 'Copyright 1994 ITAR-TASS', '© The Moscow Times 2011', and a range's last year ('© 1999-2024 TASS'):
# the page was made that year, so the story is no later (the last resort for a year).
_COPYRIGHT_YEAR = re.compile(r"^\s*(?:copyright|\(c\)|[©ⓒ]).{0,60}?(?:(?<=\d\d\d\d-)|(?<=\d\d\d\d–)|(?<![\d-]))"
                             r"(?P<year>(?:19|20)\d\d)(?![\d-])(?!.{0,40}(?:19|20)\d\d)",
                             re.IGNORECASE)


# 'SK2004091494 Pyongyang KCNA in English 0901 GMT' over '20 Apr 94': a wire item's date line with
# a two-digit year. The stories here run from 1945 on.
_SHORT_YEAR_LINE = re.compile(r"^\s*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?)\s+(?P<yy>\d\d)\s*$")
_FIRST_YEAR = 45


def _full_year(line: str) -> str:
    """'20 Apr 94' -> '20 Apr 1994'; any other line as it is."""
    m = _SHORT_YEAR_LINE.match(line)
    if not m or not dates.find_written_dates(m["date"]):
        return line
    yy = int(m["yy"])
    return f"{m['date']} {(1900 if yy >= _FIRST_YEAR else 2000) + yy}"


_RULE_LINE = re.compile(r"[-=_*~·•—–]{3,}")


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a block of hard-wrapped lines is joined, a list is split."""
    blocks: list[list[str]] = [[]]
    indents: list[list[int]] = [[]]
    if any(key in text for key in _GLUED_FIELD_KEYS):
        text = _GLUED_FIELD.sub("\n", text)
    for raw in text.splitlines():
        line = fold_space(raw)
        if _RULE_LINE.fullmatch(line):
            line = ""  # a rule drawn with dashes or equals signs parts blocks, as a blank line does
        if line:
            blocks[-1].append(line)
            indents[-1].append(len(raw) - len(raw.lstrip(" ")))
        elif blocks[-1]:
            blocks.append([])
            indents.append([])
    out: list[str] = []
    for block, indent in zip(blocks, indents):
        if not block:
            continue
        if _is_cjk_block(block):
            out.extend(_cjk_paragraphs(block))
            continue
        if _first_line_indents(block, indent):
            out.extend(_indented_paragraphs(block, indent))
            continue
        wrapped = len(block) > 1 and all(
            40 <= len(line) and not _BULLET.match(line) and not line.endswith((".", ":", "!", "?"))
            for line in block[:-1]) and not any(_stands_alone(line) for line in block) and not _headline_list(block)
        if wrapped:
            out.append(functools.reduce(join_wrapped, block))
        elif _narrow_column(block):
            out.extend(_column_paragraphs(block))
        else:
            out.extend(_BULLET.sub("- ", line) if _BULLET.match(line) else line for line in block)
    return out


# A report's pages as a PDF converts them, with no blank lines: each paragraph's first line is
# indented deeper than the lines that go on with it, which fill the width ('anniver-' / 'sary').
_INDENTED_MIN_LINES = 6
_INDENTED_MIN_PARAGRAPHS = 2
_INDENT_STEP = 2  # spaces deeper than the margin
_FULL_LINE_SHARE = 0.75  # of the block's longest line: a line the paragraph goes on after


def _first_line_indents(block: list[str], indent: list[int]) -> bool:
    if len(block) < _INDENTED_MIN_LINES:
        return False
    margin, full = min(indent), _FULL_LINE_SHARE * max(map(len, block))
    starts = [i for i in range(len(block) - 1) if indent[i] >= margin + _INDENT_STEP and indent[i + 1] == margin
              and len(block[i]) >= full]
    return len(starts) >= _INDENTED_MIN_PARAGRAPHS


def _indented_paragraphs(block: list[str], indent: list[int]) -> list[str]:
    """A paragraph starts at a deeper line; a line shorter than the full width ends one."""
    margin, width = min(indent), max(map(len, block))
    out: list[list[str]] = []
    ended = True
    for line, depth in zip(block, indent):
        if ended or depth >= margin + _INDENT_STEP or _stands_alone(line) or _BULLET.match(line):
            out.append([])
        out[-1].append(line)
        ended = len(line) < _FULL_LINE_SHARE * width or _stands_alone(line)
    return [functools.reduce(join_wrapped, lines) for lines in out]


# A newspaper's narrow column, as a PDF converts it: short justified lines, words broken at their ends.
_COLUMN_MIN_LINES = 8
_COLUMN_MAX_WIDTH = 45
_COLUMN_BREAKS = 2  # words broken with a hyphen at a line's end ('congratu-' / 'latory')


def _narrow_column(block: list[str]) -> bool:
    return len(block) >= _COLUMN_MIN_LINES and all(len(line) <= _COLUMN_MAX_WIDTH for line in block) and \
        sum(bool(BROKEN_WORD.search(line)) and following[:1].islower()
            for line, following in pairwise(block)) >= _COLUMN_BREAKS


def _column_paragraphs(block: list[str]) -> list[str]:
    """The column's lines joined, a paragraph ending where a line ends a sentence."""
    out: list[list[str]] = [[]]
    for line in block:
        out[-1].append(line)
        if line.endswith((".", "!", "?", ".”", '."')):
            out.append([])
    return [functools.reduce(join_wrapped, lines) for lines in out if lines]


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # Chinese and Japanese: Korean spaces its words
_CJK_STOP = ("。", "！", "？", "」", "”", "）", ".", "!", "?", ":", "：")
_CJK_WRAP_MIN = 20  # characters: a line a PDF or a copy wrapped, not a headline


def _is_cjk_block(block: list[str]) -> bool:
    text = "".join(block)
    return len(block) > 1 and len(_CJK_CHAR.findall(text)) > len(text) / 2


def _cjk_paragraphs(block: list[str]) -> list[str]:
    """Chinese and Japanese lines wrapped by a copy join with no space: a line that is long enough
    and does not close a sentence goes on in the next one."""
    out: list[str] = []
    joining = False
    for line in block:
        if joining and _CJK_CHAR.match(line):
            out[-1] += line
        else:
            out.append(line)
        joining = len(line) >= _CJK_WRAP_MIN and not line.endswith(_CJK_STOP) and not _stands_alone(line)
    return out


_GOES_ON = re.compile(r"(?:,|\b(?:of|the|a|an|to|and|in|on|for|with|by|at|from))$", re.IGNORECASE)


def _headline_list(block: list[str]) -> bool:
    """Three lines or more that each start with a capital: a list of headlines, not a paragraph
    wrapped by the capture (a wrapped sentence goes on in lower case somewhere, or its lines end
    in words that cannot end a headline: 'general secretary of the' / 'Workers' Party ...')."""
    return len(block) >= 3 and all(line[:1].isupper() or line[:1].isdigit() for line in block[1:]) \
        and not any(_GOES_ON.search(line) for line in block[:-1])


def _stands_alone(line: str) -> bool:
    """A line a hard wrap never produces: a stamp, a byline, a field, a tail heading or chrome; or a
    line of fields one of which is a date ('20/02/2013  |  by Jane Doe, Senior Fellow  |  7 min read')."""
    return bool(_is_date_line(line) or _RELATIVE.search(line) and len(line) <= 40 or _BY_LINE.match(line)
                or _FIELD.match(line) or chrome.is_tail_heading(line) or chrome.is_chrome_line(line)
                or chrome.EMAIL.search(line) or _byline_date(line)
                or "|" in line and len(line) <= 100 and any(map(_is_date_line, _SEGMENTS.split(line))))


# 'By Jane Doe | 20 December 2011', 'Posted by X on 14 February 2012': a byline that carries the date
_BYLINE_DATE = re.compile(r"^\s*(?:(?:posted|written|reported)\s+)?by\s+[A-Z][^|]{1,60}?(?:\s*[|,·•–—-]\s*|\s+on\s+)(?P<date>.+)$",
                          re.IGNORECASE)


# '【共同通信】' after a stamp: the agency that stamped it
_STAMP_LABEL = re.compile(r"[【\[（(][^】\]）)]{1,12}[】\]）)]")


def _closing_stamp(paragraphs: tuple[str, ...], position: int) -> "dt.date | None":
    """The date of a stamp line that closes the page ('같은 날 통신목록 (주체99(2010)년 4월 16일 금요일)'),
    not of the last of a list of dated headlines."""
    if position != len(paragraphs) - 1 or (position and _stamp_date(dates.common_era(paragraphs[position - 1]))) \
            or "\n" in paragraphs[position].strip() or is_dated_headline(paragraphs[position]):
        return None  # lines of dated headlines: '24 августа 2011 года — Российско-корейские переговоры'
    return _stamp_date(dates.common_era(paragraphs[position]))


def _byline_date(line: str) -> "dt.date | None":
    m = _BYLINE_DATE.match(line)
    if not m or len(line) > STAMP_MAX:
        return None
    return _stamp_date(m["date"])




# '2022-12-02 08:31　来源：环球速递　作者：金敏　字号：大 中 小': a portal's stamp, then its labelled fields.
_STAMP_THEN_FIELDS = re.compile(r"^\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                                r"\s+(?:来源|來源|作者|编辑|編輯|出处|출처|source|author)\s*[：:]", re.IGNORECASE)


def _is_date_line(line: str) -> bool:
    """A line that is nothing but one or more dates ('January 30, 2026Jan 30, 2026'), or a stamp
    followed by the fields of a portal's byline."""
    if _STAMP_THEN_FIELDS.match(line):
        return True
    if len(line) > 80:
        return False
    spaced = re.sub(r"(\d)([A-Za-z])", r"\1 \2", dates.common_era(line))
    found = dates.find_written_dates(spaced)
    rest = spaced
    if found:
        for d in reversed(found):
            rest = rest[: d.start] + " " + rest[d.end:]
    else:
        rest = dates.ISO_DATE.sub(" ", dates.NUMERIC_DATE.sub(" ", spaced))
        if rest == spaced:
            return False
    leftover = _NOT_DATE_WORDS.sub(" ", rest).split()
    if not leftover:
        return True
    # 'All News 10:41 August 14, 2024': a full date with a label or two around it.
    full = any(d.year for d in found) or bool(dates.ISO_DATE.search(spaced)) or bool(dates.NUMERIC_DATE.search(spaced))
    return full and len(leftover) <= 2 and len(line) <= 60


HEADLINE_MAX_WORDS = 16

_STOPWORDS = {"the", "and", "for", "with", "from", "that", "this", "its", "has", "have", "was", "are",
              "his", "her", "their", "our", "not", "but", "who", "into", "over", "after"}


def _pick_title(candidates: list[tuple[int, str]], body: tuple[str, ...],
                stated: str | None) -> tuple[int, str | None]:
    if stated:
        return -1, stated.strip()
    usable = [(i, line) for i, line in candidates if 2 <= word_count(line) <= 40 and not _BY_LINE.match(line)]
    # A breadcrumb glues the section path to the title: drop lines that end with another candidate.
    usable = [(i, line) for i, line in usable
              if not any(other != line and line.endswith(other) for _, other in usable)]
    if not usable:
        return -1, None
    lead = content_words(" ".join(body[:3]))
    # A headline directly followed by a line at least as long: the second is the deck (standfirst).
    positions = {i for i, _ in usable}
    by_index = dict(usable)
    decks = {i for i, line in usable if i - 1 in positions and word_count(by_index[i - 1]) >= 5
             and len(content_words(by_index[i - 1]) & lead) >= 2
             and word_count(line) >= word_count(by_index[i - 1]) and word_count(line) >= 8}
    if len(decks) < len(usable):
        usable = [(i, line) for i, line in usable if i not in decks]
    # Headlines do not end with a full stop; a standfirst sentence does.
    headlines = [(i, line) for i, line in usable if not re.search(r"[^.]\.\s*$", line)]
    if headlines:
        usable = headlines

    def score(item: tuple[int, str]) -> tuple[float, int]:
        words = content_words(item[1]) - _STOPWORDS
        shared = len(words & lead)
        return (shared + shared / (len(words) or 1), item[0])

    index, title = max(usable, key=score)
    return index, title.strip("*# ").strip()


is_date_line = _is_date_line
text_paragraphs = _paragraphs

_GLUED_TIME = re.compile(r"((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
STAMP_MAX = 100


# A monitoring service's stamp, its year in two digits: 'Compiled 2 Jan 24, 2210 gmt', '... 0031 gmt 1 Jan 24'.
_MONITORING = re.compile(r"(?:^\s*compiled\s+|\bgmt\s+)(?P<day>\d{1,2})\s+(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                         r"Oct|Nov|Dec)[a-z]*\.?\s+(?P<year>\d{2})\b", re.IGNORECASE)


def _monitoring_stamp(line: str) -> dt.date | None:
    m = _MONITORING.search(line)
    return dates.safe_date(2000 + int(m["year"]), dates.MONTHS[m["month"].lower()], int(m["day"])) if m else None


def _stamp_date(line: str) -> "dt.date | None":
    """The full date on a short stamp line (not a sentence of the story), if it has one with a year."""
    if len(line) > STAMP_MAX or line.rstrip().endswith((".", "?", "!", '"', "”", "。", "！", "？", "」")):
        return None
    spaced = _GLUED_TIME.sub(r"\1 ", line)
    found = dates.find_written_dates(spaced)
    for written in found:
        if written.year:
            return written.resolve(written.year)
    m = dates.ISO_DATE.search(spaced)
    if m is None and len(found) == 1:
        # 'Juche 104 (2015) October 10': the year stands apart from the month and day
        years = {int(y) for y in _LONE_YEAR.findall(spaced[: found[0].start] + " " + spaced[found[0].end:])}
        if len(years) == 1:
            return found[0].resolve(years.pop())
    if m:
        return dates.safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    numeric = dates.NUMERIC_DATE.search(spaced)
    if numeric and len(numeric["a"]) == 4:  # '2011/07/11 19:26　【共同通信】': the year first, no doubt of the order
        return dates.parse_numeric_date(numeric.group(), "ymd")
    return None


def read_export_document(number: int, headline: str, stamp: str, story: str, source_file: str) -> Draft | NotAnArticle:
    """One document of a database's text export (Factiva, Nexis), read as a text copy of its page:
    the headline, the line that dates it, the story."""
    try:
        return read_text_capture(f"{headline}\n\n{stamp}\n\n{story}", source_file)
    except NotAnArticle as reason:
        return NotAnArticle(f"document {number}: {reason}")
