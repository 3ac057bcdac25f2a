"""How long the long writers hold SQLite's write lock: the first reminder check, an import.

While one program holds the write lock every other writer waits (a save in the
window, ``contract-desk add``). Each measure is the longest write transaction
of the work as the window and the CLI now run it (computed or planned first,
stored in short writes), against the same work done in one write transaction
(how long the lock was held before).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from bench.bench_import import _register_file
from bench.bench_reminders import _top_up
from bench.registry import BenchContext, Measure, benchmark
from bench.support import copy_register, demo_register
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check
from contract_desk.storage import Register, open_register


@contextmanager
def _timing_writes(register: Register, spans: list[float]) -> Iterator[None]:
    """Record the length of every write transaction of ``register``."""
    original = register.transaction

    @contextmanager
    def timed(**options: Any) -> Iterator[Any]:
        start = time.perf_counter()
        try:
            with original(**options) as session:
                yield session
        finally:
            spans.append(time.perf_counter() - start)

    register.transaction = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        del register.transaction


def _held(register: Register, work: Callable[[Register], object]) -> tuple[float, float, int]:
    """(longest write transaction, whole work, write transactions) of ``work``."""
    spans: list[float] = []
    start = time.perf_counter()
    with _timing_writes(register, spans):
        work(register)
    return max(spans, default=0.0), time.perf_counter() - start, len(spans)


def _first_check_register(context: BenchContext, name: str) -> Register:
    path = context.workdir / name
    copy_register(demo_register(context).path, path)
    _top_up(path, context.size, context.today)
    register = open_register(path)
    with register.transaction() as session:  # as after the upgrade: every day unknown
        record_check(session, context.today - timedelta(days=1))
    return register


def _one_transaction_check(register: Register, today: Any) -> None:
    with register.transaction() as session:
        check_reminders(session, today=today)


@benchmark
def write_lock_hold(context: BenchContext) -> list[Measure]:
    """The longest write transaction of the first reminder check and of an import."""
    today = context.today
    before = _first_check_register(context, "lock-before.sqlite3")
    after = _first_check_register(context, "lock-after.sqlite3")
    try:
        old_hold, _, _ = _held(before, lambda r: _one_transaction_check(r, today))
        new_hold, whole, writes = _held(after, lambda r: run_reminder_check(r, today=today))
    finally:
        before.close()
        after.close()
    sheet = _register_file(context)
    one, two = (open_register(context.workdir / f"lock-import-{n}.sqlite3") for n in (1, 2))
    try:
        old_import, _, _ = _held(one, lambda r: _import_in_one(r, sheet, context))
        new_import, import_whole, _ = _held(two, lambda r: _import_into(r, sheet, context))
    finally:
        one.close()
        two.close()
    return [
        Measure("reminder_first_check_lock", new_hold, "s", baseline=old_hold,
                about=(f"The longest write transaction of the first reminder check over "
                       f"{context.size:,} contracts (every next reminder day unknown), run as "
                       f"the window and `contract-desk remind` run it: computed while reading, "
                       f"stored in {writes} short writes ({whole:.2f} s in all). Baseline: the "
                       "same check in one write transaction, as before.")),
        Measure("import_commit_lock", new_import, "s", baseline=old_import,
                about=(f"The longest write transaction of `contract-desk import` of the "
                       f"{context.size:,}-row xlsx of import_xlsx: read and planned first, the "
                       f"batch stored in one write ({import_whole:.2f} s in all). Baseline: "
                       "`import_file` in one write transaction, as before.")),
    ]


def _import_in_one(register: Register, sheet: Any, context: BenchContext) -> None:
    from contract_desk.services.importing.in_one_go import import_file

    with register.transaction() as session:
        import_file(session, sheet, user="bench", today=context.today, engine="calamine")


def _import_into(register: Register, sheet: Any, context: BenchContext) -> None:
    from contract_desk.services.importing.steps import import_file_into

    import_file_into(register, sheet, user="bench", today=context.today, engine="calamine")
