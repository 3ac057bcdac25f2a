"""From a file to an import plan: read, find the header, map columns, parse every cell.

The plan says, row by row, what would be stored; committing it is the
services' job (``services.importing``). Nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from contract_desk.domain.currency import ISO_CURRENCIES
from contract_desk.domain.text_lengths import CONTRACT_TEXT_LENGTHS
from contract_desk.gc_pause import paused_gc
from contract_desk.i18n import _, enumerated, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.header.finding import HeaderGuess, find_header
from contract_desk.importers.header.sections import align_pages, header_again
from contract_desk.importers.map.header_match import header_key
from contract_desk.importers.map.suggest import (
    ColumnSuggestion,
    layout_fingerprint,
    suggest_mapping,
)
from contract_desk.importers.plan.model import (
    CellProblem,
    ImportPlan,
    PlannedRow,
    file_sha256,
    row_address,
)
from contract_desk.importers.plan.obligation_sheet import attach_obligations, find_obligation_sheet
from contract_desk.importers.plan.row import TITLE_LENGTH, RowLayout, plan_row, title_source
from contract_desk.importers.read.readers import read_workbook
from contract_desk.importers.read.table import CellValue, RawSheet, RawWorkbook
from contract_desk.importers.values.field_parsers import ColumnPlan, column_plan, text_of
from contract_desk.importers.values.header_scale import header_scale

#: Longest text each contract field holds (the database columns' lengths).
TEXT_LIMITS = dict(CONTRACT_TEXT_LENGTHS)
#: Sample rows per column used to judge date order, decimal marks and mappings.
SAMPLE_ROWS = 200
IGNORE = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the importer found in one sheet, before the user confirms the mapping."""

    workbook: RawWorkbook
    sheet: RawSheet
    header: HeaderGuess
    suggestions: tuple[ColumnSuggestion, ...]
    #: Column index -> field (the suggestion, a remembered mapping, or the user's choice).
    mapping: dict[int, str]
    fingerprint: str
    #: Data row index -> why it holds no contract although it is not blank (a page
    #: footer, the header printed again, a description carried on: see ``sections``).
    not_contracts: dict[int, str] = dataclasses.field(default_factory=dict)

    @property
    def data_rows(self) -> list[tuple[int, list[CellValue]]]:
        """(index, cells) of each non-blank data row."""
        rows = self.sheet.rows[self.header.first_data:self.header.last_data + 1]
        start = self.header.first_data
        return [(start + i, row) for i, row in enumerate(rows)
                if any(text_of(cell) for cell in row)]

    @property
    def contract_rows(self) -> list[tuple[int, list[CellValue]]]:
        """The data rows that may be contracts (not a printed report's page lines)."""
        return [(index, row) for index, row in self.data_rows if index not in self.not_contracts]

    def named_mapping(self) -> dict[str, str]:
        """Header -> field, as stored with the import batch and remembered."""
        return {self.header.columns[i]: field for i, field in sorted(self.mapping.items())}


def column_samples(sheet: RawSheet, header: HeaderGuess,
                   not_contracts: Mapping[int, str] | None = None) -> list[list[CellValue]]:
    """The first ``SAMPLE_ROWS`` data rows, each padded to the header's width.

    Rows in ``not_contracts`` (a printed report's footers and headers) are left out.
    """
    skip = not_contracts or {}
    indices = (index for index in range(header.first_data, header.last_data + 1)
               if index not in skip)
    rows = [sheet.rows[index] for index in islice(indices, SAMPLE_ROWS)]
    width = len(header.columns)
    return [[row[c] if c < len(row) else None for c in range(width)] for row in rows]


def analyze(
    path: Path,
    *,
    sheet: str | None = None,
    engine: str = "auto",
    overrides: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
) -> Analysis:
    """Read ``path`` and suggest a mapping; ``overrides`` (header -> field or "") win.

    ``remembered`` is a mapping confirmed earlier for a file with the same layout.
    """
    with paused_gc():  # a big sheet is many small objects, none of them garbage
        workbook = read_workbook(Path(path), engine=engine)
    return analyze_workbook(workbook, sheet=sheet, overrides=overrides, remembered=remembered)


