"""Writing the site: into a fresh folder beside the target, then swapped in whole.

A build that fails half-way leaves the previous site as it was; a reader never sees a mix.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from generator.errors import DigestError

SITE_MARKER = ".digest-site"


class SiteWriter:
    """A staging folder beside the target: fill it, then `commit()` swaps it in whole.

    Unchanged pages can be hard-linked from the current site instead of written again."""

    def __init__(self, target: Path):
        self.target = target.resolve()
        if self.target.exists() and any(self.target.iterdir()) and not (self.target / SITE_MARKER).exists():
            raise DigestError("refusing to replace a folder that digest did not build "
                              f"(no {SITE_MARKER} in it); choose an empty or new --out", str(self.target))
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=self.target.parent))
        self._folders: set[str] = set()

    def path(self, relative: str) -> Path:
        parts = relative.split("/")
        if relative.startswith("/") or "\\" in relative or "\0" in relative or any(p in ("", ".", "..") for p in parts):
            raise DigestError(f"page path escapes the output folder: {relative!r}")
        return self.staging / relative

    def write(self, relative: str, content: str | bytes) -> None:
        path = str(self.path(relative))
        self._folder_of(path)
        data = memoryview(content if isinstance(content, bytes) else content.encode("utf-8"))
        # os.write rather than open(): a buffered file costs an fstat, an ioctl and an lseek more
        # per page, and a build writes ten thousand.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            while data:
                data = data[os.write(fd, data):]
        finally:
            os.close(fd)

    def reuse(self, relative: str) -> bool:
        """Link the current site's copy of a page that has not changed; False if there is none."""
        path = str(self.path(relative))
        current = os.path.join(self.target, relative)
        self._folder_of(path)
        try:
            os.link(current, path)
        except FileNotFoundError:
            return False
        except OSError:  # another file system, or links not allowed: copy instead
            if not os.path.isfile(current):
                return False
            shutil.copy2(current, path)
        return True

    def _folder_of(self, path: str) -> None:
        """Make the folder a page goes in, once per folder: ten thousand pages share a handful."""
        folder = os.path.dirname(path)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)

    def commit(self, finish: Callable[[Path], None] | None = None) -> None:
        """finish(staging folder) runs last, before the swap (the search index is built there)."""
        self.write(SITE_MARKER, "built by digest; replaced whole on every build\n")
        if finish is not None:
            finish(self.staging)
        retired = None
        if self.target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
            retired.rmdir()
            self.target.rename(retired)
        self.staging.rename(self.target)
        if retired is not None:
            _delete_detached(retired)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _delete_detached(folder: Path) -> None:
    """Delete the retired site in a detached grandchild: the new site is already in place, and
    unlinking ~10,000 pages would otherwise be a third of a one-article rebuild. Without fork,
    here and now."""
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    child = os.fork()
    if child == 0:
        try:
            if os.fork() == 0:
                # Off the caller's pipes: a caller reading our output must not wait for this.
                devnull = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(devnull, fd)
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            os._exit(0)
    os.waitpid(child, 0)


def write_site(files: dict[str, str | bytes], target: Path,
               finish: Callable[[Path], None] | None = None) -> None:
    """All files at once; if anything fails, including finish, the previous site stays."""
    writer = SiteWriter(target)
    try:
        for relative, content in sorted(files.items()):
            writer.write(relative, content)
        writer.commit(finish=finish)
    except BaseException:
        writer.abandon()
        raise


def site_identity(target: Path) -> str:
    """Which build the folder holds: its marker file's path, size and mtime (None if not ours)."""
    try:
        info = (target / SITE_MARKER).stat()
    except OSError:
        return ""
    return f"{target.resolve()}:{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"
