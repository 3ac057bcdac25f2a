"""Registers printed page by page: each page's rows read under the sheet's own columns.

Transparency portals publish reports meant for paper, then export them to CSV or
xlsx. What a person sees as one table arrives as pages: a footer ("Página: 1 de
36"), the header again with its labels in other columns, a description cut at
the page end and carried on at the top of the next page, and labels set one
column beside the values they stand over (a PDF's column edges). This module
reads such a sheet as the person does:

- a row that repeats header labels (in any columns) starts a page; its labels
  say where each column's values sit on that page;
- a label standing over an empty column, beside a column of values no label
  claims, is moved onto those values;
- a page footer is no contract (a reason says so);
- a row holding only text in the description's column, right after a contract
  (also across a page break), carries that description on: its text is joined
  to the contract's.

The result is the sheet with its data rows moved into the header's columns,
and a reason for every row that is not a contract. A sheet without pages or
offsets comes back as it was. Pure: nothing is read or stored here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from contract_desk.i18n import _
from contract_desk.importers.header.finding import HeaderGuess
from contract_desk.importers.read.table import CellValue, RawSheet
from contract_desk.importers.values.normalize import fold

#: A cell that is a printed page's number, whole: "Página: 1 de", "Page 3 of 12", "Side 2 av 9".
_PAGE_RE = re.compile(r"(?:p[aá]gina|page|side|seite|sida|pag)\.?\s*:?\s*\d+\s*"
                      r"(?:(?:de|of|av|von|/|sur)\s*\d*)?", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
#: A footer is a short line: a few cells, one of them the page number.
_FOOTER_CELLS = 5
#: A label's own column this empty (in a page's rows) lets it move onto its values.
_EMPTY = 0.1
#: A neighbouring column this full holds the label's values.
_FULL = 0.5
#: Rows of a page its columns are judged on (a long sheet's pages are alike).
_SAMPLED = 200


@dataclass(frozen=True)
class Alignment:
    """A sheet read page by page: its rows in the header's columns, and the rows that are none."""

    sheet: RawSheet
    #: Row index -> why it holds no contract (a page footer, the header again, a carried-on
    #: description).
    not_contracts: dict[int, str] = field(default_factory=dict)


def header_again(sheet: RawSheet, header_row: int) -> str:
    """Why a row that prints the header of ``rows[header_row]`` again is no contract."""
    return _("this row repeats the header of row {row} (as at the top of each printed page): "
             "not a contract").format(row=sheet.row_number(header_row))


@dataclass
class _Line:
    """A few words printed right under a header: maybe the header's second line."""

    index: int
    page: _Page
    texts: list[tuple[int, str]]


@dataclass
class _Page:
    """Rows under one printing of the header, and where its labels stand."""

    positions: dict[int, int]  # header column -> where its label stands on this page
    rows: list[int] = field(default_factory=list)


def align_pages(sheet: RawSheet, header: HeaderGuess) -> Alignment:
    """``sheet`` with each page's rows in the header's columns (see the module's notes)."""
    if not header.has_header or header.first_data > header.last_data:
        return Alignment(sheet)
    labels = _labels(sheet, header)
    pages, not_contracts = _pages(sheet, header, labels)
    rows = list(sheet.rows)
    width = len(header.columns)
    moved = False
    for page in pages:
        sources = _sources(sheet, page, width)
        if sources is None or sources == list(range(width)):
            continue
        for index in page.rows:
            aligned = _aligned(sheet.rows[index], sources)
            if aligned is not None:
                rows[index], moved = aligned, True
    if not_contracts:  # a description can only be carried on across a page break
        _join_carried_on(sheet, rows, header, not_contracts)
    if not moved and not not_contracts:
        return Alignment(sheet)
    return Alignment(replace(sheet, rows=rows), not_contracts)


def _labels(sheet: RawSheet, header: HeaderGuess) -> dict[str, int]:
    """Folded header label -> its column (a two-row header's labels of both rows)."""
    found: dict[str, int] = {}
    for row in header.header_rows:
        for column, value in enumerate(sheet.rows[row]):
            if isinstance(value, str) and value.strip():
                found.setdefault(fold(value), column)
    return found


def _pages(sheet: RawSheet, header: HeaderGuess,
           labels: dict[str, int]) -> tuple[list[_Page], dict[int, str]]:
    first = {column: column for column in labels.values()}
    pages, not_contracts = [_Page(first)], {}
    repeat = header_again(sheet, header.header_rows[-1])
    longest = max((len(label) for label in labels), default=0) + 2
    under: dict[tuple[str, ...], list[_Line]] = {}  # lines of words under each header
    after_header = True
    for index in range(header.first_data, header.last_data + 1):
        cells = sheet.rows[index]
        filled = [(c, v) for c, v in enumerate(cells) if v is not None and v != ""]
        if not filled:
            continue
        texts = _page_line(filled, labels, longest)
        if texts is None:  # an ordinary row (most are): not worth folding every cell
            pages[-1].rows.append(index)
            after_header = False
            continue
        if any(_PAGE_RE.fullmatch(text) for _, text in texts):
            not_contracts[index] = _("a page footer of a printed report: not a contract")
            after_header = False
        elif all(text in labels for _, text in texts):
            not_contracts[index] = repeat
            positions = {labels[text]: c for c, text in texts}
            if len(texts) >= 2:
                pages.append(_Page(positions))
            else:  # the header again in pieces
                pages[-1].positions.update(positions)
            after_header = len(texts) >= 2
        else:
            if after_header and _label_line(texts):
                under.setdefault(tuple(text for _, text in texts), []).append(
                    _Line(index, pages[-1], texts))
            pages[-1].rows.append(index)
            after_header = False
    _set_apart_label_lines(under, labels, not_contracts, repeat)
    return pages, not_contracts


