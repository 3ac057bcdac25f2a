"""One data row into the contract it describes: fields, custom text and problems.

Every cell of a mapped column is parsed by its column's plan; a cell that cannot
be read keeps its text in ``custom`` with a warning at its address. Then the
row is made a contract that can be stored: a field that keeps it from being one
(a term with nothing to count from, an end before the start, an amount without a
currency) is set aside the same way, so an optional field never costs a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from contract_desk.domain.currency import minor_units
from contract_desk.domain.field_words import field_word
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.plan.model import CellProblem, PlannedRow, row_address
from contract_desk.importers.plan.set_aside import set_aside_invalid
from contract_desk.importers.read.table import CellValue, RawSheet, cell_address
from contract_desk.importers.values.field_parsers import (
    NOTES,
    OBLIGATION_FIELDS,
    SHOWN_AS_MONEY,
    ColumnPlan,
    text_of,
)
from contract_desk.importers.values.money import Money, as_shown

#: What names a contract that has no title, best first.
TITLE_SOURCES = ("scope", "reference", "counterparty")
#: A borrowed title is the first line of its source, at most this long.
TITLE_LENGTH = 200


def title_source(fields: set[str]) -> str | None:
    """The field a sheet with these mapped ``fields`` names its contracts after (None: title)."""
    if "title" in fields:
        return None
    return next((name for name in TITLE_SOURCES if name in fields), None)


@dataclass(frozen=True, slots=True)
class RowLayout:
    """What every row of one sheet is read with."""

    sheet: RawSheet
    columns: Sequence[str]
    #: Column index -> how its cells are read (mapped columns only).
    plans: dict[int, ColumnPlan]
    default_currency: str | None
    #: Longest text each field holds.
    text_limits: dict[str, int]
    #: The field contracts are named after when the sheet has no title column
    #: (said once in the plan's notes, not on every row).
    title_from: str | None = None
    #: The sheet has terms and signing dates but no start dates: a term counts from
    #: the signing (said once in the plan's notes).
    term_from_signing: bool = False
    #: Amounts given ``default_currency`` so far (counted for the plan's notes).
    defaulted: list[int] = field(default_factory=lambda: [0])


@dataclass(slots=True)
class _Row:
    """A row being planned: what it holds so far and where each field came from."""

    layout: RowLayout
    number: int
    cells: list[CellValue]
    fields: dict[str, Any] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    #: Field -> the column it was read from.
    source: dict[str, int] = field(default_factory=dict)

    def address(self, column: int | None) -> str:
        if column is None:
            return row_address(self.layout.sheet.name, self.number)
        return cell_address(self.layout.sheet.name, self.number, column)

    def header(self, name: str) -> str:
        column = self.source.get(name)
        return self.layout.columns[column] if column is not None else name

    def warn(self, name: str, value: str, message: str) -> None:
        column = self.source.get(name)
        self.problems.append(CellProblem(self.number, self.address(column), self.header(name),
                                         value, message, "warning"))

    def keep_as_text(self, name: str, message: str) -> None:
        """Take ``name`` out of the fields; its cell's text stays as a custom field."""
        value = self.fields.pop(name, None)
        column = self.source.get(name)
        text = text_of(self.cells[column]) if column is not None and column < len(
            self.cells) else _shown(value)
        self.custom.setdefault(self.header(name), text)
        self.warn(name, text, message)


def _shown(value: Any) -> str:
    return format(value, "f") if hasattr(value, "as_tuple") else text_of(value)


def plan_row(layout: RowLayout, index: int, cells: list[CellValue]) -> PlannedRow:
    """The plan of the non-blank data row ``sheet.rows[index]``."""
    row = _Row(layout, layout.sheet.row_number(index), cells)
    rounded = _read_cells(row)
    fields = row.fields
    if (layout.term_from_signing and fields.get("initial_term") and fields.get("signed_on")
            and not fields.get("start_date") and not fields.get("end_date")):
        fields["start_date"] = fields["signed_on"]
        row.source["start_date"] = row.source["signed_on"]
    if not row.fields.get("title"):
        _borrow_title(row)
    obligations, obligation_cells = _row_obligation(row, rounded)
    _settle_currency(row, rounded)
    _fit_lengths(row)
    for name, why in set_aside_invalid(row.fields).items():
        row.keep_as_text(name, _("{why}: not set; kept as text").format(why=why))
    return PlannedRow(row.number, row.fields, row.custom, tuple(row.problems), obligations,
                      obligation_cells)


def _read_cells(row: _Row) -> set[str]:
    """Parse every cell into ``row``; the amount fields read from spreadsheet numbers."""
    derived: dict[str, tuple[Any, int]] = {}
    rounded: set[str] = set()
    cells, plans, fields, source = row.cells, row.layout.plans, row.fields, row.source
    width = len(cells)
    for column, header in enumerate(row.layout.columns):
        value = cells[column] if column < width else None
        if value is None:
            continue
        plan = plans.get(column)
        if plan is None:
            text = text_of(value)
            if text:
                row.custom[header] = text  # a column without a field: kept, shown, searchable
            continue
        text, parsed_cell = plan.read(value)
        if not text:
            continue
        if isinstance(parsed_cell, ValueParseError):
            row.custom[header] = text
            row.problems.append(CellProblem(row.number, row.address(column), header, text,
                                            _("{problem} (kept as text)").format(
                                                problem=parsed_cell), "warning"))
        elif len(parsed_cell) == 1 and plan.field in parsed_cell:  # most cells: one field
            if plan.field not in fields:
                fields[plan.field] = parsed_cell[plan.field]
                source[plan.field] = column
        else:
            _take(row, plan, column, text, parsed_cell, derived, rounded)
    for name, (parsed, column) in derived.items():
        if name not in row.fields:  # a column of its own says it better
            row.fields[name] = parsed
            row.source[name] = column
        elif row.fields[name] != parsed:
            _contradicts(row, name, parsed, column)
    return rounded


