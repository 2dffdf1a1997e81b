"""Markdown through markdown-it-py, raw HTML off: captured text can never inject markup."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # most text takes the plain path below and never needs it

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = _safe_link
    return md


def _safe_link(url: str) -> bool:
    """http(s) and mailto links, and relative ones; never javascript:, data: or other schemes."""
    scheme = re.match(r"^\s*([a-z][a-z0-9+.-]*):", url, re.IGNORECASE)
    return scheme is None or scheme.group(1).lower() in ("http", "https", "mailto")


# Text in which no character or line start can be Markdown but backslash escapes: most captured
# articles, whose markup characters ingest escapes (escape_text_line). For such text
# markdown-it's output is known (tests/test_markdown.py checks it is the same), and producing it
# directly is some twenty times faster.
_MARKUP_CHARACTERS = "\\`*_[]<>&"
_MARKUP_LINE = re.compile(r"^(?:[#>+=~-]|\d+[.)])")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation


def _plain_paragraphs(text: str) -> list[str] | None:
    """The paragraphs of text that holds no Markdown at all, escapes resolved, else None."""
    escaped = "\\" in text
    unescaped = _ESCAPED.sub("", text) if escaped else text
    for character in _MARKUP_CHARACTERS:  # one substring test each: ~15x faster than a character class
        if character in unescaped:
            return None
    paragraphs = text.strip("\n").split("\n\n")
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if not line or line != line.strip() or _MARKUP_LINE.match(line):
                return None
    return [_ESCAPED.sub(r"\1", p) for p in paragraphs] if escaped else paragraphs


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_markdown(text: str) -> str:
    plain = _plain_paragraphs(text)
    if plain is not None:
        return "".join("<p>" + _html_text(paragraph) + "</p>\n" for paragraph in plain)
    return _parser().render(text)


def markdown_to_text(text: str) -> str:
    """The words a reader sees, paragraphs separated by blank lines, markup gone."""
    plain = _plain_paragraphs(text)
    if plain is not None:
        return "\n\n".join(plain)
    blocks: list[str] = []
    for token in _parser().parse(text):
        if token.type == "inline":
            words = "".join(child.content if child.type in ("text", "code_inline") else
                            ("\n" if child.type in ("softbreak", "hardbreak") else "")
                            for child in token.children or [])
            blocks.append(words)
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(b for b in blocks if b.strip())


_MARKUP_CHARACTER = re.compile(r"([\\`*_\[\]<>]|&(?=#?\w+;))")
# A backslash escapes punctuation only: "1. item" is kept as "1\\. item", not "\\1. item"
_MARKUP_LINE_START = re.compile(r"^(\s*(?:\d+(?=[.)](?:\s|$)))?)([#>+=~]|-(?!\s)|(?<=\d)[.)])")


def escape_text_line(line: str) -> str:
    """Plain text kept literal in Markdown: a leading '#', '>', '1.' or '*' is not markup."""
    return _MARKUP_LINE_START.sub(r"\1\\\2", _MARKUP_CHARACTER.sub(r"\\\1", line))
