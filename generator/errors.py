"""Errors that stop a run: each prints as one line naming the file (and line) and exits non-zero."""
from __future__ import annotations

import click


class DigestError(click.ClickException):
    """A failure the user can act on; click prints it as 'Error: ...' with no traceback."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class InputError(DigestError):
    """Bad content or configuration: the run cannot go on (exit code 2, like a usage error)."""

    exit_code = 2