def analyze_workbook(
    workbook: RawWorkbook,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
) -> Analysis:
    """Like :func:`analyze`, on a workbook already read (another sheet, no second read)."""
    try:
        chosen = workbook.sheet(sheet)
    except KeyError as error:
        raise ImportFileError(str(error.args[0])) from None
    _whole(chosen)
    header = find_header(chosen)
    pages = align_pages(chosen, header)  # a printed report's pages in the header's columns
    chosen = pages.sheet
    samples = column_samples(chosen, header, pages.not_contracts)
    suggestions = tuple(suggest_mapping(header.columns, samples,
                                        headerless=not header.has_header))
    analysis = Analysis(workbook, chosen, header, suggestions, {},
                        layout_fingerprint(header.columns), pages.not_contracts)
    return remap(analysis, remembered=remembered, overrides=overrides)


def remap(
    analysis: Analysis,
    *,
    overrides: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
) -> Analysis:
    """The analysis with its mapping rebuilt: suggestions, then ``remembered``, then ``overrides``.

    Nothing is read again: a confirmed or remembered mapping only changes which
    column goes where.
    """
    columns = analysis.header.columns
    mapping = {s.column: s.field for s in analysis.suggestions if s.field}
    mapping = _apply_named(mapping, columns, remembered or {})
    mapping = _apply_named(mapping, columns, overrides or {})
    return replace(analysis, mapping=mapping)


def column_index(columns: Sequence[str], name: str) -> int | None:
    """The column ``name`` means: its header, spelt alike ("Start-Date" for "Start date"),
    or, in a sheet without a header, its letter ("Column G" or "G" for "Column G — text")."""
    if name in columns:
        return list(columns).index(name)
    keys = [header_key(column) for column in columns]
    if header_key(name) in keys:
        return keys.index(header_key(name))
    letter = name.strip().removeprefix("Column ").removeprefix("column ").strip().upper()
    by_letter = [i for i, column in enumerate(columns)
                 if column.startswith(f"Column {letter} — ")]
    return by_letter[0] if len(by_letter) == 1 else None


def _apply_named(mapping: dict[int, str], columns: Sequence[str],
                 named: Mapping[str, str]) -> dict[int, str]:
    result = dict(mapping)
    for header, field in named.items():
        index = column_index(columns, header)
        if index is None:
            raise ImportFileError(_("there is no column called {name} (columns: {columns})").format(
                name=repr(header), columns=enumerated(columns)))
        for other, other_field in list(result.items()):
            if field and other_field == field and other != index:
                del result[other]  # one column per field: the user's choice wins
        if field == IGNORE:
            result.pop(index, None)
        else:
            result[index] = field
    return result


#: The cells of every row let go (one empty row for all: a row of a sheet is never changed).
_LET_GO: list[CellValue] = []


def _whole(sheet: RawSheet) -> None:
    if not sheet.complete:  # a sheet's top rows only: the rest would be taken for blank
        raise ValueError(f"only the top rows of sheet {sheet.name!r} are held: read its "
                         "file again to analyse or plan it")


def head_only(analysis: Analysis) -> Analysis:
    """``analysis`` holding only its sheet's rows down to its first ``SAMPLE_ROWS`` data rows.

    What showing a sheet's header, mapping and samples needs, without the
    rest of a big sheet's cells. Its sheet is not ``complete``: it cannot be
    analysed or planned again (both raise ValueError); read the file again.
    The workbook's other sheets stay as they are.
    """
    sheet = analysis.sheet
    light = replace(sheet, rows=sheet.rows[:analysis.header.first_data + SAMPLE_ROWS],
                    complete=False)
    sheets = [light if (each is sheet or each.name == sheet.name) else each
              for each in analysis.workbook.sheets]
    return replace(analysis, workbook=replace(analysis.workbook, sheets=sheets), sheet=light)


def build_plan(analysis: Analysis, *, default_currency: str | None = None,
               release_cells: bool = False) -> ImportPlan:
    """Parse every data row of the analysed sheet with the confirmed mapping.

    ``default_currency`` is the currency of amounts that name none (a register
    kept in one currency often has no currency column). ``release_cells``:
    the caller is done with the sheet's cells once they are planned; each
    data row's cells are let go as soon as the row is planned, so a
    100,000-row sheet is not held whole next to its plan. The plan is the
    same; the analysis keeps its header, mapping and the rows above and below
    the data, and its data rows read as blank afterwards.
    """
    planner = RowPlanner(analysis, default_currency)
    with paused_gc():
        if not release_cells:
            rows = tuple(planner.plan(index, cells) for index, cells in analysis.data_rows)
            return planner.finish(analysis, rows)
        planned = tuple(planner.each(release_cells=True))
    return planner.finish(analysis, planned)


