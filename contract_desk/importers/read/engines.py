"""Reading sheets with whichever library can: calamine first, openpyxl as the fallback.

Each library is opened at most once per read, lazily, and closed at the end.
When the preferred one cannot read a sheet the other one tries, and the
workbook's notes say so; when neither can, the error names both reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from contract_desk.i18n import _, clauses
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read.calamine_reader import (
    calamine_sheets,
    open_calamine,
    read_calamine_sheet,
)
from contract_desk.importers.read.openpyxl_reader import (
    open_openpyxl,
    openpyxl_sheets,
    read_openpyxl_sheet,
)
from contract_desk.importers.read.sheet_choice import NOT_INSTALLED, EngineFailed, SheetPlan
from contract_desk.importers.read.table import RawSheet

_OPENERS = {"calamine": open_calamine, "openpyxl": open_openpyxl}
_SHEET_READERS: dict[str, Callable[[Any, Path, SheetPlan], RawSheet]] = {
    "calamine": read_calamine_sheet, "openpyxl": read_openpyxl_sheet}
_SHEET_LISTERS: dict[str, Callable[[Any], list[tuple[str, bool]]]] = {
    "calamine": calamine_sheets, "openpyxl": openpyxl_sheets}
_NAMES = {"calamine": "python-calamine", "openpyxl": "openpyxl"}


class Engines:
    """The libraries open on one file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notes: list[str] = []
        self.used: list[str] = []
        self._stack = ExitStack()
        self._books: dict[str, Any] = {}
        self._failed: dict[str, EngineFailed] = {}

    def __enter__(self) -> Engines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    def _book(self, engine: str) -> Any:
        if engine in self._failed:
            raise self._failed[engine]
        if engine not in self._books:
            try:
                self._books[engine] = self._stack.enter_context(_OPENERS[engine](self.path))
            except EngineFailed as failure:
                self._failed[engine] = failure
                raise
        return self._books[engine]

    def read_sheet(self, plan: SheetPlan, order: Sequence[str]) -> RawSheet:
        """The sheet read by the first engine in ``order`` that can."""
        failures: list[EngineFailed] = []
        for engine in order:
            problem = plan.dense_grid_problem() if engine == "calamine" else None
            if problem:
                failures.append(EngineFailed(engine, _("not tried: {reason}").format(
                    reason=problem)))
                continue
            try:
                sheet = _SHEET_READERS[engine](self._book(engine), self.path, plan)
            except EngineFailed as failure:
                failures.append(failure)
                continue
            self._record(engine, plan, failures)
            return sheet
        reasons = clauses(f"{_NAMES[f.engine]}: {f.reason}" for f in failures)
        if plan.name:
            raise ImportFileError(_("{file} cannot be read (sheet {sheet}): {reasons}").format(
                file=self.path.name, sheet=repr(plan.name), reasons=reasons))
        raise ImportFileError(_("{file} cannot be read: {reasons}").format(
            file=self.path.name, reasons=reasons))

    def _record(self, engine: str, plan: SheetPlan, failures: list[EngineFailed]) -> None:
        if engine not in self.used:
            self.used.append(engine)
        for failure in failures:
            if failure.reason == _(NOT_INSTALLED):
                continue
            note = _("Sheet {sheet} was read with {reader} because {other} could not read it "
                     "({reason}).").format(sheet=repr(plan.name), reader=_NAMES[engine],
                                           other=_NAMES[failure.engine], reason=failure.reason)
            if note not in self.notes:
                self.notes.append(note)

    def sheet_names(self, engine: str) -> list[tuple[str, bool]]:
        """(name, hidden) as ``engine`` lists them; ``ImportFileError`` if it cannot open it."""
        try:
            return _SHEET_LISTERS[engine](self._book(engine))
        except EngineFailed as failure:
            raise ImportFileError(
                _("{file} cannot be read by {reader}, the reader for this format: "
                  "{reason}.").format(file=self.path.name, reader=_NAMES[engine],
                                      reason=failure.reason)) from failure
