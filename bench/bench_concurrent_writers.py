"""Eight processes adding contracts to one SQLite file at once, against bare sqlite3 inserts.

Each process makes its adds as ``contract-desk add`` does (the CLI's own
``run``: open the register, add in one write transaction, close), all started
together at a barrier. The baseline: the same number of processes, each
inserting the same number of rows with a bare ``sqlite3`` script (a connection
per insert, ``BEGIN IMMEDIATE``, WAL, ``synchronous=FULL``, a busy timeout).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from bench.registry import BenchContext, Measure, benchmark

PROCESSES = 8
FULL_ADDS = 200
#: Below this register size (test runs of the runner) each process adds fewer.
FULL_SIZE = 10_000
SMALL_ADDS = 10


def _cli_adds(target: str, number: int, adds: int, barrier: Any, results: Any) -> None:
    from contract_desk.cli import run

    failures = 0
    barrier.wait(timeout=600)
    for index in range(adds):
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            code = run(["--db", target, "add", "--reference", f"B{number}-{index}",
                        "--title", f"Bench {number}-{index}", "--end", "2027-06-30"])
        failures += code != 0
    results.put(failures)


def _raw_adds(target: str, number: int, adds: int, barrier: Any, results: Any) -> None:
    failures = 0
    barrier.wait(timeout=600)
    for index in range(adds):
        try:
            connection = sqlite3.connect(target, isolation_level=None, timeout=5)
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO contract_raw VALUES (?, ?, ?, ?)",
                               (str(uuid.uuid4()), f"B{number}-{index}",
                                f"Bench {number}-{index}", "2027-06-30"))
            connection.execute("COMMIT")
            connection.close()
        except sqlite3.Error:
            failures += 1
    results.put(failures)


def _race(body: Any, target: str, adds: int) -> tuple[float, int]:
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(PROCESSES + 1), context.Queue()
    workers = [context.Process(target=body, args=(target, n, adds, barrier, results))
               for n in range(PROCESSES)]
    for worker in workers:
        worker.start()
    barrier.wait(timeout=600)
    started = time.perf_counter()
    failures = sum(results.get(timeout=3600) for _ in workers)
    seconds = time.perf_counter() - started
    for worker in workers:
        worker.join(timeout=60)
    return seconds, failures


@benchmark
def concurrent_writers(context: BenchContext) -> list[Measure]:
    """Wall time and failures of 8 processes adding at once, against bare sqlite3."""
    from contract_desk.storage import open_register

    adds = FULL_ADDS if context.size >= FULL_SIZE else SMALL_ADDS
    target = context.workdir / "concurrent.sqlite3"
    open_register(target).close()
    seconds, failures = _race(_cli_adds, str(target), adds)
    raw = context.workdir / "concurrent-raw.sqlite3"
    with contextlib.closing(sqlite3.connect(raw)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE contract_raw (uid TEXT PRIMARY KEY, reference TEXT,"
                           " title TEXT NOT NULL, end_date TEXT)")
    raw_seconds, raw_failures = _race(_raw_adds, str(raw), adds)
    Path(target).unlink(missing_ok=True)
    about = (f"{PROCESSES} processes x {adds} `contract-desk add`s (the CLI's own code: open, "
             f"add in one write transaction, close), started together, on one SQLite file. "
             f"Baseline: the same processes inserting the same rows with a bare sqlite3 script "
             f"(BEGIN IMMEDIATE, one connection per insert); it had {raw_failures} failures.")
    if failures:  # the promise is zero: a failed add fails the benchmark run
        raise RuntimeError(f"{failures} of {PROCESSES * adds} concurrent adds failed")
    return [Measure("concurrent_writers", seconds, "s", baseline=raw_seconds,
                    about=about + " Every add worked (any failure fails the run).")]
