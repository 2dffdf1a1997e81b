"""The rules of the W3C feed validator that can be checked offline, as a pure function.

check_feed(xml bytes, self_url, base_url) -> list of problems ("" when the feed passes). It knows
RSS 2.0 and Atom 1.0:

- RSS: channel title, link and description; every item a title or a description; dates
  (pubDate, lastBuildDate) in RFC 822 with a four-digit year; GUIDs unique, never carrying the
  base URL, and isPermaLink="false" unless the GUID is a URL.
- Atom: id, title and updated on the feed and on each entry; ids are valid URIs and unique;
  dates (updated, published) in RFC 3339; an author on the feed or on every entry.
- Both: an atom:link rel="self" whose href is the feed's own absolute URL; links are absolute
  http(s) URLs.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"

_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?"
_ZONE = r"(?:UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})"
RFC822 = re.compile(_DAY + r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                    r"\d{2}:\d{2}(?::\d{2})? " + _ZONE + r"$")
RFC3339 = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
                     r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
# RFC 3986 characters (unreserved, reserved, percent signs); anything else must be escaped.
_URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
_UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def is_uri(value: str) -> bool:
    if not value or not _URI_CHARS.match(value) or re.search(r"%(?![0-9A-Fa-f]{2})", value):
        return False
    scheme, _, rest = value.partition(":")
    if not _SCHEME.match(scheme) or not rest:
        return False
    if scheme.lower() == "urn":
        return scheme + ":" + rest == value and (not value.lower().startswith("urn:uuid:")
                                                  or bool(_UUID_URN.match(value)))
    if scheme.lower() in ("http", "https"):
        return bool(urlsplit(value).netloc)
    return True


def is_web_url(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://")) and is_uri(value)


def _text(element, tag: str) -> str | None:
    child = element.find(tag)
    return None if child is None else (child.text or "").strip()


def check_feed(data: bytes, self_url: str, base_url: str) -> list[str]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    if root.tag == "rss":
        return _check_rss(root, self_url, base_url)
    if root.tag == ATOM + "feed":
        return _check_atom(root, self_url)
    return [f"neither RSS 2.0 nor Atom: root element {root.tag}"]


def _self_links(problems: list[str], links, self_url: str, where: str) -> None:
    selves = [link.get("href") for link in links if link.get("rel") == "self"]
    if not selves:
        problems.append(f"{where}: no atom:link rel=\"self\"")
    for href in selves:
        if href != self_url:
            problems.append(f"{where}: self link {href!r} is not the feed's own URL {self_url!r}")


def _check_rss(root, self_url: str, base_url: str) -> list[str]:
    problems: list[str] = []
    if root.get("version") != "2.0":
        problems.append(f"rss: version {root.get('version')!r}, expected '2.0'")
    channel = root.find("channel")
    if channel is None:
        return problems + ["rss: no channel"]
    for required in ("title", "link", "description"):
        if not _text(channel, required):
            problems.append(f"channel: missing or empty <{required}>")
    if _text(channel, "link") and not is_web_url(_text(channel, "link")):
        problems.append(f"channel: <link> is not an absolute URL: {_text(channel, 'link')!r}")
    _self_links(problems, channel.findall(ATOM + "link"), self_url, "channel")
    for tag in ("pubDate", "lastBuildDate"):
        value = _text(channel, tag)
        if value is not None and not RFC822.match(value):
            problems.append(f"channel: <{tag}> not an RFC 822 date: {value!r}")
    guids: set[str] = set()
    for n, item in enumerate(channel.findall("item"), 1):
        where = f"item {n}"
        if not (_text(item, "title") or _text(item, "description")):
            problems.append(f"{where}: neither <title> nor <description>")
        link = _text(item, "link")
        if link is not None and not is_web_url(link):
            problems.append(f"{where}: <link> is not an absolute URL: {link!r}")
        value = _text(item, "pubDate")
        if value is not None and not RFC822.match(value):
            problems.append(f"{where}: <pubDate> not an RFC 822 date: {value!r}")
        guid = item.find("guid")
        if guid is not None:
            text = (guid.text or "").strip()
            if not text:
                problems.append(f"{where}: empty <guid>")
            if text in guids:
                problems.append(f"{where}: duplicate <guid> {text!r}")
            guids.add(text)
            if base_url and base_url in text:
                problems.append(f"{where}: <guid> {text!r} contains the base URL")
            if guid.get("isPermaLink", "true") != "false" and not is_web_url(text):
                problems.append(f"{where}: <guid> {text!r} is a permalink but not a URL")
    return problems


def _check_atom(root, self_url: str) -> list[str]:
    problems: list[str] = []
    _atom_common(problems, root, "feed")
    _self_links(problems, root.findall(ATOM + "link"), self_url, "feed")
    feed_author = root.find(ATOM + "author") is not None
    ids = {_text(root, ATOM + "id")}
    for n, entry in enumerate(root.findall(ATOM + "entry"), 1):
        where = f"entry {n}"
        _atom_common(problems, entry, where)
        entry_id = _text(entry, ATOM + "id")
        if entry_id in ids:
            problems.append(f"{where}: duplicate id {entry_id!r}")
        ids.add(entry_id)
        if not feed_author and entry.find(ATOM + "author") is None:
            problems.append(f"{where}: no author, and the feed has none")
        value = _text(entry, ATOM + "published")
        if value is not None and not RFC3339.match(value):
            problems.append(f"{where}: <published> not an RFC 3339 date: {value!r}")
        if entry.find(ATOM + "content") is None and not any(
                link.get("rel", "alternate") == "alternate" for link in entry.findall(ATOM + "link")):
            problems.append(f"{where}: neither <content> nor an alternate link")
    return problems


def _atom_common(problems: list[str], element, where: str) -> None:
    for required in ("id", "title", "updated"):
        if not _text(element, ATOM + required):
            problems.append(f"{where}: missing or empty <{required}>")
    value = _text(element, ATOM + "id")
    if value and not is_uri(value):
        problems.append(f"{where}: <id> is not a valid URI: {value!r}")
    value = _text(element, ATOM + "updated")
    if value and not RFC3339.match(value):
        problems.append(f"{where}: <updated> not an RFC 3339 date: {value!r}")
    for link in element.findall(ATOM + "link"):
        if not is_web_url(link.get("href")):
            problems.append(f"{where}: link href is not an absolute URL: {link.get('href')!r}")
