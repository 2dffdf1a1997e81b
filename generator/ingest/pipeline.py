"""Ingest a batch: every input file becomes articles or lines of the report, never nothing.

Captures of one article (same URL, or the same text) are merged into one article that lists
every capture. Writing is idempotent, and an article a person marked `reviewed: true` is kept.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from generator.articles import (article_path, format_article, iter_article_files, parse_article,
                                read_text, write_atomically)
from generator.config import Config
from generator.ingest.capture import read_capture
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.finish import finish_article
from generator.progress import Progress
from generator.records import Article, Rejection


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    duplicates: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0

    def summary(self) -> str:
        return (f"ingest: {self.files} files read, {self.articles} articles "
                f"({self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
                f"{self.kept_reviewed} reviewed kept), {self.duplicates} duplicates, "
                f"{len(self.rejections)} rejected")

    def as_json(self) -> dict:
        return {"files": self.files, "articles": self.articles, "new": self.new,
                "changed": self.changed, "unchanged": self.unchanged,
                "reviewed_kept": self.kept_reviewed, "duplicates": self.duplicates,
                "rejected": [{"file": r.path, "reason": r.reason} for r in self.rejections]}


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively), hidden ones skipped, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def _dedup_key_text(body: str) -> str:
    return hashlib.sha256(re.sub(r"\W+", " ", body).lower().strip().encode()).hexdigest()


def _url_key(url: str | None) -> str | None:
    if not url:
        return None
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/").lower()


def report_path(path: Path, root: Path) -> str:
    """A path as the report shows it: relative to the project, so reports are the same anywhere."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def ingest_files(paths: Iterable[Path], config: Config, report: IngestReport) -> Iterator[Article]:
    """Read every input file into articles, merging captures of the same article."""
    by_key: dict[str, int] = {}
    merged: list[Article] = []
    files = list(iter_input_files(paths))
    progress = Progress("ingest", len(files))
    for path in files:
        report.files += 1
        progress.advance()
        for item in _read_path(path):
            if isinstance(item, NotAnArticle):
                report.rejections.append(Rejection(report_path(path, config.source.parent), str(item)))
                continue
            article = finish_article(item, config)
            keys = [k for k in (_url_key(article.url), _dedup_key_text(article.body)) if k]
            existing = next((by_key[k] for k in keys if k in by_key), None)
            if existing is not None:
                report.duplicates += 1
                first = merged[existing]
                files = tuple(sorted(set(first.source_files) | set(article.source_files)))
                merged[existing] = replace(first, source_files=files, url=first.url or article.url)
                index = existing
            else:
                merged.append(article)
                index = len(merged) - 1
            for k in keys:
                by_key.setdefault(k, index)
    progress.close()
    report.articles = len(merged)
    yield from merged


def _read_path(path: Path) -> list[Draft | NotAnArticle]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [NotAnArticle(f"cannot read: {exc.strerror or exc}")]
    return read_capture(data, path.name)


def write_articles(articles: Iterable[Article], root: Path, report: IngestReport) -> None:
    """Write each article file unless unchanged or reviewed; merge captures already on disk."""
    on_disk = {}
    for path in iter_article_files(root):
        # A file that does not parse was edited by a person: stop and say where, never overwrite it.
        existing = parse_article(read_text(path), str(path))
        on_disk[existing.id] = (path, existing)
    for article in articles:
        target = article_path(root, article)
        if article.id in on_disk:
            path, existing = on_disk[article.id]
            if existing.reviewed:
                report.kept_reviewed += 1
                continue
            files = tuple(sorted(set(existing.source_files) | set(article.source_files)))
            article = replace(article, source_files=files)
            if path != target:
                path.unlink()
        text = format_article(article)
        if target.exists():
            if target.read_text(encoding="utf-8") == text:
                report.unchanged += 1
                continue
            report.changed += 1
        else:
            report.new += 1
        write_atomically(target, text)
