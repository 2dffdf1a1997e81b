"""Every page, feed and data file of the site, as a mapping of relative path to text.

Links between pages are relative (a page knows its depth), so the site works from any sub-path;
only feeds, the sitemap and canonical links carry the absolute base URL.
"""
from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable
from urllib.parse import urlsplit

from generator.config import Config
from generator.errors import InputError
from generator.markdown import render_markdown
from generator.render import model as m
from generator.render.changes import describe, diff_messages, show_value, summary_markdown
from generator.render.charts import year_chart
from generator.render.feeds import FeedItem, build_feeds
from generator.records import Article, Event, Message

if TYPE_CHECKING:
    from jinja2 import Environment

SAFE_SCHEMES = ("http://", "https://")
MESSAGES_SCHEMA = Path(__file__).parent / "schema" / "messages.schema.json"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links to sources are clickable."""
    return url if url and url.strip().lower().startswith(SAFE_SCHEMES) else None


def page_environment(templates: Path) -> Environment:
    """Jinja over the templates folder, with the page templates compiled: a build makes it once,
    before its workers fork, and every renderer of the build shares it."""
    from jinja2 import TemplateError

    env = _environment(templates)
    for template in ("article.html", "message.html"):
        try:
            env.get_template(template)
        except TemplateError as exc:
            raise _template_error(exc, templates / template) from None
    return env


def _template_error(exc, template: Path) -> InputError:
    """A template's error as one line naming its file and line."""
    return InputError(f"template error: {exc.message}", getattr(exc, "filename", None) or str(template),
                      getattr(exc, "lineno", None))


def _environment(templates: Path) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    # auto_reload off: templates do not change during a build, and checking costs a stat per page.
    env = Environment(loader=FileSystemLoader(str(templates)), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      auto_reload=False)
    env.filters["day"] = lambda d: f"{d.day} {d:%B %Y}" if d else "undated"
    env.filters["iso"] = lambda d: d.isoformat() if d else ""
    env.filters["kind_label"] = lambda k: m.KIND_LABELS.get(k, k)
    env.filters["safe_url"] = safe_url
    return env


def article_page_ids(config: Config, articles: dict[str, Article], messages: list[Message],
                     events: list[Event]) -> set[str]:
    mode = config.site.article_pages
    if mode == "none":
        return set()
    if mode == "all":
        return set(articles)
    cited = {s for x in messages for s in x.sources} | {s for e in events for s in e.sources}
    return cited & set(articles)


def article_page_path(article_id: str) -> str:
    """Article pages are files, not folders: a site of years of captures holds tens of thousands,
    and a folder each would double the file-system work of every build."""
    return f"articles/{article_id}.html"


