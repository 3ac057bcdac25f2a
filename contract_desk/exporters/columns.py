"""The columns an export writes: which field, under which header, as what kind of cell.

``REGISTER_COLUMNS`` are the stored fields of a contract under headers the
importer recognises by itself, so an exported register re-imports field for
field. Computed columns (key dates, health) are offered for the current view
and the key-dates sheet; they are not stored, so they never go back in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from contract_desk.exporters.errors import ExportError
from contract_desk.i18n import _


class Kind(StrEnum):
    """How a column's values are written."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    NUMBER = "number"
    LIST = "list"
    HEALTH = "health"


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: the row attribute it reads, its header and its kind."""

    field: str
    header: str
    kind: Kind = Kind.TEXT
    width: int = 16


def _col(field: str, header: str, kind: Kind = Kind.TEXT, width: int = 16) -> Column:
    return Column(field, header, kind, width)


#: Stored contract fields, under headers the importer maps without help.
REGISTER_COLUMNS: tuple[Column, ...] = (
    _col("reference", "Reference", width=16),
    _col("title", "Title", width=40),
    _col("counterparty", "Counterparty", width=28),
    _col("contract_type", "Contract type", width=20),
    _col("direction", "Direction", width=10),
    _col("department", "Department", width=18),
    _col("project", "Project", width=18),
    _col("owner", "Owner", width=20),
    _col("tags", "Tags", Kind.LIST, 18),
    _col("status", "Status", width=12),
    _col("signed_on", "Signed on", Kind.DATE, 12),
    _col("start_date", "Start date", Kind.DATE, 12),
    _col("end_date", "End date", Kind.DATE, 12),
    _col("initial_term", "Initial term", width=14),
    _col("renewal", "Renewal", width=11),
    _col("renewal_term", "Renewal term", width=14),
    _col("max_renewals", "Max renewals", Kind.NUMBER, 8),
    _col("final_end_date", "Final end date", Kind.DATE, 12),
    _col("notice_period", "Notice period", width=16),
    _col("notice_buffer_days", "Notice buffer", Kind.NUMBER, 8),
    _col("notice_given_on", "Notice given on", Kind.DATE, 12),
    _col("value", "Value", Kind.MONEY, 16),
    _col("currency", "Currency", width=9),
    _col("payment_terms", "Payment terms", width=20),
    _col("confidential_until", "Confidential until", Kind.DATE, 12),
    _col("scope", "Scope", width=30),
    _col("notes", "Notes", width=40),
)

#: What the register computes for the day of the export (not stored, not re-imported).
COMPUTED_COLUMNS: tuple[Column, ...] = (
    _col("health", "Health", Kind.HEALTH, 11),
    _col("effective_status", "Status today", width=12),
    _col("current_term_start", "Current term start", Kind.DATE, 12),
    _col("current_term_end", "Current term end", Kind.DATE, 12),
    _col("notice_deadline", "Notice deadline", Kind.DATE, 12),
    _col("send_by", "Send notice by", Kind.DATE, 12),
    _col("next_renewal_start", "Next renewal", Kind.DATE, 12),
    _col("renewals", "Renewals so far", Kind.NUMBER, 8),
    _col("uid", "Contract id", width=38),
)

#: The key-dates sheet: enough to find the contract, then what it computed.
KEY_DATE_COLUMNS: tuple[Column, ...] = (REGISTER_COLUMNS[0], REGISTER_COLUMNS[1],
                                        REGISTER_COLUMNS[2], REGISTER_COLUMNS[7],
                                        *COMPUTED_COLUMNS)

OBLIGATION_COLUMNS: tuple[Column, ...] = (
    _col("contract_reference", "Contract reference", width=16),
    _col("kind", "Kind", width=12),
    _col("performer", "Performed by", width=12),
    _col("title", "Title", width=34),
    _col("description", "Description", width=30),
    _col("due_date", "Due date", Kind.DATE, 12),
    _col("recurrence", "Recurrence", width=22),
    _col("owner", "Owner", width=20),
    _col("amount", "Amount", Kind.MONEY, 14),
    _col("currency", "Currency", width=9),
    _col("status", "Status", width=12),
    _col("met_on", "Met on", Kind.DATE, 12),
    _col("evidence_note", "Evidence", width=24),
    _col("reminder_offsets", "Reminder days before", Kind.LIST, 14),
    _col("contract_uid", "Contract id", width=38),
    _col("uid", "Obligation id", width=38),
)

ALERT_COLUMNS: tuple[Column, ...] = (
    _col("contract_reference", "Contract reference", width=16),
    _col("target_type", "For", width=11),
    _col("key_kind", "Key date", width=16),
    _col("key_date", "Date", Kind.DATE, 12),
    _col("offset_days", "Days before", Kind.NUMBER, 8),
    _col("due_on", "Reminder on", Kind.DATE, 12),
    _col("state", "State", width=14),
    _col("acknowledged_by", "Acknowledged by", width=18),
    _col("decision", "Decision", width=14),
    _col("decision_note", "Decision note", width=30),
)

_BY_FIELD = {column.field: column for column in (*REGISTER_COLUMNS, *COMPUTED_COLUMNS)}
#: Every contract field a view may show, for the GUI's "current view" export.
VIEW_FIELDS: tuple[str, ...] = tuple(_BY_FIELD)


def view_columns(fields: Iterable[str]) -> tuple[Column, ...]:
    """The columns of a view, in the view's order; ExportError names an unknown field."""
    wanted: Sequence[str] = list(fields)
    unknown = [name for name in wanted if name not in _BY_FIELD]
    if unknown:
        raise ExportError(_("cannot export the column(s) {unknown}; known: {known}").format(
            unknown=", ".join(map(repr, unknown)), known=", ".join(VIEW_FIELDS)))
    return tuple(_BY_FIELD[name] for name in wanted)


def custom_columns(customs: Iterable[Mapping[str, Any]],
                   taken: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(custom field name, header) for every imported custom field, in first-seen order.

    A custom field named like one of our own headers gets " (custom)" added to
    its header: two columns with one header would make the importer keep one.
    """
    used = {header.casefold() for header in taken}
    found: dict[str, str] = {}
    for custom in customs:
        for key in custom:
            if key not in found:
                found[key] = f"{key} (custom)" if key.casefold() in used else key
    return tuple(found.items())
