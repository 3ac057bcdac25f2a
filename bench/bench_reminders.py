"""The reminder check over ten obligations per contract (1,000,000 at 100,000 contracts).

The demo register is copied and topped up with plain ``sqlite3`` rows to ten
obligations per contract: most one-off and far from today (met when past), a
sixth monthly, quarterly or yearly series. The check the app makes
(``run_reminder_check``: plan while reading, alerts stored in one write, next
reminder days in short writes, then the listings' key dates and obligation
summaries) runs once with every next reminder day unknown (the one-time cost
after an upgrade or a big import). Its alerts are then acknowledged by the
inbox's action, as a person working through the inbox would (unacknowledged
overdue ones are raised again every day, a cost of the inbox, not of the scan;
acknowledging moves each row on past the key date, so the check does not), and
the next day's check is
timed on fresh copies against a bare indexed ``SELECT COUNT(*)`` of the
obligations due in the same window. The same two checks are also timed as
``check_reminders`` in one transaction (the ``_core`` measures: the plan and
its store alone). The least the next day's check can take is measured too
(``reminder_check_write_floor``): exactly the change it made to the register,
written with bare ``sqlite3`` in one transaction on a fresh copy.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from bench.registry import BenchContext, Measure, benchmark
from bench.support import (
    acknowledge_all,
    best_of,
    copy_register,
    demo_register,
    raw_change_seconds,
    remove_register,
)
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check
from contract_desk.storage import Register, open_register

GOAL_SECONDS = 0.2
#: The first check's goal (issue #19), at GOAL_SIZE contracts.
FIRST_GOAL_SECONDS = 5.0
GOAL_SIZE = 100_000
PER_CONTRACT = 10
SEED = 7
RULES = ("FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY")
#: The obligations' default reminder window (the longest of 7, 3, 0 days).
WINDOW_DAYS = 7
COUNT_DUE = ("SELECT COUNT(*) FROM obligation WHERE due_date BETWEEN ? AND ?"
             " AND status IN ('scheduled', 'partially_met', 'not_met')")


#: One added obligation's column values, in the INSERT's order.
Row = tuple[object, ...]


def _extra_rows(connection: sqlite3.Connection, wanted: int, today: date) -> list[Row]:
    rng = random.Random(SEED)
    contract_ids = [row[0] for row in connection.execute("SELECT id FROM contract")]
    stamp = f"{today.isoformat()} 08:00:00.000000"
    rows: list[Row] = []
    for number in range(wanted):
        recurring = number % 6 == 0
        if recurring:
            due = today - timedelta(days=rng.randint(0, 3 * 365))
            rule, status = rng.choice(RULES), "scheduled"
        else:
            due = today + timedelta(days=rng.randint(-5 * 365, 5 * 365))
            rule, status = None, "met" if due < today else "scheduled"
        rows.append((uuid.uuid4().hex, rng.choice(contract_ids), "payment", "us",
                     f"Bench payment {number}", due.isoformat(), status, rule, "{}", 1,
                     stamp, "bench", stamp, "bench"))
    return rows


def _top_up(path: Path, size: int, today: date) -> int:
    """Add obligations until there are PER_CONTRACT per contract; returns the total."""
    connection = sqlite3.connect(path)
    try:
        have = connection.execute("SELECT COUNT(*) FROM obligation").fetchone()[0]
        rows = _extra_rows(connection, max(0, PER_CONTRACT * size - have), today)
        connection.executemany(
            "INSERT INTO obligation (uid, contract_id, kind, performer, title, due_date, status,"
            " recurrence, custom, version_id, created_at, created_by, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
        return int(connection.execute("SELECT COUNT(*) FROM obligation").fetchone()[0])
    finally:
        connection.close()


def _check(register: Register, today: date, *, keep: bool, full_scan: bool = False) -> int:
    """One reminder check on ``today``; rolled back unless ``keep``. Returns alerts fired."""
    session = register.session_factory()
    try:
        run = check_reminders(session, today=today, full_scan=full_scan)
        if keep:
            session.commit()
        else:
            session.rollback()
        return len(run.fired)
    finally:
        session.close()


def _count_due(path: Path, first: date) -> Callable[[], int]:
    def count() -> int:
        with sqlite3.connect(path) as connection:
            found = connection.execute(
                COUNT_DUE, (first.isoformat(), (first + timedelta(WINDOW_DAYS)).isoformat()))
            return int(found.fetchone()[0])
    return count


@benchmark
def reminder_check(context: BenchContext) -> list[Measure]:
    """Time the first check (all days unknown) and the steady check of the next day, as the
    app makes them and as one transaction."""
    path = context.workdir / "reminders.sqlite3"
    copy_register(demo_register(context).path, path)
    total = _top_up(path, context.size, context.today)
    register = open_register(path)
    try:
        with register.transaction() as session:
            record_check(session, context.today - timedelta(days=1))
    finally:
        register.close()
    tomorrow = context.today + timedelta(days=1)
    app = _app_checks(context, path, tomorrow)
    app_first, app_steady, floor = app.first, app.steady, app.floor
    register = open_register(path)
    try:
        first = best_of(1, lambda: _check(register, context.today, keep=True))
        acknowledge_all(register, context.today)
        steady = best_of(context.repeat, lambda: _check(register, tomorrow, keep=False))
        full = best_of(1, lambda: _check(register, tomorrow, keep=False, full_scan=True))
    finally:
        register.close()
    baseline = best_of(context.repeat, _count_due(path, tomorrow))
    registers = f"{context.size:,} contracts and {total:,} obligations"
    goal_limit = None if context.size < GOAL_SIZE else GOAL_SECONDS * context.size / GOAL_SIZE
    changed = _rows_of(app.written)
    near_floor = (f" Writing exactly the rows this check changes with bare sqlite3 takes "
                  f"{floor * 1000:.0f} ms alone (`reminder_check_write_floor`), "
                  f"{floor / goal_limit:.0%} of the goal, leaving "
                  f"{max(0.0, goal_limit - floor) * 1000:.0f} ms to find the due rows among "
                  f"{total:,} obligations and compute what to write."
                  if goal_limit is not None and floor > goal_limit / 2 else "")
    first_limit = (None if context.size < GOAL_SIZE
                   else FIRST_GOAL_SECONDS * context.size / GOAL_SIZE)
    first_out_of_reach = (
        f" The goal is out of reach of any check that stores these rows in this schema: "
        f"writing exactly them with bare sqlite3 takes {app.first_floor:.1f} s alone "
        f"(`reminder_first_check_write_floor`)."
        if first_limit is not None and app.first_floor > first_limit else "")
    return [
        Measure(
            "reminder_first_check", app_first, "s", baseline=baseline,
            goal=(f"under {FIRST_GOAL_SECONDS:.0f} s for {GOAL_SIZE * PER_CONTRACT:,} "
                  "obligations"),
            goal_limit=first_limit,
            about=(f"The check the app makes (`run_reminder_check`, what the window's check "
                   "and `contract-desk remind` run) over "
                   f"{registers} with every next reminder day unknown (after an upgrade that "
                   "clears them or a big import): the plan computed while reading, its alerts "
                   "stored in one write, each row's next reminder day stored in short writes "
                   "after it, then the contracts' key dates and obligation summaries for the "
                   "listings, and the alerts raised read back. A one-time cost; baseline as "
                   "for reminder_check. Until 2026-12-06 this measured reminder_first_check_core."
                   + first_out_of_reach),
        ),
        Measure(
            "reminder_first_check_write_floor", app.first_floor, "s", baseline=baseline,
            about=("The least the first check can take: bare `sqlite3` making exactly the "
                   f"change the app's first check made ({_rows_of(app.first_written)}) on a "
                   "fresh copy of the register never checked, as reminder_check_write_floor "
                   "does for a usual day. Baseline: as for reminder_check."),
        ),
        Measure(
            "reminder_first_check_over_floor", app_first, "s", baseline=app.first_floor,
            about=("`reminder_first_check` against `reminder_first_check_write_floor`: what "
                   "reading, computing every row's next reminder day, the short transactions "
                   "and the report add to writing the same rows."),
        ),
        Measure(
            "reminder_check", app_steady, "s", baseline=baseline,
            goal=f"under {GOAL_SECONDS * 1000:.0f} ms for {GOAL_SIZE * PER_CONTRACT:,} obligations",
            # Fixed costs dominate small runs, so the goal is only judged at full size.
            goal_limit=goal_limit,
            about=(f"The check the app makes (as reminder_first_check) the day after a check, "
                   f"over {registers} (a sixth of the added ones recurring), the first check's "
                   "alerts acknowledged; best of runs on fresh copies of that register. "
                   "Baseline: a bare `sqlite3` indexed `SELECT COUNT(*)` of the open "
                   f"obligations due in the next {WINDOW_DAYS} days. Until 2026-12-06 this "
                   "measured reminder_check_core." + near_floor),
        ),
        Measure(
            "reminder_check_write_floor", floor, "s", baseline=baseline,
            about=("The least that day's check can take: bare `sqlite3` making exactly the "
                   f"change the app's check made to the register ({changed}) on a fresh copy, "
                   "in one transaction with the app's pragmas (its WAL and automatic "
                   "checkpoints), each row updated in the columns that changed alone; "
                   "finding the due rows, computing anything and reading the alerts back are "
                   "not in it. Best of runs. Baseline: as for reminder_check."),
        ),
        Measure(
            "reminder_check_over_floor", app_steady, "s", baseline=floor,
            about=("`reminder_check` against `reminder_check_write_floor`: what reading the "
                   "due rows, computing the alerts and days, the listings' key dates and "
                   "summaries, the short transactions and the report add to writing the "
                   "same rows."),
        ),
        Measure(
            "reminder_first_check_core", first, "s", baseline=app_first,
            about=("`check_reminders` over the same register with every next reminder day "
                   "unknown, in one transaction: the plan and its store (alerts and days), "
                   "without the listings' key dates and summaries. Baseline: "
                   "reminder_first_check."),
        ),
        Measure(
            "reminder_check_core", steady, "s", baseline=app_steady,
            about=("`check_reminders` the day after, as reminder_check, in one transaction "
                   "rolled back after each run: the plan and its store without the listings' "
                   "key dates and summaries. Baseline: reminder_check."),
        ),
        Measure(
            "reminder_check_full_scan", full, "s", baseline=steady,
            about=("The same check with `full_scan=True`: every running contract and every "
                   "obligation in the window computed in Python, as before the stored next "
                   "reminder days (schema 0002). Baseline: reminder_check_core."),
        ),
    ]


def _rows_of(written: dict[str, int]) -> str:
    return ", ".join(f"{count:,} row{'' if count == 1 else 's'} of {table}"
                     for table, count in written.items())


@dataclass(frozen=True)
class _AppChecks:
    """The app's checks timed, and the least each could take with the rows it wrote."""

    first: float
    steady: float
    first_floor: float
    first_written: dict[str, int]
    floor: float
    written: dict[str, int]


