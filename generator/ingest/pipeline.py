"""Ingest a batch: every input file becomes articles or lines of the report, never nothing.

Captures of one article (same URL, or the same text) are merged into one article that lists
every capture. Writing is idempotent, and an article a person marked `reviewed: true` is kept.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from generator.articles import (article_path, format_article, parse_article,
                                read_text, write_atomically)
from generator.cache import BuildState, CaptureEntry
from generator.config import Config
from generator.fileio import Stat, read_bytes, scan_files, scan_inputs
from generator.ingest.draft import Draft, NotAnArticle
from generator.ingest.finish import finish_article
from generator.parallel import CONTEXT, parallel_map
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
    # The article files this run wrote and removed: the listing of them is updated, not redone.
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"ingest: {self.files} files read, {self.articles} articles "
                f"({self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
                f"{self.kept_reviewed} reviewed kept), {self.duplicates} duplicates, "
                f"{len(self.rejections)} rejected")

    def as_json(self) -> dict:
        """What the inputs are, not what this run did: a cached build reports what a cold one does."""
        return {"files": self.files, "articles": self.articles, "duplicates": self.duplicates,
                "rejected": [{"file": r.path, "reason": r.reason}
                             for r in sorted(self.rejections, key=lambda r: (r.path, r.reason))]}


_WORD = re.compile(r"\w+")


def _dedup_key_text(body: str) -> str:
    """The body's words alone: two captures of one text differ in spacing and punctuation."""
    return hashlib.sha256(" ".join(_WORD.findall(body.lower())).encode()).hexdigest()


def _url_key(url: str | None) -> str | None:
    if not url:
        return None
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/").lower()


def report_path(path: Path | str, root: Path) -> str:
    """A path as the report shows it: relative to the project, so reports are the same anywhere."""
    text, prefix = str(path), str(root) + "/"
    if text.startswith(prefix):
        return text[len(prefix):]
    path = Path(path)
    try:
        return str(path.relative_to(root))
    except ValueError:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            return str(path)


def ingest_files(paths: Iterable[Path], config: Config, report: IngestReport) -> Iterator[Article]:
    """Read every input file into articles, merging captures of the same article."""
    by_key: dict[str, int] = {}
    merged: list[Article] = []
    files = [path for path, _ in scan_inputs(paths)]
    progress = Progress("ingest", len(files))
    for path in files:
        report.files += 1
        progress.advance()
        items = [item if isinstance(item, NotAnArticle) else finish_article(item, config) for item in _read_path(path)]
        shared = _shared_urls([item for item in items if not isinstance(item, NotAnArticle)])
        for article in items:
            if isinstance(article, NotAnArticle):
                report.rejections.append(Rejection(report_path(path, config.root), str(article)))
                continue
            keys = _dedup_keys(article, shared)
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


def _read_path(path: str) -> list[Draft | NotAnArticle]:
    # The readers bring in trafilatura, feedparser and markdownify: a rebuild with nothing new
    # to read should not pay for importing them.
    from generator.ingest.capture import read_capture

    try:
        data = read_bytes(path)
    except OSError as exc:
        return [NotAnArticle(f"cannot read: {exc.strerror or exc}")]
    return read_capture(data, os.path.basename(path))


def _dedup_keys(article: Article, shared_urls: set[str]) -> tuple[str, ...]:
    url = _url_key(article.url)
    return tuple(k for k in (None if url in shared_urls else url, _dedup_key_text(article.body)) if k)


def _shared_urls(articles: list[Article]) -> set[str]:
    """Addresses that several items of one capture give: a site that puts every story at one
    address ('kcna.kp/...#this'), where the address tells nothing about which story it is."""
    counts = Counter(_url_key(article.url) for article in articles)
    return {key for key, count in counts.items() if key and count > 1}


def _parse_capture(path: str) -> list[Article | str]:
    """Worker: one capture's articles, or the reasons its parts are not articles."""
    config = CONTEXT["config"]
    return [str(item) if isinstance(item, NotAnArticle) else finish_article(item, config)
            for item in _read_path(path)]


