"""Finding the header row(s) and the data rows of a sheet, wherever they are.

Registers kept by people rarely start at A1: a title, a logo row, a line of
notes and a blank row often come first; group labels sit over two-row
headers; a totals row and styled-but-empty rows follow the data. The header
is found by scoring the top rows (``header_scoring``), the end of the data by
looking at the last rows (``data_region``); a sheet whose first row is
already data gets letter names ("Column A") instead of a header.
"""

from __future__ import annotations

from dataclasses import dataclass

from contract_desk.i18n import _, enumerated, ngettext
from contract_desk.importers.header.cell_kinds import Kind, is_blank
from contract_desk.importers.header.data_region import DataEnd, find_data_end
from contract_desk.importers.header.names import JOINER, column_names
from contract_desk.importers.header.scoring import (
    CONTEXT_ROWS,
    RowScore,
    RowView,
    row_view,
    score_row,
    typical_width,
)
from contract_desk.importers.map.evidence import column_kind, profile
from contract_desk.importers.read.table import RawSheet

#: Non-blank rows from the top that may be the header (titles and notes rarely take more).
HEAD_ROWS = 30
#: Rows a headerless sheet's columns are described by ("Column H — dates").
_SAMPLED = 200
#: Rows that look like data above a candidate: after this many, the header has been missed.
_DATA_ROWS_BEFORE_HEADER = 2


@dataclass(frozen=True, slots=True)
class HeaderGuess:
    """Where a sheet's header and data are; indices are into ``RawSheet.rows``.

    ``first_data``..``last_data`` (inclusive) holds the data rows (blank ones
    may be among them); with no data rows ``last_data == first_data - 1``.
    """

    header_rows: tuple[int, ...]
    columns: list[str]
    first_data: int
    last_data: int
    totals_row: int | None
    has_header: bool
    confidence: float
    notes: list[str]


def find_header(sheet: RawSheet) -> HeaderGuess:
    """The header row(s), column names and data rows of ``sheet``, with notes for the user."""
    width = max((len(row) for row in sheet.rows), default=0)
    views = _top_views(sheet, width)
    if not views:
        return HeaderGuess((), [], 0, -1, None, False, 0.0, [_("Sheet {sheet} is empty.").format(
            sheet=repr(sheet.name))])
    choice = _choose_header(views)
    if choice is None:
        return _without_header(sheet, views, width)
    position, score = choice
    header_rows = _header_rows(sheet, views, position)
    return _with_header(sheet, views, header_rows, score, width)


def _top_views(sheet: RawSheet, width: int) -> list[RowView]:
    views: list[RowView] = []
    for index, row in enumerate(sheet.rows):
        if len(views) >= HEAD_ROWS + CONTEXT_ROWS:
            break
        if not is_blank(row):
            views.append(row_view(sheet, index, width))
    return views


def _looks_like_data(view: RowView, score: RowScore) -> bool:
    has_values = any(kind in (Kind.NUMBER, Kind.DATE) for kind in view.kinds)
    return not score.eligible and has_values and score.coverage >= 0.5


def _choose_header(views: list[RowView]) -> tuple[int, RowScore] | None:
    """(position in ``views``, score) of the best header candidate, or None."""
    best: tuple[int, RowScore] | None = None
    data_rows = 0
    for position, view in enumerate(views[:HEAD_ROWS]):
        below = views[position + 1: position + 1 + CONTEXT_ROWS]
        if not below and position > 0:
            break  # the last row: nothing below to be the header of
        score = score_row(view, below)
        if best is not None and _same_labels(view, views[best[0]]):
            continue  # the header again (a printed page's, maybe shifted): the first one is it
        if score.eligible and (best is None or score.score > best[1].score):
            best = (position, score)
        elif _looks_like_data(view, score):
            data_rows += 1
            if data_rows >= _DATA_ROWS_BEFORE_HEADER:
                break
    return best


def _same_labels(view: RowView, other: RowView) -> bool:
    """The same labels, wherever they stand (a printed page may shift them)."""
    return sorted(label for label in view.labels if label) == sorted(
        label for label in other.labels if label)


def _header_rows(sheet: RawSheet, views: list[RowView], position: int) -> tuple[int, ...]:
    current = views[position]
    if position > 0:
        above = views[position - 1]
        if above.index == current.index - 1 and _is_group_row(sheet, above, current):
            return (above.index, current.index)
    if position + 1 < len(views):
        below = views[position + 1]
        if below.index == current.index + 1 and _is_group_row(sheet, current, below):
            return (current.index, below.index)
    return (current.index,)


def _merge_evidence(sheet: RawSheet, top: RowView, bottom: RowView) -> bool:
    """A merge narrower than the sheet in the top row, or one spanning both rows."""
    width = len(top.kinds)
    top_row, bottom_row = sheet.row_number(top.index), sheet.row_number(bottom.index)
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row <= top_row and last_row >= bottom_row:
            return True
        narrower = last_col - first_col + 1 < width
        if first_row <= top_row <= last_row and last_col > first_col and narrower:
            return True
    return False


