"""Cell addresses and sheet lookup of the raw workbook shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.importers.read.table import RawSheet, RawWorkbook, cell_address, column_letter


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"),
                                                (701, "ZZ"), (702, "AAA")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_cell_addresses_quote_sheet_names_with_spaces() -> None:
    assert cell_address("Sheet1", 12, 2) == "Sheet1!C12"
    assert cell_address("Kontrakter 2025", 3, 0) == "'Kontrakter 2025'!A3"


def test_the_first_visible_sheet_is_the_default() -> None:
    book = RawWorkbook(Path("x.xlsx"), [RawSheet("Hidden", [], hidden=True),
                                        RawSheet("Data", [["a"]], first_row=4)], "calamine")
    assert book.sheet().name == "Data"
    assert book.sheet().row_number(0) == 4
    with pytest.raises(KeyError, match="Data"):
        book.sheet("Nope")
