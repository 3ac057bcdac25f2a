"""One table on a constant-memory XlsxWriter sheet: header, widths, frozen panes, autofilter, cells.

Constant-memory mode streams each row to the file as soon as the next one
starts, so 100,000 contracts never sit in memory as cells. XlsxWriter is the
faster of the two well-kept writers for this (``bench/bench_export.py`` measures
it against openpyxl's write-only mode on the same cells).

Every text is written as a string cell, never through ``write()``: text that
looks like a formula ("=HYPERLINK(...)") stays text that no program evaluates.
XlsxWriter writes control characters as Excel's ``_xHHHH_`` escapes (and escapes
text that already looks like one), as ``safety.xlsx_text`` describes.

A row arrives as its cell values (``cells.CellValue``), the row's fill and its
currency. Dates get a date format, money (in a money column) its currency's
format, and every cell of a tinted row the fill, as one format each (XlsxWriter
keeps every format it is given, so they are made once and reused).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from contract_desk.exporters.cells import plain as plain_value
from contract_desk.exporters.columns import Kind
from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.progress import Progress
from contract_desk.exporters.styles import money_format
from contract_desk.i18n import _

DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = "DDE3EA"
#: Rows a sheet holds (the header included), and characters a cell holds (Excel's limits).
MAX_ROWS = 1_048_576
MAX_TEXT = 32_767
#: Pixels of one character of column width (Calibri 11's digit): a width of N
#: characters is written as exactly N, as Excel's own files write it.
_DIGIT_PIXELS = 7

#: One row: its cell values, its fill ("RRGGBB" or None) and its currency (for money).
Row = tuple[Sequence[Any], str | None, str | None]


class Formats:
    """The cell formats of one workbook, each made once: (fill, number format) -> format."""

    def __init__(self, book: Any) -> None:
        self._book = book
        self._made: dict[tuple[str | None, str | None, bool], Any] = {}

    def get(self, fill: str | None, number_format: str | None = None,
            bold: bool = False) -> Any:
        """The format of a cell with ``fill``, ``number_format`` and weight (None: no format)."""
        key = (fill, number_format, bold)
        try:
            return self._made[key]
        except KeyError:
            pass
        properties: dict[str, Any] = {}
        if fill is not None:
            properties.update(pattern=1, bg_color="#" + fill)  # solid: the fill's colour
        if number_format is not None:
            properties["num_format"] = number_format
        if bold:
            properties["bold"] = True
        made = self._book.add_format(properties) if properties else None
        self._made[key] = made
        return made


def _refused(sheet: Any, row: int, column: int, headers: Sequence[str], value: Any) -> None:
    # XlsxWriter answers a cell it cannot hold with a non-zero code; never lose it silently.
    header = headers[column] if column < len(headers) else str(column + 1)
    if isinstance(value, str) and len(value) > MAX_TEXT // 2:
        raise ExportError(_("{sheet}, row {row}, column {column}: the text is {length} "
                            "characters long and a spreadsheet cell holds at most 32767; "
                            "shorten it or export to CSV").format(
                                sheet=sheet.name, row=row + 1, column=header,
                                length=len(value)))
    raise ExportError(_("{sheet}, row {row}, column {column}: the spreadsheet cannot hold "
                        "{value!r}").format(sheet=sheet.name, row=row + 1, column=header,
                                            value=value))


def write_table(sheet: Any, formats: Formats, headers: Sequence[str], widths: Sequence[int],
                rows: Iterable[Row], count: int, progress: Progress,
                kinds: Sequence[Kind] = (), frozen: tuple[int, int] = (1, 1)) -> None:
    """Write a header row and ``count`` rows, with widths, frozen panes and an autofilter.

    ``kinds`` are the columns' kinds (a number in a money column gets its row's
    currency format; a value of no cell type becomes one as ``cells.plain``
    says); ``frozen`` is (rows, columns) kept in view.
    """
    if count + 1 > MAX_ROWS:
        raise ExportError(_("{sheet} would have {rows} rows and a spreadsheet holds at most "
                            "1048576; export fewer contracts, or to CSV").format(
                                sheet=sheet.name, rows=count + 1))
    for index, width in enumerate(widths):
        sheet.set_column_pixels(index, index, width * _DIGIT_PIXELS)
    sheet.freeze_panes(*frozen)
    if headers:
        sheet.autofilter(0, 0, count, len(headers) - 1)
    heading = formats.get(HEADER_FILL, bold=True)
    for index, text in enumerate(headers):
        if sheet.write_string(0, index, text, heading):
            _refused(sheet, 0, index, headers, text)
    _write_rows(sheet, formats, headers, rows, progress, kinds)


def _write_rows(sheet: Any, formats: Formats, headers: Sequence[str], rows: Iterable[Row],
                progress: Progress, kinds: Sequence[Kind]) -> None:
    # The inner loop of every export: exact type checks first (the common cells),
    # anything else through _odd_cell.
    write_string, write_number = sheet.write_string, sheet.write_number
    write_datetime, write_blank = sheet.write_datetime, sheet.write_blank
    by_fill: dict[str | None, tuple[Any, Any]] = {}
    step = progress.step
    money = frozenset(index for index, kind in enumerate(kinds) if kind is Kind.MONEY)
    for number, (values, fill, currency) in enumerate(rows, start=1):
        try:
            plain, dated = by_fill[fill]
        except KeyError:
            plain, dated = by_fill[fill] = (formats.get(fill), formats.get(fill, DATE_FORMAT))
        for column, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if value:
                    if write_string(number, column, value, plain):
                        _refused(sheet, number, column, headers, value)
                elif plain is not None:
                    write_blank(number, column, None, plain)
            elif value is None:
                if plain is not None:
                    write_blank(number, column, None, plain)
            elif kind is date:
                write_datetime(number, column, value, dated)
            elif kind is int or kind is Decimal:
                look = formats.get(fill, money_format(currency)) if column in money else plain
                write_number(number, column, value, look)
            else:
                kind_of = kinds[column] if column < len(kinds) else Kind.TEXT
                _odd_cell(sheet, formats, number, column, plain_value(value, kind_of), fill,
                          currency, column in money, headers)
        step()


def _odd_cell(sheet: Any, formats: Formats, row: int, column: int, value: Any,
              fill: str | None, currency: str | None, money: bool,
              headers: Sequence[str]) -> None:
    # A value made a cell value by cells.plain (a bool became text, a datetime a date
    # or text), or a subclass of a cell type (a StrEnum).
    if value is None:
        code = 0 if fill is None else sheet.write_blank(row, column, None, formats.get(fill))
    elif isinstance(value, str):
        code = (sheet.write_string(row, column, value, formats.get(fill)) if value
                else sheet.write_blank(row, column, None, formats.get(fill)))
    elif isinstance(value, date):
        code = sheet.write_datetime(row, column, value, formats.get(fill, DATE_FORMAT))
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        code = sheet.write_number(row, column, value, formats.get(
            fill, money_format(currency) if money else None))
    else:
        code = sheet.write_string(row, column, str(value), formats.get(fill))
    if code:
        _refused(sheet, row, column, headers, value)
