"""Every feed of the built site passes the offline rules of the W3C feed validator."""
from __future__ import annotations

import pytest

from conftest import make_project
from feedcheck import RFC822, RFC3339, check_feed, is_uri
from generator.commands.build import run_build
from generator.config import load_config

PREVIEW = "https://example.github.io/digest/pr-preview/pr-12/"


def feeds(site):
    return sorted(p for p in site.rglob("*.xml") if p.name in ("feed.xml", "atom.xml"))


def test_every_feed_passes(built_site, config):
    _, site = built_site
    found = feeds(site)
    assert len(found) == 2 * (1 + len(config.leaders) + len(config.pairs))
    problems = {}
    for path in found:
        relative = path.relative_to(site).as_posix()
        got = check_feed(path.read_bytes(), config.site.base_url + relative, config.site.base_url)
        if got:
            problems[relative] = got
    assert problems == {}


def test_every_feed_passes_under_a_preview_url(tmp_path):
    project = make_project(tmp_path / "p")
    run_build(load_config(project / "config.yaml").with_overrides(base_url=PREVIEW))
    site = project / "site"
    problems = {p.relative_to(site).as_posix(): check_feed(p.read_bytes(), PREVIEW + p.relative_to(site).as_posix(), PREVIEW)
                for p in feeds(site)}
    assert {k: v for k, v in problems.items() if v} == {}


# The checker itself.

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>T</title><link>https://x.org/</link><description>D</description>
<atom:link href="https://x.org/feed.xml" rel="self" type="application/rss+xml"/>
<lastBuildDate>{date}</lastBuildDate>
<item><title>a</title><guid isPermaLink="false">{guid1}</guid><pubDate>Mon, 07 Oct 2024 00:00:00 +0000</pubDate></item>
<item><description>b</description><guid isPermaLink="false">{guid2}</guid></item>
</channel></rss>"""

ATOM_FEED = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>{feed_id}</id><title>T</title><updated>{updated}</updated>
<author><name>a</name></author><link href="{self_url}" rel="self"/>
<entry><id>urn:uuid:9802a21f-e960-520a-bc88-3ba100cc6fbf</id><title>e</title><updated>2024-10-07T00:00:00Z</updated>
<link href="https://x.org/m/"/></entry>
</feed>"""


def rss(**values) -> bytes:
    return RSS.format(**{"date": "Mon, 07 Oct 2024 00:00:00 +0000", "guid1": "a", "guid2": "b", **values}).encode()


def atom(**values) -> bytes:
    return ATOM_FEED.format(**{"feed_id": "urn:uuid:30289054-598d-57fb-a27f-011799ae14a6",
                               "updated": "2024-10-07T00:00:00+00:00", "self_url": "https://x.org/atom.xml",
                               **values}).encode()


def test_checker_passes_good_feeds():
    assert check_feed(rss(), "https://x.org/feed.xml", "https://x.org/") == []
    assert check_feed(atom(), "https://x.org/atom.xml", "https://x.org/") == []


@pytest.mark.parametrize("values, problem", [
    ({"date": "2024-10-07T00:00:00Z"}, "not an RFC 822 date"),
    ({"guid2": "a"}, "duplicate <guid>"),
    ({"guid1": "https://x.org/messages/a/"}, "contains the base URL"),
])
def test_checker_catches_rss_problems(values, problem):
    assert any(problem in p for p in check_feed(rss(**values), "https://x.org/feed.xml", "https://x.org/"))


def test_checker_catches_a_wrong_self_link():
    got = check_feed(rss(), "https://y.org/feed.xml", "https://y.org/")
    assert any("not the feed's own URL" in p for p in got)
    no_self = rss().replace(b'rel="self"', b'rel="hub"')
    assert any('no atom:link rel="self"' in p for p in check_feed(no_self, "https://x.org/feed.xml", ""))


@pytest.mark.parametrize("values, problem", [
    ({"updated": "Mon, 07 Oct 2024 00:00:00 +0000"}, "not an RFC 3339 date"),
    ({"feed_id": "not a uri"}, "not a valid URI"),
    ({"feed_id": "urn:uuid:zz"}, "not a valid URI"),
    ({"self_url": "atom.xml"}, "not an absolute URL"),
])
def test_checker_catches_atom_problems(values, problem):
    assert any(problem in p for p in check_feed(atom(**values), "https://x.org/atom.xml", "https://x.org/"))


def test_checker_requires_atom_elements():
    missing = atom().replace(b"<title>e</title>", b"")
    assert "entry 1: missing or empty <title>" in check_feed(missing, "https://x.org/atom.xml", "")


@pytest.mark.parametrize("value, ok", [
    ("Mon, 07 Oct 2024 00:00:00 +0000", True), ("7 Oct 2024 00:00 GMT", True),
    ("Mon, 07 Oct 24 00:00:00 +0000", False), ("2024-10-07", False),
])
def test_rfc822(value, ok):
    assert bool(RFC822.match(value)) is ok


@pytest.mark.parametrize("value, ok", [
    ("2024-10-07T00:00:00+00:00", True), ("2024-10-07T00:00:00.5Z", True),
    ("2024-10-07 00:00:00Z", False), ("2024-10-07T00:00:00", False), ("2024-13-07T00:00:00Z", False),
])
def test_rfc3339(value, ok):
    assert bool(RFC3339.match(value)) is ok


@pytest.mark.parametrize("value, ok", [
    ("urn:uuid:9802a21f-e960-520a-bc88-3ba100cc6fbf", True), ("tag:example.org,2024:x", True),
    ("https://x.org/a", True), ("https:///a", False), ("x y", False), ("noscheme", False),
    ("https://x.org/%zz", False),
])
def test_is_uri(value, ok):
    assert is_uri(value) is ok
