"""Reading xlsx, xlsm, xls, xlsb and ods with python-calamine (the fast path).

calamine (Rust) reads a 100,000-row sheet about fifteen times faster than
openpyxl. It is never handed a sheet whose scan says its used range is too
large to allocate: calamine builds the whole grid at once, and a failed
allocation in Rust aborts the process.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from contract_desk.i18n import _
from contract_desk.importers.read.cells import SheetBuilder
from contract_desk.importers.read.sheet_choice import (
    NOT_INSTALLED,
    EngineFailed,
    SheetPlan,
    describe,
    opened_book,
)
from contract_desk.importers.read.table import RawSheet

python_calamine: Any
try:
    import python_calamine
except ImportError:  # pragma: no cover - the openpyxl fallback covers xlsx without it
    python_calamine = None

ENGINE = "calamine"


def calamine_available() -> bool:
    """Whether python-calamine is installed."""
    return python_calamine is not None


@contextmanager
def open_calamine(path: Path) -> Iterator[Any]:
    """The workbook opened by calamine, closed on leaving; ``EngineFailed`` if it cannot."""
    if python_calamine is None:
        raise EngineFailed(ENGINE, _(NOT_INSTALLED))
    with opened_book(ENGINE, lambda: _from_path(path)) as book:
        yield book


def _from_path(path: Path) -> Any:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise EngineFailed(ENGINE, "the file is password-protected") from error


def calamine_sheets(book: Any) -> list[tuple[str, bool]]:
    """(name, hidden) of every worksheet, chart sheets left out."""
    visible = python_calamine.SheetVisibleEnum.Visible if python_calamine else None
    worksheet = python_calamine.SheetTypeEnum.WorkSheet if python_calamine else None
    return [(meta.name, meta.visible != visible) for meta in book.sheets_metadata
            if meta.typ == worksheet]


def read_calamine_sheet(book: Any, path: Path, plan: SheetPlan) -> RawSheet:
    """One sheet read by calamine; ``EngineFailed`` if calamine cannot read it."""
    try:
        sheet = book.get_sheet_by_name(plan.name)
    except Exception as error:
        raise EngineFailed(ENGINE, describe(error)) from error
    builder = SheetBuilder(path.name, plan.name, plan.overrides())
    if sheet.start is not None:
        _add_rows(builder, sheet)
    merged = plan.merged() if plan.scan is not None else _merged(sheet)
    return builder.build(hidden=plan.hidden, merged=merged)


def _add_rows(builder: SheetBuilder, sheet: Any) -> None:
    # Row by row: ``to_python`` would make every cell a Python object at once
    # (100,000 rows: 75 MB, the peak of reading), only for most of them to be
    # dropped as the kept rows share their equal texts and dates. iter_rows gives
    # the rows before the first used cell but starts each row at its column: the
    # empty cells before it are put back, so indices match the sheet's rows and
    # letters (as ``to_python(skip_empty_area=False)`` gives them; tested).
    lead = [None] * sheet.start[1]
    for row in sheet.iter_rows():
        builder.add_row(lead + row if lead else row)


def _merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    ranges = sheet.merged_cell_ranges or []
    return [(top + 1, left, bottom + 1, right) for (top, left), (bottom, right) in ranges]
