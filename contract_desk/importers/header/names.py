"""Column names from one or two header rows: merges spread, groups joined, none blank or twice.

A column name is what the user sees in the mapping step and what a remembered
mapping is keyed by, so every column gets one, and each is unique.
"""

from __future__ import annotations

from contract_desk.importers.header.cell_kinds import label_of
from contract_desk.importers.read.table import RawSheet, column_letter

JOINER = " / "


def row_labels(sheet: RawSheet, index: int, width: int) -> list[str]:
    """The labels of row ``index``, a merged range's value copied into every cell it covers."""
    row = sheet.rows[index] if index < len(sheet.rows) else []
    labels = [label_of(row[c]) if c < len(row) else "" for c in range(width)]
    sheet_row = sheet.row_number(index)
    for first_row, first_col, last_row, last_col in sheet.merged:
        if not first_row <= sheet_row <= last_row:
            continue
        source = sheet.rows[first_row - sheet.first_row] if first_row >= sheet.first_row else []
        value = label_of(source[first_col]) if first_col < len(source) else ""
        for column in range(first_col, min(last_col, width - 1) + 1):
            labels[column] = value
    return labels


def _merged_columns(sheet: RawSheet, index: int) -> set[int]:
    """Columns of row ``index`` covered by a horizontal merge (their label is already spread)."""
    sheet_row = sheet.row_number(index)
    covered: set[int] = set()
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row <= sheet_row <= last_row and last_col > first_col:
            covered.update(range(first_col, last_col + 1))
    return covered


def _fill_groups(top: list[str], bottom: list[str], merged: set[int]) -> list[str]:
    """A group label over its sub-columns when the file has no merge information (CSV).

    "Dates" over "Start" and an empty cell over "End" is one group; a label
    whose own column has no sub-label ("Value" over nothing) starts none.
    """
    filled = list(top)
    group = ""
    for column, label in enumerate(top):
        if label:
            group = label if bottom[column] else ""
        elif group and bottom[column] and column not in merged:
            filled[column] = group
        else:
            group = ""
    return filled


def _join(top: str, bottom: str) -> str:
    if top and bottom and top.casefold() != bottom.casefold():
        return f"{top}{JOINER}{bottom}"
    return top or bottom


def unique_names(names: list[str]) -> list[str]:
    """Blank names become "Column C"; repeats become "Amount (2)", "Amount (3)"."""
    named = [name or f"Column {column_letter(c)}" for c, name in enumerate(names)]
    taken: set[str] = set()
    first_use = []
    for name in named:
        first_use.append(name.casefold() not in taken)
        taken.add(name.casefold())
    result = []
    for name, first in zip(named, first_use, strict=True):
        number = 2
        while not first and f"{name} ({number})".casefold() in taken:
            number += 1
        candidate = name if first else f"{name} ({number})"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def column_names(sheet: RawSheet, header_rows: tuple[int, ...], width: int) -> list[str]:
    """One unique name per column from the header row(s)."""
    if not header_rows:
        return unique_names([""] * width)
    labels = row_labels(sheet, header_rows[0], width)
    if len(header_rows) == 2:
        bottom = row_labels(sheet, header_rows[1], width)
        top = _fill_groups(labels, bottom, _merged_columns(sheet, header_rows[0]))
        labels = [_join(t, b) for t, b in zip(top, bottom, strict=True)]
    return unique_names(labels)
