"""Importing a file in one step, and the streamed read of a long sheet through openpyxl.

Every streamed import is compared with the ordinary path (read the whole
file, plan it, commit the plan) on an identical register: the streamed rows
are only a way of doing the same work sooner, never a different result.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

import contract_desk.importers.plan.stream as stream_plan
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.plan.model import file_sha256
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.read.openpyxl_stream import RowStream
from contract_desk.importers.read.sheet_choice import EngineFailed
from contract_desk.models import AuditEvent, Contract, ImportBatch, Party
from contract_desk.services.importing.batches import commit_import, remember_mapping
from contract_desk.services.importing.in_one_go import FileImport, import_file
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)
HEADERS = ["Avtalenr", "Tittel", "Leverandør", "Startdato", "Sluttdato", "Beløp", "Valuta",
           "Merknad"]
ROWS = 700
#: The importer's own threshold (the fixture below lowers it inside this process).
REAL_STREAM_MIN_ROWS = stream_plan.STREAM_MIN_ROWS


def _row(n: int) -> list[Any]:
    start = date(2020, 1, 1) + timedelta(days=n * 3)
    start_cell: Any = start if n % 3 else start.strftime("%d.%m.%Y")
    amount = Decimal(10_000 + n * 7) / 100
    amount_cell: Any = amount if n % 4 else f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return [f"K-{n:05d}", f"Avtale {n}", f"Leverandør {n % 40} AS", start_cell,
            start + timedelta(days=364), amount_cell, "NOK", "" if n % 5 else "Rammeavtale"]


def write_register(path: Path, rows: list[list[Any]] | None = None, *, write_only: bool = True,
                   above: int = 2, below: list[list[Any]] | None = None,
                   sheets: dict[str, list[list[Any]]] | None = None) -> Path:
    """A register: ``above`` title rows, the header, the rows, then ``below``."""
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Kontrakter") if write_only else book.active
    if not write_only:
        sheet.title = "Kontrakter"
    for n in range(above):
        sheet.append([f"Kontraktsregister, del {n + 1}"])
    sheet.append(HEADERS)
    for values in rows if rows is not None else [_row(n) for n in range(ROWS)]:
        sheet.append(values)
    for values in below or []:
        sheet.append(values)
    for name, extra in (sheets or {}).items():
        other = book.create_sheet(name)
        for values in extra:
            other.append(values)
    book.save(path)
    return path


@pytest.fixture(autouse=True)
def stream_small_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stream sheets of a few hundred rows, as the importer does with long ones."""
    monkeypatch.setattr(stream_plan, "STREAM_MIN_ROWS", 100)


def _import(register: Register, path: Path, **options: Any) -> FileImport:
    options.setdefault("engine", "openpyxl")
    with register.transaction() as session:
        return import_file(session, path, user="kari", today=TODAY, **options)


def _ordinary(register: Register, path: Path, **options: Any) -> Any:
    plan = build_plan(analyze(path, engine="openpyxl", overrides=options.get("overrides")))
    with register.transaction() as session:
        return commit_import(session, plan, user="kari", today=TODAY)


def _stored(register: Register) -> list[tuple[Any, ...]]:
    """Every contract as stored, without ids and timestamps, in sheet order."""
    with register.transaction() as session:
        parties = dict(session.execute(select(Party.id, Party.name)).all())
        contracts = session.scalars(select(Contract).order_by(Contract.source_row)).all()
        events = session.scalar(select(func.count()).select_from(AuditEvent))
        return [(c.reference, c.title, parties.get(c.counterparty_id), c.start_date, c.end_date,
                 c.value, c.currency, c.status, dict(c.custom or {}), c.source_sheet,
                 c.source_row) for c in contracts] + [("events", events)]


def _outcome(result: Any) -> tuple[Any, ...]:
    return (result.rows_read, result.created, result.updated, result.unchanged, result.skipped,
            [(p.row, p.cell, p.column, p.value, p.message, p.severity) for p in result.problems],
            [(o.row, o.action, o.reason) for o in result.outcomes])


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Register]:
    """A second SQLite register for the ordinary path's result."""
    register = open_register(tmp_path / "twin.sqlite3")
    yield register
    register.close()


def _same_as_ordinary(register: Register, twin: Register, path: Path,
                      **options: Any) -> FileImport:
    done = _import(register, path, **options)
    expected = _ordinary(twin, path, **options)
    assert _outcome(done.result) == _outcome(expected)
    assert _stored(register) == _stored(twin)
    assert done.result.rows_read == (done.result.created + done.result.updated
                                     + done.result.unchanged + done.result.skipped)
    return done


