"""One shape for cell values and rows, whichever library read them.

python-calamine and openpyxl disagree on small things (42.0 or 42, a date at
midnight as ``date`` or ``datetime``, an empty cell as ``''`` or ``None``).
Everything they return passes through ``normalise_cell`` and ``SheetBuilder``,
so both readers give identical sheets and the rest of the importer never
learns which one ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from contract_desk.importers.read.table import CellValue, RawSheet, cell_address

#: Integral floats beyond this lose digits as floats already; they stay floats.
_EXACT_INTEGER_LIMIT = 2**53
_SECONDS_PER_DAY = 86_400
#: Rows after which a column whose texts and dates are mostly distinct stops being
#: shared (a reference or title column: its lookups would only cost memory).
SHARE_PROBE_ROWS = 2000


def _normalise_float(value: float) -> int | float:
    # Excel stores every number as a double; 45082129.0 is the integer people typed.
    if value.is_integer() and abs(value) <= _EXACT_INTEGER_LIMIT:
        return int(value)
    return value


def _normalise_text(value: str) -> str | None:
    if not value:
        return None
    if "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _normalise_datetime(value: datetime) -> date | datetime:
    # A date cell is a datetime at midnight to openpyxl and a date to calamine.
    if value.hour or value.minute or value.second or value.microsecond:
        return value
    return value.date()


def normalise_cell(value: object) -> CellValue:
    """A value as a reader returned it, in the importer's one shape.

    Empty text is ``None``; integral numbers are ``int``; a datetime at
    midnight is a ``date``; ``\\r\\n`` inside text becomes ``\\n``; a duration
    is its number of days (how Excel stores it).
    """
    # Exact type checks first: they are the common cases and the cheapest tests.
    if type(value) is str:
        return _normalise_text(value)
    if type(value) is float:
        return _normalise_float(value)
    if value is None or type(value) in (int, bool, date, time):
        return value  # type: ignore[return-value]  # narrowed by the exact type above
    if type(value) is datetime:
        return _normalise_datetime(value)
    if isinstance(value, timedelta):
        return _normalise_float(value.total_seconds() / _SECONDS_PER_DAY)
    if isinstance(value, str):
        return _normalise_text(str(value))
    if isinstance(value, int | float):
        return _normalise_float(float(value))
    return str(value)


class SheetBuilder:
    """Collects a sheet's rows as they are read, dropping trailing empty ones.

    Blank rows in the middle are kept (they hold a row's place, so indices map
    to sheet rows); blank rows at the end never take memory, however many a
    styled-but-empty sheet has. Limits are checked as rows arrive.
    """

    def __init__(self, file_name: str, sheet_name: str,
                 overrides: Mapping[int, Mapping[int, CellValue]] | None = None) -> None:
        self._file_name = file_name
        self._sheet_name = sheet_name
        self._overrides = overrides or {}
        self._rows: list[list[CellValue]] = []
        self._blank_run = 0
        self._width = 0
        # Per column: equal texts and dates kept once (None: a mostly distinct column).
        self._shared: list[dict[CellValue, CellValue] | None] = []
        self._probed = 0

    @property
    def rows_seen(self) -> int:
        """How many rows were added so far, trailing blank ones included."""
        return len(self._rows) + self._blank_run

    def add_row(self, values: Iterable[object]) -> list[CellValue] | None:
        """The next sheet row, as the reader returned it; the row as kept (None: empty)."""
        row = [normalise_cell(value) for value in values]
        override = self._overrides.get(self.rows_seen + 1)
        if override:
            row = self._apply(row, override)
        while row and row[-1] is None:
            row.pop()
        if not row:
            self._blank_run += 1
            return None
        self._share(row)
        self._keep(row)
        return row

    def _share(self, row: list[CellValue]) -> None:
        # A register repeats its currencies, statuses, owners, counterparties and
        # days down a column: one object for each distinct text or date there instead
        # of one per cell (100,000 rows: 960,000 texts, 230,000 of them distinct).
        shared = self._shared
        if len(shared) < len(row):
            shared.extend({} for _column in range(len(row) - len(shared)))
        for column, value in enumerate(row):
            kind = value.__class__
            if kind is str or kind is date:  # never equal to each other: one dict
                seen = shared[column]
                if seen is not None:
                    row[column] = seen.setdefault(value, value)
        self._probed += 1
        if self._probed == SHARE_PROBE_ROWS:
            for column, seen in enumerate(shared):
                if seen is not None and len(seen) > SHARE_PROBE_ROWS // 2:
                    shared[column] = None

    @property
    def rows(self) -> list[list[CellValue]]:
        """The rows kept so far (up to the last one with a value; not yet padded)."""
        return self._rows

    def _apply(self, row: list[CellValue], override: Mapping[int, CellValue]) -> list[CellValue]:
        needed = max(override) + 1
        if needed > len(row):
            row.extend([None] * (needed - len(row)))
        for column, value in override.items():
            row[column] = value
        return row

    def _keep(self, row: list[CellValue]) -> None:
        self._rows.extend([] for _blank in range(self._blank_run))
        self._blank_run = 0
        self._rows.append(row)
        self._width = max(self._width, len(row))
        self._check_limits(len(self._rows), len(row))

    def _check_limits(self, row_number: int, width: int) -> None:
        file, sheet = self._file_name, repr(self._sheet_name)
        if row_number > MAX_ROWS:
            raise ImportFileError(
                _("{file}, sheet {sheet} has data in row {row}; an import reads at most {limit} "
                  "rows. Split the register or delete the rows below it.").format(
                    file=file, sheet=sheet, row=current_formats().number(row_number),
                    limit=current_formats().number(MAX_ROWS)))
        if width > MAX_COLUMNS:
            cell = cell_address(self._sheet_name, row_number, width - 1)
            raise ImportFileError(
                _("{file}, sheet {sheet} has a value in {cell}, beyond the {limit} columns an "
                  "import reads. Delete the stray cells to the right of the register.").format(
                    file=file, sheet=sheet, cell=cell, limit=current_formats().number(MAX_COLUMNS)))
        if row_number * self._width > MAX_CELLS:
            raise ImportFileError(
                _("{file}, sheet {sheet} holds more than {limit} cells; too many to import at "
                  "once. Split the register into smaller files.").format(
                    file=file, sheet=sheet, limit=current_formats().number(MAX_CELLS)))

    def build(self, *, hidden: bool = False,
              merged: list[tuple[int, int, int, int]] | None = None) -> RawSheet:
        """The sheet: rows padded to one width, trailing empty rows and columns gone."""
        width = self._width
        for row in self._rows:
            if len(row) < width:
                row.extend([None] * (width - len(row)))
        return RawSheet(self._sheet_name, self._rows, hidden=hidden, first_row=1,
                        merged=list(merged or []))
