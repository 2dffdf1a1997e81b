"""`digest build`: ingest, extract, render, in that order, reading everything before writing the site.

Each stage skips what has not changed since the last build (the cache in .cache/digest/ keyed
by each input's size and mtime) and spreads what has over both cores. When no input has changed
at all, the build stops after one look at the files.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import click

from generator.articles import article_body, iter_article_files, parse_article, read_text
from generator.cache import ArticleEntry, BuildState, code_fingerprint, hash_texts, load_state, save_state, \
    stat_key, tree_stamp
from generator.commands.ingest import report_rejections
from generator.config import Config
from generator.errors import InputError
from generator.extract.article import extract_article
from generator.extract.corpus import merge_findings
from generator.extract.leaders import LeaderIndex
from generator.ingest.pipeline import IngestReport, ingest_to_disk, report_path
from generator.messages import sync_messages
from generator.output import SiteWriter, site_identity, write_site
from generator.parallel import CONTEXT, parallel_map
from generator.records import Article, Event, Message
from generator.render.changes import load_previous
from generator.search import index_site

Transform = Callable[[dict[str, str | bytes]], dict[str, str | bytes]]


@dataclass
class Corpus:
    articles: list[Article]  # metadata only: bodies stay on disk until a page needs one
    files: dict[str, Path]  # article id -> its file
    messages: list[Message]
    events: list[Event]
    counts: dict[str, int]


def fingerprint(config: Config) -> str:
    """Code, config and templates: a change to any of them invalidates the whole cache."""
    templates = config.root / "templates"
    parts = [code_fingerprint(), config.source.read_bytes()]
    parts += [p.name.encode() + p.read_bytes() for p in sorted(templates.glob("*")) if p.is_file()]
    return hash_texts(parts)


def input_stamp(config: Config, search: bool) -> str:
    about = config.root / "content" / "about.md"
    options = repr((str(config.paths.output.resolve()), config.site.base_url, config.site.article_pages, search))
    return hash_texts([tree_stamp([config.paths.raw, config.paths.articles, config.paths.messages, about]),
                       options])


def ingest_stage(config: Config, state: BuildState) -> IngestReport:
    report = IngestReport()
    if config.paths.raw.is_dir():
        ingest_to_disk([config.paths.raw], config, report, state)
    report_rejections(report)
    return report


def _extract_file(path: Path) -> tuple[Article, tuple[Message, ...], tuple[Event, ...]]:
    """Worker: one article file parsed and searched; the body is not sent back."""
    article = parse_article(read_text(path), str(path))
    found = extract_article(article, CONTEXT["index"])
    return replace(article, body=""), found.messages, found.events


def extract_stage(config: Config, state: BuildState) -> Corpus:
    project = config.root
    files = list(iter_article_files(config.paths.articles))
    entries: dict[str, ArticleEntry] = {}
    to_extract: list[tuple[str, Path, tuple[int, int]]] = []
    for path in files:
        relative, stat = report_path(path, project), stat_key(path)
        cached = state.articles.get(relative)
        if cached is not None and cached.stat == stat:
            entries[relative] = cached
        else:
            to_extract.append((relative, path, stat))
    found = parallel_map(_extract_file, [path for _, path, _ in to_extract], {"index": LeaderIndex(config)})
    for (relative, _, stat), (article, messages, events) in zip(to_extract, found):
        entries[relative] = ArticleEntry(stat, article, messages, events)
    state.articles = entries

    by_id: dict[str, Path] = {}
    ordered = [(path, entries[report_path(path, project)]) for path in files]
    for path, entry in ordered:
        if entry.meta.id in by_id:
            raise InputError(f"duplicate article id '{entry.meta.id}' (also in {by_id[entry.meta.id]})", str(path))
        by_id[entry.meta.id] = path
    extracted, events = merge_findings((entry.messages, entry.events) for _, entry in ordered)
    counts, messages = sync_messages(extracted, config.paths.messages, config)
    for message in messages:
        for source in message.sources:
            if source not in by_id:
                click.echo(f"warning: {config.paths.messages / (message.id + '.yaml')}: source "
                           f"'{source}' is not an article", err=True)
    return Corpus([entry.meta for _, entry in ordered], by_id, messages, events, counts)


def _render_article(item: tuple[str, Path, str]) -> None:
    """Worker: one article page, from the article's file, into the staging folder."""
    article_id, source, page = item
    renderer = CONTEXT["renderer"]
    body = article_body(read_text(source))
    target = CONTEXT["staging"] / page
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(renderer.article_page(renderer.site.articles[article_id], body), encoding="utf-8",
                      newline="\n")


