"""Hostile text never becomes a formula: read back from xlsx (cells and XML) and from csv."""

from __future__ import annotations

import csv
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from export_helpers import HOSTILE, add_lease, read_data
from openpyxl import load_workbook

from contract_desk.exporters import ExportData
from contract_desk.exporters.csv_writer import write_csv
from contract_desk.exporters.safety import csv_safe, looks_like_formula, xlsx_text
from contract_desk.exporters.xlsx_writer import write_xlsx
from contract_desk.storage import Register


@pytest.fixture
def hostile(register: Register) -> ExportData:
    """Contracts whose title, owner, notes and a custom field are each a hostile text.

    The register trims leading tabs and line breaks from what people type; the
    rows are given the raw texts too, so every OWASP start reaches the writers.
    """
    for number, text in enumerate(HOSTILE):
        add_lease(register, reference=f"H-{number}", title=text, notes=text, owner=text,
                  custom={"Kommentar": text})
    data = read_data(register)
    rows = [row._replace(title=text, notes=text, owner=text, custom={"Kommentar": text})
            for row, text in zip(data.contracts, HOSTILE, strict=True)]
    return replace(data, contracts=rows)


def test_the_register_keeps_formula_like_text_as_typed(register: Register) -> None:
    add_lease(register, title=HOSTILE[0], notes=HOSTILE[2])
    row = read_data(register).contracts[0]
    assert (row.title, row.notes) == (HOSTILE[0], HOSTILE[2])


def test_xlsx_keeps_hostile_text_as_string_cells(hostile: ExportData, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", hostile)
    sheet = load_workbook(path)["Contracts"]
    headers = [cell.value for cell in sheet[1]]
    columns = [headers.index(name) for name in ("Title", "Owner", "Notes", "Kommentar")]
    seen = 0
    for row in sheet.iter_rows(min_row=2):
        text = HOSTILE[int(row[0].value.split("-")[1])]
        for index in columns:
            # The text itself (a carriage return as Excel's own escape, _x000D_).
            assert row[index].value == xlsx_text(text)
            assert row[index].data_type == "s"
            seen += 1
    assert seen == len(HOSTILE) * len(columns)


def test_xlsx_file_holds_no_formula_at_all(hostile: ExportData, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", hostile)
    with zipfile.ZipFile(path) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            xml = package.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name


def test_csv_prefixes_hostile_text_with_a_quote(hostile: ExportData, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", hostile)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(HOSTILE)
    for row in rows:
        text = HOSTILE[int(row["Reference"].split("-")[1])]
        for column in ("Title", "Owner", "Notes", "Kommentar"):
            assert row[column] == "'" + text
            assert not looks_like_formula(row[column])


@pytest.mark.parametrize("text", ["plain", "a=b", "50%", "'quoted", ""])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert csv_safe(text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_every_owasp_start_is_caught(text: str) -> None:
    assert looks_like_formula(text) and csv_safe(text).startswith("'")
