"""Publisher names as the config knows them: 'KCNA.kp (En)' and kcna.kp are both KCNA."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from generator.config import Config, Publisher

_LANGUAGE_TAG = re.compile(r"\s*\((?:en|eng|english|ko|ru|zh|ja)\)\s*$", re.IGNORECASE)


_NON_WORD = re.compile(r"[^\w]+")


def _key(name: str) -> str:
    return _NON_WORD.sub(" ", _LANGUAGE_TAG.sub("", name)).strip().lower()


@lru_cache(maxsize=8)
def _names(publishers: tuple[Publisher, ...]) -> tuple[dict[str, Publisher], tuple[tuple[str, Publisher], ...]]:
    """Each configured name and alias by its key, and each domain, first publisher first."""
    by_key: dict[str, Publisher] = {}
    for publisher in publishers:
        for name in (publisher.name, *publisher.aliases):
            by_key.setdefault(_key(name), publisher)
    return by_key, tuple((d, p) for p in publishers for d in p.domains)


def known_publisher(config: Config, name_or_domain: str) -> Publisher | None:
    """The configured publisher a name, an alias or a web domain refers to."""
    by_key, domains = _names(config.publishers)
    found = by_key.get(_key(name_or_domain))
    domain = name_or_domain.lower().removeprefix("www.")
    by_domain = next((p for d, p in domains if domain == d or domain.endswith("." + d)), None)
    if found is None or by_domain is None:
        return found or by_domain
    # Both match: the one configured first wins, as a plain scan of the list would find it.
    return min((found, by_domain), key=config.publishers.index)


def display_name(config: Config, hint: str) -> str:
    """The name to show for a hint: the configured name, else the hint without a language tag."""
    publisher = known_publisher(config, hint)
    return publisher.name if publisher else _LANGUAGE_TAG.sub("", hint).strip()


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
