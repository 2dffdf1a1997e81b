"""What a format reader makes of one capture, before dates and publisher are settled."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Draft:
    title: str
    body: str  # Markdown, chrome removed
    source_file: str
    published: dt.date | None = None  # from metadata that states it unambiguously
    published_from: str | None = None
    date_text: str | None = None  # a numeric date ('08/10/2024') whose order is still open
    publisher_hints: tuple[str, ...] = ()  # names the capture gives, strongest first
    url: str | None = None
    captured: dt.date | None = None
    language: str | None = None
    site_hints: tuple[str, ...] = ()  # masthead names: used only when the config knows them
    year_hint: dt.date | None = None  # a 'March 2023' in a byline: the last day it can mean
    link_date: dt.date | None = None  # the day in the address of a link the capture shares


class NotAnArticle(Exception):
    """The capture was read but holds no article; the message says why, for the report."""
