"""One article's extraction under a time limit: a text on which a rule backtracks without end must
cost that article its findings, not stall the whole run (a capture once took over ten minutes)."""
from __future__ import annotations

import signal
import threading
from typing import TYPE_CHECKING

from generator.extract.article import extract_article

if TYPE_CHECKING:
    from generator.extract.leaders import LeaderIndex
    from generator.records import Article, Extraction

SECONDS = 20.0  # the slowest real article takes ~0.05 s


class _OutOfTime(Exception):
    pass


def extract_in_time(article: Article, index: LeaderIndex, seconds: float = SECONDS) -> Extraction | None:
    """The article's findings, or None when the rules took longer than seconds: the caller reports
    it. The limit holds where a timer signal reaches the main thread (POSIX); elsewhere there is none."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return extract_article(article, index)

    def expire(signum, frame):
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return extract_article(article, index)
    except _OutOfTime:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def out_of_time_warning(where: str) -> str:
    return f"warning: {where}: extraction stopped after {SECONDS:.0f} s; no messages taken from it"
