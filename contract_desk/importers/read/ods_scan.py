"""How many cells an OpenDocument sheet really asks for, before calamine expands it.

ODS compresses repetition into attributes: one XML cell with
``number-columns-repeated="16384"`` inside a row with
``number-rows-repeated="1000000"`` is sixteen billion values. calamine
expands repeated cells that hold a value (it stops at 100 million, which is
still gigabytes). Counting them first keeps memory bounded. Empty repeated
cells and rows (LibreOffice writes a million of them) cost nothing and are
not counted.
"""

from __future__ import annotations

import re

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_CELLS
from contract_desk.importers.read.xml_pieces import split_after_last

#: A row, its attributes and cells, and how often rows and cells repeat: ods_errors reads
#: rows with these too.
ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)", re.DOTALL)
_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d{1,12})"')
COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d{1,12})"')
_END_OF_ROW = b"</table:table-row>"


def repeat_count(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    """How often a row or cell stands (``ROWS_REPEATED`` or ``COLUMNS_REPEATED``); 1 if unsaid."""
    found = pattern.search(attributes)
    return int(found.group(1)) if found else 1


class OdsScanner:
    """Feeds ``content.xml`` through in pieces and counts the values it expands to."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.value_cells = 0
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        """The next bytes of content.xml; only whole rows are counted."""
        rows, self._carry = split_after_last(self._carry + chunk, _END_OF_ROW)
        self._count(rows)

    def finish(self) -> int:
        """Counts what is left; the number of value cells the sheets expand to."""
        self._count(self._carry)
        self._carry = b""
        return self.value_cells

    def _count(self, piece: bytes) -> None:
        if b"-repeated=" not in piece:
            # No repetition: the XML itself bounds the cell count (already size-checked).
            return
        for row in ROW.finditer(piece):
            rows = repeat_count(ROWS_REPEATED, row.group(1))
            self.value_cells += rows * self._row_values(row.group(2) or b"")
            if self.value_cells > MAX_CELLS:
                raise ImportFileError(
                    _("{file} repeats values into more than {limit} cells "
                      "(number-rows-repeated / number-columns-repeated); too many to import. "
                      "Delete the filled ranges far outside the register and save "
                      "again.").format(
                          file=self.file_name, limit=current_formats().number(MAX_CELLS)))

    @staticmethod
    def _row_values(body: bytes) -> int:
        values = 0
        for attributes, _closing in _CELL.findall(body):
            if b"value-type=" in attributes or b"formula=" in attributes:
                values += repeat_count(COLUMNS_REPEATED, attributes)
        return values
