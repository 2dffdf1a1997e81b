"""A progress line on a terminal, shown only once a run has taken a couple of seconds."""
from __future__ import annotations

import sys
import time
from typing import TextIO

SHOW_AFTER_SECONDS = 2.0
REDRAW_EVERY_SECONDS = 0.1


class Progress:
    def __init__(self, label: str, total: int, stream: TextIO | None = None):
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.done = 0
        self.drawn = False

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < SHOW_AFTER_SECONDS or now - self.last_draw < REDRAW_EVERY_SECONDS:
            return
        self.last_draw = now
        share = self.done / self.total if self.total else 1.0
        width = 30
        bar = "#" * int(share * width)
        self.stream.write(f"\r{self.label} [{bar:<{width}}] {self.done}/{self.total} ({share:.0%})")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()
