"""Where the data rows of a sheet end: before trailing notes and a totals row.

A register often ends with a "Total" row summing the amounts, and sometimes
with a line of notes ("Source: ...", "* excl. VAT"). Neither is a contract.
Only the last few rows are looked at, so this costs nothing on a big sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contract_desk.importers.header.cell_kinds import Kind, is_blank, kind_of, label_of
from contract_desk.importers.read.table import CellValue

_TOTAL_WORDS = (
    "total", "totals", "grand total", "sum", "sum total", "subtotal", "totalt", "totalsum",
    "summa", "i alt", "samlet", "summe", "gesamt", "gesamtsumme", "insgesamt", "somme",
    "total général", "total general", "suma", "suma total", "totaal", "yhteensä",
    "합계", "총계", "총합계", "合计", "合計", "总计", "總計", "総計", "累計",
)
_TOTAL_LABEL = re.compile(
    r"(?:" + "|".join(re.escape(word) for word in _TOTAL_WORDS) + r")"
    r"(?:\s+[^\W\d]+)?\s*[:.]?", re.IGNORECASE)
#: A totals row fills at most this share of the cells a data row fills (a few sums).
_TOTALS_MAX_SHARE = 0.6
#: Trailing rows looked at for notes.
_TAIL_ROWS = 5


@dataclass(slots=True)
class DataEnd:
    """The last data row, and what was left out below it."""

    last_data: int
    totals_row: int | None = None
    notes_rows: list[int] = field(default_factory=list)


def last_non_blank(rows: list[list[CellValue]], stop: int, before: int | None = None) -> int:
    """Index of the last row after ``stop`` (and before ``before``) holding something.

    ``stop`` itself when there is none.
    """
    index = (len(rows) if before is None else before) - 1
    while index > stop and is_blank(rows[index]):
        index -= 1
    return index


def is_totals_label(value: CellValue) -> bool:
    """Whether the cell reads "Total", "Sum:", "Totalt", "합계", "合计"... (nothing more)."""
    return kind_of(value) is Kind.TEXT and bool(_TOTAL_LABEL.fullmatch(label_of(value)))


def _filled(row: list[CellValue]) -> list[CellValue]:
    return [value for value in row if kind_of(value) is not Kind.EMPTY]


def _is_totals_row(row: list[CellValue], typical: float) -> bool:
    values = _filled(row)
    if not values or len(values) > max(2.0, _TOTALS_MAX_SHARE * typical):
        return False
    return any(is_totals_label(value) for value in values[:3])


def _is_note_row(row: list[CellValue], typical: float) -> bool:
    values = _filled(row)
    return typical >= 3 and len(values) == 1 and kind_of(values[0]) is Kind.TEXT


def _trailing_notes(rows: list[list[CellValue]], first: int, last: int,
                    typical: float) -> list[int]:
    """Single-text rows at the very end, set apart from the data by a blank row."""
    notes: list[int] = []
    index = last
    while index > first and len(notes) < _TAIL_ROWS:
        if is_blank(rows[index]):
            index -= 1
            continue
        if not _is_note_row(rows[index], typical):
            break
        notes.append(index)
        index -= 1
    if not notes or not is_blank(rows[min(notes) - 1]):
        return []
    return sorted(notes)


def find_data_end(rows: list[list[CellValue]], first_data: int, typical: float) -> DataEnd:
    """The last data row at or after ``first_data``; ``typical`` is a data row's filled cells."""
    last = last_non_blank(rows, first_data - 1)
    end = DataEnd(last)
    if last < first_data:
        return end
    end.notes_rows = _trailing_notes(rows, first_data, last, typical)
    if end.notes_rows:
        last = last_non_blank(rows, first_data - 1, before=min(end.notes_rows))
    if last >= first_data and _is_totals_row(rows[last], typical):
        end.totals_row = last
        last = last_non_blank(rows, first_data - 1, before=last)
    end.last_data = last
    return end
