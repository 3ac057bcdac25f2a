"""Handing memory back to the OS after loading a large register."""

from __future__ import annotations

import gc

from contract_desk.heap import return_free_pages


def release_free_memory() -> None:
    """Collect garbage, freeze what survives and return freed heap pages to the OS.

    Loading 100,000 contracts builds many short-lived objects; without this the
    process keeps their pages resident although Python no longer uses them.
    The window does these steps apart, where each costs least (see ``MainWindow.reload``).
    """
    collect_what_loads_kept()
    freeze_survivors()
    return_free_pages()


def collect_what_loads_kept() -> None:
    """Unfreeze what earlier large loads froze, and collect what of it is garbage now."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def freeze_survivors() -> None:
    """Leave every object alive now out of later collections (``gc.freeze``).

    Each full collection walked the register's rows, about 0.4 s with 100,000
    contracts on the GUI thread, whenever the collector's timer found one due
    (``ui/common/collector.py``); and right after a load the young rows were walked
    by up to three collections in turn. Frozen, they are walked by none; the next
    large load collects them again first (``collect_what_loads_kept``), so what
    one load kept and is garbage later is still collected.
    """
    gc.freeze()


__all__ = ["collect_what_loads_kept", "freeze_survivors", "release_free_memory",
           "return_free_pages"]
