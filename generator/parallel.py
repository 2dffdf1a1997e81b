"""Both cores for the work that splits into independent items: parsing, extraction, pages.

Workers are forked after the parent has set the shared context (config, renderer, folders), so
nothing large is pickled to them; each item and its result cross the process boundary once.
Small batches run in the parent: a pool costs more to start than they take.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

CONTEXT: dict[str, Any] = {}


def inline_below() -> int:
    return int(os.environ.get("DIGEST_INLINE_BELOW", "48"))


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, int(os.environ.get("DIGEST_WORKERS", "0")) or os.cpu_count() or 1))


def will_fork(count: int) -> bool:
    """Whether parallel_map would hand count items to worker processes rather than run them here:
    what the workers need is then best made before, once, and inherited."""
    return workers() > 1 and count >= inline_below() and "fork" in multiprocessing.get_all_start_methods()


def parallel_map(function: Callable[[Item], Result], items: Iterable[Item], context: dict[str, Any],
                 ordered: bool = True, meanwhile: Callable[[], None] | None = None) -> Iterator[Result]:
    """function over items with CONTEXT set to context, results in the items' order.
    meanwhile: work for this process while the workers start on the items (it runs first when
    there are no workers), so that no core waits on it."""
    items = list(items)
    CONTEXT.clear()
    CONTEXT.update(context)
    if not will_fork(len(items)):
        if meanwhile is not None:
            meanwhile()
        yield from map(function, items)
        return
    count = workers()
    chunk = max(1, min(64, len(items) // (count * 8)))
    with multiprocessing.get_context("fork").Pool(count) as pool:
        mapper = pool.imap if ordered else pool.imap_unordered
        results = mapper(function, items, chunksize=chunk)
        if meanwhile is not None:
            meanwhile()
        yield from results
