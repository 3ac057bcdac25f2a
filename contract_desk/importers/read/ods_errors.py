"""Error cells of an OpenDocument spreadsheet, which python-calamine reads as empty.

LibreOffice saves a formula that failed (``=1/0``, ``=NA()``, a broken
reference) with ``calcext:value-type="error"`` and the error's text
(``#DIV/0!``, ``#N/A``, ``Err:502``) as the cell's paragraph. calamine only
sees the empty string value, so without this scan a register row would lose
what its author saw in that cell. The scan walks ``content.xml`` in pieces
(the package guard already streams it): rows are only counted, and only a row
that holds an error is looked at cell by cell.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import unescape

from contract_desk.importers.read.ods_scan import (
    COLUMNS_REPEATED,
    ROW,
    ROWS_REPEATED,
    repeat_count,
)

_TABLE = re.compile(rb'<table:table\s[^>]*?table:name="([^"]*)"')
_CELL = re.compile(
    rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)",
    re.DOTALL)
_ERROR = b'value-type="error"'
_TAG = re.compile(rb"<[^>]*>")
_PARAGRAPH_END = re.compile(rb"</text:p>\s*<text:p\b[^>]*>")
#: Pieces end after a whole row or table, so no element is cut in two.
_BOUNDARY = re.compile(rb"</table:table-row>|</table:table>|<table:table\s")


class OdsErrorScanner:
    """Feeds ``content.xml`` through; ``errors`` maps sheet -> {(row, column): text}.

    Rows are 1-based, columns 0-based, as ``SheetPlan`` overrides take them.
    """

    def __init__(self) -> None:
        self.errors: dict[str, dict[tuple[int, int], str]] = {}
        self._carry = b""
        self._table: str | None = None
        self._row = 0

    def feed(self, chunk: bytes) -> None:
        """The next bytes of content.xml; whole rows are looked at, the rest waits."""
        data = self._carry + chunk
        cut = 0
        for cut_match in _BOUNDARY.finditer(data):
            cut = cut_match.start() if cut_match.group().startswith(b"<table:table") \
                else cut_match.end()
        self._carry = data[cut:]
        self._look_at(data[:cut])

    def finish(self) -> dict[str, dict[tuple[int, int], str]]:
        """Looks at what is left; the error cells found, by sheet name."""
        self._look_at(self._carry)
        self._carry = b""
        return self.errors

    def _look_at(self, piece: bytes) -> None:
        position = 0
        while True:
            table = _TABLE.search(piece, position)
            end = table.start() if table else len(piece)
            self._rows(piece[position:end])
            if table is None:
                return
            self._table = unescape(table.group(1).decode("utf-8", "replace"),
                                   {"&quot;": '"', "&apos;": "'"})
            self._row = 0
            position = table.end()

    def _rows(self, piece: bytes) -> None:
        if self._table is None:
            return
        if _ERROR not in piece:  # the common case: count the rows, nothing else
            for row in ROW.finditer(piece):
                self._row += repeat_count(ROWS_REPEATED, row.group(1))
            return
        for row in ROW.finditer(piece):
            repeated = repeat_count(ROWS_REPEATED, row.group(1))
            body = row.group(2) or b""
            if _ERROR in body:
                for offset in range(min(repeated, 1_000)):  # a repeated error row is rare
                    self._row_errors(self._row + 1 + offset, body)
            self._row += repeated

    def _row_errors(self, row_number: int, body: bytes) -> None:
        column = 0
        for cell in _CELL.finditer(body):
            attributes, content = cell.group(1), cell.group(2) or b""
            repeated = repeat_count(COLUMNS_REPEATED, attributes)
            if _ERROR in attributes:
                text = _TAG.sub(b"", _PARAGRAPH_END.sub(b"\n", content)).strip()
                shown = unescape(text.decode("utf-8", "replace"),
                                 {"&quot;": '"', "&apos;": "'"}) or "#ERROR"
                sheet = self.errors.setdefault(self._table or "", {})
                for offset in range(min(repeated, 1_000)):
                    sheet[(row_number, column + offset)] = shown
            column += repeated
