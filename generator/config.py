"""config.yaml: loaded once, validated whole, and handed on as frozen records.

Every problem names the file, the line and the key ("config.yaml:12: leaders[0].country: unknown
country 'prc'; expected one of: china, dprk, russia") and stops the run with exit code 2.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.yamlio import Located, load_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_ORDERS = ("dmy", "mdy", "ymd")
ARTICLE_PAGES = ("all", "sources", "none")


@dataclass(frozen=True)
class Office:
    title: str
    roles: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None  # exclusive: the day the next holder took over
    head_of_state: bool
    # Other names of the office that need no country word: "the Kremlin chief".
    aliases: tuple[str, ...] = ()

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


# Congratulations on an election reach a leader before the inauguration (Medvedev was elected on
# 2 March 2008 and took office on 7 May).
ELECT_LEAD = dt.timedelta(days=120)


@dataclass(frozen=True)
class Leader:
    id: str
    name: str
    native: str
    country: str
    aliases: tuple[str, ...]
    short: tuple[str, ...]
    offices: tuple[Office, ...]
    born: dt.date | None = None  # dates a birthday message by its ordinal ("Putin's 71st birthday")

    def serves_on(self, day: dt.date) -> bool:
        """Whether the leader holds one of the offices on day (its last day included), or is about to:
        a leader no longer or not yet in office sends or receives no leader's message."""
        return not self.offices or any((o.start is None or o.start - ELECT_LEAD <= day) and (o.end is None or day <= o.end)
                                       for o in self.offices)


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    id: str
    title: str
    countries: tuple[str, str]


@dataclass(frozen=True)
class CalendarOccasion:
    name: str
    date: dt.date
    countries: tuple[str, ...]
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Publisher:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    date_order: str | None


@dataclass(frozen=True)
class SiteSettings:
    title: str
    description: str
    base_url: str
    language: str
    author: str
    article_pages: str


@dataclass(frozen=True)
class Paths:
    raw: Path
    articles: Path
    messages: Path
    output: Path


@dataclass(frozen=True)
class FeedSettings:
    items: int
    author: str


@dataclass(frozen=True)
class Config:
    source: Path  # as the user named it, for messages
    root: Path  # the project folder (the config's, absolute): paths in the config are under it
    site: SiteSettings
    paths: Paths
    feed: FeedSettings
    countries: tuple[Country, ...]
    pairs: tuple[Pair, ...]
    leaders: tuple[Leader, ...]
    occasions: tuple[CalendarOccasion, ...]
    publishers: tuple[Publisher, ...]
    date_order: str

    def leader(self, leader_id: str) -> Leader:
        return next(leader for leader in self.leaders if leader.id == leader_id)

    def country(self, country_id: str) -> Country:
        return next(country for country in self.countries if country.id == country_id)

    def pair_of(self, country_a: str, country_b: str) -> Pair | None:
        """The configured pair joining two countries, in either order."""
        wanted = {country_a, country_b}
        return next((p for p in self.pairs if set(p.countries) == wanted), None)

    def with_overrides(self, *, base_url: str | None = None, output: Path | None = None,
                       article_pages: str | None = None) -> "Config":
        from dataclasses import replace

        site = self.site
        if base_url is not None:
            site = replace(site, base_url=normalize_base_url(base_url))
        if article_pages is not None:
            site = replace(site, article_pages=article_pages)
        paths = replace(self.paths, output=output) if output is not None else self.paths
        return replace(self, site=site, paths=paths)


def normalize_base_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"


