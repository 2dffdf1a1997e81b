"""`digest build`: ingest, extract, render, in that order, reading everything before writing the site.

Each stage skips what has not changed since the last build (the cache in .cache/digest/ keyed
by each input's size and mtime) and spreads what has over both cores. When no input has changed
at all, the build stops after one look at the files.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

from generator.articles import article_body, parse_article, read_text
from generator.cache import ArticleEntry, BuildState, code_fingerprint, hash_texts, load_stamp, load_state, \
    save_state, tree_stamp
from generator.config import Config
from generator.errors import InputError
from generator.extract.stems import may_report
from generator.fileio import Stat, scan_files, scan_inputs, stat_key
from generator.output import SiteWriter, site_identity, write_site
from generator.parallel import CONTEXT, parallel_map, will_fork
from generator.records import Article, Event, Message

if TYPE_CHECKING:
    from generator.extract.leaders import LeaderIndex
    from generator.ingest.pipeline import IngestReport

# The stages import their readers, rules and templates when they run: a build that finds nothing
# changed stops before any of that is loaded (~0.1 s of imports and regex compiles).

Transform = Callable[[dict[str, str | bytes]], dict[str, str | bytes]]


Listing = list[tuple[str, Stat | None]]


@dataclass(frozen=True)
class Inputs:
    """Every input file with its stat, listed once per build and handed from stage to stage."""

    raw: Listing
    articles: Listing
    messages: Listing
    about: Listing

    @classmethod
    def scan(cls, config: Config) -> Inputs:
        about = config.root / "content" / "about.md"
        return cls(scan_inputs([config.paths.raw]) if config.paths.raw.is_dir() else [],
                   scan_files(config.paths.articles, ".md"), scan_files(config.paths.messages, ".yaml"),
                   [(str(about), stat_key(about) if about.is_file() else None)])

    def stamp(self, config: Config, search: bool) -> str:
        options = repr((str(config.paths.output.resolve()), config.site.base_url, config.site.article_pages, search))
        return hash_texts([tree_stamp(self.raw + self.articles + self.messages + self.about), options])


@dataclass
class Corpus:
    articles: list[Article]  # metadata only: bodies stay on disk until a page needs one
    files: dict[str, tuple[str, Stat | None]]  # article id -> its file and the file's stat
    messages: list[Message]
    events: list[Event]
    counts: dict[str, int]
    message_files: Listing  # as extraction left them


def fingerprint(config: Config) -> str:
    """Code, config and templates: a change to any of them invalidates the whole cache."""
    templates = config.root / "templates"
    parts = [code_fingerprint(), config.source.read_bytes()]
    parts += [p.name.encode() + p.read_bytes() for p in sorted(templates.glob("*")) if p.is_file()]
    return hash_texts(parts)


def ingest_stage(config: Config, state: BuildState, inputs: Inputs) -> IngestReport:
    from generator.commands.ingest import report_rejections
    from generator.ingest.pipeline import IngestReport, ingest_to_disk

    report = IngestReport()
    if config.paths.raw.is_dir():
        ingest_to_disk(inputs.raw, config, report, state, [path for path, _ in inputs.articles])
    report_rejections(report)
    return report


def _as_ingest_left(listing: Listing, report: IngestReport) -> Listing:
    """The article files and their stats after ingest: the listing taken before it, with the files
    it wrote stated anew and those it removed gone (listing 10,000 files again costs ~0.1 s)."""
    if not report.written and not report.removed:
        return listing
    entries = dict(listing)
    for path in report.removed:
        entries.pop(path, None)
    for path in report.written:
        entries[path] = stat_key(path)
    return sorted(entries.items())


def _load_rules(config: Config) -> tuple[Callable, LeaderIndex]:
    """The extraction rules and the leaders' index: importing and compiling them takes ~0.2 s."""
    from generator.extract.leaders import LeaderIndex
    from generator.extract.limit import extract_in_time

    return extract_in_time, LeaderIndex(config)


def _extract_file(path: str) -> tuple[Article, tuple[Message, ...], tuple[Event, ...]]:
    """Worker: one article file parsed and searched; the body is not sent back."""
    article = parse_article(read_text(path), path)
    if not may_report(article.body.lower()):  # most articles: the rules need not even be loaded
        return replace(article, body=""), (), ()
    if "rules" not in CONTEXT:  # on first need
        CONTEXT["rules"] = _load_rules(CONTEXT["config"])
    extract_in_time, index = CONTEXT["rules"]
    found = extract_in_time(article, index)
    if found is None:
        from generator.extract.limit import out_of_time_warning

        click.echo(out_of_time_warning(path), err=True)
        return replace(article, body=""), (), ()
    return replace(article, body=""), found.messages, found.events


