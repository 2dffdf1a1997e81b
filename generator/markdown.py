"""Markdown through markdown-it-py, raw HTML off: captured text can never inject markup."""
from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = _safe_link
    return md


def _safe_link(url: str) -> bool:
    """http(s) and mailto links, and relative ones; never javascript:, data: or other schemes."""
    scheme = re.match(r"^\s*([a-z][a-z0-9+.-]*):", url, re.IGNORECASE)
    return scheme is None or scheme.group(1).lower() in ("http", "https", "mailto")


def render_markdown(text: str) -> str:
    return _parser().render(text)


def markdown_to_text(text: str) -> str:
    """The words a reader sees, paragraphs separated by blank lines, markup gone."""
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


def escape_text_line(line: str) -> str:
    """Plain text kept literal in Markdown: a leading '#', '>', '1.' or '*' is not markup."""
    escaped = re.sub(r"([\\`*_\[\]<>])", r"\\\1", line)
    return re.sub(r"^(\s*)([#>+=]|-(?!\s)|\d+(?=[.)]\s))", r"\1\\\2", escaped)
