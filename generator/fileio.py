"""Reading input files without touching their access times.

A build reads every capture and article; on Linux the first read after a file changes also
rewrites its inode to update the access time, which on this kind of disk costs more than the read.
"""
from __future__ import annotations

import os
from pathlib import Path

_NOATIME = getattr(os, "O_NOATIME", 0)


def read_bytes(path: Path | str) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | _NOATIME)
    except PermissionError:  # O_NOATIME needs the file's owner; anyone else reads it plainly
        fd = os.open(path, os.O_RDONLY)
    with open(fd, "rb") as handle:
        return handle.read()