def ingest_to_disk(inputs: list[tuple[str, Stat | None]], config: Config, report: IngestReport,
                   state: BuildState | None = None, article_files: list[str] | None = None) -> None:
    """Captures (scan_inputs) to article files. With a build state, captures unchanged since the
    last build (same size and mtime, articles still on disk) are not read again.
    article_files: the article files on disk, when the caller has just listed them."""
    state = state or BuildState()
    project = config.root
    root = config.paths.articles
    if article_files is None:
        article_files = [path for path, _ in scan_files(root, ".md")]
    on_disk: dict[str, Path | str] = {os.path.basename(path)[:-len(".md")]: path for path in article_files}
    keys_index: dict[str, str] = {}
    entries: dict[str, CaptureEntry] = {}
    to_parse: list[tuple[str, str, Stat | None]] = []
    for path, stat in inputs:
        relative = report_path(path, project)
        cached = state.captures.get(relative)
        if cached and stat is not None and cached.stat == stat and all(i in on_disk for i, _ in cached.articles):
            entries[relative] = cached
            for article_id, keys in cached.articles:
                for key in keys:
                    keys_index.setdefault(key, article_id)
        else:
            to_parse.append((relative, path, stat))

    merges: dict[str, Article] = {}  # article id -> a duplicate capture to fold into it
    progress = Progress("ingest", len(to_parse))
    parsed = parallel_map(_parse_capture, [path for _, path, _ in to_parse], {"config": config})
    for (relative, path, stat), items in zip(to_parse, parsed):
        progress.advance()
        found: list[tuple[str, tuple[str, ...]]] = []
        rejections: list[str] = []
        duplicates = 0
        shared = _shared_urls([item for item in items if not isinstance(item, str)])
        for item in items:
            if isinstance(item, str):
                rejections.append(item)
                continue
            keys = _dedup_keys(item, shared)
            existing = next((keys_index[k] for k in keys if k in keys_index), None)
            if existing is not None and existing != item.id:
                duplicates += 1
                merges[existing] = item
                found.append((existing, keys))
                continue
            _write_article(item, root, on_disk, report)
            found.append((item.id, keys))
            for key in keys:
                keys_index.setdefault(key, item.id)
        entries[relative] = CaptureEntry(stat, tuple(found), tuple(rejections), duplicates)
    progress.close()
    for article_id, duplicate in sorted(merges.items()):
        _merge_capture(article_id, duplicate, on_disk, report)

    state.captures = entries
    report.files = len(entries)
    report.articles = len({i for entry in entries.values() for i, _ in entry.articles})
    report.duplicates = sum(entry.duplicates for entry in entries.values())
    report.rejections = [Rejection(relative, reason) for relative, entry in sorted(entries.items())
                         for reason in entry.rejections]


def _write_article(article: Article, root: Path, on_disk: dict[str, Path | str], report: IngestReport) -> None:
    """Write one article unless unchanged or reviewed, keeping the captures it already lists."""
    target = article_path(root, article)
    current = Path(on_disk[article.id]) if article.id in on_disk else None
    if current is not None:
        # A file that does not parse was edited by a person: stop and say where, never overwrite it.
        existing = parse_article(read_text(current), str(current))
        if existing.reviewed:
            report.kept_reviewed += 1
            return
        files = tuple(sorted(set(existing.source_files) | set(article.source_files)))
        article = replace(article, source_files=files)
        if current != target:
            current.unlink()
            report.removed.append(str(current))
    text = format_article(article)
    if target.exists():
        if target.read_text(encoding="utf-8") == text:
            report.unchanged += 1
            on_disk[article.id] = target
            return
        report.changed += 1
    else:
        report.new += 1
    write_atomically(target, text)
    report.written.append(str(target))
    on_disk[article.id] = target


def _merge_capture(article_id: str, duplicate: Article, on_disk: dict[str, Path | str], report: IngestReport) -> None:
    """Another capture of an article already written: list it, and keep the first capture's text."""
    path = Path(on_disk[article_id])
    existing = parse_article(read_text(path), str(path))
    if existing.reviewed:
        return
    files = tuple(sorted(set(existing.source_files) | set(duplicate.source_files)))
    merged = replace(existing, source_files=files, url=existing.url or duplicate.url)
    if merged != existing:
        write_atomically(path, format_article(merged))
        report.written.append(str(path))
