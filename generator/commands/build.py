"""`digest build`: ingest, extract, render, in that order, reading everything before writing the site.

Each stage skips what has not changed since the last build (the cache in .cache/digest/ keyed
by each input's size and mtime) and spreads what has over both cores. When no input has changed
at all, the build stops after one look at the files.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Generator

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
    from generator.render.site import SiteRenderer

# The stages import their readers, rules and templates when they run: a build that finds nothing
# changed stops before any of that is loaded (~0.1 s of imports and regex compiles).

Transform = Callable[[dict[str, str | bytes]], dict[str, str | bytes]]


Listing = list[tuple[str, Stat | None]]
ArticleFiles = dict[str, tuple[str, Stat | None]]  # article id -> its file and the file's stat


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
    files: ArticleFiles
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


def _read_article(path: str) -> tuple[Article, bool]:
    """Worker: one article file's metadata (its body is not sent back), and whether its text holds
    a word a report could use: only those are searched (most articles hold none)."""
    article = parse_article(read_text(path), path)
    return replace(article, body=""), may_report(article.body.lower())


def read_stage(config: Config, state: BuildState, listing: Listing, meanwhile: Callable[[], None] | None = None
               ) -> tuple[list[ArticleEntry], list[int], ArticleFiles]:
    """Every article's entry, in listing order: the cached one when its file has not changed, else
    its metadata with nothing found yet; the positions of those new ones to search; and each
    article's file (an id two files share is an error).
    meanwhile: the next stage's preparation, run while workers read (not when this process reads alone)."""
    from generator.ingest.pipeline import report_path

    project = config.root
    entries: list[ArticleEntry | None] = []
    to_read: list[int] = []
    for position, (path, stat) in enumerate(listing):
        cached = state.articles.get(report_path(path, project))
        if cached is not None and cached.stat == stat:
            entries.append(cached)
        else:
            entries.append(None)
            to_read.append(position)
    to_search = []
    read = parallel_map(_read_article, [listing[position][0] for position in to_read], {},
                        meanwhile=meanwhile if will_fork(len(to_read)) else None)
    for position, (meta, may) in zip(to_read, read):
        entries[position] = ArticleEntry(listing[position][1], meta, (), ())
        if may:
            to_search.append(position)
    files: ArticleFiles = {}
    for (path, _), entry in zip(listing, entries):
        if entry.meta.id in files:
            raise InputError(f"duplicate article id '{entry.meta.id}' (also in {files[entry.meta.id][0]})", path)
        files[entry.meta.id] = path, entry.stat
    return entries, to_search, files


def _search_or_render(job: tuple) -> tuple:
    """Worker: ("search", path) -> the article's (messages, events); ("article", id, page, file, stat) ->
    (page, key, reused) for the page of an article that reports nothing (_article_page)."""
    if job[0] == "search":
        path = job[1]
        if "rules" not in CONTEXT:  # on first need, when the rules were not loaded before forking
            CONTEXT["rules"] = _load_rules(CONTEXT["config"])
        extract_in_time, index = CONTEXT["rules"]
        found = extract_in_time(parse_article(read_text(path), path), index)
        if found is None:
            from generator.extract.limit import out_of_time_warning

            click.echo(out_of_time_warning(path), err=True)
            return (), ()
        return found.messages, found.events
    _, article_id, page, source, stat = job
    return _article_page(CONTEXT["renderer"], CONTEXT["writer"], CONTEXT["pages"], article_id, page, source, stat)


def _article_page(renderer: SiteRenderer, writer: SiteWriter, last_keys: dict[str, str], article_id: str,
                  page: str, source: str, stat: Stat | None) -> tuple[str, str, bool]:
    """An article's page linked from the last build when nothing it shows has changed, else
    rendered from its file: (page, its inputs' key, whether it was linked)."""
    key = hash_texts([renderer.article_inputs(article_id), repr(stat)])
    if last_keys.get(page) == key and writer.reuse(page):
        return page, key, True
    writer.write(page, renderer.article_page(renderer.site.articles[article_id], article_body(read_text(source))))
    return page, key, False


