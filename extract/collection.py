"""Fewer garbage collections while an article is extracted: ``fewer_collections``.

Extraction allocates many short-lived containers (tokens, words, tuples) beside a large heap
that lives as long as the process (HanTa's model, the lexicons, the per-word caches). At
Python's default threshold (a young-generation collection every 700 new containers) the
collector ran 390 young, 35 middle and 3 full collections over the 150 Wikinews dev texts
(~0.12 s CPU of ~3.3 s, most of it in the full passes over the long-lived heap). While the
package is imported (its modules build patterns and tables) and while an article is extracted,
the young generation is collected every 10,000 allocations instead (the older ones follow from
it, as usual: 95/9/0 collections, ~0.04 s); the host's threshold is restored when the last
block running ends. What is collected, and when, never changes what is extracted.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000  # new containers between two young-generation collections
_lock = threading.Lock()
_running = 0  # extractions inside fewer_collections (threads of the dashboard, nested calls)
_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections():
    """Raise the young-generation threshold for the time of the block (also a decorator). A
    threshold of 0 (collection switched off) or one above ours is left as it is."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < YOUNG_THRESHOLD:
                gc.set_threshold(YOUNG_THRESHOLD, *_saved[1:])
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_saved)


def keep_out_of_collections() -> None:
    """Take every object alive now out of the collector's reach (gc.freeze), once a large heap
    that lives as long as the process has been built: HanTa's German model (~43,000 dicts and
    lists, large tables among them), which each full collection would otherwise walk again (~0.08 s CPU, ~2% of a
    dev-set run, for the one full collection of a dev-set run). Reference counting still frees
    what is dropped; only cycles among the objects frozen are never collected: the garbage of
    that one moment, a bounded amount once per process."""
    gc.freeze()