class RowPlanner:
    """Plans rows one at a time with an analysis' mapping; ``build_plan`` in pieces.

    Everything a row's plan depends on (the header, the mapping, the columns'
    date order and decimal marks judged from the first ``SAMPLE_ROWS`` data
    rows) is fixed when the planner is made, so rows may be planned as they
    are read (see ``stream_plan``).
    """

    def __init__(self, analysis: Analysis, default_currency: str | None = None) -> None:
        _whole(analysis.sheet)
        self.analysis = analysis
        self.default_currency = default_currency
        check_names_contracts(analysis)
        self.columns = _column_plans(analysis, column_samples(
            analysis.sheet, analysis.header, analysis.not_contracts))
        self._repeated = _header_repeats(analysis)
        fields = {plan.field for plan in self.columns.values()}
        self.title_from = title_source(fields)
        self.term_from_signing = ({"initial_term", "signed_on"} <= fields
                                  and "start_date" not in fields)
        self._layout = RowLayout(analysis.sheet, analysis.header.columns, self.columns,
                                 default_currency, TEXT_LIMITS, self.title_from,
                                 self.term_from_signing)

    def plan(self, index: int, cells: list[CellValue]) -> PlannedRow:
        """The plan of the non-blank data row ``rows[index]``."""
        return self._repeated(index, cells) or plan_row(self._layout, index, cells)

    def each(self, *, release_cells: bool = False) -> Iterator[PlannedRow]:
        """The plan of each non-blank data row of the analysed sheet, in order, one at a time
        (the rows ``build_plan`` plans); ``release_cells`` as for ``build_plan``."""
        cells_of = self.analysis.sheet.rows
        header = self.analysis.header
        for index in range(header.first_data, min(header.last_data, len(cells_of) - 1) + 1):
            cells = cells_of[index]
            if release_cells:
                cells_of[index] = _LET_GO
            if any(text_of(cell) for cell in cells):  # as ``data_rows`` picks them
                yield self.plan(index, cells)

    def finish(self, analysis: Analysis, rows: tuple[PlannedRow, ...], *,
               sha256: str | None = None) -> ImportPlan:
        """The plan of ``rows`` (every data row of ``analysis``, planned by this planner).

        ``analysis`` is the one made on the whole sheet; it supplies the notes
        and the obligations sheet. ``sha256``: the file's, when already known.
        """
        notes = [*analysis.workbook.notes, *analysis.header.notes]
        obligation_sheet = find_obligation_sheet(analysis.workbook, analysis.sheet)
        if obligation_sheet is not None:
            rows, sheet_notes = attach_obligations(rows, obligation_sheet)
            notes += sheet_notes
        headers = analysis.header.columns
        if self.title_from is not None:
            header = next(headers[c] for c, p in self.columns.items()
                          if p.field == self.title_from)
            notes.append(_("No column holds a title: each contract is named after its {column} "
                           "(its first line, at most {length} characters)").format(
                column=header, length=TITLE_LENGTH))
        if self.term_from_signing:
            term, signed = (next(headers[c] for c, p in self.columns.items() if p.field == name)
                            for name in ("initial_term", "signed_on"))
            notes.append(_("No column holds start dates: a term ({term}) without an end date is "
                           "counted from the signing date ({signed})").format(term=term,
                                                                             signed=signed))
        notes += [_("{column}: {note}").format(column=headers[c], note=p.note)
                  for c, p in self.columns.items() if p.note]
        defaulted = self._layout.defaulted[0]
        if defaulted:
            notes.append(ngettext(
                "{count} amount names no currency: taken as {currency}, the currency chosen "
                "for it",
                "{count} amounts name no currency: taken as {currency}, the currency chosen "
                "for them", defaulted).format(count=current_formats().number(defaulted),
                                                     currency=self.default_currency))
        return ImportPlan(
            file_name=analysis.workbook.path.name,
            file_sha256=sha256 or file_sha256(analysis.workbook.path),
            sheet=analysis.sheet.name,
            mapping=analysis.named_mapping(),
            rows=rows,
            rows_read=len(rows),
            notes=tuple(notes),
            currency_defaulted=defaulted,
        )


