"""A reminder check holds the SQLite write lock only to store, never while it computes.

The first check over a register of a few thousand contracts (every next
reminder day unknown, as after an upgrade or a big import) is the long one.
Another program must get the write lock at once while it computes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from contract_desk.models import Alert, Contract
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders import scan as alert_scan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)
CONTRACTS = 3000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register of a few thousand demo contracts never checked, made once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    register = open_register(path)
    try:
        with register.transaction() as session:
            generate_demo(session, count=CONTRACTS, seed=3, today=TODAY)
    finally:
        register.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Register]:
    """A fresh copy of the demo register, opened."""
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    register = open_register(copy)
    yield register
    register.close()


def other_program_writes(path: Path, key: str) -> str | None:
    """Another program takes the write lock (waiting at most 0.2 s) and writes; None if it
    could, else SQLite's refusal."""
    connection = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO register_setting (key, value) VALUES (?, '1')", (key,))
        connection.execute("COMMIT")
        return None
    except sqlite3.OperationalError as error:
        return str(error)
    finally:
        connection.close()


@pytest.fixture
def while_computing(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Call the functions appended to the list once, halfway through the contracts' scan."""
    calls: list[Any] = []
    original, seen = alert_scan._contract_keys, [0]

    def scanning(contract: Any, *args: Any) -> Any:
        seen[0] += 1
        if seen[0] == CONTRACTS // 2:
            for call in calls:
                call()
        return original(contract, *args)

    monkeypatch.setattr(alert_scan, "_contract_keys", scanning)
    return calls


def written(register: Register, key: str) -> bool:
    with register.reading() as session:
        from contract_desk.models import RegisterSetting

        return session.get(RegisterSetting, key) is not None


def test_another_program_writes_at_once_while_the_first_check_computes(
    demo: Register, while_computing: list[Any]
) -> None:
    assert demo.path is not None
    refusals: list[str | None] = []
    while_computing.append(lambda: refusals.append(other_program_writes(demo.path, "probe.a")))
    run = run_reminder_check(demo, today=TODAY)
    assert refusals == [None] and written(demo, "probe.a")
    assert len(run.fired) > 100  # a real first check: many reminders fell due


def test_computing_inside_the_write_transaction_would_shut_it_out(
    demo: Register, while_computing: list[Any]
) -> None:
    # The same probe against the old way (computing inside the write transaction):
    # the probe is able to see a lock held while computing.
    assert demo.path is not None
    refusals: list[str | None] = []
    while_computing.append(lambda: refusals.append(other_program_writes(demo.path, "probe.b")))
    with demo.transaction() as session:
        check_reminders(session, today=TODAY)
    assert refusals == ["database is locked"] and not written(demo, "probe.b")


@contextmanager
def timing_writes(register: Register, spans: list[tuple[float, float]]) -> Iterator[None]:
    """Record (start, end) of every write transaction of ``register``."""
    original = register.transaction

    @contextmanager
    def timed(**options: Any) -> Iterator[Any]:
        start = time.perf_counter()
        try:
            with original(**options) as session:
                yield session
        finally:
            spans.append((start, time.perf_counter()))

    register.transaction = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        del register.transaction


def test_the_write_lock_is_held_only_to_store(
    demo: Register, while_computing: list[Any]
) -> None:
    spans: list[tuple[float, float]] = []
    middle: list[float] = []
    while_computing.append(lambda: middle.append(time.perf_counter()))
    planned: list[float] = []
    start = time.perf_counter()
    with timing_writes(demo, spans):
        run_reminder_check(demo, today=TODAY, planned=lambda _plan: planned.append(
            time.perf_counter()))
    # Structurally: no write transaction was open while the contracts were scanned.
    assert len(middle) == 1 and spans
    assert not any(begin <= middle[0] <= end for begin, end in spans)
    assert all(begin >= planned[0] for begin, _ in spans)
    # And by the clock: every write transaction is much shorter than the computing.
    computing = planned[0] - start
    longest = max(end - begin for begin, end in spans)
    assert longest * 2 < computing, (longest, computing)


def test_the_check_stores_what_the_single_transaction_check_stores(
    demo: Register, demo_file: Path, tmp_path: Path
) -> None:
    run = run_reminder_check(demo, today=TODAY)
    reference = open_register(tmp_path / "reference.sqlite3")
    single = open_register(tmp_path / "single.sqlite3")
    try:
        for copy in (reference, single):
            with sqlite3.connect(demo_file) as source, sqlite3.connect(copy.path) as target:
                source.backup(target)
            source.close()
            target.close()
        with reference.transaction() as session:
            expected = check_reminders(session, today=TODAY, full_scan=True)
        with single.transaction() as session:
            check_reminders(session, today=TODAY)
        # The alerts are a full scan's; the days are those the same check stores in one
        # transaction, and a full scan's wherever it stores one (it reads only the
        # running contracts in reach; a register never checked has the others' days
        # stored too, as "never" or the day its later look ends).
        assert sorted(_keys(run.fired)) == sorted(_keys(expected.fired))
        days, scanned = _next_days(demo), _next_days(reference)
        assert days == _next_days(single)
        assert {uid: day for uid, day in days.items() if scanned[uid] is not None} == {
            uid: day for uid, day in scanned.items() if day is not None}
        assert None not in days.values()
        assert _alerts(demo) == _alerts(reference)
    finally:
        reference.close()
        single.close()


def _keys(rows: Any) -> list[tuple[Any, ...]]:
    return [(row.target_type, row.kind, row.key_date, row.offset_days) for row in rows]


def _next_days(register: Register) -> dict[str, Any]:
    with register.reading() as session:
        return dict(session.execute(select(Contract.uid, Contract.next_reminder_on)).all())


def _alerts(register: Register) -> int:
    with register.reading() as session:
        return session.scalar(select(func.count()).select_from(Alert)) or 0