def test_a_long_sheet_is_stored_while_read_and_equals_the_ordinary_import(
        register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx")
    done = _same_as_ordinary(register, twin, path)
    assert done.streamed
    assert done.result.created == ROWS and done.plan.rows_read == ROWS
    assert done.plan.file_sha256 == file_sha256(path)
    with register.transaction() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.counts["created"] == ROWS and batch.finished_at is not None
        assert batch.mapping["Avtalenr"] == "reference"


def test_a_sheet_with_a_stated_dimension_streams_the_same(
        register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx", write_only=False)
    assert _same_as_ordinary(register, twin, path).streamed


def test_importing_the_streamed_file_again_changes_nothing(register: Register,
                                                           tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx")
    _import(register, path)
    before = _stored(register)
    again = _import(register, path)
    assert again.streamed and again.result.unchanged == ROWS and again.result.created == 0
    assert _stored(register) == before


def test_totals_and_notes_below_the_data_are_left_out(register: Register, twin: Register,
                                                      tmp_path: Path) -> None:
    below = [[None] * 5 + [Decimal("123456.78")], [], ["Total", None, None, None, None,
                                                       Decimal("999.00")],
             [], ["Kilde: økonomisystemet"], ["* eks. mva"]]
    path = write_register(tmp_path / "register.xlsx", below=below)
    done = _same_as_ordinary(register, twin, path)
    assert done.streamed
    assert any("totals row" in note for note in done.plan.notes)


def test_a_row_wider_than_the_header_far_below_falls_back_to_the_ordinary_plan(
        register: Register, twin: Register, tmp_path: Path) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows[600] = [*rows[600], None, None, "a stray note far to the right"]
    path = write_register(tmp_path / "register.xlsx", rows)
    done = _same_as_ordinary(register, twin, path)
    assert not done.streamed  # the column names changed: what was stored is rolled back
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1


def test_a_reference_repeated_late_in_the_file_falls_back_to_the_ordinary_plan(
        register: Register, twin: Register, tmp_path: Path) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows[650][0] = rows[3][0]  # row 4's reference again, with other values
    path = write_register(tmp_path / "register.xlsx", rows)
    done = _same_as_ordinary(register, twin, path)
    assert not done.streamed
    assert done.result.created == ROWS


def test_a_workbook_with_an_obligations_sheet_is_imported_the_ordinary_way(
        register: Register, twin: Register, tmp_path: Path) -> None:
    obligations = [["Avtalenr", "Obligation", "Forfallsdato", "Amount", "Currency", "Ansvarlig"],
                   ["K-00001", "Årlig avgift", date(2027, 1, 1), Decimal("100.00"), "NOK",
                    "Kari"]]
    path = write_register(tmp_path / "register.xlsx", sheets={"Obligations": obligations})
    done = _same_as_ordinary(register, twin, path)
    assert not done.streamed
    with register.transaction() as session:
        contract = session.scalars(select(Contract).where(Contract.reference == "K-00001")).one()
        assert [o.title for o in contract.obligations] == ["Årlig avgift"]


def test_a_dry_run_streams_and_writes_nothing(register: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx")
    done = _import(register, path, dry_run=True)
    assert done.streamed and done.result.created == ROWS
    assert _stored(register) == [("events", 0)]
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_overrides_and_a_remembered_mapping_apply_to_streamed_rows(
        register: Register, twin: Register, tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx")
    fingerprint = analyze(path).fingerprint
    with register.transaction() as session:
        remember_mapping(session, fingerprint, {"Merknad": ""})
    done = _import(register, path, overrides={"Tittel": "scope"})
    assert done.streamed
    assert done.analysis.named_mapping()["Tittel"] == "scope"
    assert "Merknad" not in done.analysis.named_mapping()
    with register.transaction() as session:
        contract = session.scalars(select(Contract).where(Contract.reference == "K-00005")).one()
        assert contract.scope == "Avtale 5" and contract.custom == {"Merknad": "Rammeavtale"}


def test_an_unknown_column_in_the_overrides_changes_nothing(register: Register,
                                                            tmp_path: Path) -> None:
    path = write_register(tmp_path / "register.xlsx")
    with pytest.raises(ImportFileError, match="no column called 'Nope'"):
        _import(register, path, overrides={"Nope": "title"})
    assert _stored(register) == [("events", 0)]
    assert not multiprocessing.active_children()


def test_a_read_failing_midway_is_read_again_the_ordinary_way(
        register: Register, twin: Register, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = RowStream.batches

    def failing(self: RowStream) -> Iterator[list[tuple[Any, ...]]]:
        for number, batch in enumerate(original(self)):
            if number == 1:
                raise EngineFailed("openpyxl", "the file changed while it was read")
            yield batch

    monkeypatch.setattr(RowStream, "batches", failing)
    path = write_register(tmp_path / "register.xlsx", [_row(n) for n in range(1500)])
    done = _same_as_ordinary(register, twin, path)
    assert not done.streamed and done.result.created == 1500
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
    assert not multiprocessing.active_children()


def test_short_sheets_and_calamine_reads_are_not_streamed(register: Register,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_register(tmp_path / "register.xlsx")
    assert stream_plan.stream_source(path, engine="openpyxl") is not None
    assert stream_plan.stream_source(path, engine="auto") is None  # calamine reads it
    assert stream_plan.stream_source(path, sheet="Nope", engine="openpyxl") is None
    monkeypatch.setattr(stream_plan, "STREAM_MIN_ROWS", 10_000)
    assert stream_plan.stream_source(path, engine="openpyxl") is None
    done = _import(register, path)
    assert not done.streamed and done.result.created == ROWS


def test_the_cli_streams_a_long_sheet_through_openpyxl(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    rows = 10_050
    assert rows >= REAL_STREAM_MIN_ROWS  # the subprocess takes the streamed path
    path = write_register(tmp_path / "long.xlsx", [_row(n) for n in range(rows)])
    env = {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home")}
    env.pop("CONTRACT_DESK_DB", None)
    command = [sys.executable, "-m", "contract_desk", "--db", str(tmp_path / "cli.sqlite3"),
               "import", str(path), "--engine", "openpyxl", "--json"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env,
                           check=False)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["rows_read"], report["created"], report["skipped"]) == (rows, rows, 0)
    again = json.loads(subprocess.run(command, capture_output=True, text=True, timeout=300,
                                      env=env, check=True).stdout)
    assert (again["rows_read"], again["unchanged"], again["created"]) == (rows, rows, 0)