def extract_stage(config: Config, state: BuildState, listing: Listing, entries: list[ArticleEntry],
                  to_search: list[int], files: ArticleFiles, context: dict, page_jobs: list[tuple] = ()
                  ) -> tuple[Corpus, Generator]:
    """Search the articles read_stage picked, merge every article's findings and sync them to the
    message files. page_jobs (("article", id, page, file, stat)) go to the same workers after
    the searches, so that they render while this process goes on with the corpus: the results
    still to come are returned beside it, for the caller to drain."""
    jobs = [("search", listing[position][0]) for position in to_search] + list(page_jobs)
    results = parallel_map(_search_or_render, jobs, {"config": config, **context})
    for position, (messages, events) in zip(to_search, results):
        entries[position] = replace(entries[position], messages=messages, events=events)
    if not page_jobs:
        results.close()  # the workers' part is done
    from generator.ingest.pipeline import report_path

    state.articles = {report_path(path, config.root): entry for (path, _), entry in zip(listing, entries)}
    counts, messages, events, message_files = _merge_and_sync(config, state, [
        (entry.messages, entry.events) for entry in entries if entry.messages or entry.events])
    for message in messages:
        for source in message.sources:
            if source not in files:
                click.echo(f"warning: {config.paths.messages / (message.id + '.yaml')}: source "
                           f"'{source}' is not an article", err=True)
    return Corpus([entry.meta for entry in entries], files, messages, events, counts, message_files), results


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


def build_site(config: Config, state: BuildState, listing: Listing, report: IngestReport, *,
               previous: list[dict] | None = None, search: bool = True) -> tuple[Corpus, int, int]:
    """Read, search and render, into a staging folder swapped in whole at the end; returns the
    corpus, the files written and the pages linked from the last build.

    The pages of articles that report nothing (most) depend on nothing but their own file, so
    the workers render them right after the searches, while this process merges the findings and
    renders the rest (the listing, message pages, pages of articles that report something): no
    core waits for that serial middle. The rules and templates load while the workers read."""
    from generator.render.site import SiteRenderer, page_environment

    prepared: dict = {}

    def prepare() -> None:  # inherited by the workers of the next stage
        prepared["env"] = page_environment(config.root / "templates")
        prepared["rules"] = _load_rules(config)

    entries, to_search, files = read_stage(config, state, listing, meanwhile=prepare)
    env = prepared["env"] if prepared else page_environment(config.root / "templates")
    quiet = {entry.meta.id for entry in entries if not entry.messages and not entry.events}
    quiet.difference_update(entries[position].meta.id for position in to_search)
    metas = [entry.meta for entry in entries]
    quiet_renderer = SiteRenderer(config, [], metas, [], search, env=env)
    page_jobs = [("article", article_id, page, *files[article_id])
                 for article_id, page in quiet_renderer.article_pages() if article_id in quiet]
    early = {job[1] for job in page_jobs}
    writer = SiteWriter(config.paths.output)
    pending: Generator | None = None
    try:
        context = {"renderer": quiet_renderer, "writer": writer, "pages": state.pages}
        if prepared:
            context["rules"] = prepared["rules"]
        corpus, pending = extract_stage(config, state, listing, entries, to_search, files, context, page_jobs)
        renderer = SiteRenderer(config, corpus.messages, corpus.articles, corpus.events, search, env=env)
        keys: dict[str, str] = {}
        reused: set[str] = set()
        listing_key = hash_texts([renderer.listing_inputs(previous)])
        listed, linked = _reuse_listing(writer, state, listing_key)
        reused |= linked
        if listed is None:
            pages = renderer.listing(previous, with_messages=False)
            for relative, content in sorted(pages.items()):
                if relative not in linked:
                    writer.write(relative, content)
            listed = tuple(sorted(pages))
        for message, page in renderer.message_pages():
            keys[page] = hash_texts([renderer.message_inputs(message)])
            if state.pages.get(page) == keys[page] and writer.reuse(page):
                reused.add(page)
            else:
                writer.write(page, renderer.message_page(renderer.site.by_id[message.id]))
        # An article that reports nothing may still be a message's source, by a person's hand.
        cited = {article_id for article_id in early if renderer.found[article_id] or renderer.events[article_id]}
        for article_id, page in renderer.article_pages():
            if article_id not in early:
                _, keys[page], was_linked = _article_page(renderer, writer, state.pages, article_id, page,
                                                          *files[article_id])
                if was_linked:
                    reused.add(page)
        for page, key, was_linked in pending:
            keys[page] = key
            if was_linked:
                reused.add(page)
        for article_id, page in renderer.article_pages():
            if article_id in cited:
                _, keys[page], _ = _article_page(renderer, writer, {}, article_id, page, *files[article_id])
                reused.discard(page)
        inventory = renderer.inventory(listed, report.as_json())
        for relative, content in sorted(inventory.items()):
            writer.write(relative, content)
        writer.commit(finish=_search_index(config, search))
    except BaseException:
        if pending is not None:
            pending.close()
        writer.abandon()
        raise
    state.listing = (listing_key, listed)
    state.pages = keys
    return corpus, len(listed) + len(inventory) + len(keys), len(reused)