class _Checker:
    """Walks the parsed YAML, checking keys and types, and remembers where each value was."""

    def __init__(self, doc: Located, source: str):
        self.doc = doc
        self.source = source

    def fail(self, path: tuple, message: str):
        raise InputError(f"{_dotted(path)}: {message}", self.source, self.doc.line(path))

    def mapping(self, value: Any, path: tuple, required: set[str], optional: set[str]) -> dict:
        if not isinstance(value, dict):
            self.fail(path, f"expected a mapping, got {_kind(value)}")
        unknown = sorted(set(value) - required - optional, key=str)
        if unknown:
            allowed = ", ".join(sorted(required | optional))
            self.fail(path + (unknown[0],), f"unknown key; expected one of: {allowed}")
        missing = sorted(required - set(value))
        if missing:
            self.fail(path, f"missing required key '{missing[0]}'")
        return value

    def text(self, value: Any, path: tuple, *, allow_empty: bool = False) -> str:
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            self.fail(path, f"expected text, got {_kind(value)}")
        return value

    def texts(self, value: Any, path: tuple) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(path, f"expected a list of text, got {_kind(value)}")
        return tuple(self.text(item, path + (i,)) for i, item in enumerate(value))

    def ident(self, value: Any, path: tuple) -> str:
        text = self.text(value, path)
        if not ID_PATTERN.match(text):
            self.fail(path, f"'{text}' is not an id (lower-case letters, digits and hyphens)")
        return text

    def date(self, value: Any, path: tuple) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(path, f"expected a date YYYY-MM-DD, got {_kind(value)}")
        return value

    def integer(self, value: Any, path: tuple, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(path, f"expected a whole number >= {minimum}, got {value!r}")
        return value

    def boolean(self, value: Any, path: tuple) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"expected true or false, got {value!r}")
        return value

    def choice(self, value: Any, path: tuple, choices: tuple[str, ...]) -> str:
        if value not in choices:
            self.fail(path, f"expected one of: {', '.join(choices)}; got {value!r}")
        return value

    def items(self, value: Any, path: tuple) -> list[tuple[tuple, Any]]:
        if not isinstance(value, list) or not value:
            self.fail(path, f"expected a non-empty list, got {_kind(value)}")
        return [(path + (i,), item) for i, item in enumerate(value)]


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: f"text {value!r}", bool: f"{value!r}"}.get(
        type(value), f"{type(value).__name__} {value!r}")


