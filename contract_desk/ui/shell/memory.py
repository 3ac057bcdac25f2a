"""Handing memory back to the OS after loading a large register."""

from __future__ import annotations

import ctypes
import gc
import sys


def release_free_memory() -> None:
    """Collect garbage and return freed heap pages to the OS (glibc's malloc_trim).

    Loading 100,000 contracts builds many short-lived objects; without this the
    process keeps their pages resident although Python no longer uses them.
    Windows and macOS return such pages by themselves, so this is Linux-only.

    What survives the collection (the register's rows, the window) is then frozen
    (``gc.freeze``): left out of every later collection. Each full collection
    walked all of it, about 0.4 s with 100,000 contracts on the GUI thread,
    whenever the collector's timer found one due (``ui/common/collector.py``);
    now it walks only what was made since. The next large load unfreezes first,
    so what an earlier load kept and is garbage now is still collected.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to do
        return
