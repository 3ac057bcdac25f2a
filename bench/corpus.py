"""How much of what real registers hold arrives in the register's fields.

The corpus is ``tests/data/registers/``: public contract registers from other
organisations, with ``expected.json`` written by a person reading each file (which
column holds which field). For every (contract, field) pair where the file holds
the field (the expected column's cell is not blank), the field is either filled
by the import or it is not; the share filled is what a team moving in gets.

Used by ``bench/bench_import_fields.py`` (the measure ``import_fields_filled``)
and by ``tests/importers/test_corpus_registers.py`` (the same numbers, per file).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.map.header_match import header_key
from contract_desk.importers.plan.model import ImportPlan, PlannedRow, skip_reason
from contract_desk.importers.plan.pipeline import Analysis, analyze, build_plan
from contract_desk.importers.values.field_parsers import text_of

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "registers"
#: What a column may land in when the file's column means ``field``: the field itself,
#: or the import-only field that fills it.
_LANDS_IN = {
    "value": ("value", "value_with_currency"),
    "initial_term": ("initial_term", "term_months"),
    "title": ("title", "scope"),  # a description names the contract when there is no title
    "start_date": ("start_date", "initial_term"),  # "01/07/2020 - 30/06/2023": a span
    "end_date": ("end_date", "initial_term"),
}


@dataclass(frozen=True)
class Expected:
    """One corpus file as a person reads it (an entry of ``expected.json``)."""

    file: str
    sheet: str | None
    data_rows: int
    fields: dict[str, str]
    currency: str | None = None
    #: Header -> field a user gives where the file's headers say nothing we can read.
    overrides: dict[str, str] = field(default_factory=dict)
    notes: str = ""

    @property
    def path(self) -> Path:
        """Where the file is."""
        return CORPUS / self.file


@dataclass
class FieldFill:
    """For one field: contracts whose file cell holds it, and how many got it."""

    held: int = 0
    filled: int = 0

    @property
    def share(self) -> float:
        """Filled out of held (1.0 when the file holds none)."""
        return self.filled / self.held if self.held else 1.0


@dataclass
class FillReport:
    """What one file's import planned, against what a person reads in it."""

    expected: Expected
    analysis: Analysis | None
    plan: ImportPlan | None
    refused: str | None = None
    fields: dict[str, FieldFill] = field(default_factory=dict)

    @property
    def contracts(self) -> int:
        """Rows the plan holds as contracts (not the page footers and headers of a report)."""
        if self.plan is None or self.analysis is None:
            return 0
        return len(self.plan.rows) - len(self.analysis.not_contracts)

    @property
    def skipped(self) -> int:
        """Contract rows the plan would not store."""
        if self.plan is None or self.analysis is None:
            return 0
        return sum(1 for index, row in zip(_indices(self.analysis), self.plan.rows, strict=True)
                   if index not in self.analysis.not_contracts and skip_reason(row))


def _indices(analysis: Analysis) -> list[int]:
    return [index for index, _ in analysis.data_rows]


def load_expected() -> list[Expected]:
    """Every corpus file with what a person reads in it."""
    entries = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    return [Expected(entry["file"], entry.get("sheet"), entry["data_rows"], entry["fields"],
                     entry.get("currency"), entry.get("overrides", {}), entry.get("notes", ""))
            for entry in entries]


def column_of(analysis: Analysis, header: str) -> int | None:
    """The column a person's header names (spaces and line breaks do not matter)."""
    keys = [header_key(column) for column in analysis.header.columns]
    wanted = header_key(header)
    return keys.index(wanted) if wanted in keys else None


def lands(analysis: Analysis, header: str, field_name: str) -> bool:
    """Whether the column ``header`` is mapped to ``field_name`` (or what fills it)."""
    column = column_of(analysis, header)
    return column is not None and analysis.mapping.get(column) in _LANDS_IN.get(
        field_name, (field_name,))


def fill_report(expected: Expected, *, use_overrides: bool = True) -> FillReport:
    """Plan the file as ``contract-desk import`` would, and count what its fields got."""
    overrides = expected.overrides if use_overrides else {}
    analysis = analyze(expected.path, sheet=expected.sheet, overrides=overrides)
    try:
        plan = build_plan(analysis, default_currency=expected.currency)
    except ImportFileError as refused:
        report = FillReport(expected, analysis, None, str(refused))
        _count(report, analysis, ())
        return report
    report = FillReport(expected, analysis, plan)
    _count(report, analysis, plan.rows)
    return report


def _count(report: FillReport, analysis: Analysis, rows: tuple[PlannedRow, ...]) -> None:
    by_number = {row.row: row for row in rows}
    for field_name, header in report.expected.fields.items():
        column = column_of(analysis, header)
        fill = report.fields.setdefault(field_name, FieldFill())
        if column is None:
            raise KeyError(f"{report.expected.file}: no column {header!r}")
        for index, cells in analysis.data_rows:
            if (index in analysis.not_contracts or column >= len(cells)
                    or not text_of(cells[column])):
                continue
            fill.held += 1
            row = by_number.get(analysis.sheet.row_number(index))
            if row is not None and skip_reason(row) is None and _filled(row, field_name):
                fill.filled += 1


def _filled(row: PlannedRow, field_name: str) -> bool:
    values = row.values()
    if field_name == "value":
        return values.get("value") is not None
    return values.get(field_name) not in (None, "", [])


def corpus_reports(*, use_overrides: bool = True) -> Iterator[FillReport]:
    """A fill report for every corpus file."""
    for expected in load_expected():
        yield fill_report(expected, use_overrides=use_overrides)


def totals(reports: list[FillReport]) -> tuple[int, int]:
    """(pairs held, pairs filled) over ``reports``."""
    held = sum(fill.held for report in reports for fill in report.fields.values())
    filled = sum(fill.filled for report in reports for fill in report.fields.values())
    return held, filled


def summary(report: FillReport) -> dict[str, Any]:
    """One file's numbers, for a table."""
    return {"file": report.expected.file, "refused": report.refused is not None,
            "skipped": report.skipped,
            "fields": {name: f"{fill.filled}/{fill.held}" for name, fill in report.fields.items()}}
