"""The build cache: what each input gave last time, keyed by the input's size and mtime.

Kept in .cache/digest/ (git-ignored) next to the config. A missing, unreadable or outdated cache
is a cold build, never an error: the cache only ever saves work, and the output of a build
that used it is byte-identical to a cold one.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from generator.fileio import Stat
from generator.records import Article, Event, Message

CACHE_VERSION = 2

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
    stamp: str = ""  # every input's stat when the last build finished
    site: str = ""  # the output folder that build wrote (output.site_identity)


def cache_dir(project: Path) -> Path:
    return project / ".cache" / "digest"


def load_state(project: Path, fingerprint: str) -> BuildState:
    path = cache_dir(project) / "state.pickle"
    try:
        with path.open("rb") as handle:
            version, state = pickle.load(handle)
    except Exception:  # noqa: BLE001 - any unreadable cache is simply a cold build
        return BuildState(fingerprint=fingerprint)
    if version != CACHE_VERSION or not isinstance(state, BuildState) or state.fingerprint != fingerprint:
        return BuildState(fingerprint=fingerprint)
    return state


def save_state(project: Path, state: BuildState) -> None:
    """The state, then the stamp file that lets the next build stop early without reading it."""
    folder = cache_dir(project)
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / ".gitignore").write_text("*\n", encoding="utf-8")
    _replace(folder / "state.pickle", pickle.dumps((CACHE_VERSION, state), protocol=pickle.HIGHEST_PROTOCOL))
    stamp = [CACHE_VERSION, state.fingerprint, state.stamp, state.site]
    _replace(folder / "stamp.json", json.dumps(stamp).encode("utf-8"))


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
