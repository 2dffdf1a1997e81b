"""Publisher names as the config knows them: 'KCNA.kp (En)' and kcna.kp are both KCNA."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.config import Config, Publisher

_LANGUAGE_TAG = re.compile(r"\s*\((?:en|eng|english|ko|ru|zh|ja)\)\s*$", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[^\w]+", " ", _LANGUAGE_TAG.sub("", name)).strip().lower()


def known_publisher(config: Config, name_or_domain: str) -> Publisher | None:
    """The configured publisher a name, an alias or a web domain refers to."""
    key = _key(name_or_domain)
    domain = name_or_domain.lower().removeprefix("www.")
    for publisher in config.publishers:
        if key in {_key(n) for n in (publisher.name, *publisher.aliases)}:
            return publisher
        if any(domain == d or domain.endswith("." + d) for d in publisher.domains):
            return publisher
    return None


def display_name(config: Config, hint: str) -> str:
    """The name to show for a hint: the configured name, else the hint without a language tag."""
    publisher = known_publisher(config, hint)
    return publisher.name if publisher else _LANGUAGE_TAG.sub("", hint).strip()


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
