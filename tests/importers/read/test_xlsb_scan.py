"""The .xlsb record walk that keeps calamine from allocating a huge grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import (
    read_in_child,
    write_parts,
    xlsb_blank,
    xlsb_number,
    xlsb_record,
    xlsb_row,
    xlsb_short_number,
)

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read.xlsb_scan import XlsbSheetScanner

BEGIN_SHEET_DATA = xlsb_record(145, b"")


def _scan(data: bytes, piece: int) -> XlsbSheetScanner:
    scanner = XlsbSheetScanner("book.xlsb", "xl/worksheets/sheet1.bin")
    for start in range(0, len(data), piece):
        scanner.feed(data[start:start + piece])
    scanner.finish()
    return scanner


@pytest.mark.parametrize("piece", [1, 3, 7, 64, 10_000])
def test_the_extent_of_values_is_found_across_chunk_boundaries(piece: int) -> None:
    data = (BEGIN_SHEET_DATA + xlsb_row(0) + xlsb_number(0) + xlsb_number(3)
            + xlsb_row(41) + xlsb_number(1) + xlsb_short_number() + xlsb_short_number()
            + xlsb_row(60) + xlsb_blank(900))
    scanner = _scan(data, piece)
    assert (scanner.last_row, scanner.last_column) == (41, 3)


def test_values_far_apart_are_refused() -> None:
    data = xlsb_row(0) + xlsb_number(0) + xlsb_row(400_000) + xlsb_number(700)
    with pytest.raises(ImportFileError, match=r"book\.xlsb: worksheet xl/worksheets/sheet1\.bin"
                                              r" has values spread over 400,001 rows"):
        _scan(data, 4096)


def test_styled_blank_cells_far_away_are_not_values() -> None:
    data = xlsb_row(0) + xlsb_number(0) + xlsb_row(1_048_575) + xlsb_blank(16_383)
    assert (_scan(data, 4096).last_row, _scan(data, 4096).last_column) == (0, 0)


def test_an_xlsb_with_a_stray_far_value_never_reaches_calamine(tmp_path: Path) -> None:
    sheet = xlsb_row(0) + xlsb_number(0) + xlsb_row(1_048_575) + xlsb_number(16_383)
    path = write_parts(tmp_path / "far.xlsb", {"[Content_Types].xml": "<Types/>",
                                               "xl/workbook.bin": b"",
                                               "xl/worksheets/sheet1.bin": sheet})
    outcome = read_in_child(path)
    outcome.assert_bounded()
    assert outcome.error is not None and "far.xlsb" in outcome.error
    assert "1,048,576 rows and 16,384 columns" in outcome.error
