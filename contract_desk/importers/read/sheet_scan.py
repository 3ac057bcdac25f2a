"""A quick look at a worksheet's XML before any library parses it.

python-calamine builds a dense grid from the first to the last cell holding a
value; two values at A1 and XFD1048576 make it ask for hundreds of gigabytes
and the process aborts, which no ``except`` can catch. openpyxl streams, but
walks every styled-but-empty row to the end. Scanning the raw bytes once (a
few byte searches per megabyte, no XML parsing) tells how far the values
really reach, so the reader is chosen safely and stops at the last value.

The same pass finds what both libraries lose or disagree on: error cells
(calamine reads ``#N/A`` as empty), formulas saved without their values, and
merged ranges (openpyxl's read-only mode does not report them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import unescape

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.limits import MAX_CELLS
from contract_desk.importers.read.xml_pieces import split_after_last

_CELL_REF = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})(\d{1,7})"')
_PREFIX = re.compile(rb"<(\w+:)?(?:worksheet|sheetData)\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</")
_FORMULA_WITHOUT_VALUE = re.compile(
    rb"</(?:\w+:)?f>\s*(?:<(?:\w+:)?v\s*/>\s*|<(?:\w+:)?v>\s*</(?:\w+:)?v>\s*)?</(?:\w+:)?c>"
    rb"|<(?:\w+:)?f\b[^>]*/>\s*</(?:\w+:)?c>")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"')

#: Columns a sheet is assumed to reach when no cell reference has two letters.
_ONE_LETTER_COLUMNS = 26


def column_index(letters: bytes | str) -> int:
    """The 0-based index of a column's letters (A -> 0, AA -> 26)."""
    index = 0
    for char in letters if isinstance(letters, str) else letters.decode("ascii"):
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1


@dataclass(slots=True)
class SheetScan:
    """What the raw XML of one worksheet says about its extent and awkward cells."""

    #: 1-based row of the last cell that holds something (in document order).
    last_value_row: int = 0
    #: 0-based column of the rightmost cell written with a two- or three-letter column.
    widest_column: int = _ONE_LETTER_COLUMNS - 1
    cell_tags: int = 0
    cell_tags_with_reference: int = 0
    rows_ascending: bool = True
    #: (1-based row, 0-based column) -> the error's text, e.g. "#N/A".
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    formulas_without_values: int = 0
    #: (first_row, first_col, last_row, last_col): 1-based rows, 0-based columns.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def extent_known(self) -> bool:
        """Every cell names its position and rows come in order, so the extent is exact."""
        return self.cell_tags == self.cell_tags_with_reference and self.rows_ascending

    def dense_grid_problem(self) -> str | None:
        """Why the used range cannot safely be allocated at once, or None."""
        if self.cell_tags != self.cell_tags_with_reference:
            return _("some cells do not state their position")
        if not self.rows_ascending:
            return _("its rows are out of order")
        columns = self.widest_column + 1
        if columns > _ONE_LETTER_COLUMNS and columns * self.last_value_row > MAX_CELLS:
            return _("its cells spread over {rows} rows and {columns} columns").format(
                rows=current_formats().number(self.last_value_row),
                columns=current_formats().number(columns))
        return None

    def errors_by_row(self) -> dict[int, dict[int, str]]:
        """The error cells grouped by row, as a reader's overrides."""
        grouped: dict[int, dict[int, str]] = {}
        for (row, column), text in self.errors.items():
            grouped.setdefault(row, {})[column] = text
        return grouped


class SheetScanner:
    """Feeds a worksheet's XML through in pieces; ``scan`` holds the result."""

    def __init__(self) -> None:
        self.scan = SheetScan()
        self._carry = b""
        self._prefix: bytes | None = None
        self._last_row_number = 0
        # Compiled once the namespace prefix is known: a literal start is searched fast.
        self._wide_cell = re.compile(b"")
        self._row_number = re.compile(b"")

    def feed(self, chunk: bytes) -> None:
        """The next bytes of the part; only whole rows are looked at."""
        rows, self._carry = split_after_last(self._carry + chunk, b"row>")
        self._look_at(rows)

    def finish(self) -> SheetScan:
        """Looks at what is left (the tail after the last row: merged ranges)."""
        self._look_at(self._carry)
        self._carry = b""
        return self.scan

    def _look_at(self, piece: bytes) -> None:
        if not piece:
            return
        if self._prefix is None:
            self._learn_prefix(piece)
        self._count_cells(piece)
        self._find_last_value(piece)
        self._check_row_order(piece)
        if b't="e"' in piece:
            self._find_errors(piece)
        if b"<" + (self._prefix or b"") + b"f" in piece:
            self.scan.formulas_without_values += len(_FORMULA_WITHOUT_VALUE.findall(piece))
        if b"mergeCell " in piece:
            self._find_merged(piece)

    def _learn_prefix(self, piece: bytes) -> None:
        found = _PREFIX.search(piece)
        self._prefix = prefix = (found.group(1) or b"") if found else b""
        escaped = re.escape(prefix)
        self._wide_cell = re.compile(b"<" + escaped + rb'c r="([A-Z]{2,3})\d')
        self._row_number = re.compile(b"<" + escaped + rb'row r="(\d{1,7})"')

    def _count_cells(self, piece: bytes) -> None:
        prefix = self._prefix or b""
        self.scan.cell_tags += piece.count(b"<" + prefix + b"c ")
        self.scan.cell_tags_with_reference += piece.count(b"<" + prefix + b'c r="')
        wide = self._wide_cell.findall(piece)
        if wide:
            widest = max(wide, key=lambda letters: (len(letters), letters))
            self.scan.widest_column = max(self.scan.widest_column, column_index(widest))

    def _find_last_value(self, piece: bytes) -> None:
        # A cell holding something is closed by </c>; an empty styled one is <c .../>.
        prefix = self._prefix or b""
        end = piece.rfind(b"</" + prefix + b"c>")
        if end < 0:
            return
        start = piece.rfind(b"<" + prefix + b'c r="', 0, end)
        found = _CELL_REF.match(piece, start) if start >= 0 else None
        if found:
            self.scan.last_value_row = max(self.scan.last_value_row, int(found.group(2)))

    def _check_row_order(self, piece: bytes) -> None:
        numbers = list(map(int, self._row_number.findall(piece)))
        if not numbers:
            return
        # sorted() of an already sorted list is one linear pass in C.
        if numbers[0] <= self._last_row_number or numbers != sorted(numbers):
            self.scan.rows_ascending = False
        self._last_row_number = numbers[-1]

    def _find_errors(self, piece: bytes) -> None:
        prefix = self._prefix or b""
        position = piece.find(b't="e"')
        while position >= 0:
            start = piece.rfind(b"<" + prefix + b'c r="', 0, position)
            end = piece.find(b"</" + prefix + b"c>", position)
            cell = _CELL_REF.match(piece, start) if start >= 0 else None
            value = _VALUE.search(piece, position, end) if end >= 0 else None
            if cell and value:
                where = (int(cell.group(2)), column_index(cell.group(1)))
                self.scan.errors[where] = unescape(value.group(1).decode("utf-8", "replace"))
            position = piece.find(b't="e"', position + 1)

    def _find_merged(self, piece: bytes) -> None:
        for first_col, first_row, last_col, last_row in _MERGE.findall(piece):
            self.scan.merged.append((
                int(first_row), column_index(first_col),
                int(last_row or first_row), column_index(last_col or first_col)))
