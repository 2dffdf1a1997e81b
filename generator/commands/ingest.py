"""`digest ingest`: captures to article files, or to JSON lines on stdout."""
from __future__ import annotations

from pathlib import Path

import click

from generator.config import Config
from generator.fileio import scan_inputs
from generator.ingest.pipeline import IngestReport, ingest_files, ingest_to_disk


def article_row(article, source: str) -> dict:
    from generator.markdown import markdown_to_text  # markdown-it only for JSON lines, not for a build

    return {"source": source, "id": article.id, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "published_from": article.published_from, "publisher": article.publisher,
            "url": article.url, "captured": article.captured.isoformat() if article.captured else None,
            "language": article.language, "body": markdown_to_text(article.body)}


def report_rejections(report: IngestReport) -> None:
    for rejection in report.rejections:
        click.echo(f"warning: {rejection.path}: {rejection.reason}", err=True)
    click.echo(report.summary(), err=True)


def run_ingest(config: Config, paths: list[Path], output_format: str) -> IngestReport:
    from generator.cli import emit_jsonl

    report = IngestReport()
    if output_format == "jsonl":
        emit_jsonl(article_row(a, name) for a in ingest_files(paths, config, report) for name in a.source_files)
    else:
        ingest_to_disk(scan_inputs(paths), config, report)
    report_rejections(report)
    return report
