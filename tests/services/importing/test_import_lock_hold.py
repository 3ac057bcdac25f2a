"""An import from the CLI holds the SQLite write lock only while its batch is stored.

Reading, analysing and planning the file happen with no write transaction
open: another program writes at once meanwhile. What is stored is what the
one-transaction ``import_file`` stores, and a batch is never stored in part.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from contract_desk.models import AuditEvent, Contract, ImportBatch, Party
from contract_desk.services.importing import row_outcomes as import_rows
from contract_desk.services.importing import steps as import_into
from contract_desk.services.importing.in_one_go import import_file
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)
ROWS = 1500


def _csv(path: Path) -> Path:
    lines = ["Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp;Valuta"]
    for n in range(ROWS):
        start = date(2020, 1, 1) + timedelta(days=n)
        lines.append(f"K-{n:05d};Avtale {n};Leverandør {n % 40} AS;{start:%d.%m.%Y};"
                     f"{start + timedelta(days=730):%d.%m.%Y};{1000 + n},50;NOK")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return _csv(tmp_path / "register.csv")


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Register]:
    register = open_register(tmp_path / "target.sqlite3")
    yield register
    register.close()


def other_program_writes(path: Path) -> str | None:
    """None if another program got the write lock within 0.2 s and wrote, else the refusal."""
    connection = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO register_setting (key, value) VALUES ('probe', '1')")
        connection.execute("COMMIT")
        return None
    except sqlite3.OperationalError as error:
        return str(error)
    finally:
        connection.close()


@contextmanager
def timing_writes(register: Register, spans: list[tuple[float, float]]) -> Iterator[None]:
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


def test_another_program_writes_while_the_file_is_planned(
    target: Register, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert target.path is not None
    refusals: list[str | None] = []
    planning, spans = import_into.build_plan, []
    moments: list[float] = []

    def build_plan(*args: Any, **options: Any) -> Any:
        refusals.append(other_program_writes(target.path))
        plan = planning(*args, **options)
        moments.append(time.perf_counter())
        return plan

    monkeypatch.setattr(import_into, "build_plan", build_plan)
    with timing_writes(target, spans):
        done = import_into.import_file_into(target, sheet, user="tester", today=TODAY)
    assert refusals == [None] and done.result.created == ROWS
    # The only write transaction began after the plan was made.
    assert len(spans) == 1 and spans[0][0] >= moments[0]


def test_the_old_way_holds_the_lock_while_planning(
    target: Register, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The probe sees a lock held while planning: the test above can fail.
    import contract_desk.services.importing.in_one_go as one_step

    assert target.path is not None
    refusals: list[str | None] = []
    planning = one_step.build_plan

    def build_plan(*args: Any, **options: Any) -> Any:
        refusals.append(other_program_writes(target.path))
        return planning(*args, **options)

    monkeypatch.setattr(one_step, "build_plan", build_plan)
    with target.transaction() as session:
        import_file(session, sheet, user="tester", today=TODAY)
    assert refusals == ["database is locked"]


def _stored(register: Register) -> dict[str, Any]:
    with register.reading() as session:
        contracts = session.execute(
            select(Contract.reference, Contract.title, Contract.start_date, Contract.end_date,
                   Contract.value, Contract.currency, Contract.custom, Party.name)
            .join(Party, Party.id == Contract.counterparty_id)).all()
        return {"contracts": sorted(tuple(row) for row in contracts),
                "audit": session.scalar(select(func.count()).select_from(AuditEvent)),
                "batches": session.scalar(select(func.count()).select_from(ImportBatch))}


def test_it_stores_what_the_one_transaction_import_stores(
    target: Register, sheet: Path, tmp_path: Path
) -> None:
    import_into.import_file_into(target, sheet, user="tester", today=TODAY)
    reference = open_register(tmp_path / "reference.sqlite3")
    try:
        with reference.transaction() as session:
            import_file(session, sheet, user="tester", today=TODAY)
        assert _stored(target) == _stored(reference)
        assert len(_stored(target)["contracts"]) == ROWS
    finally:
        reference.close()


def test_a_batch_that_fails_while_stored_leaves_nothing(
    target: Register, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, seen = import_rows.import_row, [0]

    def failing(context: Any, row: Any) -> Any:
        seen[0] += 1
        if seen[0] == ROWS - 1:
            raise RuntimeError("the disk went away")
        return real(context, row)

    monkeypatch.setattr("contract_desk.services.importing.batches.import_row", failing)
    with pytest.raises(RuntimeError):
        import_into.import_file_into(target, sheet, user="tester", today=TODAY)
    assert _stored(target) == {"contracts": [], "audit": 0, "batches": 0}
