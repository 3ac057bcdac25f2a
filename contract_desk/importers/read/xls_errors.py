"""Error cells of a legacy .xls workbook, which python-calamine reads as empty.

A BIFF workbook stores a failed formula's result as an error code (``#N/A``,
``#DIV/0!``...). calamine returns an empty string for it, so a register row
would lose what its author saw. xlrd (pure Python, the reference reader of
BIFF) reports the codes; it is used here only to find those cells, calamine
still reads the values. A workbook xlrd cannot parse is simply not scanned
(the caller says so): calamine may still read it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

#: Larger .xls files are not scanned: xlrd holds the whole file and every cell.
MAX_SCAN_BYTES = 64 * 1024 * 1024

ErrorCells = dict[str, dict[tuple[int, int], str]]


def xls_error_cells(path: Path) -> ErrorCells | None:
    """sheet name -> {(1-based row, 0-based column): "#N/A"}; None when not scanned."""
    try:
        import xlrd
    except ImportError:  # an optional helper: without it, errors read empty as before
        return None
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            return None
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception:  # xlrd refuses what it cannot parse; calamine decides about the file
        return None
    try:
        return _scan(book, xlrd.XL_CELL_ERROR, xlrd.error_text_from_code)
    except Exception:
        return None
    finally:
        book.release_resources()


def _scan(book: Any, error_type: int, texts: dict[int, str]) -> ErrorCells:
    found: ErrorCells = {}
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        errors: dict[tuple[int, int], str] = {}
        for row in range(sheet.nrows):
            types = sheet.row_types(row)
            if error_type not in types:
                continue
            values = sheet.row_values(row)
            for column, kind in enumerate(types):
                if kind == error_type:
                    errors[(row + 1, column)] = texts.get(values[column], "#ERROR")
        if errors:
            found[sheet.name] = errors
        book.unload_sheet(index)
    return found
