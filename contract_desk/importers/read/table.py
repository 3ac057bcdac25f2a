"""The raw contents of a spreadsheet, as every reader returns them.

Readers (xlsx, xls, ods, xlsb, csv) all produce a ``RawWorkbook``: sheets of
rows of plain cell values, nothing interpreted yet. Header detection, column
mapping and value parsing work on this shape only, so they never depend on
which library read the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from contract_desk.i18n import _, enumerated

#: A cell as read: text, a number, a boolean, a date/time (real Excel dates), or empty.
CellValue = str | int | float | Decimal | bool | date | datetime | time | None


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 27 -> AB)."""
    if index < 0:
        raise ValueError(f"a column index is 0 or more, got {index}")
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def cell_address(sheet: str, row: int, column: int) -> str:
    """``Sheet!C12`` for a 1-based sheet row and a 0-based column (quoted if needed)."""
    needs_quotes = not sheet.replace("_", "").isalnum()
    name = f"'{sheet}'" if needs_quotes else sheet
    return f"{name}!{column_letter(column)}{row}"


@dataclass(frozen=True, slots=True)
class RawSheet:
    """One sheet: its rows in order; ``rows[i]`` is sheet row ``first_row + i``."""

    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    first_row: int = 1
    #: Merged cell ranges as (first_row, first_col, last_row, last_col), 1-based rows, 0-based cols.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: False: only the sheet's top rows are held (its header and first data rows, to be
    #: shown); the rest were let go. Such a sheet is not analysed or planned: its file is
    #: read again for that.
    complete: bool = True

    def row_number(self, index: int) -> int:
        """The 1-based sheet row of ``rows[index]``."""
        return self.first_row + index


@dataclass(frozen=True, slots=True)
class RawWorkbook:
    """Every sheet of a file, read by ``reader`` ("calamine", "openpyxl" or "csv")."""

    path: Path
    sheets: list[RawSheet]
    reader: str
    #: Notes for the user about how the file was read (encoding found, fallbacks used...).
    notes: list[str] = field(default_factory=list)

    def sheet(self, name: str | None = None) -> RawSheet:
        """The sheet called ``name``, or the first visible one."""
        if name is None:
            visible = [s for s in self.sheets if not s.hidden] or self.sheets
            if not visible:
                raise KeyError(_("{file} has no sheets").format(file=self.path.name))
            return visible[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        names = enumerated(s.name for s in self.sheets)
        raise KeyError(_("{file} has no sheet called {sheet} (it has: {names})").format(
            file=self.path.name, sheet=repr(name), names=names))