def load_config(path: Path) -> Config:
    """Read and validate config.yaml; relative paths in it are taken from its folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("config file not found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read config: {exc}", str(path)) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    doc = load_yaml(text, str(path))
    c = _Checker(doc, str(path))
    top = c.mapping(doc.value, (), {"site", "countries", "pairs", "leaders"},
                    {"paths", "feed", "occasions", "publishers", "ingest"})

    site_raw = c.mapping(top["site"], ("site",), {"title", "base_url"},
                         {"description", "language", "author", "article_pages"})
    base_url = c.text(site_raw["base_url"], ("site", "base_url"))
    if not re.match(r"^https?://[^\s/]+", base_url):
        c.fail(("site", "base_url"), f"expected an http(s) URL, got {base_url!r}")
    site = SiteSettings(
        title=c.text(site_raw["title"], ("site", "title")),
        description=c.text(site_raw.get("description", ""), ("site", "description"), allow_empty=True),
        base_url=normalize_base_url(base_url),
        language=c.text(site_raw.get("language", "en"), ("site", "language")),
        author=c.text(site_raw.get("author", "digest"), ("site", "author")),
        article_pages=c.choice(site_raw.get("article_pages", "sources"),
                               ("site", "article_pages"), ARTICLE_PAGES),
    )

    root = path.resolve().parent  # absolute: every path the build compares is then absolute too
    paths_raw = c.mapping(top.get("paths", {}), ("paths",), set(),
                          {"raw", "articles", "messages", "output"})
    defaults = {"raw": "content/raw", "articles": "content/articles",
                "messages": "content/messages", "output": "site"}
    paths = Paths(**{key: root / c.text(paths_raw.get(key, default), ("paths", key))
                     for key, default in defaults.items()})

    feed_raw = c.mapping(top.get("feed", {}), ("feed",), set(), {"items", "author"})
    feed = FeedSettings(items=c.integer(feed_raw.get("items", 50), ("feed", "items"), 1),
                        author=c.text(feed_raw.get("author", site.author), ("feed", "author")))

    countries = []
    for p, raw in c.items(top["countries"], ("countries",)):
        c.mapping(raw, p, {"id", "name"}, {"names"})
        countries.append(Country(id=c.ident(raw["id"], p + ("id",)),
                                 name=c.text(raw["name"], p + ("name",)),
                                 names=c.texts(raw.get("names"), p + ("names",))))
    country_ids = tuple(country.id for country in countries)
    _unique(c, [(("countries", i, "id"), country.id) for i, country in enumerate(countries)])

    def country_ref(value, p):
        return c.choice(c.text(value, p), p, country_ids)

    pairs = []
    for p, raw in c.items(top["pairs"], ("pairs",)):
        c.mapping(raw, p, {"id", "title", "countries"}, set())
        members = raw["countries"]
        if not isinstance(members, list) or len(members) != 2 or members[0] == members[1]:
            c.fail(p + ("countries",), "expected two different country ids")
        pairs.append(Pair(id=c.ident(raw["id"], p + ("id",)), title=c.text(raw["title"], p + ("title",)),
                          countries=tuple(country_ref(m, p + ("countries", i))
                                          for i, m in enumerate(members))))

    leaders = []
    for p, raw in c.items(top["leaders"], ("leaders",)):
        c.mapping(raw, p, {"id", "name", "country", "offices"}, {"native", "aliases", "short", "born"})
        offices = []
        for op, office in c.items(raw["offices"], p + ("offices",)):
            c.mapping(office, op, {"title", "roles"}, {"from", "to", "head_of_state", "aliases"})
            start, end = c.date(office.get("from"), op + ("from",)), c.date(office.get("to"), op + ("to",))
            if start and end and end <= start:
                c.fail(op + ("to",), f"office ends ({end}) before it starts ({start})")
            offices.append(Office(title=c.text(office["title"], op + ("title",)),
                                  roles=tuple(r.lower() for r in c.texts(office["roles"], op + ("roles",))),
                                  start=start, end=end,
                                  head_of_state=c.boolean(office.get("head_of_state", False),
                                                          op + ("head_of_state",)),
                                  aliases=c.texts(office.get("aliases"), op + ("aliases",))))
        leaders.append(Leader(id=c.ident(raw["id"], p + ("id",)), name=c.text(raw["name"], p + ("name",)),
                              native=c.text(raw.get("native", ""), p + ("native",), allow_empty=True),
                              country=country_ref(raw["country"], p + ("country",)),
                              aliases=c.texts(raw.get("aliases"), p + ("aliases",)),
                              short=c.texts(raw.get("short"), p + ("short",)),
                              offices=tuple(offices), born=c.date(raw.get("born"), p + ("born",))))
    _unique(c, [(("leaders", i, "id"), leader.id) for i, leader in enumerate(leaders)])

    occasions = []
    for p, raw in enumerate(top.get("occasions") or []):
        p = ("occasions", p)
        c.mapping(raw, p, {"name", "date"}, {"countries", "phrases"})
        day = c.date(raw["date"], p + ("date",))
        if day is None:
            c.fail(p + ("date",), "expected a date YYYY-MM-DD")
        occasions.append(CalendarOccasion(
            name=c.text(raw["name"], p + ("name",)), date=day,
            countries=tuple(country_ref(x, p + ("countries", i))
                            for i, x in enumerate(raw.get("countries") or [])),
            phrases=tuple(x.lower() for x in c.texts(raw.get("phrases"), p + ("phrases",)))))

    publishers = []
    for i, raw in enumerate(top.get("publishers") or []):
        p = ("publishers", i)
        c.mapping(raw, p, {"name"}, {"aliases", "domains", "date_order"})
        order = raw.get("date_order")
        publishers.append(Publisher(
            name=c.text(raw["name"], p + ("name",)), aliases=c.texts(raw.get("aliases"), p + ("aliases",)),
            domains=tuple(d.lower() for d in c.texts(raw.get("domains"), p + ("domains",))),
            date_order=None if order is None else c.choice(order, p + ("date_order",), DATE_ORDERS)))

    ingest_raw = c.mapping(top.get("ingest", {}), ("ingest",), set(), {"date_order"})
    date_order = c.choice(ingest_raw.get("date_order", "dmy"), ("ingest", "date_order"), DATE_ORDERS)

    return Config(source=path, root=root, site=site, paths=paths, feed=feed, countries=tuple(countries),
                  pairs=tuple(pairs), leaders=tuple(leaders), occasions=tuple(occasions),
                  publishers=tuple(publishers), date_order=date_order)


def _unique(c: _Checker, located_ids: list[tuple[tuple, str]]) -> None:
    seen: set[str] = set()
    for path, value in located_ids:
        if value in seen:
            c.fail(path, f"duplicate id '{value}'")
        seen.add(value)
