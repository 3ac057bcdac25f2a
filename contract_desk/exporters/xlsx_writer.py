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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from contract_desk.exporters.cells import cell_value, custom_value
from contract_desk.exporters.columns import (
    ALERT_COLUMNS,
    KEY_DATE_COLUMNS,
    OBLIGATION_COLUMNS,
    REGISTER_COLUMNS,
    Column,
    Kind,
    custom_columns,
)
from contract_desk.exporters.progress import (
    CancelCheck,
    Progress,
    ProgressCallback,
    written_atomically,
)
from contract_desk.exporters.sheet_table import CellMaker, write_table
from contract_desk.exporters.styles import row_tint
from contract_desk.i18n import N_, _
from contract_desk.services.listing.export_data import ExportData

#: The sheets, in order (English sources: a workbook names them in the language in use).
SHEETS = (N_("Contracts"), N_("Obligations"), N_("Alerts"), N_("Key dates"))
APP_NAME = "Contract Desk"


def write_xlsx(path: Path, data: ExportData, *, columns: Sequence[Column] = REGISTER_COLUMNS,
               include_custom: bool = True, progress: ProgressCallback | None = None,
               should_cancel: CancelCheck | None = None) -> Path:
    """Write ``data`` to ``path`` (.xlsx); ``columns`` are the contract sheet's columns.

    The default columns make a file that re-imports as the same contracts; pass a
    view's columns (``view_columns``) to export what the table shows.
    """
    counter = Progress(data.work + len(data.contracts), progress, should_cancel)
    with written_atomically(Path(path)) as temporary:  # an unwritable target fails first
        book = Workbook(write_only=True)
        book.properties.creator = APP_NAME
        try:
            _fill_book(book, data, columns, include_custom, counter)
            counter.check()
        except BaseException:
            _discard(book)
            raise
        book.save(temporary)
    counter.finish()
    return Path(path)


def _fill_book(book: Workbook, data: ExportData, columns: Sequence[Column],
               include_custom: bool, counter: Progress) -> None:
    customs = custom_columns((row.custom for row in data.contracts),
                             [c.label for c in columns]) if include_custom else ()
    contracts, obligations, alerts, key_dates = (_(name) for name in SHEETS)
    _contract_sheet(book.create_sheet(contracts), data, columns, customs, counter)
    _obligation_sheet(book.create_sheet(obligations), data, counter)
    _alert_sheet(book.create_sheet(alerts), data, counter)
    _contract_sheet(book.create_sheet(key_dates), data, KEY_DATE_COLUMNS, (), counter)


def _discard(book: Workbook) -> None:
    # A write-only sheet streams to a temporary file of its own; close and remove
    # them now, or openpyxl complains about half-written sheets when collected.
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()  # type: ignore[attr-defined]  # private: not in the stubs


def _cells(maker: CellMaker, row: Any, columns: Sequence[Column], extra: dict[str, Any],
           fill: str | None, currency: str | None) -> list[Any]:
    return [maker.cell(cell_value(row, column, extra), currency=currency, fill=fill,
                       money=column.kind is Kind.MONEY) for column in columns]


def _contract_sheet(sheet: Any, data: ExportData, columns: Sequence[Column],
                    customs: Sequence[tuple[str, str]], counter: Progress) -> None:
    maker = CellMaker(sheet)

    def rows() -> Iterator[list[Any]]:
        for row, health in zip(data.contracts, data.health, strict=True):
            fill = row_tint(health)
            cells = _cells(maker, row, columns, {"health": health}, fill, row.currency)
            cells += [maker.cell(custom_value(row.custom, key), fill=fill)
                      for key, _header in customs]
            yield cells

    headers = [c.label for c in columns] + [header for _key, header in customs]
    widths = [c.width for c in columns] + [18] * len(customs)
    write_table(sheet, headers, widths, rows(), len(data.contracts), counter)


def _obligation_sheet(sheet: Any, data: ExportData, counter: Progress) -> None:
    maker = CellMaker(sheet)
    customs = custom_columns((o.custom for o in data.obligations),
                             [c.label for c in OBLIGATION_COLUMNS])

    def rows() -> Iterator[list[Any]]:
        for obligation in data.obligations:
            cells = _cells(maker, obligation, OBLIGATION_COLUMNS, {}, None, obligation.currency)
            cells += [maker.cell(custom_value(obligation.custom, key))
                      for key, _header in customs]
            yield cells

    headers = [c.label for c in OBLIGATION_COLUMNS] + [header for _key, header in customs]
    widths = [c.width for c in OBLIGATION_COLUMNS] + [18] * len(customs)
    write_table(sheet, headers, widths, rows(), len(data.obligations), counter, frozen="A2")


def _alert_sheet(sheet: Any, data: ExportData, counter: Progress) -> None:
    maker = CellMaker(sheet)
    rows = (_cells(maker, alert, ALERT_COLUMNS, {}, None, None) for alert in data.alerts)
    write_table(sheet, [c.label for c in ALERT_COLUMNS], [c.width for c in ALERT_COLUMNS],
                rows, len(data.alerts), counter, frozen="A2")