def extract_stage(config: Config, state: BuildState, listing: Listing) -> Corpus:
    """listing: the article files and their stats (scan_files), as ingest left them."""
    from generator.ingest.pipeline import report_path

    project = config.root
    relatives = [report_path(path, project) for path, _ in listing]
    entries: dict[str, ArticleEntry] = {}
    to_extract: list[tuple[str, str, Stat | None]] = []
    for relative, (path, stat) in zip(relatives, listing):
        cached = state.articles.get(relative)
        if cached is not None and cached.stat == stat:
            entries[relative] = cached
        else:
            to_extract.append((relative, path, stat))
    if to_extract:
        context: dict = {"config": config}
        if will_fork(len(to_extract)):
            context["rules"] = _load_rules(config)  # once, here, for the workers to inherit
        found = parallel_map(_extract_file, [path for _, path, _ in to_extract], context)
        for (relative, _, stat), (article, messages, events) in zip(to_extract, found):
            entries[relative] = ArticleEntry(stat, article, messages, events)
    state.articles = entries

    by_id: dict[str, tuple[str, Stat | None]] = {}
    ordered = [entries[relative] for relative in relatives]
    for (path, _), entry in zip(listing, ordered):
        if entry.meta.id in by_id:
            raise InputError(f"duplicate article id '{entry.meta.id}' (also in {by_id[entry.meta.id][0]})", path)
        by_id[entry.meta.id] = path, entry.stat
    counts, messages, events, message_files = _merge_and_sync(config, state, [
        (entry.messages, entry.events) for entry in ordered if entry.messages or entry.events])
    for message in messages:
        for source in message.sources:
            if source not in by_id:
                click.echo(f"warning: {config.paths.messages / (message.id + '.yaml')}: source "
                           f"'{source}' is not an article", err=True)
    return Corpus([entry.meta for entry in ordered], by_id, messages, events, counts, message_files)


def _merge_and_sync(config: Config, state: BuildState, findings: list[tuple[tuple[Message, ...], tuple[Event, ...]]]
                    ) -> tuple[dict[str, int], list[Message], list[Event], Listing]:
    """Every article's findings merged (merge_findings) and synced to the message files
    (sync_messages), unless the findings are what they were last time and nobody has touched the
    message files since: then what that build got. Also the message files as they are now."""
    key = hash_texts([repr(findings)])
    files = scan_files(config.paths.messages, ".yaml")
    last_key, last_files, last_messages, last_events, last_counts = state.synced
    if key == last_key and tuple(files) == last_files:
        return dict(last_counts), list(last_messages), list(last_events), files
    from generator.extract.corpus import merge_findings
    from generator.messages import sync_messages

    extracted, events = merge_findings(findings)
    counts, messages = sync_messages(extracted, config.paths.messages, config)
    files = scan_files(config.paths.messages, ".yaml")
    kept = {"new": 0, "changed": 0, "unchanged": counts["new"] + counts["changed"] + counts["unchanged"],
            "curated": counts["curated"], "removed": 0}  # what the same sync would say next time
    state.synced = (key, tuple(files), tuple(messages), tuple(events), kept)
    return counts, messages, events, files


def _render_page(job: tuple[str, ...]) -> tuple[str, ...] | None:
    """Worker: one page, or the whole listing, rendered into the staging folder.
    ("article", id, its file, page) | ("message", id, page) | ("listing",): the listing returns its
    paths, and skips the pages already linked from the last build (CONTEXT["linked"])."""
    renderer, writer = CONTEXT["renderer"], CONTEXT["writer"]
    if job[0] == "article":
        _, article_id, source, page = job
        writer.write(page, renderer.article_page(renderer.site.articles[article_id], article_body(read_text(source))))
    elif job[0] == "message":
        _, message_id, page = job
        writer.write(page, renderer.message_page(renderer.site.by_id[message_id]))
    else:
        files = renderer.listing(CONTEXT["previous"], with_messages=False)
        for relative, content in sorted(files.items()):
            if relative not in CONTEXT["linked"]:
                writer.write(relative, content)
        return tuple(sorted(files))
    return None


