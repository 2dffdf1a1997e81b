"""The plain-text fast path gives exactly what markdown-it gives, for any text it accepts."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.markdown import _parser, _plain_paragraphs, escape_text_line, markdown_to_text, render_markdown

ALPHABET = st.sampled_from(list("abcXYZ 019.,;:!?'\"“”’—-#>+=~()/%$@^{}|\n\t") + ["\u00a0", "\n\n", "  ", "1.", "- "]
                           + ["\\", "\\*", "\\_", "\\[", "\\]", "\\<", "\\>", "\\&", "\\\\", "\\`", "\\#", "\\-", "\\1"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_fast_path_matches_markdown_it(text):
    if _plain_paragraphs(text) is None:
        return
    assert render_markdown(text) == _parser().render(text)
    slow = [t for t in _parser().parse(text)]
    assert markdown_to_text(text) == "\n\n".join(
        "".join(c.content if c.type == "text" else "\n" for c in token.children)
        for token in slow if token.type == "inline" and token.content.strip())


def test_markup_takes_the_slow_path():
    for text in ("# Title", "a *b* c", "1. item", "> quote", "a\\b", "a\\\\*b", "<b>x</b>", "x &amp; y", "    code"):
        assert _plain_paragraphs(text) is None


def test_plain_article():
    body = 'Kim Jong Un sent a "warm" message.\n\nXi replied on Monday.'
    assert render_markdown(body) == "<p>Kim Jong Un sent a &quot;warm&quot; message.</p>\n<p>Xi replied on Monday.</p>\n"


def test_escaped_article_takes_the_fast_path():
    body = "\\# 1 \\*Exclusive\\* \\<Kim\\> \\& Xi\\_s \\[card\\]"
    assert _plain_paragraphs(body) == ["# 1 *Exclusive* <Kim> & Xi_s [card]"]
    assert render_markdown(body) == _parser().render(body)


LINE = st.lists(st.sampled_from(list("abc 019.),#>+=~-*_`[]<>&;!\\\t") + ["1.", "2)", "&amp;", "&#35;", "- ", "**"]),
                max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(LINE)
def test_an_escaped_line_reads_as_written(line):
    line = line.strip()  # as ingest's paragraphs are
    if line.startswith(("- ", "-\t")) or not line:
        return  # a dash and a space open a list: captured bullets stay bullets
    assert markdown_to_text(escape_text_line(line)) == line
