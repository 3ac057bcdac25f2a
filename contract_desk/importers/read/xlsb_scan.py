"""How far the values of a binary (.xlsb) worksheet reach, before calamine reads it.

The same danger as in xlsx (see ``sheet_scan``): calamine allocates the whole
used range at once, and two values far apart make it abort the process. An
.xlsb sheet is a stream of records (MS-XLSB 2.1.4): a variable-length type, a
variable-length size, then the data. Rows start with BrtRowHdr (type 0,
the 0-based row first); cells carry their 0-based column first, except the
"short" cell records, which follow the previous cell. Only records are
walked, nothing is decoded.
"""

from __future__ import annotations

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_CELLS, MAX_ROWS

_ROW_HEADER = 0
_BLANK_CELLS = frozenset({1, 12})  # BrtCellBlank, BrtShortBlank: styled, no value
#: BrtCellRk..BrtFmlaError and BrtCellRString: a column, then the value.
_CELLS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 62})
#: BrtShortRk..BrtShortIsst: the value only, one column right of the previous cell.
_SHORT_CELLS = frozenset({13, 14, 15, 16, 17, 18})


def _varint(data: bytes, position: int, width: int) -> tuple[int, int] | None:
    """(value, next position) of a 7-bits-per-byte number, or None if cut off."""
    value = 0
    for offset in range(width):
        if position + offset >= len(data):
            return None
        byte = data[position + offset]
        value |= (byte & 0x7F) << (7 * offset)
        if not byte & 0x80:
            return value, position + offset + 1
    return value, position + width


class XlsbSheetScanner:
    """Feeds a worksheet .bin part through in pieces; refuses one whose grid is too large."""

    def __init__(self, file_name: str, part: str) -> None:
        self.file_name = file_name
        self.part = part
        self.last_row = -1
        self.last_column = -1
        self._row = 0
        self._column = -1
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        """The next bytes of the part; a record cut at the end waits for the next chunk."""
        data = self._carry + chunk
        position = 0
        while True:
            header = self._header(data, position)
            if header is None:
                break
            kind, start, end = header
            if end > len(data):
                break
            self._record(kind, data[start:start + 4])
            position = end
        self._carry = data[position:]
        self._check()

    @staticmethod
    def _header(data: bytes, position: int) -> tuple[int, int, int] | None:
        kind = _varint(data, position, 2)
        if kind is None:
            return None
        size = _varint(data, kind[1], 4)
        if size is None:
            return None
        return kind[0], size[1], size[1] + size[0]

    def _record(self, kind: int, head: bytes) -> None:
        if kind == _ROW_HEADER and len(head) == 4:
            self._row = int.from_bytes(head, "little")
            self._column = -1
        elif kind in _CELLS and len(head) == 4:
            self._column = int.from_bytes(head, "little")
            self._mark()
        elif kind in _SHORT_CELLS:
            self._column += 1
            self._mark()
        elif kind in _BLANK_CELLS:
            self._column = int.from_bytes(head, "little") if kind == 1 else self._column + 1

    def finish(self) -> None:
        """Checks the extent once more (the last chunk was checked already)."""
        self._check()

    def _mark(self) -> None:
        self.last_row = max(self.last_row, self._row)
        self.last_column = max(self.last_column, self._column)

    def _check(self) -> None:
        rows, columns = self.last_row + 1, self.last_column + 1
        if rows > MAX_ROWS or rows * columns > MAX_CELLS:
            raise ImportFileError(
                _("{file}: worksheet {part} has values spread over {rows} rows and {columns} "
                  "columns, more than an import can hold ({row_limit} rows, {cell_limit} "
                  "cells). Delete the stray cells far from the register, or save it as "
                  ".xlsx.").format(
                      file=self.file_name, part=self.part, rows=current_formats().number(rows),
                      columns=current_formats().number(columns),
                      row_limit=current_formats().number(MAX_ROWS),
                      cell_limit=current_formats().number(MAX_CELLS)))
