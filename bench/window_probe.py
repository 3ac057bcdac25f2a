"""Run in a subprocess by bench_window: open the main window on a register and time it.

Prints one JSON object. A separate process, so its memory is the window's own
and not the benchmark runner's (which generated the demo register). With
``--with-reminders`` the reminders then start as the app starts them (a check of
the register at once) and the memory is measured again once that check is done.
The core is imported before Qt, in the order the app's entry point imports them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# As `contract-desk` starts: its command line (the core, SQLAlchemy) before Qt.
# Imported after Qt, every later module costs more memory (about 11 MB in all).
import contract_desk.cli  # noqa: F401

# isort: split
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

KEYSTROKES = ["n", "no", "nor", "nord", "nordl", "nordly", "nordlys"]


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_until(app: QApplication, done: object, timeout: float = 600.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish loading")


def main() -> None:
    # A register file, or a team register's URL (bench_team).
    target, today = sys.argv[1], date.fromisoformat(sys.argv[2])
    app = QApplication([])
    start = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QTableView())
    bare.show()
    app.processEvents()
    bare_seconds = time.perf_counter() - start
    bare.close()

    from contract_desk.domain import clock
    from contract_desk.storage import open_register
    from contract_desk.ui.shell.main_window import MainWindow

    clock.local_today = lambda: today  # the same day the demo register was made for
    register = open_register(target)
    start = time.perf_counter()
    window = MainWindow(register)
    window.show()
    app.processEvents()
    interactive = time.perf_counter() - start
    wait_until(app, lambda: window.model.total_count() > 0)
    loaded = time.perf_counter() - start
    count = window.model.total_count()

    typing = []
    for text in KEYSTROKES:
        t0 = time.perf_counter()
        window.model.set_filter(search=text)
        typing.append(time.perf_counter() - t0)
    matches = window.model.rowCount()
    window.model.set_filter(search="")
    haystacks = [item.haystack for item in window.model.all_items()]
    t0 = time.perf_counter()
    for text in KEYSTROKES:
        [i for i, h in enumerate(haystacks) if text in h]
    plain_filter = (time.perf_counter() - t0) / len(KEYSTROKES)

    value = window.model.column_index("value")
    t0 = time.perf_counter()
    window.model.sort(value, Qt.SortOrder.DescendingOrder)
    sort_seconds = time.perf_counter() - t0
    values = [item.row.value for item in window.model.all_items()]
    t0 = time.perf_counter()
    sorted((v for v in values if v is not None), reverse=True)
    plain_sort = time.perf_counter() - t0

    shown_mb = rss_mb()
    del haystacks, values
    checked_mb = None
    if "--with-reminders" in sys.argv[3:]:
        # As the app does once the register is shown (ui.shell.app.start_reminders),
        # notifications going nowhere (no desktop session): the memory the app keeps.
        window.reminders.start()
        wait_until(app, lambda: not window.reminders.controller.busy)
        for _ in range(50):
            app.processEvents()
            time.sleep(0.01)
        checked_mb = rss_mb()

    print(json.dumps({
        "contracts": count, "bare_window": bare_seconds, "interactive": interactive,
        "loaded": loaded, "keystroke_worst": max(typing),
        "keystroke_mean": sum(typing) / len(typing),
        "plain_filter": plain_filter, "matches": matches, "sort": sort_seconds,
        "plain_sort": plain_sort, "rss_mb": shown_mb, "rss_checked_mb": checked_mb,
    }))
    window.reminders.shutdown()
    window.detail.dirty = False
    window.close()
    register.close()


if __name__ == "__main__":
    main()
