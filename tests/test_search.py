"""Pagefind search: what is indexed, where the box is, and that the index is repeatable."""
from __future__ import annotations

from bs4 import BeautifulSoup

from conftest import make_project
from generator.commands.build import run_build
from generator.config import load_config
from generator.search import pagefind_command


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_bundle_is_written(built_site):
    _, site = built_site
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"):
        assert (site / "pagefind" / name).is_file()


def test_only_message_and_article_pages_are_marked_for_indexing(built_site):
    _, site = built_site
    marked = sorted(p.relative_to(site).parts[0] for p in site.rglob("*.html")
                    if soup(p).select_one("[data-pagefind-body]"))
    assert set(marked) == {"messages", "articles"}
    assert marked.count("messages") == len(list((site / "messages").iterdir()))


def test_the_index_counts_those_pages(built_site):
    import json

    _, site = built_site
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    pages = sum(language["page_count"] for language in entry["languages"].values())
    expected = len(list((site / "messages").iterdir())) + len(list((site / "articles").iterdir()))
    assert pages == expected


def test_search_box_on_home_and_404_only_with_relative_paths(built_site):
    _, site = built_site
    home = soup(site / "index.html")
    assert home.select_one("#search")
    assert [s["src"] for s in home.select("script[src]")][:2] == ["pagefind/pagefind-ui.js", "search.js"]
    assert home.select_one('link[href="pagefind/pagefind-ui.css"]')
    assert soup(site / "404.html").select_one("#search")
    assert not soup(site / "years/2024/index.html").select_one("#search")
    assert not soup(site / "messages/2024-10-07-kim-jong-un-to-vladimir-putin/index.html").select_one("#search")


def test_no_search_builds_without_box_or_bundle(tmp_path):
    project = make_project(tmp_path / "p")
    run_build(load_config(project / "config.yaml"), search=False)
    site = project / "site"
    assert not (site / "pagefind").exists() and not (site / "search.js").exists()
    assert not soup(site / "index.html").select_one("#search")


def test_pagefind_command_keeps_index_urls_and_one_language(tmp_path):
    command = pagefind_command(tmp_path, "en")
    assert command[command.index("--site") + 1] == str(tmp_path)
    assert "--keep-index-url" in command and command[command.index("--force-language") + 1] == "en"
