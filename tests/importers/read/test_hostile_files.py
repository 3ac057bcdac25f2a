"""Hostile or broken files: a clear ImportFileError (or a correct read) in bounded time and memory.

Every file is generated here; each is read in a child process whose time and
peak memory (Rust allocations included) are asserted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from handmade import cell, ods_number, ods_row, ods_text, row, worksheet, write_ods
from hostile import (
    billion_laughs,
    encrypted_ole,
    header_rows,
    read_in_child,
    set_declared_size,
    split_sheet,
    workbook_parts,
    write_parts,
    write_streamed_sheet,
)

from contract_desk.importers.limits import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_PACKAGE_PARTS,
    MAX_PART_BYTES,
    MAX_ROWS,
)

pytest.importorskip("resource")  # peak memory of the child process (POSIX)

ENGINES = ["auto", "openpyxl"]


def _refused(path: Path, *fragments: str, engine: str = "auto") -> str:
    outcome = read_in_child(path, engine)
    outcome.assert_bounded()
    assert outcome.error is not None, f"read instead of refused: {outcome}"
    for fragment in (path.name, *fragments):
        assert fragment in outcome.error, outcome.error
    return outcome.error


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(bytes(range(7, 250)) * 100)
    _refused(path, "is not a valid .xlsx workbook")


def test_a_pdf_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "scan.xlsx"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 2000)
    _refused(path, "is a PDF document, not a spreadsheet")


def test_an_html_page_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(b"<html><body><table><tr><td>Ref</td></tr></table></body></html>")
    _refused(path, "web page (HTML)", "save it as .xlsx")


def test_a_truncated_xlsx(tmp_path: Path) -> None:
    whole = write_parts(tmp_path / "whole.xlsx", workbook_parts(worksheet(header_rows())))
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size * 6 // 10])
    _refused(path, "damaged or incomplete")


def test_a_password_protected_xlsx(tmp_path: Path) -> None:
    _refused(encrypted_ole(tmp_path / "secret.xlsx"), "password-protected",
             "remove the password")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_entity_bomb_in_the_sheet(tmp_path: Path, engine: str) -> None:
    bomb = worksheet(row(1, [cell("A1", "Ref")])).replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', billion_laughs("worksheet"))
    bomb = bomb.replace("<t xml:space=\"preserve\">Ref</t>", "<t>&lol9;</t>")
    path = write_parts(tmp_path / "laughs.xlsx", workbook_parts(bomb))
    _refused(path, "xl/worksheets/sheet1.xml", "entity bomb", engine=engine)


def test_an_entity_bomb_in_shared_strings(tmp_path: Path) -> None:
    strings = (billion_laughs("sst") + '<sst xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')
    sheet = worksheet(row(1, ['<c r="A1" t="s"><v>0</v></c>']))
    path = write_parts(tmp_path / "strings.xlsx",
                       workbook_parts(sheet, **{"xl/sharedStrings.xml": strings}))
    _refused(path, "xl/sharedStrings.xml", "DOCTYPE")


def test_an_entity_declaration_hidden_in_utf16_is_found(tmp_path: Path) -> None:
    sheet = billion_laughs("worksheet").replace("UTF-8", "UTF-16") + worksheet("").split("\n", 1)[1]
    path = write_parts(tmp_path / "wide.xlsx",
                       workbook_parts("\ufeff".encode("utf-16-le") + sheet.encode("utf-16-le")))
    _refused(path, "entity bomb")


def test_openpyxl_itself_parses_through_defusedxml() -> None:
    # Second line of defence behind the DOCTYPE check: openpyxl picks defusedxml up.
    assert openpyxl.DEFUSEDXML is True


def test_a_zip_bomb_part_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    write_parts(path, workbook_parts(worksheet(header_rows())))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("xl/media/zeros.bin", "w") as stream:
        for _ in range(100):
            stream.write(bytes(1024 * 1024))
    _refused(path, "xl/media/zeros.bin", "zip bomb")


def test_a_declared_size_beyond_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "huge.xlsx", workbook_parts(worksheet(header_rows())))
    set_declared_size(path, "xl/worksheets/sheet1.xml", MAX_PART_BYTES + 1)
    _refused(path, "xl/worksheets/sheet1.xml", "would unpack to")


def test_a_part_that_lies_about_its_size_is_caught(tmp_path: Path) -> None:
    rows = "".join(row(n, [cell(f"A{n}", "x" * 50)]) for n in range(1, 20_000))
    path = write_parts(tmp_path / "liar.xlsx", workbook_parts(worksheet(rows)))
    set_declared_size(path, "xl/worksheets/sheet1.xml", 1000)
    _refused(path, "is damaged", "xl/worksheets/sheet1.xml")


def test_too_many_parts(tmp_path: Path) -> None:
    parts = workbook_parts(worksheet(header_rows()))
    parts.update({f"xl/junk/{n}.xml": "<a/>" for n in range(MAX_PACKAGE_PARTS + 1)})
    _refused(write_parts(tmp_path / "parts.xlsx", parts), "parts")


def test_a_file_beyond_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "giant.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    _refused(path, "an import reads files up to")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_dimension_claiming_a_million_columns_is_ignored(tmp_path: Path, engine: str) -> None:
    sheet = worksheet(header_rows(), dimension="A1:XFD1048576")
    outcome = read_in_child(write_parts(tmp_path / "wide.xlsx", workbook_parts(sheet)), engine)
    outcome.assert_bounded()
    assert outcome.error is None and outcome.rows == [2]
    assert outcome.first_rows == [repr([["Ref", "Amount"], ["K-1", 10]])]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_stray_value_in_the_last_cell_of_excel(tmp_path: Path, engine: str) -> None:
    sheet = worksheet(header_rows() + row(1_048_576, [cell("XFD1048576", 1)]))
    path = write_parts(tmp_path / "corner.xlsx", workbook_parts(sheet))
    _refused(path, "1,048,576", f"at most {MAX_ROWS:,} rows", engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_stray_value_far_to_the_right(tmp_path: Path, engine: str) -> None:
    sheet = worksheet(row(1, [cell("A1", "Ref"), cell("XFD1", "stray")]))
    path = write_parts(tmp_path / "right.xlsx", workbook_parts(sheet))
    _refused(path, "S!XFD1", f"{MAX_COLUMNS:,} columns", engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparse_value_that_would_make_a_huge_grid(tmp_path: Path, engine: str) -> None:
    # Within both the row and the column limit, but 400,000 x 702 cells as a grid.
    sheet = worksheet(header_rows() + row(400_000, [cell("ZZ400000", 1)]))
    path = write_parts(tmp_path / "sparse.xlsx", workbook_parts(sheet))
    _refused(path, "cells", "Split the register", engine=engine)


@pytest.fixture(scope="module")
def styled_million(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two rows of data over a million styled-but-empty rows (written once for both engines)."""
    head, tail = split_sheet(header_rows())
    styled = (f'<row r="{n}" s="1" customFormat="1"><c r="A{n}" s="1"/><c r="B{n}" s="1"/></row>'
              for n in range(3, 1_000_003))
    return write_streamed_sheet(tmp_path_factory.mktemp("styled") / "styled.xlsx", head,
                                styled, tail)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_million_styled_empty_rows_are_skipped(styled_million: Path, engine: str) -> None:
    outcome = read_in_child(styled_million, engine)
    outcome.assert_bounded()
    assert outcome.error is None and outcome.rows == [2]


