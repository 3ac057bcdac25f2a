"""An import plan: every row of a sheet as it would be stored, with its problems. Pure.

The pipeline (read, find the header, map, parse) produces an ``ImportPlan``;
``services.importing`` previews or commits it. Nothing here touches a database.

Nothing is lost on the way: a cell that cannot be parsed is not an error for
its row. Its text goes into ``custom`` under its header and a *warning* names
the cell. Only a row that cannot be stored at all (nothing mapped in it, no
title and no reference, or a problem marked "error") is skipped, and always
with its reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from contract_desk.i18n import _, clauses
from contract_desk.importers.read.table import cell_address

Severity = Literal["error", "warning"]
#: Read files this much at a time: a big workbook is never in memory twice.
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class CellProblem:
    """Something about one cell (or one row) the person should look at.

    ``row`` is the 1-based sheet row, ``cell`` its address (``Sheet!C12``, or
    ``Sheet!12:12`` for the whole row), ``column`` the header, ``value`` the text.
    """

    row: int
    cell: str
    column: str
    value: str
    message: str
    severity: Severity = "warning"

    def to_json(self) -> dict[str, Any]:
        """The problem as the CLI's JSON report lists it."""
        return {"row": self.row, "cell": self.cell, "column": self.column,
                "value": self.value, "message": self.message}


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One data row, converted: contract ``fields``, leftover ``custom`` text, problems."""

    row: int
    #: Contract fields in the types create_contract accepts (dates, Decimal, Period or text...).
    fields: dict[str, Any]
    #: Header -> verbatim text of unmapped or unparseable cells.
    custom: dict[str, str] = field(default_factory=dict)
    problems: tuple[CellProblem, ...] = ()
    #: Obligation fields (as add_obligation takes them) found in the row.
    obligations: tuple[dict[str, Any], ...] = ()
    #: Header -> (cell address, verbatim text) of the cells the obligations came
    #: from: kept in ``custom`` instead when an obligation cannot be stored.
    obligation_cells: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: ``values()`` as first computed (a row is asked for them several times).
    _values: dict[str, Any] | None = field(default=None, init=False, repr=False,
                                           compare=False)

    @property
    def errors(self) -> tuple[CellProblem, ...]:
        """The problems that keep this row out of the register."""
        return tuple(p for p in self.problems if p.severity == "error")

    def values(self) -> dict[str, Any]:
        """The fields that carry a value (blank cells never clear what is stored).

        A new dict each time: the caller may change it.
        """
        found = self._values
        if found is None:
            found = self.fields  # most rows have no blank field: nothing more to keep
            if any(_blank(value) for value in found.values()):
                found = {name: value for name, value in found.items() if not _blank(value)}
            object.__setattr__(self, "_values", found)  # frozen: set once, as a cache
        return dict(found)


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple | dict) and not value


def skip_reason(row: PlannedRow) -> str | None:
    """Why ``row`` cannot be stored, or None when it can."""
    if row.errors:
        return clauses(_("{cell}: {message}").format(cell=p.cell, message=p.message)
                       for p in row.errors)
    values = row.values()
    if not values:
        return _("nothing in this row is in a mapped column")
    if not (values.get("title") or values.get("reference")):
        return _("the row has neither a title nor a reference")
    return None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A sheet ready to be previewed or committed.

    Every data row read is in ``rows`` (a row that cannot be stored carries an
    error), so ``rows_read`` always equals created + updated + unchanged + skipped.
    """

    file_name: str
    file_sha256: str
    sheet: str
    #: Column header -> contract field, as the person confirmed it.
    mapping: dict[str, str]
    rows: tuple[PlannedRow, ...]
    rows_read: int
    notes: tuple[str, ...] = ()
    #: Amounts that named no currency and were given the one chosen for them.
    currency_defaulted: int = 0
    #: The rows were handed to the import that stored them and let go (see
    #: ``hand_over_rows``): ``rows`` is empty, ``rows_read`` still counts them.
    released: bool = False

    def __post_init__(self) -> None:
        if self.released:
            if self.rows:
                raise ValueError("a plan whose rows were handed over holds none")
        elif self.rows_read != len(self.rows):
            raise ValueError(f"the plan reads {self.rows_read} rows but holds {len(self.rows)}; "
                             "every row read must be planned (skipped ones with an error)")

    @property
    def problems(self) -> tuple[CellProblem, ...]:
        """Every problem of every row, in sheet order."""
        if self.released:
            raise ValueError("the plan's rows were handed over: their problems are the "
                             "import result's")
        return tuple(p for row in self.rows for p in row.problems)

    def hand_over_rows(self) -> tuple[ImportPlan, list[PlannedRow | None]]:
        """(this plan without its rows, the rows): for an import that lets each row go once
        stored, so that a big sheet's planned rows are not all kept until its end.

        Call it as ``plan, rows = build_plan(...).hand_over_rows()``: the list is
        then all that holds the rows.
        """
        if self.released:
            raise ValueError("the plan's rows were handed over already")
        return replace(self, rows=(), released=True), list(self.rows)

    def column_of(self, field_name: str) -> str:
        """The header mapped to ``field_name`` (the field's own name when none is)."""
        return next((h for h, f in self.mapping.items() if f == field_name), field_name)


def row_address(sheet: str, row: int) -> str:
    """``Sheet!12:12``: a whole sheet row, for problems that belong to no single cell."""
    sheet_part = cell_address(sheet, row, 0).rsplit("!", 1)[0]
    return f"{sheet_part}!{row}:{row}"


def file_sha256(path: Path | str) -> str:
    """The SHA-256 of the file at ``path``, read in chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
