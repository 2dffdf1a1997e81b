"""The flat-mapping fast path reads exactly what PyYAML reads, for any text it accepts."""
from __future__ import annotations

import yaml
from hypothesis import given, settings, strategies as st

from generator.articles import format_article
from generator.records import Article
from generator.yamlio import _FAST_DUMPER, _dump_flat, dump_yaml, flat_mapping

# Characters and fragments that YAML treats specially somewhere: indicators, quotes, comment
# marks, line breaks, words that resolve to other types.
PIECES = st.sampled_from(list("abcXY 019.,:;#-'\"[]{}&*!|>%@`?~=\t\n\\") + [
    "\u2028", "\u00e9", "\u91d1", ": ", " #", "- ", "''", "null", "true", "yes", "No", "2024-10-06", "1e3",
    "0x1F", "~", "<<", "key: value", "\n- item", "\n  indented", "[]", "0.9", "010", "1_000", "1:30", ".5",
    "-3", "1.0e-05"])
TEXT = st.lists(PIECES, max_size=12).map("".join)
KEYS = st.sampled_from(["id", "title", "url", "source_files", "quotes", "true", "a_b", "yes", "null"])
NUMBERS = st.integers(-1000, 10**6) | st.floats(-1e6, 1e6, allow_nan=False) | st.sampled_from([0.9, 0.75, 1.0, 0.0])
VALUES = st.none() | st.booleans() | NUMBERS | TEXT | st.lists(TEXT | NUMBERS, max_size=3)


def pyyaml(text: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return "unreadable"


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=5))
def test_what_dump_yaml_writes_reads_back_the_same(value):
    text = dump_yaml(value)
    fast = flat_mapping(text)
    assert fast is None or fast == pyyaml(text) == value


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(KEYS, TEXT), max_size=5).map(lambda lines: "\n".join(f"{k}: {v}" for k, v in lines)))
def test_any_text_it_accepts_reads_as_pyyaml_reads_it(text):
    fast = flat_mapping(text)
    assert fast is None or fast == pyyaml(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_arbitrary_text(text):
    fast = flat_mapping(text)
    assert fast is None or fast == pyyaml(text)


FLAT_VALUES = st.none() | st.booleans() | TEXT | st.lists(TEXT, max_size=3)


@settings(max_examples=800, deadline=None)
@given(st.dictionaries(KEYS | TEXT, FLAT_VALUES, max_size=6))
def test_the_flat_writer_writes_what_pyyaml_writes(value):
    flat = _dump_flat(value)
    assert flat is None or flat == yaml.dump(value, Dumper=_FAST_DUMPER, sort_keys=False, allow_unicode=True,
                                              width=10_000, default_flow_style=False)


def test_front_matter_is_written_by_the_flat_writer():
    article = Article(id="kim-sends-greetings-1a2b3c", title="Kim Jong Un sends greetings to Xi, 'a new era'",
                      body="Text.", publisher="KCNA", url=None, published=__import__("datetime").date(2024, 1, 2),
                      source_files=("002_9a.txt", "it's.html"))
    assert _dump_flat({"title": article.title, "source_files": list(article.source_files)}) is not None
    assert format_article(article).startswith("---\nid: kim-sends-greetings-1a2b3c\n")


def test_front_matter_takes_the_fast_path():
    article = Article(id="kim-sends-greetings-1a2b3c", title="Kim Jong Un sends greetings to Xi: 'a new era'",
                      body="Text.", publisher="KCNA", url="https://kcnawatch.org/newstream/1/",
                      source_files=("002.txt", "it's.html"), reviewed=True)
    text = format_article(article)
    front = text[3:text.find("\n---", 3)]
    assert flat_mapping(front) == yaml.safe_load(front)
    assert flat_mapping(front)["source_files"] == ["002.txt", "it's.html"]


def test_nested_or_flow_documents_take_the_slow_path():
    for text in ("a:\n  b: 1", "a: {b: 1}", "a: [1, 2]", "a: \"quoted\"", "a: |\n  block", "a: &x 1\nb: *x",
                 "a: 1\na: 2", "- item", "a: 'open\n  quote'"):
        assert flat_mapping(text) is None, text