def test_cells_without_positions_are_read_without_calamine(tmp_path: Path) -> None:
    rows = ('<row r="1"><c t="inlineStr"><is><t>Ref</t></is></c><c><v>5</v></c></row>'
            '<row r="2"><c t="inlineStr"><is><t>K-1</t></is></c><c><v>6</v></c></row>')
    outcome = read_in_child(write_parts(tmp_path / "norefs.xlsx", workbook_parts(worksheet(rows))))
    outcome.assert_bounded()
    assert outcome.reader == "openpyxl" and outcome.rows == [2]
    assert any("some cells do not state their position" in note for note in outcome.notes)


def test_an_ods_that_repeats_a_value_into_billions_of_cells(tmp_path: Path) -> None:
    table = ods_row(ods_text("Ref") + ods_text("Amount")) + ods_row(
        ods_number(1, repeat=16_384), repeat=1_000_000)
    _refused(write_ods(tmp_path / "repeat.ods", table), "repeats values")


def test_an_ods_with_a_million_repeated_empty_rows_reads_quickly(tmp_path: Path) -> None:
    table = (ods_row(ods_text("Ref") + ods_text("Amount"))
             + ods_row(ods_text("K-1") + ods_number(3))
             + ods_row('<table:table-cell table:number-columns-repeated="16384"/>',
                       repeat=1_048_000))
    outcome = read_in_child(write_ods(tmp_path / "empty.ods", table))
    outcome.assert_bounded()
    assert outcome.error is None and outcome.rows == [2]


def test_a_zip_that_is_a_word_document(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "letter.xlsx", {"word/document.xml": "<w/>"})
    _refused(path, "Word document", "not a spreadsheet")


def test_a_damaged_xls(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    _refused(path, "cannot be read by python-calamine")
