"""A bounded fuzz run over ingest and extraction: any bytes in, articles or reasons out, never a crash."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.extract.article import extract_article
from generator.extract.leaders import LeaderIndex
from generator.ingest.capture import read_capture
from generator.ingest.draft import Draft, NotAnArticle
from generator.records import Article

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of real captures, so that the fuzzer reaches deep into each reader, not only its first check.
FRAGMENTS = st.sampled_from([
    "Kim Jong Un", "Xi Jinping", "Vladimir Putin", " sent a message of congratulations to ", " exchanged ",
    "verbal message", " on Sunday", " on October 7", "Date: 23/03/2021 | Source: KCNA", "-0-", "\n\n",
    "More From KCNA", "Pyongyang, March 23 (KCNA) -- ", "<p>", "</p>", "<html><body>", '{"title": {"rendered": "',
    '"content": {"rendered": "', "}}", "<rss><channel><item><title>", "</title></item></channel></rss>",
    "75th anniversary of diplomatic relations", "“", "”", "&amp;", "&#8217;", "\x00", "\ufeff", "Comments0",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=40).map("".join)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_read_capture_never_raises(data):
    for item in read_capture(data, "fuzz.txt"):
        assert isinstance(item, (Draft, NotAnArticle))
        if isinstance(item, Draft):
            assert item.title.strip() and item.body.strip()


@FUZZ
@given(TEXTS, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_extract_never_raises(config, body, published):
    index = LeaderIndex(config)
    found = extract_article(Article(id="fuzz", title="t", body=body, published=published), index)
    for message in found.messages:
        assert message.sender != message.recipient
        assert message.sources == ("fuzz",)
