"""The build cache: what each input gave last time, keyed by the input's size and mtime.

Kept in .cache/digest/ (git-ignored) next to the config. A missing, unreadable or outdated cache
is a cold build, never an error: the cache only ever saves work, and the output of a build
that used it is byte-identical to a cold one.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from generator.fileio import Stat
from generator.records import Article, Event, Message

CACHE_VERSION = 3
# marshal's format belongs to one Python version; a cache written by another is a cold build.
_FORMAT = f"digest-{CACHE_VERSION}-python-{sys.version_info[0]}.{sys.version_info[1]}"

@dataclass
class CaptureEntry:
    """A raw capture: the articles it gave (ids and dedup keys) or why it gave none."""

    stat: Stat
    articles: tuple[tuple[str, tuple[str, ...]], ...]  # (article id, its dedup keys)
    rejections: tuple[str, ...]
    duplicates: int


@dataclass
class ArticleEntry:
    """An article file: its metadata (no body) and what extraction found in it."""

    stat: Stat
    meta: Article
    messages: tuple[Message, ...]
    events: tuple[Event, ...]


@dataclass
class BuildState:
    fingerprint: str = ""  # code and config: when it changes, nothing cached is trusted
    captures: dict[str, CaptureEntry] = field(default_factory=dict)
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)  # article or message page path -> its inputs' hash
    listing: tuple[str, tuple[str, ...]] = ("", ())  # the listing's inputs' hash, and its pages
    # The articles' findings' hash, the message files after they were synced, and what merging and
    # syncing gave (messages, events, counts): when both are the same again, there is nothing to do.
    synced: tuple[str, tuple[tuple[str, Stat], ...], tuple[Message, ...], tuple[Event, ...], dict[str, int]] = (
        "", (), (), (), {})
    stamp: str = ""  # every input's stat when the last build finished
    site: str = ""  # the output folder that build wrote (output.site_identity)


def cache_dir(project: Path) -> Path:
    return project / ".cache" / "digest"


def load_state(project: Path, fingerprint: str) -> BuildState:
    try:
        state = _decode(marshal.loads((cache_dir(project) / "state.bin").read_bytes()))
    except Exception:  # noqa: BLE001 - any unreadable cache is simply a cold build
        return BuildState(fingerprint=fingerprint)
    return state if state.fingerprint == fingerprint else BuildState(fingerprint=fingerprint)


def save_state(project: Path, state: BuildState) -> None:
    """The state, then the stamp file that lets the next build stop early without reading it."""
    folder = cache_dir(project)
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / ".gitignore").write_text("*\n", encoding="utf-8")
    _replace(folder / "state.bin", marshal.dumps(_encode(state)))
    stamp = [CACHE_VERSION, state.fingerprint, state.stamp, state.site]
    _replace(folder / "stamp.json", json.dumps(stamp).encode("utf-8"))


# The state as tuples, strings and numbers, for marshal: loading and saving 10,000 entries this
# way takes a third of the time pickling the dataclasses does, on every incremental build.
_ARTICLE_FIELDS = tuple(Article.__dataclass_fields__)
_DATES = tuple(i for i, name in enumerate(_ARTICLE_FIELDS) if name in ("published", "captured"))


def _encode(state: BuildState) -> tuple[Any, ...]:
    captures = {k: (e.stat, e.articles, e.rejections, e.duplicates) for k, e in state.captures.items()}
    articles = {k: (e.stat, _encode_article(e.meta),
                    pickle.dumps((e.messages, e.events)) if e.messages or e.events else None)
                for k, e in state.articles.items()}
    return (_FORMAT, state.fingerprint, captures, articles, state.pages, state.listing,
            pickle.dumps(state.synced), state.stamp, state.site)


def _decode(data: tuple[Any, ...]) -> BuildState:
    if data[0] != _FORMAT:
        raise ValueError("a cache of another version")
    _, fingerprint, captures, articles, pages, listing, synced, stamp, site = data
    return BuildState(
        fingerprint=fingerprint,
        captures={k: CaptureEntry(*entry) for k, entry in captures.items()},
        articles={k: ArticleEntry(stat, _decode_article(meta), *(pickle.loads(found) if found else ((), ())))
                  for k, (stat, meta, found) in articles.items()},
        pages=pages, listing=listing, synced=pickle.loads(synced), stamp=stamp, site=site)


def _encode_article(article: Article) -> tuple[Any, ...]:
    values = [getattr(article, name) for name in _ARTICLE_FIELDS]
    for i in _DATES:
        values[i] = values[i] and values[i].toordinal()
    return tuple(values)


def _decode_article(values: tuple[Any, ...]) -> Article:
    values = list(values)
    for i in _DATES:
        values[i] = values[i] and dt.date.fromordinal(values[i])
    return Article(*values)


def load_stamp(project: Path) -> tuple[str, str, str] | None:
    """(fingerprint, inputs' stamp, site identity) of the last finished build, if any."""
    try:
        version, fingerprint, stamp, site = json.loads((cache_dir(project) / "stamp.json").read_bytes())
    except Exception:  # noqa: BLE001 - no stamp, or an unreadable one: not known to be up to date
        return None
    return (fingerprint, stamp, site) if version == CACHE_VERSION and stamp else None


def _replace(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def hash_texts(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\x1f")
    return digest.hexdigest()


def code_fingerprint() -> str:
    """The generator's own source: new rules or templates of the package change every result."""
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".json"))
    return hash_texts(p.relative_to(package).as_posix().encode() + b"\0" + p.read_bytes() for p in files)


def tree_stamp(files: list[tuple[str, Stat | None]]) -> str:
    """Files by path, size and mtime: equal stamps mean nothing was touched."""
    return hashlib.sha256(repr(files).encode("utf-8", "surrogateescape")).hexdigest()
