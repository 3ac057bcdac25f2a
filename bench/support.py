"""What several benchmarks need: timing, the shared demo register, raw SQLite baselines."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.registry import BenchContext
from contract_desk.services.demo.generate import DemoSummary, generate_demo
from contract_desk.services.register.key_dates_store import store_key_dates
from contract_desk.storage import open_register

DEMO_KEY = "demo_register"
DEMO_SEED = 1
#: The tables the demo fills, parents first (foreign keys stay satisfied).
DEMO_TABLES = ("party", "contract", "audit_event", "obligation")


@dataclass(frozen=True)
class DemoRegister:
    """The demo register of this run and how long it took to make."""

    path: Path
    seconds: float
    summary: DemoSummary
    #: Storing every contract's key dates once after generating (``refresh_key_dates``),
    #: as the window's first reminder check does: what listing then reads.
    key_dates_seconds: float = 0.0


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timed runs of ``action``, in seconds."""
    timings = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def demo_register(context: BenchContext) -> DemoRegister:
    """The run's demo register of ``context.size`` contracts, generated once."""
    return context.shared(DEMO_KEY, lambda: _generate(context))


def _generate(context: BenchContext) -> DemoRegister:
    path = context.workdir / "demo.sqlite3"
    register = open_register(path)
    try:
        start = time.perf_counter()
        with register.transaction() as session:
            summary = generate_demo(session, count=context.size, seed=DEMO_SEED,
                                    today=context.today)
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        store_key_dates(register, context.today)  # as the reminder check stores them
        key_dates_seconds = time.perf_counter() - start
    finally:
        register.close()
    return DemoRegister(path, seconds, summary, key_dates_seconds)


def connection_pragmas(path: Path) -> dict[str, object]:
    """The pragmas the app's own connections to ``path`` run with."""
    register = open_register(path)
    try:
        with register.engine.connect() as connection:
            names = ("journal_mode", "synchronous", "foreign_keys", "cache_size")
            return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in names}
    finally:
        register.close()


def raw_insert_seconds(source: Path, target: Path,
                       tables: tuple[str, ...] = DEMO_TABLES) -> float:
    """Time ``sqlite3.executemany`` writing ``source``'s rows of ``tables`` into an empty copy.

    The copy has the same tables, indexes and constraints and runs with the
    same pragmas as the app's connections; reading the rows is not timed.
    """
    with sqlite3.connect(source) as reader:
        schema = [sql for (sql,) in reader.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            " ORDER BY type = 'index'")]
        rows = {table: reader.execute(f"SELECT * FROM {table}").fetchall()
                for table in tables}
    pragmas = connection_pragmas(source)
    writer = sqlite3.connect(target, isolation_level=None)
    try:
        for name, value in pragmas.items():
            writer.execute(f"PRAGMA {name}={value}")
        for sql in schema:
            writer.execute(sql)
        start = time.perf_counter()
        writer.execute("BEGIN")
        for table, table_rows in rows.items():
            if table_rows:
                marks = ",".join("?" * len(table_rows[0]))
                writer.executemany(f"INSERT INTO {table} VALUES ({marks})", table_rows)
        writer.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        writer.close()


def remove_register(path: Path) -> None:
    """Delete the register file ``path`` and its WAL files, those that exist."""
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def copy_register(source: Path, target: Path) -> Path:
    """``target``, a consistent copy of the register file ``source`` (SQLite's backup),
    any earlier copy there and its WAL files removed first."""
    remove_register(target)
    with sqlite3.connect(source) as reader, sqlite3.connect(target) as writer:
        reader.backup(writer)
    reader.close()
    writer.close()
    return target
