"""The machine's own speed: two fixed workloads, the same on every run and every size.

Goals in seconds (``window_loaded`` under 2 s, a screenful under 16 ms) depend on
the machine as much as on the code, and a Python-heavy measure moves more than its
C-heavy baseline when the machine is slower. These two yardsticks let a reader
compare two runs of ``docs/performance.md`` made on different machines: when they
took twice as long, so did everything else that did not change.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from bench.registry import BenchContext, Measure, benchmark
from bench.support import best_of

#: Fixed, whatever ``--size`` says: the yardsticks compare machines, not registers.
DAYS = 200_000
ROWS = 100_000


def python_work() -> int:
    """Pure Python of the kind the listing and the reminder check run: ISO days parsed
    and compared, tuples built, a dict filled and looked up, a sort."""
    start = date(2000, 1, 1)
    texts = [(start + timedelta(days=i % 20_000)).isoformat() for i in range(DAYS)]
    seen: dict[str, date] = {}
    rows = []
    for number, text in enumerate(texts):
        day = seen.get(text)
        if day is None:
            day = seen[text] = date.fromisoformat(text)
        rows.append((day, number % 97, text[:4], number))
    rows.sort()
    return sum(1 for row in rows if row[0].month == 2 and row[1] < 50)


def sqlite_work() -> int:
    """SQLite in C: rows inserted into an indexed table in memory, then read back whole."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT, n INTEGER, s TEXT)")
        connection.execute("CREATE INDEX t_day ON t (day)")
        connection.executemany("INSERT INTO t (day, n, s) VALUES (?, ?, ?)", (
            (f"20{i % 100:02d}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", i, f"text {i % 1000}")
            for i in range(ROWS)))
        return len(connection.execute("SELECT * FROM t ORDER BY day").fetchall())
    finally:
        connection.close()


@benchmark
def machine_speed(context: BenchContext) -> list[Measure]:
    """Time the two yardsticks (best of at least 3: they are short)."""
    repeat = max(3, context.repeat)
    python = best_of(repeat, python_work)
    database = best_of(repeat, sqlite_work)
    return [
        Measure("machine_python", python, "s", about=(
            f"A fixed pure-Python workload ({DAYS:,} ISO days parsed once each through a "
            "dict, tuples built and sorted; the same at every size). No goal: it says how "
            "fast this machine runs the interpreter, to compare runs made on different "
            "machines.")),
        Measure("machine_sqlite", database, "s", baseline=python, about=(
            f"A fixed SQLite workload in C ({ROWS:,} rows inserted into an indexed table "
            "in memory and read back in index order). Baseline: machine_python. When this "
            "ratio moves between two runs, Python-heavy measures moved against their "
            "C-heavy baselines for the machine's sake, not the code's.")),
    ]
