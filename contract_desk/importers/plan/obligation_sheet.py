"""Obligations on a sheet of their own, going with the contracts of the imported sheet.

A register exported by Contract Desk (and many hand-kept ones) lists payments,
deliveries and milestones on a second sheet, one row each, naming their
contract by reference. When the workbook has such a sheet, each of its rows
becomes an obligation of the contract row with that reference; the import adds
it once (re-importing adds nothing) and undoing the import removes it.

A row naming no contract of the imported sheet (or a reference several of its
rows share) is not guessed at: the plan's notes list it with its row number.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from contract_desk.domain.export_headers import OBLIGATION_HEADERS, headers_in_every_language
from contract_desk.domain.validation import to_offsets
from contract_desk.i18n import _, enumerated, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.header.finding import HeaderGuess, find_header
from contract_desk.importers.plan.model import PlannedRow
from contract_desk.importers.read.table import CellValue, RawSheet, RawWorkbook
from contract_desk.importers.values.field_parsers import text_of
from contract_desk.importers.values.normalize import fold
from contract_desk.importers.values.parse_cell import parse_date, parse_money
from contract_desk.importers.values.program_words import with_program_words
from contract_desk.importers.values.words import word_key

#: Headers of an obligations sheet (folded) -> obligation field. Contract Desk's
#: own export writes the first of each; the others are what people write.
HEADERS: dict[str, str] = {
    "contract reference": "contract_reference", "contract ref": "contract_reference",
    "contract no": "contract_reference", "contract number": "contract_reference",
    "reference": "contract_reference", "avtalenr": "contract_reference",
    "kind": "kind", "performed by": "performer", "title": "title", "obligation": "title",
    "milestone": "title", "description": "description", "due date": "due_date",
    "due": "due_date", "forfallsdato": "due_date", "recurrence": "recurrence",
    "repeats": "recurrence", "owner": "owner", "responsible": "owner", "ansvarlig": "owner",
    "amount": "amount", "currency": "currency", "status": "status", "met on": "met_on",
    "evidence": "evidence_note", "reminder days before": "reminder_offsets",
}
#: Our own export's headers in every language we ship, read from the catalogs.
HEADERS.update({fold(header): field for field, headers
                in headers_in_every_language(OBLIGATION_HEADERS).items()
                for header in headers if fold(header) not in HEADERS})
REQUIRED = frozenset({"contract_reference", "title", "due_date"})
#: Contract Desk's own export: the sheet it writes obligations to.
EXPORT_SHEET = "Obligations"


@dataclass(frozen=True, slots=True)
class ObligationSheet:
    """A sheet that lists obligations, with its header and which column is which field."""

    sheet: RawSheet
    header: HeaderGuess
    columns: dict[int, str]


def find_obligation_sheet(workbook: RawWorkbook, contracts: RawSheet) -> ObligationSheet | None:
    """The workbook's obligations sheet (not the contracts sheet itself), or None."""
    candidates = sorted((s for s in workbook.sheets if s is not contracts),
                        key=lambda s: s.name != EXPORT_SHEET)
    for sheet in candidates:
        header = find_header(sheet)
        columns: dict[int, str] = {}
        for index, name in enumerate(header.columns):
            field = HEADERS.get(fold(name))
            if field is not None and field not in columns.values():
                columns[index] = field
        if header.has_header and set(columns.values()) >= REQUIRED:
            return ObligationSheet(sheet, header, columns)
    return None


#: Obligation fields whose cells may hold the program's own word for a code ("Betaling").
CODED = {"kind": "obligation_kind", "status": "obligation_state"}


@cache
def _program_words(kind: str) -> dict[str, str]:
    return with_program_words(kind, {})


def coded(field: str, text: str) -> str:
    """An obligation's kind or status as stored: the program's word for it in any language
    it ships ("Betaling", "지급", "已履行") as its code; anything else as written (a code
    already, or a word validation then refuses by name)."""
    return _program_words(CODED[field]).get(word_key(text), text)


def _date(value: CellValue) -> date | None:
    return None if text_of(value) == "" else parse_date(value)


def _fields(cells: list[CellValue], columns: dict[int, str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for index, field in columns.items():
        value = cells[index] if index < len(cells) else None
        if field in {"due_date", "met_on"}:
            day = _date(value)
            if day is not None:
                fields[field] = day
        elif field == "amount":
            if text_of(value):
                money = parse_money(value)
                fields["amount"] = money.amount
                if money.currency:
                    fields.setdefault("currency", money.currency)
        elif field == "reminder_offsets":
            offsets = to_offsets(text_of(value) or None)
            if offsets is not None:
                fields[field] = offsets
        elif field in CODED and text_of(value):
            fields[field] = coded(field, text_of(value))
        elif text_of(value):
            fields[field] = text_of(value)
    return fields


def attach_obligations(rows: tuple[PlannedRow, ...], found: ObligationSheet
                       ) -> tuple[tuple[PlannedRow, ...], list[str]]:
    """``rows`` with the sheet's obligations added to their contracts; notes for the person."""
    by_reference: dict[str, list[int]] = {}
    for position, row in enumerate(rows):
        reference = text_of(row.fields.get("reference"))
        if reference:
            by_reference.setdefault(reference, []).append(position)
    extra: dict[int, list[dict[str, Any]]] = {}
    unmatched: list[str] = []
    unreadable: list[str] = []
    sheet, header = found.sheet, found.header
    for index in range(header.first_data, header.last_data + 1):
        cells = sheet.rows[index]
        if not any(text_of(cell) for cell in cells):
            continue
        number = sheet.row_number(index)
        try:
            fields = _fields(cells, found.columns)
        except (ValueParseError, ValueError) as error:
            unreadable.append(_("row {row} ({problem})").format(row=number, problem=error))
            continue
        reference = fields.pop("contract_reference", "")
        targets = by_reference.get(reference, [])
        if len(targets) != 1:
            unmatched.append(_("row {row} ({reference})").format(row=number, reference=reference)
                             if reference else _("row {row}").format(row=number))
            continue
        extra.setdefault(targets[0], []).append(fields)
    planned = tuple(replace(row, obligations=(*row.obligations, *extra[position]))
                    if position in extra else row for position, row in enumerate(rows))
    count = sum(len(found_here) for found_here in extra.values())
    notes = [ngettext("Sheet {sheet}: {count} obligation goes with its contract (added once; "
                      "an import again adds nothing).",
                      "Sheet {sheet}: {count} obligations go with their contracts (added once; "
                      "an import again adds nothing).", count).format(
                   sheet=repr(sheet.name), count=current_formats().number(count))]
    if unmatched:
        notes.append(ngettext(
            "Sheet {sheet}: {count} obligation names no single contract of this sheet by its "
            "reference and is not imported: {rows}.",
            "Sheet {sheet}: {count} obligations name no single contract of this sheet by their "
            "reference and are not imported: {rows}.", len(unmatched)).format(
            sheet=repr(sheet.name), count=current_formats().number(len(unmatched)),
            rows=_first_rows(unmatched)))
    if unreadable:
        notes.append(ngettext(
            "Sheet {sheet}: {count} obligation could not be read and is not imported: {rows}.",
            "Sheet {sheet}: {count} obligations could not be read and are not imported: {rows}.",
            len(unreadable)).format(
            sheet=repr(sheet.name), count=current_formats().number(len(unreadable)),
            rows=_first_rows(unreadable)))
    return planned, notes


def _first_rows(rows: list[str]) -> str:
    """The first twenty of ``rows``, and "…" when there are more."""
    return enumerated(rows[:20]) + (" …" if len(rows) > 20 else "")