class SiteRenderer:
    """The pages of one build. Article pages are rendered one at a time (`article_page`), so a
    build can render them in parallel, from files, and skip the ones that have not changed."""

    def __init__(self, config: Config, messages: list[Message], articles: list[Article], events: list[Event],
                 search: bool = True, env: Environment | None = None):
        self.config = config
        self.search = search
        self.site = m.build_model(config, messages, articles, events)
        self._env = env
        self._article_pages: list[tuple[str, str]] | None = None
        self.with_pages = article_page_ids(config, self.site.articles, list(self.site.messages),
                                           list(self.site.events))
        self.found = {article_id: [] for article_id in self.with_pages}
        for message in self.site.messages:
            for source in message.sources:
                if source in self.found:
                    self.found[source].append(message)
        self.events = {article_id: [] for article_id in self.with_pages}
        for event in self.site.events:
            for source in event.sources:
                if source in self.events:
                    self.events[source].append(event)

    def link_article(self, article_id: str) -> str | None:
        return article_page_path(article_id) if article_id in self.with_pages else None

    @property
    def env(self) -> Environment:
        """Jinja, loaded when a page is rendered: a rebuild that reuses every page never is."""
        if self._env is None:
            self._env = _environment(self.config.root / "templates")
        return self._env

    def render(self, path: str, template: str, root: str | None = None, **values) -> str:
        from jinja2 import TemplateError

        root = "../" * path.count("/") if root is None else root
        base = self.config.site.base_url
        canonical = base + (path[:-len("index.html")] if path.endswith("index.html") else path)
        try:
            return self.env.get_template(template).render(
                root=root, site=self.config.site, model=self.site, config=self.config, canonical=canonical,
                search=self.search, link_article=self.link_article, path=path, **values)
        except TemplateError as exc:
            raise _template_error(exc, self.config.root / "templates" / template) from None

    def article_pages(self) -> list[tuple[str, str]]:
        """(article id, page path) of every article that gets a page, in order (listed once: the
        build and the sitemap both ask, and 10,000 take ~20 ms to sort)."""
        if self._article_pages is None:
            self._article_pages = [(article_id, article_page_path(article_id)) for article_id in sorted(self.with_pages)]
        return self._article_pages

    def article_page(self, article: Article, body: str) -> str:
        return self.render(article_page_path(article.id), "article.html", title=article.title,
                           article=article, body_html=render_markdown(body), found=self.found[article.id],
                           events=self.events[article.id], feed_path="")

    def article_inputs(self, article_id: str) -> str:
        """Everything an article page shows besides its text, as one string to hash."""
        found = [(x.id, x.date, x.kind, x.sender, x.recipient) for x in self.found[article_id]]
        events = [(e.id, e.kind, e.leader, e.counterpart, e.date) for e in self.events[article_id]]
        article = self.site.articles[article_id]
        return repr((article.title, article.published, article.published_from, article.publisher, article.url,
                     article.captured, article.source_files, found, events, self.config.site.base_url, self.search))

    def message_pages(self) -> list[tuple[Message, str]]:
        return [(message, f"messages/{message.id}/index.html") for message in self.site.messages]

    def message_page(self, message: Message) -> str:
        site = self.site
        return self.render(f"messages/{message.id}/index.html", "message.html", title=_message_title(site, message),
                           message=message, date_from=m.DATE_FROM_LABELS.get(message.date_from, message.date_from),
                           other_half=site.by_id.get(message.exchange or ""),
                           replies_to=site.by_id.get(message.reply_to or ""), feed_path="")

    def message_inputs(self, message: Message) -> str:
        """Everything a message page shows, as one string to hash."""
        related = [self.site.by_id.get(message.exchange or ""), self.site.by_id.get(message.reply_to or "")]
        sources = [(s, self.link_article(s), self.site.articles.get(s)) for s in message.sources]
        return repr((message, related, sources, self.config.site.base_url, self.search))

    def listing_inputs(self, previous: list[dict] | None = None) -> str:
        """Everything the listing shows, as one string to hash: the messages and events shown, the
        articles they cite and whether those have pages, the about page, the base URL."""
        cited = sorted({s for x in self.site.messages for s in x.sources} | {s for e in self.site.events for s in e.sources})
        about = self.config.root / "content" / "about.md"
        return repr((self.site.messages, self.site.events,
                     [(s, self.link_article(s), self.site.articles.get(s)) for s in cited],
                     about.read_text(encoding="utf-8") if about.is_file() else None,
                     self.config.site.base_url, self.search, previous))

    def listing(self, previous: list[dict] | None = None, with_messages: bool = True) -> dict[str, str | bytes]:
        """Every file but the article pages and the inventory (the digest, leaders, pairs, feeds,
        data) and, unless with_messages is False, the message pages."""
        config, site, search = self.config, self.site, self.search
        base = config.site.base_url
        pages: dict[str, str | bytes] = {}

        def render(path: str, template: str, root: str | None = None, **values) -> None:
            pages[path] = self.render(path, template, root, **values)

        render("index.html", "index.html", title=None, messages=list(site.messages),
               months=m.group_by_month(list(site.messages)), feed_path="", filter_note=None)
        render("leaders/index.html", "leaders.html", title="Leaders", feed_path="")
        for leader in config.leaders:
            mine = site.messages_of(leader.id)
            render(f"leaders/{leader.id}/index.html", "leader.html", title=leader.name, leader=leader,
                   messages=mine, months=m.group_by_month(mine),
                   counterparts=m.counts_by_counterpart(site, leader.id), kinds=m.counts_by_kind(mine),
                   chart=year_chart(m.year_series(mine), f"Messages of {leader.name} by year"),
                   events=site.events_of(leader.id), feed_path=f"leaders/{leader.id}/")
            _feeds(pages, config, site, mine, f"leaders/{leader.id}/", f"{leader.name}: messages",
                   f"leader:{leader.id}")
        for pair in config.pairs:
            mine = site.messages_in_pair(pair)
            render(f"pairs/{pair.id}/index.html", "pair.html", title=pair.title, pair=pair, messages=mine,
                   months=m.group_by_month(mine), kinds=m.counts_by_kind(mine),
                   chart=year_chart(m.year_series(mine), f"{pair.title} messages by year"),
                   feed_path=f"pairs/{pair.id}/")
            _feeds(pages, config, site, mine, f"pairs/{pair.id}/", f"{pair.title} messages", f"pair:{pair.id}")
        for kind in site.kinds():
            mine = [x for x in site.messages if x.kind == kind]
            render(f"kinds/{kind}/index.html", "index.html", title=m.KIND_LABELS[kind], messages=mine,
                   months=m.group_by_month(mine), feed_path="", filter_note=m.KIND_LABELS[kind])
        for year in site.years():
            mine = [x for x in site.messages if x.date.year == year]
            render(f"years/{year}/index.html", "index.html", title=str(year), messages=mine,
                   months=m.group_by_month(mine), feed_path="", filter_note=str(year))
        if with_messages:
            for message, path in self.message_pages():
                pages[path] = self.message_page(message)
        about = config.root / "content" / "about.md"
        if about.is_file():
            render("about/index.html", "page.html", title="About",
                   body_html=render_markdown(about.read_text(encoding="utf-8")), feed_path="")
        # The 404 page is served at any depth: its links start from the site's own path.
        render("404.html", "404.html", root=urlsplit(base).path or "/", title="Not found", feed_path="")

        _feeds(pages, config, site, list(site.messages), "", config.site.title, "all")
        records = [_message_json(site, x) for x in site.messages]
        pages["messages.json"] = json.dumps({"messages": records}, ensure_ascii=False, indent=1) + "\n"
        if previous is not None:
            changes = diff_messages(previous, records)
            render("changes/index.html", "changes.html", title="Changes", changes=changes, feed_path="",
                   describe=lambda x: describe(x, site.leader_name), show=show_value)
            pages["changes/summary.md"] = summary_markdown(changes, base, site.leader_name)
        pages["messages.csv"] = _messages_csv(site)
        pages["robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n"
        pages["schema/messages.schema.json"] = MESSAGES_SCHEMA.read_text(encoding="utf-8")
        for asset in ("style.css", "filter.js", "favicon.svg") + (("search.js",) if search else ()):
            pages[asset] = (config.root / "templates" / asset).read_text(encoding="utf-8")
        return pages

    def inventory(self, listed: Iterable[str], ingest_report: dict | None = None) -> dict[str, str]:
        """The files that list every page (the sitemap) or every input (the ingest report):
        listed is the listing's paths; the message and article pages are added here."""
        paths = {p for p in listed if p.endswith(".html") and p != "404.html" and not p.startswith("changes/")}
        paths |= {path for _, path in self.message_pages()} | {path for _, path in self.article_pages()}
        pages = {"sitemap.xml": _sitemap(self.config.site.base_url, sorted(paths))}
        if ingest_report is not None:
            pages["reports/ingest.json"] = json.dumps(ingest_report, ensure_ascii=False, indent=1) + "\n"
        return pages


def render_site(config: Config, messages: list[Message], articles: list[Article], events: list[Event],
                ingest_report: dict | None = None,
                previous: list[dict] | None = None, search: bool = True) -> dict[str, str | bytes]:
    """Every file of the site in memory. previous: a previous build's messages.json records;
    with them the site gets changes/."""
    renderer = SiteRenderer(config, messages, articles, events, search)
    pages = renderer.listing(previous)
    pages.update(renderer.inventory(pages, ingest_report))
    for article_id, path in renderer.article_pages():
        article = renderer.site.articles[article_id]
        pages[path] = renderer.article_page(article, article.body)
    return pages


def _message_title(site: m.SiteModel, message: Message) -> str:
    return (f"{m.KIND_LABELS[message.kind]} from {site.leader_name(message.sender)} "
            f"to {site.leader_name(message.recipient)}")


def _feeds(pages, config: Config, site: m.SiteModel, messages: list[Message], prefix: str, title: str,
           key: str) -> None:
    base = config.site.base_url
    items = [FeedItem(message=x, title=f"{x.date.isoformat()}: {_message_title(site, x)}",
                      summary=_summary(site, x), link=f"{base}messages/{x.id}/")
             for x in messages[: config.feed.items]]
    rss, atom = build_feeds(title=title, description=config.site.description, site_url=base + prefix,
                            rss_url=f"{base}{prefix}feed.xml", atom_url=f"{base}{prefix}atom.xml",
                            language=config.site.language, author=config.feed.author, items=items,
                            feed_key=key)
    pages[f"{prefix}feed.xml"] = rss
    pages[f"{prefix}atom.xml"] = atom


def _summary(site: m.SiteModel, message: Message) -> str:
    parts = [f"{site.leader_name(message.sender)} to {site.leader_name(message.recipient)}, "
             f"{message.date.isoformat()}: {m.KIND_LABELS[message.kind].lower()}"]
    if message.occasion:
        parts.append(f" on the {message.occasion}" if message.occasion[0].isdigit() else f" ({message.occasion})")
    parts.append(".")
    if message.quotes:
        parts.append(f" “{message.quotes[0]}”")
    return "".join(parts)


def _message_json(site: m.SiteModel, message: Message) -> dict:
    pair = site.pair_of_message(message)
    return {"id": message.id, "date": message.date.isoformat(), "date_from": message.date_from,
            "sender": message.sender, "recipient": message.recipient, "pair": pair.id if pair else None,
            "kind": message.kind, "occasion": message.occasion, "evidence": message.evidence,
            "quotes": list(message.quotes), "sources": [
                {"article": s, "title": site.articles[s].title if s in site.articles else None,
                 "publisher": site.articles[s].publisher if s in site.articles else None,
                 "url": safe_url(site.articles[s].url) if s in site.articles else None}
                for s in message.sources],
            "exchange": message.exchange, "reply_to": message.reply_to, "status": message.status,
            "confidence": message.confidence, "note": message.note}


def _messages_csv(site: m.SiteModel) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "date", "sender", "recipient", "pair", "kind", "occasion", "sources", "evidence"])
    for x in site.messages:
        pair = site.pair_of_message(x)
        writer.writerow([x.id, x.date.isoformat(), x.sender, x.recipient, pair.id if pair else "", x.kind,
                         _csv_cell(x.occasion or ""), " ".join(x.sources), _csv_cell(x.evidence)])
    return out.getvalue()


def _csv_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"  <url><loc>{html.escape(base + (p[:-10] if p.endswith('index.html') else p), quote=False)}</loc></url>\n"
                   for p in sorted(paths))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