def render_stage(config: Config, state: BuildState, corpus: Corpus, report: IngestReport, *,
                 stamp: str = "", previous: list[dict] | None = None, search: bool = True,
                 transform: Transform | None = None) -> tuple[int, int]:
    """Write the site; returns (files written, article pages reused from the last build).
    stamp: the inputs' stamp (Inputs.stamp) the state records for the next build's no-change check."""
    from generator.render.site import SiteRenderer
    from generator.search import index_site

    renderer = SiteRenderer(config, corpus.messages, corpus.articles, corpus.events, search)
    finish = (lambda staging: index_site(staging, config.site.language)) if search else None
    if transform is not None:  # `digest serve`: every page in memory, rewritten, written whole
        files = renderer.listing(previous)
        files.update(renderer.inventory(files, report.as_json()))
        for article_id, page in renderer.article_pages():
            path, _ = corpus.files[article_id]
            files[page] = renderer.article_page(renderer.site.articles[article_id], article_body(read_text(path)))
        files = transform(files)
        write_site(files, config.paths.output, finish=finish)
        return len(files), 0

    writer = SiteWriter(config.paths.output)
    try:
        listing_key = hash_texts([renderer.listing_inputs(previous)])
        listed, reused = _reuse_listing(writer, state, listing_key)
        # The listing is one job among the pages, first, so that it renders beside them.
        jobs: list[tuple[str, ...]] = [] if listed is not None else [("listing",)]
        keys: dict[str, str] = {}
        for message, page in renderer.message_pages():
            keys[page] = hash_texts([renderer.message_inputs(message)])
            if state.pages.get(page) == keys[page] and writer.reuse(page):
                reused.add(page)
            else:
                jobs.append(("message", message.id, page))
        for article_id, page in renderer.article_pages():
            source, stat = corpus.files[article_id]
            keys[page] = hash_texts([renderer.article_inputs(article_id), repr(stat)])
            if state.pages.get(page) == keys[page] and writer.reuse(page):
                reused.add(page)
            else:
                jobs.append(("article", article_id, source, page))
        if will_fork(len(jobs)):
            renderer.compile_page_templates()  # once, for the workers to inherit
        context = {"renderer": renderer, "writer": writer, "previous": previous, "linked": frozenset(reused)}
        for rendered in parallel_map(_render_page, jobs, context):
            listed = rendered if rendered is not None else listed
        inventory = renderer.inventory(listed, report.as_json())
        for relative, content in sorted(inventory.items()):
            writer.write(relative, content)
        writer.commit(finish=finish)
    except BaseException:
        writer.abandon()
        raise
    state.listing = (listing_key, listed)
    state.pages, state.stamp, state.site = keys, stamp, site_identity(config.paths.output)
    return len(listed) + len(inventory) + len(keys), len(reused)


def _reuse_listing(writer: SiteWriter, state: BuildState, key: str) -> tuple[tuple[str, ...] | None, set[str]]:
    """Link the last build's listing pages when nothing they show has changed (a new article
    that reports no message, the usual case). Returns (their paths or None, the pages linked):
    when one is missing the listing is rendered again, and the pages linked so far are kept."""
    linked: set[str] = set()
    cached_key, paths = state.listing
    if cached_key != key:
        return None, linked
    for page in paths:
        if not writer.reuse(page):
            return None, linked
        linked.add(page)
    return paths, linked


def run_build(config: Config, compare_to: Path | None = None, search: bool = True,
              transform: Transform | None = None) -> None:
    """compare_to: a previous site folder or its messages.json; the site then gets changes/.
    search: index the site with Pagefind and show the search box.
    transform: applied to the rendered pages before they are written (`digest serve` only)."""
    started = time.perf_counter()
    project = config.root
    code_and_config = fingerprint(config)
    inputs = Inputs.scan(config)
    if compare_to is None and transform is None and load_stamp(project) == (
            code_and_config, inputs.stamp(config, search), site_identity(config.paths.output)):
        click.echo(f"Done: nothing changed since the last build of {config.paths.output} "
                   f"({time.perf_counter() - started:.2f} s)", err=True)
        return
    state = load_state(project, code_and_config)
    from generator.render.changes import load_previous

    previous = load_previous(compare_to) if compare_to is not None else None
    report = ingest_stage(config, state, inputs)
    ingested = time.perf_counter()
    articles = _as_ingest_left(inputs.articles, report)
    corpus = extract_stage(config, state, articles)
    rendered = time.perf_counter()
    # The files as this build read them (messages as extraction left them): if one changes while
    # the build runs, the next build sees a different stamp and does not skip.
    built = Inputs(inputs.raw, articles, corpus.message_files, inputs.about)
    written, reused = render_stage(config, state, corpus, report, stamp=built.stamp(config, search),
                                   previous=previous, search=search, transform=transform)
    save_state(project, state)
    done = time.perf_counter()
    shown = sum(1 for m in corpus.messages if m.status != "rejected" and not m.background)
    click.echo(f"extract: {', '.join(f'{n} {k}' for k, n in corpus.counts.items())}", err=True)
    click.echo(f"Done: {_counted(len(corpus.articles), 'article')}, {_counted(shown, 'message')}, "
               f"{_counted(len(corpus.events), 'event')}, {_counted(written, 'file')} written to {config.paths.output} ({reused} unchanged pages kept) in "
               f"{done - started:.2f} s (ingest {ingested - started:.2f} s, extract {rendered - ingested:.2f} s, "
               f"render{' and search index' if search else ''} {done - rendered:.2f} s)", err=True)


def _counted(number: int, noun: str) -> str:
    """'1 event', '64 files'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
