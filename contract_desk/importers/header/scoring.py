"""How much a row looks like the header of the rows below it.

A header row is wide (as many cells as the data rows), made of distinct
labels, sits over columns that hold numbers and dates, and its labels do not
recur in their columns below. Titles, logos and notes above it are narrow;
data rows hold numbers and dates themselves, and their words repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from contract_desk.importers.header.cell_kinds import Kind, kind_of
from contract_desk.importers.header.names import row_labels
from contract_desk.importers.read.table import RawSheet

#: A row is a header candidate only if this share of its cells are labels (not numbers/dates).
MIN_LABEL_SHARE = 0.6
#: ... and it fills at least this share of the cells a typical data row fills.
MIN_COVERAGE = 0.5
#: Rows below a candidate that are compared with it.
CONTEXT_ROWS = 20


@dataclass(frozen=True, slots=True)
class RowView:
    """One non-blank row of the top of the sheet: its labels (merges spread) and their kinds."""

    index: int
    labels: list[str]
    kinds: list[Kind]

    @property
    def filled_columns(self) -> list[int]:
        """Columns with something in them."""
        return [c for c, kind in enumerate(self.kinds) if kind is not Kind.EMPTY]

    @property
    def all_labels(self) -> bool:
        """Whether every filled cell is a label (text that is not a number or a date)."""
        filled = self.filled_columns
        return bool(filled) and all(self.kinds[c] is Kind.TEXT for c in filled)


def row_view(sheet: RawSheet, index: int, width: int) -> RowView:
    """The row as header detection sees it."""
    labels = row_labels(sheet, index, width)
    row = sheet.rows[index]
    kinds = []
    for column, label in enumerate(labels):
        value = row[column] if column < len(row) else None
        # A merged range's spread label is text even where the raw cell is empty.
        kinds.append(kind_of(value) if value is not None else kind_of(label or None))
    return RowView(index, labels, kinds)


@dataclass(frozen=True, slots=True)
class RowScore:
    """A candidate row's score (0-1) and whether it may be a header at all."""

    score: float
    eligible: bool
    label_share: float
    coverage: float


def _column_kinds(rows: list[RowView], column: int) -> list[Kind]:
    return [row.kinds[column] for row in rows if row.kinds[column] is not Kind.EMPTY]


def typed_columns(rows: list[RowView]) -> set[int]:
    """Columns whose filled cells are mostly numbers or dates."""
    if not rows:
        return set()
    typed = set()
    for column in range(len(rows[0].kinds)):
        kinds = _column_kinds(rows, column)
        if kinds and sum(k in (Kind.NUMBER, Kind.DATE) for k in kinds) >= len(kinds) / 2:
            typed.add(column)
    return typed


def _text_columns(rows: list[RowView]) -> set[int]:
    """Columns whose filled cells are mostly text."""
    if not rows:
        return set()
    return {column for column in range(len(rows[0].kinds))
            if (kinds := _column_kinds(rows, column))
            and sum(k is Kind.TEXT for k in kinds) > len(kinds) / 2}


def _is_year(label: str) -> bool:
    return len(label) == 4 and label.isdigit() and 1900 <= int(label) <= 2100


def _year_columns(row: RowView, below: list[RowView]) -> set[int]:
    """Years heading columns of other numbers ("2023 | 2024 | 2025" over amounts)."""
    years = {c for c in row.filled_columns if _is_year(row.labels[c])}
    if len(years) < 2 or len({row.labels[c] for c in years}) < len(years):
        return set()
    # A Year column holds mostly years below too; then its top cell is data, not a label.
    return {c for c in years
            if sum(_is_year(other.labels[c]) for other in below) <= len(below) / 2}


def _label_columns(row: RowView, below: list[RowView]) -> list[int]:
    """Filled cells that read as labels: text, a number over text, or years over numbers."""
    text_below = _text_columns(below)
    years = _year_columns(row, below)
    return [c for c in row.filled_columns
            if row.kinds[c] is Kind.TEXT or c in text_below or c in years]


def typical_width(rows: list[RowView]) -> float:
    """How many cells a typical row of ``rows`` fills."""
    return median(len(row.filled_columns) for row in rows) if rows else 0.0


def score_row(row: RowView, below: list[RowView]) -> RowScore:
    """How much ``row`` looks like the header of ``below``."""
    filled = row.filled_columns
    if not filled:
        return RowScore(0.0, False, 0.0, 0.0)
    labels = _label_columns(row, below)
    label_share = len(labels) / len(filled)
    expected = typical_width(below) or len(filled)
    coverage = min(1.0, len(filled) / max(expected, 1.0))
    distinct = len({row.labels[c].casefold() for c in filled}) / len(filled)
    score = (0.3 * coverage + 0.3 * label_share + 0.1 * distinct
             + 0.2 * _contrast(row, below) + 0.1 * (1 - _recurrence(row, labels, below)))
    eligible = label_share >= MIN_LABEL_SHARE and coverage >= MIN_COVERAGE and (
        len(filled) >= 2 or len(row.kinds) == 1)
    return RowScore(round(score, 3), eligible, label_share, coverage)


def _contrast(row: RowView, below: list[RowView]) -> float:
    """Share of the number/date columns below that the row labels with text (0.5 if none)."""
    typed = typed_columns(below)
    if not typed:
        return 0.5
    return sum(row.kinds[c] is Kind.TEXT for c in typed) / len(typed)


def _recurrence(row: RowView, labels: list[int], below: list[RowView]) -> float:
    """Share of the row's labels that appear again in their own column below (data repeats)."""
    if not labels or not below:
        return 0.0
    repeated = 0
    for column in labels:
        label = row.labels[column].casefold()
        repeated += any(other.labels[column].casefold() == label for other in below)
    return repeated / len(labels)