#: Fields that can name a contract; a sheet must map at least one.
NAMING_FIELDS = frozenset({"title", "reference", "scope", "counterparty"})


def check_names_contracts(analysis: Analysis) -> None:
    """Refuse a mapping that leaves no way to name a contract (every row would be skipped)."""
    if set(analysis.mapping.values()) & NAMING_FIELDS or not analysis.data_rows:
        return
    sheet = analysis.sheet.name
    columns = enumerated(analysis.header.columns[:6]) + (
        "…" if len(analysis.header.columns) > 6 else "")
    raise ImportFileError(_(
        "{file} [{sheet}]: no column is mapped to a title, a reference, a counterparty or a "
        "description, so no row can be told apart as a contract; map one of its columns "
        "({columns}) to the title or the reference").format(
            file=analysis.workbook.path.name, sheet=sheet, columns=columns))


def _header_repeats(analysis: Analysis) -> Callable[[int, list[CellValue]],
                                                    PlannedRow | None]:
    """A test for rows that repeat the header (a report printed with one per page).

    Such a row is not a contract: it is planned as skipped, with its reason, so
    rows_read still counts every row below the header.
    """
    sheet = analysis.sheet
    header_cells = [(row, column, value) for row in analysis.header.header_rows
                    for column, value in enumerate(sheet.rows[row])
                    if isinstance(value, str) and value.strip()]

    def check(index: int, cells: list[CellValue]) -> PlannedRow | None:
        reason = analysis.not_contracts.get(index)
        if reason is not None:
            return _not_a_contract(sheet, index, reason)
        for header_row in analysis.header.header_rows:
            same = sum(1 for row, column, value in header_cells if row == header_row
                       and column < len(cells) and cells[column] == value)
            if same < 2:
                continue
            filled = sum(1 for cell in cells if text_of(cell))
            if same >= 0.6 * filled:
                return _not_a_contract(sheet, index, header_again(sheet, header_row))
        return None

    return check


def _not_a_contract(sheet: RawSheet, index: int, reason: str) -> PlannedRow:
    number = sheet.row_number(index)
    return PlannedRow(number, {}, {}, (CellProblem(number, row_address(sheet.name, number), "",
                                                   "", reason, "error"),))


def _column_plans(analysis: Analysis, samples: list[list[CellValue]]) -> dict[int, ColumnPlan]:
    return {column: mapped_column_plan(analysis, analysis.mapping, column, field, samples)
            for column, field in analysis.mapping.items()}


def mapped_column_plan(analysis: Analysis, mapping: Mapping[int, str], column: int, field: str,
                       samples: list[list[CellValue]]) -> ColumnPlan:
    """How the import reads ``column`` of ``analysis`` going to ``field`` when the sheet's
    columns go where ``mapping`` (column -> field) says, judged from ``samples``
    (``column_samples``)."""
    # A currency column names each amount's currency: no header's currency is assumed.
    has_currency_column = "currency" in mapping.values()
    hint = None if has_currency_column else _single_currency(analysis, column)
    return column_plan(field, [row[column] for row in samples], currency_hint=hint,
                       header=analysis.header.columns[column],
                       sheet_headers=analysis.header.columns)


def _single_currency(analysis: Analysis, column: int) -> str | None:
    header = analysis.header.columns[column]
    named = header_currency(header)
    if named is None:  # "금액(천원)", "合同金额（万元）", "Beløp (MNOK)": the unit's currency
        scale = header_scale(header)
        named = scale.currency if scale is not None else None
    return named


#: Word breaks in a header: spaces, brackets, "_", "-", ".", "/".
_HEADER_BREAKS = re.compile(r"[\s()\[\]_\-./]+")
#: A code in capitals glued to words in camelCase ("ContractValueUSD", "USDAmount").
_GLUED_CODE = re.compile(r"(?<![A-Z])([A-Z]{3})(?=[A-Z][a-z]|[^A-Za-z]|$)")


def header_currency(header: str) -> str | None:
    """The currency a header names for its whole column ("Beløp (NOK)", "Amount EUR",
    "value_usd", "ContractValueUSD", "금액(KRW)"); None for none or more than one."""
    upper = header.upper()
    words = set(_HEADER_BREAKS.split(upper)) | set(_GLUED_CODE.findall(header))
    found = [code for code in ISO_CURRENCIES if code in words or f"({code})" in upper]
    return found[0] if len(found) == 1 else None
