"""A rule that runs away on one article costs that article its findings, not the whole run."""
from __future__ import annotations

import datetime as dt

import generator.extract.limit as limit
from generator.extract.leaders import LeaderIndex
from generator.records import Article


def test_an_extraction_that_runs_out_of_time_gives_nothing(config, monkeypatch):
    def forever(article, index):
        while True:
            pass

    monkeypatch.setattr(limit, "extract_article", forever)
    article = Article(id="a", title="Messages", body="Kim Jong Un sent a message to Xi Jinping.",
                      published=dt.date(2024, 1, 1))
    assert limit.extract_in_time(article, LeaderIndex(config), seconds=0.2) is None


def test_an_extraction_in_time_gives_its_findings(config):
    article = Article(id="a", title="Messages", body="Kim Jong Un sent a message of greetings to Xi Jinping on Monday.",
                      published=dt.date(2024, 1, 3))
    found = limit.extract_in_time(article, LeaderIndex(config))
    assert [(m.sender, m.recipient) for m in found.messages] == [("kim-jong-un", "xi-jinping")]
