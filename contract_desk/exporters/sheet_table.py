"""One table on a write-only openpyxl sheet: header, widths, frozen panes, autofilter, cells.

Write-only mode streams rows to the file, so 100,000 contracts never sit in
memory as cell objects. A plain value is handed over as it is; only cells that
need more get a cell object: dates (a date format), money (its currency's
format), tinted rows, and text that looks like a formula, which is stored as an
explicit string cell so that no program evaluates it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from contract_desk.exporters.cells import CellValue
from contract_desk.exporters.progress import Progress
from contract_desk.exporters.safety import looks_like_formula, xlsx_text
from contract_desk.exporters.styles import money_format

DATE_FORMAT = "yyyy-mm-dd"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")


@lru_cache(maxsize=64)
def _fill(rgb: str) -> PatternFill:
    return PatternFill("solid", fgColor=rgb)


class CellMaker:
    """Makes the cells of one write-only sheet."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def cell(self, value: CellValue, *, currency: str | None = None, money: bool = False,
             fill: str | None = None) -> Any:
        """``value`` as openpyxl should write it (a plain value when nothing more is needed)."""
        if isinstance(value, str):
            value = xlsx_text(value)
        formula_like = isinstance(value, str) and looks_like_formula(value)
        dated = isinstance(value, date)
        if fill is None and not formula_like and not dated and not money:
            return value
        cell = WriteOnlyCell(self.sheet)
        cell.value = value  # the cell takes dates and Decimals; WriteOnlyCell's stub says not
        if formula_like:
            cell.data_type = "s"  # openpyxl would make "=..." a formula: text it is
        if dated:
            cell.number_format = DATE_FORMAT
        elif money and isinstance(value, Decimal | int):
            cell.number_format = money_format(currency)
        if fill is not None:
            cell.fill = _fill(fill)
        return cell

    def header(self, text: str) -> Any:
        """A bold header cell."""
        cell = WriteOnlyCell(self.sheet, value=xlsx_text(text))
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        if looks_like_formula(text):
            cell.data_type = "s"
        return cell


def write_table(sheet: Any, headers: Sequence[str], widths: Sequence[int],
                rows: Iterable[list[Any]], count: int, progress: Progress,
                frozen: str = "B2") -> None:
    """Write a header row and ``count`` rows, with widths, frozen panes and an autofilter.

    Sheet settings go first: a write-only sheet cannot change them once rows are written.
    """
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = frozen
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    maker = CellMaker(sheet)
    sheet.append([maker.header(text) for text in headers])
    for row in rows:
        sheet.append(row)
        progress.step()
