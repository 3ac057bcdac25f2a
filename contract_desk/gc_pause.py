"""Pausing Python's cyclic garbage collector while an import or a listing builds many objects.

An import of 100,000 rows keeps every row, its parsed values and its pending
database row alive until the end; a listing of 100,000 contracts keeps every
row it made. Each time the collector's thresholds trip it
walks all of them, so its cost grows with the square of the file: at 100,000
rows it was most of the import's time, and none of those objects is garbage.
Reference counting still frees everything that is not in a cycle; the
collector runs again (and catches up) when the last pause ends.

Pauses nest and may overlap across threads (the window imports and lists in a
worker thread): the collector is enabled again only when the last one ends, and
only if it was enabled when the first began. The window's own collector, a
timer on the GUI thread (``ui/common/collector.py``), waits while any pause
lasts (:func:`pausing`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the body without cyclic garbage collection (reference counting still frees)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def pausing() -> bool:
    """Whether a pause is under way (in any thread)."""
    return _depth > 0
