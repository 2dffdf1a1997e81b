"""Article files: content/articles/<year>/<id>.md, YAML front matter and a Markdown body."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from generator.errors import InputError
from generator.fileio import read_bytes, scan_files
from generator.records import PUBLISHED_FROM, Article
from generator.yamlio import dump_yaml, load_yaml

FRONT_MATTER_KEYS = ("id", "title", "published", "published_from", "publisher", "url", "captured",
                     "language", "source_files", "reviewed")


def article_path(root: Path, article: Article) -> Path:
    year = str(article.published.year) if article.published else "undated"
    return root / year / f"{article.id}.md"


def format_article(article: Article) -> str:
    meta = {
        "id": article.id, "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from, "publisher": article.publisher,
        "url": article.url, "captured": article.captured.isoformat() if article.captured else None,
        "language": article.language, "source_files": list(article.source_files),
    }
    if article.reviewed:
        meta["reviewed"] = True
    return f"---\n{dump_yaml(meta)}---\n\n{article.body.strip()}\n"


def parse_article(text: str, source: str) -> Article:
    if not text.startswith("---"):
        raise InputError("article has no front matter (a first line '---')", source, 1)
    end = text.find("\n---", 3)
    if end < 0:
        raise InputError("front matter is not closed by a line '---'", source, 1)
    doc = load_yaml(text[3:end], source, line_offset=0)
    meta = doc.value
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping", source, 1)
    unknown = sorted(set(meta) - set(FRONT_MATTER_KEYS), key=str)
    if unknown:
        raise InputError(f"unknown front matter key '{unknown[0]}'", source, doc.line((unknown[0],)))
    for key in ("id", "title"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise InputError(f"front matter needs '{key}' as text", source, doc.line((key,)))
    if "/" in meta["id"] or "\\" in meta["id"] or meta["id"].startswith("."):
        raise InputError(f"id {meta['id']!r} cannot contain a path", source, doc.line(("id",)))

    def day(key: str) -> dt.date | None:
        value = meta.get(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise InputError(f"'{key}' must be a date YYYY-MM-DD, got {value!r}", source, doc.line((key,)))

    def text_or_none(key: str) -> str | None:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be text", source, doc.line((key,)))
        return value

    published_from = text_or_none("published_from")
    if published_from is not None and published_from not in PUBLISHED_FROM:
        raise InputError(f"'published_from' must be one of: {', '.join(PUBLISHED_FROM)}", source,
                         doc.line(("published_from",)))
    files = meta.get("source_files") or []
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise InputError("'source_files' must be a list of file names", source, doc.line(("source_files",)))
    return Article(id=meta["id"], title=meta["title"], body=article_body(text),
                   published=day("published"), published_from=published_from,
                   publisher=text_or_none("publisher"), url=text_or_none("url"), captured=day("captured"),
                   language=text_or_none("language"), source_files=tuple(files),
                   reviewed=meta.get("reviewed") is True)


def article_body(text: str) -> str:
    """The Markdown after the front matter, for a file parse_article has already accepted."""
    end = text.find("\n---", 3)
    return text[end + 4:].strip() if text.startswith("---") and end >= 0 else text.strip()


def iter_article_files(root: Path) -> list[Path]:
    return [Path(path) for path, _ in scan_files(root, ".md")]


def read_articles(root: Path) -> list[Article]:
    articles = []
    seen: dict[str, Path] = {}
    for path in iter_article_files(root):
        article = parse_article(read_text(path), str(path))
        if article.id in seen:
            raise InputError(f"duplicate article id '{article.id}' (also in {seen[article.id]})", str(path))
        seen[article.id] = path
        articles.append(article)
    return articles


def read_text(path: Path | str) -> str:
    try:
        text = read_bytes(path).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None
    # Newlines as a text-mode read gives them: an article saved on Windows reads the same.
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and a rename: a killed run leaves the old file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