def _app_checks(context: BenchContext, path: Path, tomorrow: date) -> _AppChecks:
    """The app's check (``run_reminder_check``) on a copy of ``path`` never checked, the
    next day's (best of ``context.repeat``, each on a fresh copy: it commits), and the
    least each can take (:func:`bench.support.raw_change_seconds`: exactly its change
    to the register, written with bare sqlite3 on fresh copies)."""
    checked = copy_register(path, context.workdir / "reminders-app.sqlite3")
    day = context.workdir / "reminders-app-day.sqlite3"
    floor_copy = context.workdir / "reminders-floor.sqlite3"
    try:
        register = open_register(checked)
        try:
            first = best_of(1, lambda: run_reminder_check(register, today=context.today))
        finally:
            register.close()
        first_floor, first_written = raw_change_seconds(path, checked, floor_copy)
        register = open_register(checked)
        try:
            acknowledge_all(register, context.today)
        finally:
            register.close()
        steady = []
        for _ in range(max(1, context.repeat)):
            register = open_register(copy_register(checked, day))
            try:
                steady.append(best_of(1, partial(run_reminder_check, register, today=tomorrow)))
            finally:
                register.close()
        floor, written = raw_change_seconds(checked, day, floor_copy, repeat=context.repeat)
        return _AppChecks(first, min(steady), first_floor, first_written, floor, written)
    finally:
        for copy in (checked, day, floor_copy):
            remove_register(copy)
