"""Reading the real registers in ../shared/registers and finding their headers and data rows.

The expected counts are the true data rows from SOURCES.md. The files are read
where they are; none is copied into the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.importers.header.cell_kinds import is_blank
from contract_desk.importers.header.finding import HeaderGuess, find_header
from contract_desk.importers.read.readers import list_sheets, read_workbook
from contract_desk.importers.read.table import RawSheet

#: ../shared/registers next to the repository.
REGISTERS = Path(__file__).resolve().parents[3] / "shared" / "registers"
pytestmark = pytest.mark.skipif(not REGISTERS.is_dir(), reason="../shared/registers is absent")

OTTAWA = "ottawa_contracts_gt_25000.xlsx"
BRAZIL = "br_ufrn_contratos.csv"
MEXICO = "mx_compranet_contratos.csv"
TORONTO = "ca_toronto_awarded_contracts_2024snapshot.csv"
US_LEASES = "us_fedgov_lease_terminations.csv"
GJAKOVA = "xk_gjakova_procurement_contracts_2016_noheader.csv"
ZIMBABWE = "zw_psmas_contracts_template_header_only_invalid_tabcolor.xlsx"

EXPECTED_ROWS = {OTTAWA: 4455, BRAZIL: 100, MEXICO: 101, TORONTO: 655, US_LEASES: 384,
                 GJAKOVA: 128, ZIMBABWE: 0}


def _data_rows(sheet: RawSheet, guess: HeaderGuess) -> list[list[object]]:
    rows = sheet.rows[guess.first_data: guess.last_data + 1]
    return [row for row in rows if not is_blank(row)]


def _read(name: str) -> tuple[RawSheet, HeaderGuess]:
    sheet = read_workbook(REGISTERS / name).sheet()
    return sheet, find_header(sheet)


def test_every_register_in_the_folder_is_covered() -> None:
    present = {p.name for p in REGISTERS.iterdir() if p.suffix != ".md"}
    assert present == set(EXPECTED_ROWS)


@pytest.mark.parametrize(("name", "count"), sorted(EXPECTED_ROWS.items()))
def test_the_data_rows_found_are_the_true_count(name: str, count: int) -> None:
    sheet, guess = _read(name)
    assert len(_data_rows(sheet, guess)) == count
    assert guess.totals_row is None


@pytest.mark.parametrize("name", sorted(set(EXPECTED_ROWS) - {GJAKOVA}))
def test_the_header_is_the_first_row(name: str) -> None:
    _, guess = _read(name)
    assert guess.has_header and guess.header_rows == (0,) and guess.first_data == 1


def test_the_gjakova_file_has_no_header_and_letter_columns() -> None:
    sheet, guess = _read(GJAKOVA)
    assert not guess.has_header and guess.first_data == 0
    assert [column.split(" — ")[0] for column in guess.columns] == [
        f"Column {letter}" for letter in "ABCDEFGHIJKLMNOP"]
    assert guess.columns[6:9] == ["Column G — long text", "Column H — dates",
                                  "Column I — amounts"]
    assert any("No header row found" in note for note in guess.notes)
    assert sheet.rows[0][7] == "11.03.2016" and sheet.rows[0][6].startswith("Furnizim me")


def test_ottawa_reads_numbers_text_and_multiline_vendors() -> None:
    sheet, guess = _read(OTTAWA)
    assert guess.columns[:3] == ["Item #", "PO", "Dept"] and guess.columns[-1] == "Quarters"
    first = sheet.rows[1]
    assert first[:3] == [1, 45082129, "AG"] and first[6] == 50909.51
    assert first[7] == "JENKINS RTS LLC\nSAN MARTIN CA"
    assert "STANDING OFFER" in [row[1] for row in sheet.rows]


def test_both_engines_read_ottawa_identically() -> None:
    fast = read_workbook(REGISTERS / OTTAWA, engine="calamine")
    slow = read_workbook(REGISTERS / OTTAWA, engine="openpyxl")
    assert (fast.reader, slow.reader) == ("calamine", "openpyxl")
    assert fast.sheets == slow.sheets


def test_the_zimbabwe_template_falls_back_when_openpyxl_refuses_it() -> None:
    book = read_workbook(REGISTERS / ZIMBABWE, engine="openpyxl")
    assert book.reader == "calamine"
    assert any("openpyxl could not read it" in note for note in book.notes)
    assert book.sheets == read_workbook(REGISTERS / ZIMBABWE).sheets
    assert book.sheets[0].rows[0][:4] == ["Name", "Description", "Start Date", "End Date"]
    assert list_sheets(REGISTERS / ZIMBABWE) == [("Contracts", False)]


def test_the_brazilian_file_is_utf8_with_bom_and_semicolons() -> None:
    book = read_workbook(REGISTERS / BRAZIL)
    assert "UTF-8 (with BOM)" in book.notes[0] and "semicolons" in book.notes[0]
    sheet = book.sheets[0]
    assert sheet.rows[0][0] == "contrato"  # no BOM left on the first header
    supplier = " 05.120.923/0001-09 - AEROTUR SERVIÇOS DE VIAGENS LTDA"
    assert sheet.rows[1][:3] == ["90/2013", supplier, "R$    11.340.000,66"]
    multiline = [cell for row in sheet.rows for cell in row if isinstance(cell, str)
                 and "\n" in cell]
    assert multiline and not any("\r" in cell for cell in multiline)


def test_the_mexican_file_keeps_leading_zeros_and_literal_escapes() -> None:
    sheet, _ = _read(MEXICO)
    assert sheet.rows[1][2] == "09176001"
    assert "_x000D_<br/>" in sheet.rows[1][8]


def test_every_csv_value_stays_text() -> None:
    for name in (BRAZIL, MEXICO, TORONTO, US_LEASES, GJAKOVA):
        sheet, _ = _read(name)
        assert all(cell is None or isinstance(cell, str) for row in sheet.rows for cell in row)


def test_toronto_and_us_leases_are_comma_separated_utf8() -> None:
    for name, width in ((TORONTO, 13), (US_LEASES, 7)):
        book = read_workbook(REGISTERS / name)
        assert "UTF-8 text" in book.notes[0] and "commas" in book.notes[0]
        assert {len(row) for row in book.sheets[0].rows} == {width}


def test_torontos_double_encoded_quotes_are_kept_and_noted() -> None:
    book = read_workbook(REGISTERS / TORONTO)
    assert any("looks encoded twice" in note for note in book.notes)
    assert any("\u00e2\x80\x9cCity" in str(cell) for row in book.sheets[0].rows for cell in row)
