"""The columns an export writes: which field, under which header, as what kind of cell.

``REGISTER_COLUMNS`` are the stored fields of a contract under headers the
importer recognises by itself (``domain.export_headers``: written in the
person's language, recognised in every language), so an exported register
re-imports field for field. Computed columns (key dates, health) are offered for the current view
and the key-dates sheet; they are not stored, so they never go back in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from contract_desk.domain.export_headers import CONTRACT_HEADERS, OBLIGATION_HEADERS
from contract_desk.domain.lifecycle import status_label
from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.words import decision_word, key_date_word, target_word
from contract_desk.i18n import N_, _


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
    """One exported column: the row attribute it reads, its header and its kind.

    ``header`` is the English source; ``label`` is what a file shows, in the
    language in use. ``words`` turns a computed column's codes ("at_risk",
    "notice_deadline") into the person's words; stored fields keep their codes,
    which the importer and scripts read.
    """

    field: str
    header: str
    kind: Kind = Kind.TEXT
    width: int = 16
    words: Callable[[str], str] | None = None

    @property
    def label(self) -> str:
        """The header in the language in use."""
        return _(self.header)


def _col(field: str, header: str, kind: Kind = Kind.TEXT, width: int = 16,
         words: Callable[[str], str] | None = None) -> Column:
    return Column(field, header, kind, width, words)


def _stored(field: str, kind: Kind = Kind.TEXT, width: int = 16) -> Column:
    return Column(field, CONTRACT_HEADERS[field], kind, width)


def _duty(field: str, kind: Kind = Kind.TEXT, width: int = 16) -> Column:
    return Column(field, OBLIGATION_HEADERS[field], kind, width)


#: Stored contract fields, under headers the importer maps without help.
REGISTER_COLUMNS: tuple[Column, ...] = (
    _stored("reference", width=16),
    _stored("title", width=40),
    _stored("counterparty", width=28),
    _stored("contract_type", width=20),
    _stored("direction", width=10),
    _stored("department", width=18),
    _stored("project", width=18),
    _stored("owner", width=20),
    _stored("tags", Kind.LIST, 18),
    _stored("status", width=12),
    _stored("signed_on", Kind.DATE, 12),
    _stored("start_date", Kind.DATE, 12),
    _stored("end_date", Kind.DATE, 12),
    _stored("initial_term", width=14),
    _stored("renewal", width=11),
    _stored("renewal_term", width=14),
    _stored("max_renewals", Kind.NUMBER, 8),
    _stored("final_end_date", Kind.DATE, 12),
    _stored("notice_period", width=16),
    _stored("notice_buffer_days", Kind.NUMBER, 8),
    _stored("notice_given_on", Kind.DATE, 12),
    _stored("notice_to", width=12),
    _stored("holiday_country", width=8),
    _stored("postal_days", Kind.NUMBER, 8),
    _stored("value", Kind.MONEY, 16),
    _stored("currency", width=9),
    _stored("payment_terms", width=20),
    _stored("confidential_until", Kind.DATE, 12),
    _stored("scope", width=30),
    _stored("notes", width=40),
)

#: What the register computes for the day of the export (not stored, not re-imported).
COMPUTED_COLUMNS: tuple[Column, ...] = (
    _col("health", N_("Health"), Kind.HEALTH, 11),
    _col("effective_status", N_("Status today"), width=12, words=status_label),
    _col("current_term_start", N_("Current term start"), Kind.DATE, 12),
    _col("current_term_end", N_("Current term end"), Kind.DATE, 12),
    _col("notice_deadline", N_("Notice deadline"), Kind.DATE, 12),
    _col("send_by", N_("Send notice by"), Kind.DATE, 12),
    _col("next_renewal_start", N_("Next renewal"), Kind.DATE, 12),
    _col("renewals", N_("Renewals so far"), Kind.NUMBER, 8),
    _col("uid", N_("Contract id"), width=38),
)

#: The key-dates sheet: enough to find the contract, then what it computed.
KEY_DATE_COLUMNS: tuple[Column, ...] = (REGISTER_COLUMNS[0], REGISTER_COLUMNS[1],
                                        REGISTER_COLUMNS[2], REGISTER_COLUMNS[7],
                                        *COMPUTED_COLUMNS)

OBLIGATION_COLUMNS: tuple[Column, ...] = (
    _duty("contract_reference", width=16),
    _duty("kind", width=12),
    _duty("performer", width=12),
    _duty("title", width=34),
    _duty("description", width=30),
    _duty("due_date", Kind.DATE, 12),
    _duty("recurrence", width=22),
    _duty("owner", width=20),
    _duty("amount", Kind.MONEY, 14),
    _duty("currency", width=9),
    _duty("status", width=12),
    _duty("met_on", Kind.DATE, 12),
    _duty("evidence_note", width=24),
    _duty("reminder_offsets", Kind.LIST, 14),
    _col("contract_uid", N_("Contract id"), width=38),
    _col("uid", N_("Obligation id"), width=38),
)

ALERT_COLUMNS: tuple[Column, ...] = (
    _col("contract_reference", N_("Contract reference"), width=16),
    _col("target_type", N_("For"), width=11, words=target_word),
    _col("key_kind", N_("Key date"), width=16, words=key_date_word),
    _col("key_date", N_("Date"), Kind.DATE, 12),
    _col("offset_days", N_("Days before"), Kind.NUMBER, 8),
    _col("due_on", N_("Reminder on"), Kind.DATE, 12),
    _col("state", N_("State"), width=14),
    _col("acknowledged_by", N_("Acknowledged by"), width=18),
    _col("decision", N_("Decision"), width=14, words=decision_word),
    _col("decision_note", N_("Decision note"), width=30),
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

    ``taken`` are the headers the file already shows (in the language in use). A
    custom field named like one of them gets " (custom)" (in that language)
    added to its header: two columns with one header would make the importer keep one.
    """
    used = {header.casefold() for header in taken}
    found: dict[str, str] = {}
    for custom in customs:
        for key in custom:
            if key not in found:
                found[key] = (_("{name} (custom)").format(name=key) if key.casefold() in used
                              else key)
    return tuple(found.items())
