"""`digest extract`: messages in raw captures or article files, as message files or JSON lines."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import click

from generator.articles import FRONT_MATTER_KEYS, parse_article, read_text
from generator.commands.ingest import report_rejections
from generator.config import Config
from generator.errors import InputError
from generator.extract.corpus import merge_findings
from generator.extract.leaders import LeaderIndex
from generator.extract.limit import extract_in_time, out_of_time_warning
from generator.fileio import scan_inputs
from generator.ingest.pipeline import IngestReport, ingest_files
from generator.messages import sync_messages
from generator.records import Article, Extraction


def message_row(message, source: str) -> dict:
    return {"source": source, "sender": message.sender, "recipient": message.recipient,
            "date": message.date.isoformat(), "kind": message.kind, "occasion": message.occasion,
            "evidence": message.evidence, "quotes": list(message.quotes), "confidence": message.confidence,
            "date_from": message.date_from, "id": message.id}


_TOP_KEY = re.compile(rb"^([A-Za-z_][\w-]*):", re.MULTILINE)


def _is_article_file(path: Path) -> bool:
    """An article file as ingest writes it: front matter with an id, a title and only the keys of
    an article. A clipping's front matter ('author:', 'date_saved:') makes it a raw capture."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    end = head.find(b"\n---", 3)
    if not head.startswith(b"---") or end < 0:
        return False
    keys = {key.decode() for key in _TOP_KEY.findall(head[3:end])}
    return {"id", "title"} <= keys <= set(FRONT_MATTER_KEYS)


def read_inputs(paths: list[Path], config: Config, report: IngestReport) -> Iterator[Article]:
    """Articles from article files as they are, and from raw captures through ingest."""
    raw: list[Path] = []
    for path in (Path(name) for name, _ in scan_inputs(paths)):
        if _is_article_file(path):
            report.files += 1
            try:
                yield parse_article(read_text(path), str(path))
            except InputError as exc:
                from generator.records import Rejection

                report.rejections.append(Rejection(str(path), exc.message))
        else:
            raw.append(path)
    if raw:
        yield from ingest_files(raw, config, report)


def _extracted(articles: Iterator[Article], index: LeaderIndex) -> Iterator[tuple[Article, Extraction]]:
    """Each article with its findings; one the rules ran out of time on is reported and left out."""
    for article in articles:
        found = extract_in_time(article, index)
        if found is None:
            click.echo(out_of_time_warning(", ".join(article.source_files) or article.id), err=True)
        else:
            yield article, found


def run_extract(config: Config, paths: list[Path], output_format: str) -> None:
    from generator.cli import emit_jsonl

    index = LeaderIndex(config)
    report = IngestReport()
    if output_format == "jsonl":
        def rows():
            # One line per message and capture: a feed's or a dump's items may report the same one.
            written: set[tuple[str, str]] = set()
            for article, found in _extracted(read_inputs(paths, config, report), index):
                sources = article.source_files or (Path(article.id).name + ".md",)
                for message in found.messages:
                    if message.background or message.status == "rejected":
                        continue
                    for source in sources:
                        if (source, message.id) not in written:
                            written.add((source, message.id))
                            yield message_row(message, source)
        emit_jsonl(rows())
        report_rejections(report)
        return
    messages, _ = merge_findings((found.messages, found.events)
                                 for _, found in _extracted(read_inputs(paths, config, report), index))
    counts, _ = sync_messages(messages, config.paths.messages, config)
    report_rejections(report)
    click.echo("extract: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