def render_stage(config: Config, state: BuildState, corpus: Corpus, report: IngestReport, *,
                 previous: list[dict] | None = None, search: bool = True,
                 transform: Transform | None = None) -> tuple[int, int]:
    """Write the site; returns (files written, article pages reused from the last build)."""
    from generator.render.site import SiteRenderer  # Jinja and markdown-it only when rendering

    renderer = SiteRenderer(config, corpus.messages, corpus.articles, corpus.events, search)
    files = renderer.listing(report.as_json(), previous, with_messages=transform is not None)
    finish = (lambda staging: index_site(staging, config.site.language)) if search else None
    if transform is not None:  # `digest serve`: every page in memory, rewritten, written whole
        for article_id, page in renderer.article_pages():
            path = corpus.files[article_id]
            files[page] = renderer.article_page(renderer.site.articles[article_id], article_body(read_text(path)))
        files = transform(files)
        write_site(files, config.paths.output, finish=finish)
        return len(files), 0

    writer = SiteWriter(config.paths.output)
    try:
        for relative, content in sorted(files.items()):
            writer.write(relative, content)
        keys: dict[str, str] = {}
        to_render: list[tuple[str, Path, str]] = []
        reused = 0
        for message, page in renderer.message_pages():
            keys[page] = hash_texts([renderer.message_inputs(message)])
            if state.pages.get(page) == keys[page] and writer.reuse(page):
                reused += 1
            else:
                writer.write(page, renderer.message_page(message))
        for article_id, page in renderer.article_pages():
            source = corpus.files[article_id]
            keys[page] = hash_texts([renderer.article_inputs(article_id), repr(stat_key(source))])
            if state.pages.get(page) == keys[page] and writer.reuse(page):
                reused += 1
            else:
                to_render.append((article_id, source, page))
        for _ in parallel_map(_render_article, to_render, {"renderer": renderer, "staging": writer.staging}):
            pass
        stamp = input_stamp(config, search)
        writer.commit(finish=finish)
    except BaseException:
        writer.abandon()
        raise
    state.pages, state.stamp, state.site = keys, stamp, site_identity(config.paths.output)
    return len(files) + len(keys), reused


def run_build(config: Config, compare_to: Path | None = None, search: bool = True,
              transform: Transform | None = None) -> None:
    """compare_to: a previous site folder or its messages.json; the site then gets changes/.
    search: index the site with Pagefind and show the search box.
    transform: applied to the rendered pages before they are written (`digest serve` only)."""
    started = time.perf_counter()
    project = config.root
    state = load_state(project, fingerprint(config))
    if compare_to is None and transform is None and state.stamp:
        stamp = input_stamp(config, search)
        if stamp == state.stamp and state.site == site_identity(config.paths.output):
            click.echo(f"Done: nothing changed since the last build of {config.paths.output} "
                       f"({time.perf_counter() - started:.2f} s)", err=True)
            return
    previous = load_previous(compare_to) if compare_to is not None else None
    report = ingest_stage(config, state)
    ingested = time.perf_counter()
    corpus = extract_stage(config, state)
    rendered = time.perf_counter()
    written, reused = render_stage(config, state, corpus, report, previous=previous, search=search,
                                   transform=transform)
    save_state(project, state)
    done = time.perf_counter()
    shown = sum(1 for m in corpus.messages if m.status != "rejected" and not m.background)
    click.echo(f"extract: {', '.join(f'{n} {k}' for k, n in corpus.counts.items())}", err=True)
    click.echo(f"Done: {len(corpus.articles)} articles, {shown} messages, {len(corpus.events)} events, "
               f"{written} files written to {config.paths.output} ({reused} unchanged pages kept) in "
               f"{done - started:.2f} s (ingest {ingested - started:.2f} s, extract {rendered - ingested:.2f} s, "
               f"render{' and search index' if search else ''} {done - rendered:.2f} s)", err=True)
