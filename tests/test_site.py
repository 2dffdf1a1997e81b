"""The built site: its pages, links, feeds and exports, and builds that are repeatable and atomic."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import make_project
from generator.commands.build import run_build
from generator.config import load_config
from generator.errors import DigestError

MESSAGE_IDS = {
    "2021-03-23-kim-jong-un-to-xi-jinping", "2021-07-11-kim-jong-un-to-xi-jinping",
    "2021-07-11-xi-jinping-to-kim-jong-un", "2024-10-06-kim-jong-un-to-xi-jinping",
    "2024-10-06-xi-jinping-to-kim-jong-un", "2024-10-07-kim-jong-un-to-vladimir-putin",
}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_pages_are_there(built_site, config):
    _, site = built_site
    assert (site / "index.html").is_file()
    for leader in config.leaders:
        assert (site / "leaders" / leader.id / "index.html").is_file()
    for pair in ("china-dprk", "russia-dprk"):
        assert (site / "pairs" / pair / "index.html").is_file()
    assert {p.name for p in (site / "messages").iterdir()} == MESSAGE_IDS


def test_digest_lists_messages_newest_first_with_sources(built_site):
    _, site = built_site
    items = soup(site / "index.html").select("li.message")
    dates = [item.time["datetime"] for item in items]
    assert len(items) == 6 and dates == sorted(dates, reverse=True)
    for item in items:
        assert item.select_one(".who") and item.select_one(".kind") and item.select_one(".sources a")
    first = items[0]
    assert first.select_one(".who").get_text(" ", strip=True) == "Kim Jong Un → Vladimir Putin"
    assert first.select_one(".occasion").get_text() == "birthday"
    assert "birthday" in first.blockquote.get_text()


def test_pair_pages_split_the_messages(built_site):
    _, site = built_site
    assert len(soup(site / "pairs/china-dprk/index.html").select("li.message")) == 5
    assert len(soup(site / "pairs/russia-dprk/index.html").select("li.message")) == 1


def test_leader_page_counts_and_chart(built_site):
    _, site = built_site
    page = soup(site / "leaders/kim-jong-un/index.html")
    assert len(page.select("li.message")) == 6
    assert page.select_one("svg.chart")
    rows = {tr.td.get_text(): [td.get_text() for td in tr.select("td")[1:]] for tr in page.select("table.counts tbody tr")}
    assert rows == {"Xi Jinping": ["3", "2"], "Vladimir Putin": ["1", "0"]}


def test_every_internal_link_resolves(built_site):
    _, site = built_site
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        for tag in soup(page).select("a[href], link[href], script[src]"):
            target = tag.get("href") or tag.get("src")
            if urlsplit(target).scheme or target.startswith("#"):
                continue
            assert not target.startswith("/"), f"{page}: absolute link {target}"
            resolved = (page.parent / urlsplit(target).path).resolve()
            assert resolved.is_file(), f"{page.relative_to(site)} links to missing {target}"


@pytest.mark.parametrize("feed", ["feed.xml", "atom.xml", "pairs/china-dprk/feed.xml", "leaders/kim-jong-un/atom.xml"])
def test_feeds_parse_cleanly(built_site, feed):
    _, site = built_site
    parsed = feedparser.parse((site / feed).read_bytes())
    assert parsed.bozo is False, parsed.get("bozo_exception")
    assert parsed.entries


def test_main_feed_has_one_item_per_message_with_stable_guid(built_site, config):
    _, site = built_site
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert len(parsed.entries) == 6
    assert {e.id for e in parsed.entries} == MESSAGE_IDS
    for entry in parsed.entries:
        assert entry.guidislink is False
        assert entry.link == f"{config.site.base_url}messages/{entry.id}/"
    assert parsed.feed.updated == "Mon, 07 Oct 2024 00:00:00 +0000"


def test_exports(built_site):
    _, site = built_site
    data = json.loads((site / "messages.json").read_text())
    assert {m["id"] for m in data["messages"]} == MESSAGE_IDS
    assert (site / "messages.csv").read_text().count("\n") == 7
    assert "<loc>" in (site / "sitemap.xml").read_text()


def test_builds_are_byte_identical(built_site, tmp_path):
    project, site = built_site
    other = make_project(tmp_path / "again")
    run_build(load_config(other / "config.yaml"))
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(other / "site"): p.read_bytes() for p in (other / "site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_base_url_moves_absolute_urls_only(tmp_path):
    project = make_project(tmp_path / "p")
    preview = "https://example.github.io/digest/pr-preview/pr-12/"
    run_build(load_config(project / "config.yaml").with_overrides(base_url=preview))
    site = project / "site"
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert all(e.link.startswith(preview) for e in parsed.entries)
    assert all(preview not in e.id for e in parsed.entries)
    assert soup(site / "index.html").select_one('link[rel="canonical"]')["href"] == preview
    not_found = soup(site / "404.html")
    assert not_found.select_one("a.brand")["href"] == "/digest/pr-preview/pr-12/index.html"


def test_failed_build_leaves_the_old_site(tmp_path):
    project = make_project(tmp_path / "p")
    config = load_config(project / "config.yaml")
    run_build(config)
    before = (project / "site" / "index.html").read_bytes()
    (project / "templates" / "message.html").write_text("{% broken")
    with pytest.raises(DigestError, match=r"message.html:1: template error"):
        run_build(config)
    assert (project / "site" / "index.html").read_bytes() == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site.")]


def test_refuses_to_replace_a_folder_it_did_not_build(tmp_path):
    project = make_project(tmp_path / "p")
    (project / "elsewhere").mkdir()
    (project / "elsewhere" / "precious.txt").write_text("keep me")
    with pytest.raises(DigestError):
        run_build(load_config(project / "config.yaml").with_overrides(output=project / "elsewhere"))
    assert (project / "elsewhere" / "precious.txt").read_text() == "keep me"
