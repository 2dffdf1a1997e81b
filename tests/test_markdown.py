"""The plain-text fast path gives exactly what markdown-it gives, for any text it accepts."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.markdown import _parser, _plain_paragraphs, markdown_to_text, render_markdown

ALPHABET = st.sampled_from(list("abcXYZ 019.,;:!?'\"“”’—-#>+=~()/%$@^{}|\n\t") + ["\u00a0", "\n\n", "  ", "1.", "- "])


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
    for text in ("# Title", "a *b* c", "1. item", "> quote", "a\\*b", "<b>x</b>", "x &amp; y", "    code"):
        assert _plain_paragraphs(text) is None


def test_plain_article():
    body = 'Kim Jong Un sent a "warm" message.\n\nXi replied on Monday.'
    assert render_markdown(body) == "<p>Kim Jong Un sent a &quot;warm&quot; message.</p>\n<p>Xi replied on Monday.</p>\n"