def serve_site(config: Config, state: BuildState, listing: Listing, report: IngestReport, transform: Transform, *,
               search: bool = True) -> tuple[Corpus, int, int]:
    """`digest serve`: every page rendered in memory, rewritten by transform, and written whole."""
    from generator.render.site import SiteRenderer

    corpus, _ = extract_stage(config, state, listing, *read_stage(config, state, listing), {})
    renderer = SiteRenderer(config, corpus.messages, corpus.articles, corpus.events, search)
    files = renderer.listing()
    files.update(renderer.inventory(files, report.as_json()))
    for article_id, page in renderer.article_pages():
        path, _ = corpus.files[article_id]
        files[page] = renderer.article_page(renderer.site.articles[article_id], article_body(read_text(path)))
    files = transform(files)
    write_site(files, config.paths.output, finish=_search_index(config, search))
    return corpus, len(files), 0


def _search_index(config: Config, search: bool) -> Callable[[Path], None] | None:
    """What indexes the staged site for search before it is swapped in, if the site has search."""
    from generator.search import index_site

    return (lambda staging: index_site(staging, config.site.language)) if search else None


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
    if transform is not None:
        corpus, written, reused = serve_site(config, state, articles, report, transform, search=search)
    else:
        corpus, written, reused = build_site(config, state, articles, report, previous=previous, search=search)
        # The files as this build read them (messages as extraction left them): if one changes
        # while the build runs, the next build sees a different stamp and does not skip.
        built = Inputs(inputs.raw, articles, corpus.message_files, inputs.about)
        state.stamp, state.site = built.stamp(config, search), site_identity(config.paths.output)
    save_state(project, state)
    done = time.perf_counter()
    shown = sum(1 for m in corpus.messages if m.status != "rejected" and not m.background)
    click.echo(f"extract: {', '.join(f'{n} {k}' for k, n in corpus.counts.items())}", err=True)
    click.echo(f"Done: {_counted(len(corpus.articles), 'article')}, {_counted(shown, 'message')}, "
               f"{_counted(len(corpus.events), 'event')}, {_counted(written, 'file')} written to {config.paths.output} ({reused} unchanged pages kept) in "
               f"{done - started:.2f} s (ingest {ingested - started:.2f} s, "
               f"{'extract, render and search index' if search else 'extract and render'} {done - ingested:.2f} s)",
               err=True)


def _counted(number: int, noun: str) -> str:
    """'1 event', '64 files'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
