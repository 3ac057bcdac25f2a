"""Reading xlsx and xlsm with openpyxl (the always-available path).

Read-only mode streams the sheet XML; ``data_only=True`` gives the values
Excel saved for formulas. openpyxl parses XML through defusedxml when it is
installed (it is a dependency), and ``package_guard`` has already refused any
DOCTYPE. The sheet's stated dimension is ignored (``reset_dimensions``): a
hostile file may claim a million columns, and openpyxl would pad every row to
it. Reading stops at the last row that holds a value, as found by the scan,
so a million styled-but-empty rows below the data are never parsed.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read.cells import SheetBuilder
from contract_desk.importers.read.sheet_choice import EngineFailed, SheetPlan, describe, opened_book
from contract_desk.importers.read.table import RawSheet

ENGINE = "openpyxl"


_SIZING = threading.Lock()


@contextmanager
def _worksheets_unsized() -> Iterator[None]:
    """While a workbook is opened read-only, openpyxl does not size its worksheets.

    openpyxl takes a read-only worksheet's size from its <dimension> element;
    a sheet without one (openpyxl's own write-only mode and other generators
    leave it out) is parsed to its very end just for that, which for a big
    sheet is a third of the whole read. The importer never uses that size (it
    calls ``reset_dimensions``: a hostile file may state any size), so the
    sizing is skipped while this importer opens a workbook. The lock keeps two
    imports from restoring each other's switch.
    """
    with _SIZING:
        original = ReadOnlyWorksheet.__dict__.get("_get_size")
        if not callable(original):  # another openpyxl: it sizes as it sees fit
            yield
            return
        # Ignored: _get_size is private, so openpyxl's stubs leave it out.
        ReadOnlyWorksheet._get_size = _unsized  # type: ignore[attr-defined]
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original  # type: ignore[attr-defined]


def _unsized(self: Any) -> None:
    """No size known: rows are read to the last one (or the scan's last row)."""


@contextmanager
def open_openpyxl(path: Path) -> Iterator[Any]:
    """The workbook opened read-only, closed on leaving; ``EngineFailed`` if it cannot."""
    # openpyxl refuses some files Excel opens (e.g. a 7-digit tab colour: ValueError).
    with opened_book(ENGINE, lambda: _load(path)) as book:
        yield book


def _load(path: Path) -> Any:
    with warnings.catch_warnings(), _worksheets_unsized():
        # "Unknown extension", "Data Validation extension is not supported"...
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(path, read_only=True, data_only=True,
                                      keep_links=False, keep_vba=False)


def openpyxl_sheets(book: Any) -> list[tuple[str, bool]]:
    """(name, hidden) of every worksheet."""
    return [(sheet.title, sheet.sheet_state != "visible") for sheet in book.worksheets]


def read_openpyxl_sheet(book: Any, path: Path, plan: SheetPlan) -> RawSheet:
    """One sheet read by openpyxl; ``EngineFailed`` if openpyxl cannot read it."""
    builder = SheetBuilder(path.name, plan.name, plan.overrides())
    last_row = _last_row(plan)
    if last_row != 0:
        try:
            sheet = book[plan.name]
            sheet.reset_dimensions()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for row in sheet.iter_rows(min_row=1, max_row=last_row, values_only=True):
                    builder.add_row(row)
        except ImportFileError:
            raise
        except Exception as error:
            raise EngineFailed(ENGINE, describe(error)) from error
    return builder.build(hidden=plan.hidden, merged=plan.merged())


def _last_row(plan: SheetPlan) -> int | None:
    """The last row worth parsing: 0 for a sheet without values, None when unknown."""
    if plan.scan is None or not plan.scan.extent_known:
        return None
    return plan.scan.last_value_row
