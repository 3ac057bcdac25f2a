"""What several benchmarks need: timing, the shared demo register, raw SQLite baselines."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL

from bench.registry import BenchContext
from contract_desk.models import Alert
from contract_desk.services.demo.generate import DemoSummary, generate_demo
from contract_desk.services.register.key_dates_store import store_key_dates
from contract_desk.services.reminders.actions import acknowledge_many
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register, open_register

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
    writes = [(f"INSERT INTO {table} VALUES ({','.join('?' * len(table_rows[0]))})",
               table_rows) for table, table_rows in rows.items() if table_rows]
    return _timed_writes(target, connection_pragmas(source), writes, schema=schema)


def _timed_writes(target: Path, pragmas: dict[str, object],
                  writes: list[tuple[str, list[tuple[object, ...]]]], *,
                  schema: Sequence[str] = (), begin: str = "BEGIN") -> float:
    """Seconds bare ``sqlite3`` takes to make ``writes`` (``executemany`` each) in one
    transaction on ``target``, with ``pragmas`` and after ``schema``'s statements."""
    writer = sqlite3.connect(target, isolation_level=None)
    try:
        for name, value in pragmas.items():
            writer.execute(f"PRAGMA {name}={value}")
        for sql in schema:
            writer.execute(sql)
        start = time.perf_counter()
        writer.execute(begin)
        for statement, rows in writes:
            writer.executemany(statement, rows)
        writer.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        writer.close()


def raw_change_seconds(before: Path, after: Path, target: Path,
                       repeat: int = 1) -> tuple[float, dict[str, int]]:
    """Time bare ``sqlite3`` making exactly the change from ``before`` to ``after``.

    ``target`` becomes a copy of ``before`` (again for each of ``repeat`` runs, the
    best kept); every row ``after`` has that it has not is inserted, every row it
    lacks is deleted, and every row that differs is updated in the columns that
    differ alone (one ``executemany`` per table and set of columns), in one
    transaction begun IMMEDIATE and committed, with the pragmas of the app's
    connections (its WAL and its automatic checkpoints included). Finding the
    change is not timed. Returns the seconds and the rows written per table.
    """
    pragmas = connection_pragmas(after)  # the app's (opening a copy to ask would upgrade it)
    writes: list[tuple[str, list[tuple[object, ...]]]] = []
    counts: dict[str, int] = {}
    reader = sqlite3.connect(f"{before.resolve().as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("ATTACH DATABASE ? AS after", (f"{after.resolve().as_uri()}?mode=ro",))
        tables = [name for (name,) in reader.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            found = _table_change(reader, table)
            counts[table] = sum(len(rows) for _, rows in found)
            writes.extend(found)
    finally:
        reader.close()
    best = min(_timed_writes(copy_register(before, target), pragmas, writes,
                             begin="BEGIN IMMEDIATE") for _ in range(max(1, repeat)))
    return best, {name: count for name, count in counts.items() if count}


def _table_change(reader: sqlite3.Connection,
                  table: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """The statements (and their rows) that make ``table`` in main what it is in after."""
    info = reader.execute(f'PRAGMA main.table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]] or ["rowid"]
    quoted = {name: f'"{name}"' if name != "rowid" else name for name in [*columns, *keys]}
    on = " AND ".join(f"a.{quoted[key]} = b.{quoted[key]}" for key in keys)
    writes: list[tuple[str, list[tuple[object, ...]]]] = []
    gone = reader.execute(
        f'SELECT {", ".join("b." + quoted[key] for key in keys)} FROM main."{table}" b'
        f' WHERE NOT EXISTS (SELECT 1 FROM after."{table}" a WHERE {on})').fetchall()
    if gone:
        where = " AND ".join(f"{quoted[key]} = ?" for key in keys)
        writes.append((f'DELETE FROM "{table}" WHERE {where}', gone))
    values = [name for name in columns if name not in keys]
    if values:
        differs = " OR ".join(f"a.{quoted[name]} IS NOT b.{quoted[name]}" for name in values)
        by_columns: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
        for row in reader.execute(
                f'SELECT {", ".join("a." + quoted[n] for n in [*keys, *values])},'
                f' {", ".join("b." + quoted[n] for n in values)}'
                f' FROM after."{table}" a JOIN main."{table}" b ON {on} WHERE {differs}'):
            now, was = row[len(keys):len(keys) + len(values)], row[len(keys) + len(values):]
            changed = tuple(name for name, new, old in zip(values, now, was, strict=True)
                            if new != old or (new is None) != (old is None))
            by_columns.setdefault(changed, []).append(
                (*(new for name, new in zip(values, now, strict=True) if name in changed),
                 *row[:len(keys)]))
        where = " AND ".join(f"{quoted[key]} = ?" for key in keys)
        for changed, rows in by_columns.items():
            sets = ", ".join(f"{quoted[name]} = ?" for name in changed)
            writes.append((f'UPDATE "{table}" SET {sets} WHERE {where}', rows))
    listed = ", ".join(quoted[name] for name in columns)
    added = reader.execute(
        f'SELECT {", ".join("a." + quoted[n] for n in columns)} FROM after."{table}" a'
        f' WHERE NOT EXISTS (SELECT 1 FROM main."{table}" b WHERE {on})').fetchall()
    if added:
        writes.append((f'INSERT INTO "{table}" ({listed}) VALUES ({", ".join("?" * len(columns))})',
                       added))
    return writes


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


def checked_on(register: Path | URL, today: date) -> None:
    """The app's reminder check on ``register`` for ``today``, committed: what a usual
    morning's register had the day before (its alerts, days and key dates stored)."""
    opened = open_register(register)
    try:
        run_reminder_check(opened, today=today)
    finally:
        opened.close()


def acknowledge_all(register: Register, today: date) -> None:
    """Clear the inbox, as a person working through it would (overdue ones come daily):
    all selected and acknowledged by the inbox's action, which moves each row on to its
    next reminder day without that key date (``days.move_on_acknowledged``)."""
    stamp = datetime.combine(today, clock_time(17, 0), tzinfo=UTC)
    with register.transaction() as session:
        open_ids = list(session.scalars(select(Alert.id).where(
            Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))))
        acknowledge_many(session, open_ids, user="bench", now=stamp)


def usual_day_check(register: Path | URL, checked: date) -> float:
    """Seconds of the app's check on a usual day of ``register`` checked on ``checked``:
    the next day checked too (after a first check, that one stores what it left unknown)
    and the inbox cleared on it, then the day after that checked, timed."""
    opened = open_register(register)
    try:
        run_reminder_check(opened, today=checked + timedelta(days=1))
        acknowledge_all(opened, checked + timedelta(days=1))
        start = time.perf_counter()
        run_reminder_check(opened, today=checked + timedelta(days=2))
        return time.perf_counter() - start
    finally:
        opened.close()
