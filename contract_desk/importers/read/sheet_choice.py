"""What the readers share: which sheet to read, and how a library's failure is reported."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from contract_desk.i18n import N_
from contract_desk.importers.read.sheet_scan import SheetScan

#: The reason python-calamine gives when it is missing (no note is made of it).
NOT_INSTALLED = N_("python-calamine is not installed")


class EngineFailed(Exception):
    """One library could not read the file; the reader may still try the other one.

    Never shown as such: ``readers`` turns it into a note (when the other library
    succeeds) or into an ``ImportFileError`` naming both reasons.
    """

    def __init__(self, engine: str, reason: str) -> None:
        super().__init__(f"{engine}: {reason}")
        self.engine = engine
        self.reason = reason


@contextmanager
def opened_book(engine: str, open_book: Callable[[], Any]) -> Iterator[Any]:
    """The workbook ``open_book`` returns, closed on leaving.

    The libraries refuse files Excel opens, with errors of their own or plain
    ones (calamine's from inside Rust, too): any of them becomes ``EngineFailed``,
    so the reader can try the other library.
    """
    try:
        book = open_book()
    except EngineFailed:
        raise
    except Exception as error:
        raise EngineFailed(engine, describe(error)) from error
    try:
        yield book
    finally:
        book.close()


@dataclass(frozen=True, slots=True)
class SheetPlan:
    """One sheet to read: its name, whether it is hidden, and what its XML scan found."""

    name: str
    hidden: bool
    #: The raw-XML scan of an xlsx worksheet; None for formats that are not scanned.
    scan: SheetScan | None = None
    #: Error cells found by another scan (ODS): (1-based row, 0-based column) -> "#N/A".
    errors: Mapping[tuple[int, int], str] | None = None

    def dense_grid_problem(self) -> str | None:
        """Why python-calamine must not read it (it allocates the whole used range), or None."""
        return self.scan.dense_grid_problem() if self.scan is not None else None

    def overrides(self) -> dict[int, dict[int, str]]:
        """Cells the scan knows better than the library (error values), by row."""
        found = self.scan.errors_by_row() if self.scan else {}
        for (row, column), text in (self.errors or {}).items():
            found.setdefault(row, {})[column] = text
        return found

    def merged(self) -> list[tuple[int, int, int, int]]:
        """Merged ranges found by the scan."""
        return list(self.scan.merged) if self.scan else []


def describe(error: BaseException) -> str:
    """A library's exception as a short reason (its class name when it has no message)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return text[:300] or type(error).__name__
