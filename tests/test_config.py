"""config.yaml validation: every mistake is one line naming file, line and key."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import ROOT
from generator.config import parse_config
from generator.errors import InputError

TEXT = (ROOT / "config.yaml").read_text(encoding="utf-8")


def error_for(text: str) -> str:
    with pytest.raises(InputError) as caught:
        parse_config(text, Path("config.yaml"))
    assert caught.value.exit_code == 2
    return caught.value.message


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_shipped_config_loads(config):
    assert {p.id for p in config.pairs} == {"china-dprk", "russia-dprk"}
    assert config.site.base_url.endswith("/")


def test_unknown_key_names_its_line():
    text = TEXT.replace("feed:\n  items: 50", "feed:\n  items: 50\n  itmes: 3")
    message = error_for(text)
    assert message.startswith(f"config.yaml:{line_of(text, 'itmes')}: feed.itmes: unknown key")


def test_a_repeated_key_names_its_second_line():
    text = TEXT.replace("feed:\n  items: 50", "feed:\n  items: 50\n  items: 3")
    assert error_for(text) == f"config.yaml:{line_of(text, 'items: 3')}: duplicate key 'items'"


def test_wrong_type_says_what_was_expected():
    text = TEXT.replace("  items: 50", "  items: many")
    assert "feed.items: expected a whole number >= 1" in error_for(text)


def test_unknown_country_lists_the_choices():
    text = TEXT.replace("    country: dprk\n", "    country: korea\n", 1)
    message = error_for(text)
    assert "leaders[0].country: expected one of: dprk, china, russia; got 'korea'" in message


def test_invalid_date_is_caught_with_its_line():
    text = TEXT.replace("from: 2011-12-17", "from: 2011-02-30", 1)
    message = error_for(text)
    assert message.startswith(f"config.yaml:{line_of(text, '2011-02-30')}:")
    assert "day is out of range" in message


def test_yaml_syntax_error_has_a_line():
    message = error_for(TEXT.replace("site:\n", "site: [\n", 1))
    assert message.startswith("config.yaml:") and "invalid YAML" in message


def test_aliases_are_refused():
    message = error_for("site: &a {title: x, base_url: 'https://x.org/'}\nother: *a\n")
    assert "aliases" in message


def test_office_dates_resolve_titles(config):
    from generator.extract.leaders import LeaderIndex

    index = LeaderIndex(config)
    assert index.holder("china", "president", dt.date(2012, 6, 1)) == "hu-jintao"
    assert index.holder("china", "president", dt.date(2013, 3, 15)) == "xi-jinping"
    assert index.head_of_state("russia", dt.date(2009, 1, 1)) == "dmitry-medvedev"
