"""Writing the site: into a fresh folder beside the target, then swapped in whole.

A build that fails half-way leaves the previous site as it was; a reader never sees a mix.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable

from generator.errors import DigestError

SITE_MARKER = ".digest-site"


def write_site(files: dict[str, str | bytes], target: Path,
               finish: Callable[[Path], None] | None = None) -> None:
    """finish(staging folder) runs after every file is written and before the swap (the search
    index is built there); if it fails, the previous site stays."""
    target = target.resolve()
    if target.exists() and any(target.iterdir()) and not (target / SITE_MARKER).exists():
        raise DigestError("refusing to replace a folder that digest did not build "
                          f"(no {SITE_MARKER} in it); choose an empty or new --out", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for relative, content in sorted(files.items()):
            path = staging / relative
            if staging not in path.resolve().parents:
                raise DigestError(f"page path escapes the output folder: {relative!r}")
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="\n")
        (staging / SITE_MARKER).write_text("built by digest; replaced whole on every build\n", encoding="utf-8")
        if finish is not None:
            finish(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = None
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        retired.rmdir()
        target.rename(retired)
    staging.rename(target)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