def _is_group_row(sheet: RawSheet, top: RowView, bottom: RowView) -> bool:
    """Whether ``top`` holds group labels over the sub-labels of ``bottom`` (a two-row header)."""
    if not (top.all_labels and bottom.all_labels):
        return False
    if _merge_evidence(sheet, top, bottom):
        return True
    top_filled, bottom_filled = set(top.filled_columns), set(bottom.filled_columns)
    distinct = {top.labels[c].casefold() for c in top_filled}
    # "Dates" over "Start" and nothing over "End" is a group with its sub-labels;
    # "Contract" over nothing is a label of its own. A key-value line above a
    # header ("Prepared by | Ola") has neither shape.
    return (len(distinct) >= 2 and bool(top_filled & bottom_filled)
            and bool(bottom_filled - top_filled) and bool(top_filled - bottom_filled))


def _data_end(sheet: RawSheet, views: list[RowView], first_data: int) -> DataEnd:
    typical = typical_width([view for view in views if view.index >= first_data])
    return find_data_end(sheet.rows, first_data, typical)


def _first_data(sheet: RawSheet, after: int) -> int:
    index = after + 1
    while index < len(sheet.rows) and is_blank(sheet.rows[index]):
        index += 1
    return index if index < len(sheet.rows) else after + 1


def _with_header(sheet: RawSheet, views: list[RowView], header_rows: tuple[int, ...],
                 score: RowScore, width: int) -> HeaderGuess:
    first_data = _first_data(sheet, header_rows[-1])
    end = _data_end(sheet, views, first_data)
    notes = _header_notes(sheet, views, header_rows)
    notes += _end_notes(sheet, end, first_data)
    return HeaderGuess(header_rows, column_names(sheet, header_rows, width), first_data,
                       max(end.last_data, first_data - 1), end.totals_row, True,
                       score.score, notes)


def _without_header(sheet: RawSheet, views: list[RowView], width: int) -> HeaderGuess:
    first_data = views[0].index
    end = _data_end(sheet, views, first_data)
    note = _("No header row found in sheet {sheet}: its first row already holds data "
             "(numbers, dates), so the columns are named by their letters and what they hold "
             "(Column A — dates, ...).").format(sheet=repr(sheet.name))
    notes = [note, *_end_notes(sheet, end, first_data)]
    label_share = max(score_row(view, []).label_share for view in views[:5])
    rows = sheet.rows[first_data:end.last_data + 1][:_SAMPLED]
    names = [f"{name} — {column_kind(profile([row[c] if c < len(row) else None for row in rows]))}"
             for c, name in enumerate(column_names(sheet, (), width))]
    return HeaderGuess((), names, first_data, end.last_data, end.totals_row, False,
                       round(1 - label_share, 3), notes)


def _header_notes(sheet: RawSheet, views: list[RowView], header_rows: tuple[int, ...]) -> list[str]:
    notes = []
    skipped = sum(1 for view in views if view.index < header_rows[0])
    first, last = (sheet.row_number(header_rows[0]), sheet.row_number(header_rows[-1]))
    if skipped and len(header_rows) == 2:
        notes.append(ngettext(
            "The header is on rows {first} and {last}; {count} row above it (a title, a note) "
            "is not imported.",
            "The header is on rows {first} and {last}; {count} rows above it (titles, notes) "
            "are not imported.", skipped).format(first=first, last=last, count=skipped))
    elif skipped:
        notes.append(ngettext(
            "The header is on row {row}; {count} row above it (a title, a note) is not "
            "imported.",
            "The header is on row {row}; {count} rows above it (titles, notes) are not "
            "imported.", skipped).format(row=first, count=skipped))
    if len(header_rows) == 2:
        notes.append(_("The header takes two rows ({first} and {last}); their labels are joined "
                       "as 'Top{joiner}Bottom'.").format(first=first, last=last, joiner=JOINER))
    return notes


def _end_notes(sheet: RawSheet, end: DataEnd, first_data: int) -> list[str]:
    notes = []
    if end.totals_row is not None:
        notes.append(_("Row {row} is a totals row and is not imported.").format(
            row=sheet.row_number(end.totals_row)))
    if end.notes_rows:
        rows = enumerated(str(sheet.row_number(index)) for index in end.notes_rows)
        notes.append(ngettext(
            "Row {rows} below the data looks like notes and is not imported.",
            "Rows {rows} below the data look like notes and are not imported.",
            len(end.notes_rows)).format(rows=rows))
    if end.last_data < first_data:
        notes.append(_("Sheet {sheet} has no data rows below its header.").format(
            sheet=repr(sheet.name)))
    return notes
