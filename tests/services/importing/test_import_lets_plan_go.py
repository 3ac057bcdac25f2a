"""The wizard's steps letting the sheet and the plan go (``rehearse_letting_go``, ``plan_again``,
``store_plan`` of a released plan): the same preview and the same import as with the whole
plan kept, also when the plan has to be made again from the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_import_file import TODAY, _outcome, _row, _stored, write_register

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.plan.model import PlannedRow
from contract_desk.importers.plan.pipeline import (
    Analysis,
    analyze,
    analyze_workbook,
    build_plan,
    head_only,
)
from contract_desk.models import AuditEvent, Contract, ImportBatch
from contract_desk.services.importing.batches import commit_import
from contract_desk.services.importing.steps import (
    plan_again,
    rehearse_letting_go,
    rehearse_plan,
    store_plan,
)
from contract_desk.services.register.contracts import create_contract
from contract_desk.storage import Register, open_register


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Register]:
    """A second SQLite register for the result of the steps with the whole plan kept."""
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
        return [(e.entity, e.action, e.user, e.note, dict(e.changes or {}),
                 e.import_batch_id is not None)
                for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def _batches(register: Register) -> list[tuple[Any, ...]]:
    with register.reading() as session:
        return [(b.file_name, b.file_sha256, b.sheet, dict(b.mapping), dict(b.counts), b.user)
                for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id))]


def _provenance(register: Register) -> list[tuple[Any, ...]]:
    with register.reading() as session:
        return [(c.reference, c.source_sheet, c.source_row, c.import_batch_id is not None,
                 c.created_by) for c in session.scalars(select(Contract).order_by(Contract.id))]


def _changes(result: Any) -> list[tuple[Any, ...]]:
    return [(o.row, o.action, dict(o.changes)) for o in result.outcomes]


def _kept_way(register: Register, path: Path) -> tuple[Any, Any]:
    """The steps as they were: the analysis, the whole plan and the rehearsal kept at once."""
    analysis = analyze(path)
    plan = build_plan(analysis)
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)
    return rehearsal.result, store_plan(register, plan, rehearsal, user="kari", today=TODAY,
                                        analysis=analysis)


def _letting_go(register: Register, path: Path, *,
                between: Any = None) -> tuple[Any, Any, list[int]]:
    analysis = analyze(path)
    shown = head_only(analysis)
    replan = partial(plan_again, shown)
    seen: list[int] = []

    def on_row(row: PlannedRow) -> None:
        seen.append(row.row)

    plan, rehearsal = rehearse_letting_go(register, build_plan(analysis, release_cells=True),
                                          user="kari", today=TODAY, replan=replan,
                                          on_row=on_row)
    if between is not None:
        between()
    result = store_plan(register, plan, rehearsal, user="kari", today=TODAY, analysis=shown,
                        replan=replan)
    return rehearsal.result, result, seen


def _same(register: Register, twin: Register) -> None:
    assert _stored(register) == _stored(twin)
    assert _events(register) == _events(twin)
    assert _batches(register) == _batches(twin)
    assert _provenance(register) == _provenance(twin)


def test_letting_the_plan_go_previews_and_stores_what_the_whole_plan_does(
        sqlite_register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", _awkward_rows(),
                          below=[["Sum", "", "", "", "", 123456, "NOK", ""]])
    preview, result, seen = _letting_go(sqlite_register, path)
    expected_preview, expected = _kept_way(twin, path)
    assert _outcome(preview) == _outcome(expected_preview)
    assert _changes(preview) == _changes(expected_preview)
    assert _outcome(result) == _outcome(expected) and _changes(result) == _changes(expected)
    assert result.unchanged >= 1 and result.problems and result.created > 100
    assert seen == [o.row for o in result.outcomes]  # each row shown once, in order
    _same(sqlite_register, twin)
    direct = open_register(tmp_path / "direct.sqlite3")  # no rehearsal: stored row by row
    try:
        with direct.transaction() as session:
            stored = commit_import(session, build_plan(analyze(path)), user="kari", today=TODAY)
        assert _outcome(stored) == _outcome(result) and _changes(stored) == _changes(result)
        _same(sqlite_register, direct)
    finally:
        direct.close()


def test_the_rehearsal_hands_back_a_plan_without_rows_and_lets_each_go(
        sqlite_register: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(40)])
    analysis = analyze(path)
    plan, rehearsal = rehearse_letting_go(
        sqlite_register, build_plan(analysis, release_cells=True), user="kari", today=TODAY,
        replan=partial(plan_again, head_only(analysis)))
    assert plan.released and plan.rows == () and plan.rows_read == 40
    assert rehearsal.prepared is not None and rehearsal.result.created == 40
    with pytest.raises(ValueError, match="replan"):
        store_plan(sqlite_register, plan, rehearsal, user="kari", today=TODAY)
    with sqlite_register.reading() as session:  # nothing written by the refusal
        assert session.scalar(select(Contract.id)) is None


def test_a_register_changed_after_the_preview_makes_the_plan_again_and_stores_it_anew(
        sqlite_register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", _awkward_rows())

    def someone_adds(register: Register) -> None:
        with register.transaction() as session:
            create_contract(session, {"title": "Added meanwhile", "reference": "K-00005"},
                            user="ola", today=TODAY)

    preview, result, _ = _letting_go(sqlite_register, path,
                                     between=lambda: someone_adds(sqlite_register))
    someone_adds(twin)
    analysis = analyze(path)
    expected = store_plan(twin, build_plan(analysis), None, user="kari", today=TODAY,
                          analysis=analysis)
    assert preview.created == result.created + 1  # row K-00005 now matches the one added
    assert _outcome(result) == _outcome(expected) and _changes(result) == _changes(expected)
    _same(sqlite_register, twin)


def test_rows_that_need_writing_to_preview_get_the_plan_made_again_whole(
        sqlite_register: Register, twin: Register, tmp_path: Path) -> None:
    first = write_register(tmp_path / "first.xlsx", [_row(n) for n in range(30)])
    changed = [_row(n) for n in range(30)]
    changed[7][1] = "Avtale 7, fornyet"  # changes a stored contract: no rehearsal without writes
    second = write_register(tmp_path / "second.xlsx", changed)
    for register in (sqlite_register, twin):
        _kept_way(register, first)
    analysis = analyze(second)
    plan, rehearsal = rehearse_letting_go(
        sqlite_register, build_plan(analysis, release_cells=True), user="kari", today=TODAY,
        replan=partial(plan_again, head_only(analysis)))
    assert not plan.released and len(plan.rows) == 30 and rehearsal.prepared is None
    result = store_plan(sqlite_register, plan, rehearsal, user="kari", today=TODAY)
    expected_preview, expected = _kept_way(twin, second)
    assert _outcome(rehearsal.result) == _outcome(expected_preview)
    assert _changes(rehearsal.result) == _changes(expected_preview)
    assert result.updated == 1 and _outcome(result) == _outcome(expected)
    _same(sqlite_register, twin)


def test_a_file_changed_since_it_was_read_is_not_planned_again(
        sqlite_register: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(20)])
    analysis = analyze(path)
    plan, rehearsal = rehearse_letting_go(
        sqlite_register, build_plan(analysis, release_cells=True), user="kari", today=TODAY,
        replan=partial(plan_again, head_only(analysis)))
    with sqlite_register.transaction() as session:  # the register changes: plan again
        create_contract(session, {"title": "Added meanwhile"}, user="ola", today=TODAY)
    rows = [_row(n) for n in range(20)]
    rows[3][1] = "Avtale 3 (endret)"
    write_register(path, rows)  # the same columns, another content
    with pytest.raises(ImportFileError, match="changed since it was read"):
        store_plan(sqlite_register, plan, rehearsal, user="kari", today=TODAY,
                   replan=partial(plan_again, head_only(analysis)))
    with sqlite_register.reading() as session:  # nothing of the import was written
        assert session.scalar(select(ImportBatch.id)) is None
        assert [c.title for c in session.scalars(select(Contract))] == ["Added meanwhile"]


def test_a_sheets_head_shows_its_header_and_samples_but_is_never_planned(
        tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(300)],
                          sheets={"Notater": [["notat"]]})
    analysis: Analysis = analyze(path)
    head = head_only(analysis)
    assert not head.sheet.complete and analysis.sheet.complete
    assert head.header == analysis.header and head.mapping == analysis.mapping
    assert head.contract_rows[:3] == analysis.contract_rows[:3]
    assert len(head.data_rows) == 200 < len(analysis.data_rows) == 300
    assert head.workbook.sheet("Notater") is analysis.workbook.sheet("Notater")
    with pytest.raises(ValueError, match="read its file again"):
        build_plan(head)
    with pytest.raises(ValueError, match="read its file again"):
        analyze_workbook(head.workbook, sheet=head.sheet.name)
