"""`digest build`: ingest, extract, render, in that order, reading everything before writing the site."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import click

from generator.articles import read_articles
from generator.commands.ingest import report_rejections
from generator.config import Config
from generator.extract.corpus import extract_corpus
from generator.extract.leaders import LeaderIndex
from generator.ingest.pipeline import IngestReport, ingest_files, write_articles
from generator.messages import read_messages, sync_messages
from generator.output import write_site
from generator.render.changes import load_previous
from generator.render.site import render_site
from generator.search import index_site


def run_build(config: Config, compare_to: Path | None = None, search: bool = True,
              transform: Callable[[dict[str, str | bytes]], dict[str, str | bytes]] | None = None) -> None:
    """compare_to: a previous site folder or its messages.json; the site then gets changes/.
    search: index the site with Pagefind and show the search box.
    transform: applied to the rendered pages before they are written (`digest serve` only)."""
    started = time.perf_counter()
    previous = load_previous(compare_to) if compare_to is not None else None
    report = IngestReport()
    if config.paths.raw.is_dir():
        write_articles(ingest_files([config.paths.raw], config, report), config.paths.articles, report)
    report_rejections(report)
    articles = read_articles(config.paths.articles)
    extracted, events = extract_corpus(articles, LeaderIndex(config))
    counts = sync_messages(extracted, config.paths.messages, config)
    messages = read_messages(config.paths.messages, config)
    known = {a.id for a in articles}
    for message in messages:
        for source in message.sources:
            if source not in known:
                click.echo(f"warning: {config.paths.messages / (message.id + '.yaml')}: source "
                           f"'{source}' is not an article", err=True)
    pages = render_site(config, messages, articles, events, report.as_json(), previous=previous,
                        search=search)
    if transform is not None:
        pages = transform(pages)
    rendered = time.perf_counter()
    write_site(pages, config.paths.output,
               finish=(lambda staging: index_site(staging, config.site.language)) if search else None)
    written = time.perf_counter()
    shown = sum(1 for m in messages if m.status != "rejected" and not m.background)
    click.echo(f"extract: {', '.join(f'{n} {k}' for k, n in counts.items())}", err=True)
    click.echo(f"Done: {len(articles)} articles, {shown} messages, {len(events)} events, "
               f"{len(pages)} files written to {config.paths.output} in {written - started:.2f} s"
               + (f" (search index {written - rendered:.2f} s)" if search else ""), err=True)
