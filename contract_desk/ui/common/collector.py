"""Python's garbage collector runs on the GUI thread only, from a timer.

A Qt object must be destroyed on its own thread. With automatic collection, any
thread that allocates may run the collector: a background read (a QueryOp in the
thread pool) once collected a closed widget caught in a reference cycle, so its
``QObject`` destructor ran there, took Qt's signal lock and waited for the GIL,
while the GUI thread held the GIL and waited for that lock — the window froze.
So automatic collection is off while the window runs, and a timer on the GUI
thread does the same work: each tick collects the oldest generation whose count
passed its threshold, as the automatic collector would.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

from contract_desk.gc_pause import pausing

log = logging.getLogger(__name__)

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 1000


def collect_due() -> int | None:
    """Collect the oldest generation past its threshold; which one (None: none was due).

    Nothing while a worker builds a large listing or import (``gc_pause``): walking
    its growing objects would hold the GIL it needs, for nothing that is garbage.
    """
    if pausing():
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return None


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a timer on the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._collect)
        self._timer.start(interval_ms)

    def _collect(self) -> None:
        collect_due()

    def stop(self) -> None:
        """Automatic collection again (the window is gone), of everything."""
        self._timer.stop()
        gc.unfreeze()  # what a large register's load froze (ui/shell/memory.py)
        gc.enable()


__all__ = ["GuiThreadCollector", "collect_due"]