def _page_line(filled: Sequence[tuple[int, CellValue]], labels: dict[str, int],
               longest: int) -> list[tuple[int, str]] | None:
    """The folded texts of a row that may be a footer, a header or a label line; else None.

    Such a row is a few short texts, and only a footer has digits (its page
    number): a data row (numbers, dates, long text) is let through at once,
    without folding a cell.
    """
    if len(filled) > max(len(labels), _FOOTER_CELLS):
        return None
    limit, paged, numbered = max(longest, 40), False, False
    for _column, value in filled:
        if not isinstance(value, str) or len(value) > limit:
            return None
        if _DIGIT_RE.search(value):
            numbered = True
            paged = paged or _PAGE_RE.fullmatch(value.strip()) is not None
    if numbered and not paged:
        return None
    return [(column, fold(str(value))) for column, value in filled]


def _set_apart_label_lines(under: dict[tuple[str, ...], list[_Line]], labels: dict[str, int],
                           not_contracts: dict[int, str], repeat: str) -> None:
    """Rows right under each printing of the header that print the same few words each time.

    ("Processo" under "Modalidade" on every page.) A line seen under one header only
    is data: a register's first contract may well be a few words. Each word of
    such a line names the column where the first page prints it.
    """
    for lines in under.values():
        if len(lines) < 2:
            continue
        for column, text in lines[0].texts:
            labels.setdefault(text, column)
        for line in lines:
            not_contracts[line.index] = repeat
            line.page.rows.remove(line.index)
            line.page.positions.update({labels[text]: c for c, text in line.texts})


def _label_line(texts: list[tuple[int, str]]) -> bool:
    """A few short words without digits: a second line of labels, not a contract."""
    return len(texts) <= 3 and all(len(text) <= 30 and not any(ch.isdigit() for ch in text)
                                   for _, text in texts)


def _sources(sheet: RawSheet, page: _Page, width: int) -> list[int | None] | None:
    """For each header column, the column its values sit in on this page (None: nowhere).

    None for the whole page when two labels would read one column: such a page is
    left as printed rather than guessed at.
    """
    sources = {column: position for column, position in page.positions.items()
               if column < width}
    labelled = set(sources.values())
    filled = _filled_shares(sheet, page.rows)
    for column in sorted(sources):
        own = sources[column]
        if filled.get(own, 0.0) > _EMPTY:
            continue
        claimed = {sources[c] for c in sources if c < column}
        beside = [n for n in (own - 1, own + 1) if n >= 0 and n not in labelled
                  and filled.get(n, 0.0) >= _FULL and n not in claimed]
        if beside:  # the label stands beside its values, as a PDF's column edge puts it
            sources[column] = max(beside, key=lambda n: filled[n])
    taken = set(sources.values())
    if len(taken) < len(sources):
        return None
    # A column without a label reads its own place, unless a label's values sit there.
    return [sources.get(column, None if column in taken else column)
            for column in range(width)]


def _filled_shares(sheet: RawSheet, rows: Sequence[int]) -> dict[int, float]:
    """How full each column is, judged on a page's first ``_SAMPLED`` rows."""
    rows = rows[:_SAMPLED]
    counts: dict[int, int] = {}
    for index in rows:
        for column, value in enumerate(sheet.rows[index]):
            if value is not None and str(value).strip():
                counts[column] = counts.get(column, 0) + 1
    return {column: count / len(rows) for column, count in counts.items()} if rows else {}


def _aligned(cells: list[CellValue], sources: list[int | None]) -> list[CellValue] | None:
    """``cells`` in the header's columns; None when a filled cell would be left behind."""
    read = {source for source in sources if source is not None}
    if any(value is not None and str(value).strip() and column not in read
           for column, value in enumerate(cells)):
        return None  # the row does not fit its page's columns: kept as it stands
    return [cells[source] if source is not None and source < len(cells) else None
            for source in sources]


def _join_carried_on(sheet: RawSheet, rows: list[list[CellValue]], header: HeaderGuess,
                     not_contracts: dict[int, str]) -> None:
    """Join a description cut at a page end to the contract it belongs to.

    Only the first row after a page break (a footer or the header again) can
    carry on: elsewhere a row with only a description is a contract of its own.
    """
    last_contract: int | None = None
    page_break = False
    text_columns = _text_columns(rows, header)
    for index in range(header.first_data, header.last_data + 1):
        if index in not_contracts:
            page_break = True
            continue
        filled = [c for c, v in enumerate(rows[index]) if v is not None and str(v).strip()]
        if not filled:
            continue
        carries_on = (page_break and last_contract is not None and len(filled) == 1
                      and filled[0] in text_columns)
        page_break = False
        if not carries_on or last_contract is None:
            last_contract = index
            continue
        column = filled[0]
        joined = list(rows[last_contract])
        joined.extend([None] * (column + 1 - len(joined)))
        joined[column] = f"{str(joined[column] or '').rstrip()} {str(rows[index][column]).strip()}"
        rows[last_contract] = joined
        not_contracts[index] = _("carries on the text of row {row} (a description cut at a page "
                                 "end): joined to it").format(row=sheet.row_number(last_contract))


def _text_columns(rows: list[list[CellValue]], header: HeaderGuess) -> set[int]:
    """Columns of long text (descriptions): only these carry on across a page."""
    lengths: dict[int, list[int]] = {}
    for index in range(header.first_data, header.last_data + 1):
        for column, value in enumerate(rows[index]):
            if isinstance(value, str) and value.strip():
                lengths.setdefault(column, []).append(len(value.strip()))
    return {column for column, found in lengths.items()
            if len(found) >= 3 and sum(found) / len(found) >= 40}
