"""An import that lets each planned row go once stored (``import_file``), and the smaller
SQLite page cache an import writes with: the same import, with less kept at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_import_file import TODAY, _outcome, _row, _stored, write_register

from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.models import AuditEvent
from contract_desk.services.importing import batches
from contract_desk.services.importing.batches import IMPORT_CACHE_KIB, commit_import
from contract_desk.services.importing.in_one_go import import_file
from contract_desk.services.importing.row_outcomes import import_row
from contract_desk.storage import Register, open_register


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Register]:
    """A second SQLite register for the ordinary path's result."""
    register = open_register(tmp_path / "twin.sqlite3")
    yield register
    register.close()


def _awkward_rows() -> list[list[Any]]:
    """Rows that exercise matching and problems, not only new contracts."""
    rows = [_row(n) for n in range(120)]
    rows[30][0] = rows[10][0]  # a reference two rows share: matched by all their values
    rows[31] = list(rows[10])  # a row repeated whole: the second is unchanged
    rows[40][5] = "tolv kroner"  # an amount that is not one: a warning, kept as custom text
    rows[41][0] = rows[41][1] = ""  # neither title nor reference: named after its counterparty
    rows[50][3] = "31.02.2021"  # not a date
    rows[60][4] = date(2019, 1, 1) - timedelta(days=1)  # ends before it starts
    return rows


def _events(register: Register) -> list[tuple[Any, ...]]:
    with register.reading() as session:
        return [(e.entity, e.action, e.user, e.note, dict(e.changes or {}))
                for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_import_file_lets_each_row_go_and_stores_what_the_whole_plan_stores(
        register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", _awkward_rows(),
                          below=[["Sum", "", "", "", "", 123456, "NOK", ""]])
    with register.transaction() as session:
        done = import_file(session, path, user="kari", today=TODAY)
    assert not done.streamed and done.plan.released and done.plan.rows == ()
    plan = build_plan(analyze(path))  # the ordinary plan, kept whole
    with twin.transaction() as session:
        expected = commit_import(session, plan, user="kari", today=TODAY)
    assert _outcome(done.result) == _outcome(expected)
    assert [(o.row, o.action, dict(o.changes)) for o in done.result.outcomes] == [
        (o.row, o.action, dict(o.changes)) for o in expected.outcomes]
    assert done.result.unchanged >= 1 and done.result.problems
    assert _stored(register) == _stored(twin)
    assert _events(register) == _events(twin)
    assert (done.plan.rows_read, done.plan.mapping, done.plan.notes, done.plan.file_sha256) == (
        plan.rows_read, plan.mapping, plan.notes, plan.file_sha256)


def test_commit_import_empties_each_place_of_the_rows_handed_over(
        sqlite_register: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(30)])
    plan, rows = build_plan(analyze(path)).hand_over_rows()
    assert len(rows) == plan.rows_read == 30 and plan.rows == ()
    with sqlite_register.transaction() as session:
        with pytest.raises(ValueError, match="handed over"):
            commit_import(session, plan, user="kari", today=TODAY)  # rows missing
        result = commit_import(session, plan, user="kari", today=TODAY, rows=rows)
    assert result.created == 30 and rows == [None] * 30
    whole = build_plan(analyze(path))
    with sqlite_register.transaction() as session, pytest.raises(ValueError):
        commit_import(session, whole, user="kari", today=TODAY, rows=list(whole.rows))


def test_a_plan_hands_its_rows_over_once() -> None:
    row = PlannedRow(2, {"title": "Lease"})
    plan = ImportPlan("f.xlsx", "0" * 64, "Sheet", {"Title": "title"}, (row,), 1)
    released, rows = plan.hand_over_rows()
    assert rows == [row] and released.released and released.rows_read == 1
    assert plan.rows == (row,) and plan.problems == ()  # the plan handing over is unchanged
    with pytest.raises(ValueError, match="handed over already"):
        released.hand_over_rows()
    with pytest.raises(ValueError, match="import result"):
        released.problems  # noqa: B018  (a property that refuses)
    with pytest.raises(ValueError, match="holds none"):
        ImportPlan("f.xlsx", "0" * 64, "Sheet", {}, (row,), 1, released=True)


def _cache_size(register: Register) -> int:
    with register.reading() as session:
        size: int = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    return size


def test_an_import_writes_with_a_smaller_page_cache_and_gives_it_back(
        sqlite_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _cache_size(sqlite_register)
    assert before < -IMPORT_CACHE_KIB  # the register's own cache is larger
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(5)])
    seen: list[int] = []
    real = import_row

    def spying(context: Any, row: PlannedRow) -> Any:
        seen.append(context.session.connection().exec_driver_sql(
            "PRAGMA cache_size").scalar_one())
        if row.row == 7:
            raise RuntimeError("stop")
        return real(context, row)

    monkeypatch.setattr(batches, "import_row", spying)
    with pytest.raises(RuntimeError, match="stop"), sqlite_register.transaction() as session:
        import_file(session, path, user="kari", today=TODAY)
    assert seen and set(seen) == {-IMPORT_CACHE_KIB}
    assert _cache_size(sqlite_register) == before  # given back, also after a failure
    monkeypatch.setattr(batches, "import_row", real)
    with sqlite_register.transaction() as session:
        assert import_file(session, path, user="kari", today=TODAY).result.created == 5
    assert _cache_size(sqlite_register) == before
