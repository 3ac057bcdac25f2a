"""The register as an Excel workbook: contracts, obligations, alerts and key dates.

Sheet 1 holds the contracts, under headers the importer maps by itself, with
imported custom fields as their own columns, so the file re-imports field for
field. Rows are tinted by health as in the window. Sheet 2 lists obligations,
sheet 3 alerts, sheet 4 the key dates computed on the day of the export.

Sheet names, headers and the words of computed columns (health, status today,
alert states) are in the person's language; the importer knows the headers in
every language, so the file re-imports wherever it is opened. Cells stay typed
(real dates and numbers, stored codes such as "active"), for sorting and formulas.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # ships no types

from contract_desk.exporters.cells import custom_value, plain
from contract_desk.exporters.columns import (
    ALERT_COLUMNS,
    KEY_DATE_COLUMNS,
    OBLIGATION_COLUMNS,
    REGISTER_COLUMNS,
    Column,
    Kind,
    custom_columns,
)
from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.progress import (
    CancelCheck,
    Progress,
    ProgressCallback,
    written_atomically,
)
from contract_desk.exporters.sheet_table import Formats, Row, write_table
from contract_desk.exporters.styles import row_tint
from contract_desk.i18n import N_, _
from contract_desk.services.listing.export_data import ExportData

#: The sheets, in order (English sources: a workbook names them in the language in use).
SHEETS = (N_("Contracts"), N_("Obligations"), N_("Alerts"), N_("Key dates"))
APP_NAME = "Contract Desk"
#: Width of an imported custom field's column, in characters.
CUSTOM_WIDTH = 18


def write_xlsx(path: Path, data: ExportData, *, columns: Sequence[Column] = REGISTER_COLUMNS,
               include_custom: bool = True, progress: ProgressCallback | None = None,
               should_cancel: CancelCheck | None = None) -> Path:
    """Write ``data`` to ``path`` (.xlsx); ``columns`` are the contract sheet's columns.

    The default columns make a file that re-imports as the same contracts; pass a
    view's columns (``view_columns``) to export what the table shows.
    """
    target = Path(path)
    counter = Progress(data.work + len(data.contracts), progress, should_cancel)
    with written_atomically(target) as temporary:  # an unwritable target fails first
        book = xlsxwriter.Workbook(str(temporary), {"constant_memory": True})
        book.set_properties({"author": APP_NAME})
        try:
            _fill_book(book, data, columns, include_custom, counter)
            counter.check()
        except BaseException:
            _discard(book)
            raise
        try:
            book.close()
        except xlsxwriter.exceptions.XlsxWriterException as error:
            raise ExportError(_("cannot write {target}: {value}").format(
                target=target, value=error)) from None
    counter.finish()
    return target


def _fill_book(book: Any, data: ExportData, columns: Sequence[Column],
               include_custom: bool, counter: Progress) -> None:
    customs = custom_columns((row.custom for row in data.contracts),
                             [c.label for c in columns]) if include_custom else ()
    formats = Formats(book)
    contracts, obligations, alerts, key_dates = (_(name) for name in SHEETS)
    _contract_sheet(book.add_worksheet(contracts), formats, data, columns, customs, counter)
    _obligation_sheet(book.add_worksheet(obligations), formats, data, counter)
    _alert_sheet(book.add_worksheet(alerts), formats, data, counter)
    _contract_sheet(book.add_worksheet(key_dates), formats, data, KEY_DATE_COLUMNS, (),
                    counter)


def _discard(book: Any) -> None:
    # Constant-memory sheets stream rows to temporary files of their own (in the
    # system's temporary folder): close and remove them now. The workbook itself is
    # never written, so nothing half-made remains. No public call drops an unwritten
    # workbook, hence the sheets' own attributes (tests/exporters check none is left).
    for sheet in book.worksheets():
        with contextlib.suppress(Exception):
            if sheet.row_data_fh is not None:
                sheet.row_data_fh.close()
        with contextlib.suppress(Exception):
            if sheet.row_data_filename:
                Path(sheet.row_data_filename).unlink()
    book.fileclosed = True  # a later close() writes nothing


def _reader(columns: Sequence[Column]) -> Callable[[Any, Any], list[Any]]:
    """A function (row, health) -> the row's values for ``columns``, as ``cells.cell_value``.

    Values are read in one step; only the columns whose values need turning into
    cells (lists, health, words for codes) are turned here. Anything else of no
    cell type (a datetime, a bool) is turned by the sheet writer, by its column's kind.
    """
    fields = [column.field for column in columns]
    health_at = [index for index, name in enumerate(fields) if name == "health"]
    read = [name for name in fields if name != "health"]
    many = attrgetter(*read) if len(read) > 1 else None
    one = attrgetter(read[0]) if len(read) == 1 else None
    turned = [(index, column) for index, column in enumerate(columns)
              if column.words is not None or column.kind in (Kind.LIST, Kind.HEALTH)]

    def values(row: Any, health: Any) -> list[Any]:
        got = list(many(row)) if many is not None else [one(row)] if one is not None else []
        for index in health_at:
            got.insert(index, health)
        for index, column in turned:
            raw = got[index]
            if column.words is not None and isinstance(raw, str):
                got[index] = column.words(raw)  # a computed code, for people: in their words
            else:
                got[index] = plain(raw, column.kind)
        return got

    return values


def _customs(customs: Sequence[tuple[str, str]]) -> Callable[[Mapping[str, Any]], list[Any]]:
    keys = [key for key, _header in customs]
    return lambda custom: [custom_value(custom, key) for key in keys]


def _contract_sheet(sheet: Any, formats: Formats, data: ExportData, columns: Sequence[Column],
                    customs: Sequence[tuple[str, str]], counter: Progress) -> None:
    values, extra = _reader(columns), _customs(customs)

    def rows() -> Iterator[Row]:
        for row, health in zip(data.contracts, data.health, strict=True):
            cells = values(row, health)
            if customs:
                cells += extra(row.custom)
            yield cells, row_tint(health), row.currency

    headers = [c.label for c in columns] + [header for _key, header in customs]
    widths = [c.width for c in columns] + [CUSTOM_WIDTH] * len(customs)
    kinds = [c.kind for c in columns] + [Kind.TEXT] * len(customs)
    write_table(sheet, formats, headers, widths, rows(), len(data.contracts), counter, kinds)


def _obligation_sheet(sheet: Any, formats: Formats, data: ExportData, counter: Progress) -> None:
    customs = custom_columns((o.custom for o in data.obligations),
                             [c.label for c in OBLIGATION_COLUMNS])
    values, extra = _reader(OBLIGATION_COLUMNS), _customs(customs)

    def rows() -> Iterator[Row]:
        for obligation in data.obligations:
            cells = values(obligation, None)
            if customs:
                cells += extra(obligation.custom)
            yield cells, None, obligation.currency

    headers = [c.label for c in OBLIGATION_COLUMNS] + [header for _key, header in customs]
    widths = [c.width for c in OBLIGATION_COLUMNS] + [CUSTOM_WIDTH] * len(customs)
    kinds = [c.kind for c in OBLIGATION_COLUMNS] + [Kind.TEXT] * len(customs)
    write_table(sheet, formats, headers, widths, rows(), len(data.obligations), counter, kinds,
                frozen=(1, 0))


def _alert_sheet(sheet: Any, formats: Formats, data: ExportData, counter: Progress) -> None:
    values = _reader(ALERT_COLUMNS)
    rows = ((values(alert, None), None, None) for alert in data.alerts)
    write_table(sheet, formats, [c.label for c in ALERT_COLUMNS],
                [c.width for c in ALERT_COLUMNS], rows, len(data.alerts), counter,
                [c.kind for c in ALERT_COLUMNS], frozen=(1, 0))