def _contradicts(row: _Row, name: str, parsed: Any, column: int) -> None:
    # "May 2013 - May 2018" beside a start date of 2014-01-01: the column of its own
    # stands, and the cell's text stays with the contract so nothing it says is lost.
    header = row.layout.columns[column]
    text = text_of(row.cells[column])
    row.custom.setdefault(header, text)
    row.problems.append(CellProblem(
        row.number, row.address(column), header, text,
        _("says {field} {value}, but {column} says {kept}: {column} is kept; this text is kept "
          "too").format(field=field_word(name), value=_shown(parsed), column=row.header(name),
                        kept=_shown(row.fields[name])),
        "warning"))


def _take(row: _Row, plan: ColumnPlan, column: int, text: str, parsed_cell: dict[str, Any],
          derived: dict[str, tuple[Any, int]], rounded: set[str]) -> None:
    for name, parsed in parsed_cell.items():
        if name == NOTES:
            row.problems.extend(CellProblem(row.number, row.address(column),
                                            row.layout.columns[column], text, note, "warning")
                                for note in parsed)
        elif name == SHOWN_AS_MONEY:
            rounded.add(parsed)
        elif name in plan.secondary:
            derived.setdefault(name, (parsed, column))
        elif name not in row.fields:
            row.fields[name] = parsed
            row.source[name] = column


def _row_obligation(row: _Row, rounded: set[str]) -> tuple[tuple[dict[str, Any], ...],
                                                           dict[str, tuple[str, str]]]:
    # A payment or milestone laid out in the row's own columns: one obligation of
    # its contract. The cells' texts come along, to be kept if it cannot be stored.
    fields, columns = row.fields, row.layout.columns
    found = {name: fields.pop(name) for name in OBLIGATION_FIELDS if name in fields}
    texts = {columns[c]: (row.address(c), text)
             for c, plan in row.layout.plans.items()
             if plan.field in OBLIGATION_FIELDS and c < len(row.cells)
             and (text := text_of(row.cells[c]))}
    if not found:
        return (), texts
    amount = found.get("obligation_amount")
    named_by = "obligation_due_date" if "obligation_due_date" in row.source else (
        "obligation_amount")
    title = found.get("obligation_title") or (
        row.header(named_by) if named_by in row.source else "Payment")
    obligation: dict[str, Any] = {"kind": "payment" if amount is not None else "other",
                                  "title": title, "due_date": found.get("obligation_due_date")}
    if amount is not None:
        currency = found.get("obligation_currency") or fields.get("currency") or (
            row.layout.default_currency)
        if currency and "obligation_amount" in rounded:
            amount = _rounded(row, "obligation_amount", amount, currency)
        obligation["amount"] = amount
        if currency:
            obligation["currency"] = currency
    return (obligation,), texts


def _rounded(row: _Row, name: str, amount: Any, currency: str) -> Any:
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent <= minor_units(currency):
        return amount  # no more decimals than the currency shows: nothing to round
    money = as_shown(Money(amount, currency, from_number=True))
    for note in money.notes:
        row.warn(name, _shown(amount), note)
    return money.amount


def _settle_currency(row: _Row, rounded: set[str]) -> None:
    # An amount without a currency cannot be stored as a value (it would be a
    # number of nothing); keep its text and say what to do, unless the user named
    # the currency of such amounts.
    fields = row.fields
    if fields.get("value") is None:
        return
    if not fields.get("currency") and row.layout.default_currency:
        fields["currency"] = row.layout.default_currency
        row.layout.defaulted[0] += 1
    if fields.get("currency"):
        if "value" in rounded:
            fields["value"] = _rounded(row, "value", fields["value"], fields["currency"])
        return
    row.keep_as_text("value", "no currency for this amount: kept as text; choose the currency "
                              "of amounts without one (or map a currency column)")


def _fit_lengths(row: _Row) -> None:
    for name, value in list(row.fields.items()):
        limit = row.layout.text_limits.get(name)
        if not isinstance(value, str) or limit is None or len(value) <= limit:
            continue
        row.custom.setdefault(row.header(name), value)  # the whole text stays with the contract
        row.fields[name] = value[:limit - 1] + "…"
        row.warn(name, value[:80], _("longer than the {limit} characters a {field} holds: "
                                     "shortened; the full text is kept as a custom field").format(
            limit=limit, field=field_word(name)))


def _borrow_title(row: _Row) -> None:
    # Many registers have no title column; a contract needs one, so name it after
    # what the row does have. The sheet's choice is said once in the plan's notes;
    # a row that has to name itself otherwise says so.
    fields = row.fields
    source = next((name for name in TITLE_SOURCES if fields.get(name)), None)
    if source is None:
        return
    title = str(fields[source]).strip().splitlines()[0][:TITLE_LENGTH]
    fields["title"] = title
    if source != row.layout.title_from:
        row.problems.append(CellProblem(row.number, row.address(None), "title", title,
                                        _("no title in this row: used the {field} as the "
                                          "title").format(field=field_word(source)), "warning"))
