"""What the importer says about a file, a sheet and its cells goes through the catalog.

A deliberately bad workbook (a date that is none, an amount that is none, an
unknown currency, a renewal answer that says nothing, a sheet with no column to
name a contract by) is read under a pseudo-translation: every sentence a person
reads is marked, only the file's own values and addresses stay outside a mark.
The spawned process that reads a big xlsx speaks the parent's language, and a
known problem reads in Norwegian with its cell address intact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from contract_desk import i18n
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.plan.pipeline import analyze, build_plan, check_names_contracts
from contract_desk.importers.plan.problem_groups import group_problems
from contract_desk.importers.read.openpyxl_stream import RowStream
from contract_desk.importers.read.sheet_choice import EngineFailed
from tests.i18n.test_core_language import Pseudo

#: The bad workbook's header, as the file writes it (data: never translated).
HEADERS = ["Reference", "Title", "Start date", "End date", "Value", "Currency", "Auto-Renew?"]


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


def _workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contracts"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _bad_workbook(path: Path) -> Path:
    return _workbook(path, [
        ["A-1", "Cleaning", "soon", "2026-12-31", "12x3", "EUR", "yes"],
        ["A-2", "Licences", "2025-01-01", "2025-13-40", "1,5,0", "ZZZ", "maybe"],
        ["A-3", "Security", "2025-01-01", "2025-12-31", "1 000", "EUR", "no"],
    ])


def _unmarked(text: str) -> str:
    outside = text
    while re.search(r"⟦[^⟦⟧]*⟧", outside):  # marks nest: a fragment inside a sentence
        outside = re.sub(r"⟦[^⟦⟧]*⟧", "", outside)
    return outside


def _leftover(text: str) -> str:
    """What is neither marked nor data: the file's values, headers, addresses, numbers."""
    outside = _unmarked(text)
    outside = re.sub(r"'[^']*'|\"[^\"]*\"", "", outside)  # a cell's own text, quoted
    for header in sorted(HEADERS, key=len, reverse=True):
        outside = outside.replace(header, "")
    outside = re.sub(r"Contracts!\w+(?::\w+)?|bad\.xlsx|\bEUR\b|\d+", "", outside)
    return re.sub(r"[\s():,.;·…—\-\[\]]", "", outside)


def test_under_a_pseudo_language_every_problem_of_a_bad_sheet_is_marked(tmp_path: Path) -> None:
    path = _bad_workbook(tmp_path / "bad.xlsx")
    i18n.use_translations(Pseudo(), "pseudo")
    analysis = analyze(path)
    plan = build_plan(analysis)
    said = [*plan.notes, *(f"{p.cell}: {p.message}" for p in plan.problems),
            *(group.text() for group in group_problems(plan.problems)),
            *(s.reason for s in analysis.suggestions)]
    cells = {p.cell for p in plan.problems}
    # The bad date, the bad amount, the unknown currency and the renewal answer are all said.
    assert {"Contracts!C2", "Contracts!D3", "Contracts!E2", "Contracts!F3",
            "Contracts!G3"} <= cells, cells
    for text in said:
        assert _leftover(text) == "", f"not translated: {text!r}"


def test_a_sheet_no_row_of_which_can_be_named_is_refused_in_marked_words(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bad.xlsx", [["2025-01-01", "12"], ["2025-02-01", "13"]],
                     headers=["Start date", "Value"])
    i18n.use_translations(Pseudo(), "pseudo")
    with pytest.raises(ImportFileError) as refused:
        check_names_contracts(analyze(path))
    assert _leftover(str(refused.value)) == "", str(refused.value)


def test_a_file_that_is_no_spreadsheet_is_refused_in_marked_words(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"%PDF-1.7 not a workbook")
    i18n.use_translations(Pseudo(), "pseudo")
    with pytest.raises(ImportFileError) as refused:
        analyze(path)
    assert _leftover(str(refused.value)) == "", str(refused.value)


def test_the_reading_process_speaks_the_parents_language(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx", [["A-1", "Cleaning"]])
    i18n.use_language("nb")
    with RowStream(path, "Nope", None) as stream, pytest.raises(EngineFailed) as failed:
        list(stream.batches())
    assert failed.value.reason == "arbeidsboken har ikke noe ark som heter 'Nope'"


def test_a_bad_date_reads_in_norwegian_with_its_cell_address(tmp_path: Path) -> None:
    path = _bad_workbook(tmp_path / "bad.xlsx")
    i18n.use_language("nb")
    plan = build_plan(analyze(path))
    problem = next(p for p in plan.problems if p.cell == "Contracts!C2")
    assert problem.message == (
        "'soon' er ikke en dato: 'soon' er ikke et månedsnavn, og teksten er ikke en dato som "
        "31.12.2025 eller 2025-12-31 (beholdt som tekst)")
    currency = next(p for p in plan.problems if p.cell == "Contracts!F3")
    assert currency.message == (
        "'ZZZ' er ikke en valutakode som EUR eller NOK (beholdt som tekst)")
    start = next(g for g in group_problems(plan.problems) if g.column == "Start date")
    assert start.text() == f"Start date: 1 celle — {problem.message} (Contracts!C2)"
