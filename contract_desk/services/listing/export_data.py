"""What an export writes, read in a few queries: contracts, their health, obligations, alerts.

Everything is read once for the whole selection (never per contract): the
contract list and health come from the same queries as the window's table,
obligations, reminder offsets and alerts from one query each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from contract_desk.domain.health import Health
from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.models import Alert, Attachment, Contract, Obligation
from contract_desk.services.listing.health import (
    NO_OBLIGATIONS,
    health_judge,
    listing_summaries,
)
from contract_desk.services.listing.queries import list_contracts
from contract_desk.services.register.contract_columns import (
    custom_of,
    day_of,
    moment_of,
    money_of,
    offsets_of,
)
from contract_desk.services.register.driver_records import driver_records
from contract_desk.services.register.rows import ContractRow, ObligationRow, obligation_row_of
from contract_desk.services.reminders.settings import ReminderSettings, reminder_settings

_OBLIGATION_FIELDS = ("id", "uid", "kind", "performer", "title", "description", "due_date",
                      "owner", "amount", "currency", "status", "met_on", "evidence_note",
                      "recurrence", "reminder_offsets", "custom", "version_id", "created_at",
                      "created_by", "updated_at", "updated_by")
#: The custom fields of an obligation that has none (read-only, so one serves all).
_NO_CUSTOM: Mapping[str, Any] = MappingProxyType({})
#: Up to this many contracts, rows are chosen in SQL (IN list); beyond, filtered in Python.
_IN_LIMIT = 500


@dataclass(frozen=True, slots=True)
class AlertLine:
    """One reminder as the alerts sheet shows it."""

    contract_reference: str | None
    target_type: str
    key_kind: str
    key_date: date
    offset_days: int
    due_on: date
    state: str
    acknowledged_by: str | None
    decision: str | None
    decision_note: str | None


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything one export writes, on the day it was read."""

    today: date
    contracts: Sequence[ContractRow]
    #: One per contract, in the same order; empty when read for a calendar only.
    health: Sequence[Health]
    obligations: Sequence[ObligationRow] = ()
    alerts: Sequence[AlertLine] = ()
    #: The register's reminder days (a contract's or obligation's own days win).
    reminders: ReminderSettings = field(default_factory=ReminderSettings)

    @property
    def work(self) -> int:
        """Rows to write in all: what progress counts up to."""
        return len(self.contracts) + len(self.obligations) + len(self.alerts)


def select_contracts(session: Session, *, today: date, status: str | None = None,
                     expiring_within: int | None = None) -> list[ContractRow]:
    """The contracts of an export: all, by effective status, or expiring within N days."""
    return list_contracts(session, today=today, status=status, expiring_within=expiring_within)


def load_export_data(session: Session, contracts: Sequence[ContractRow], *, today: date,
                     health: Sequence[Health] | None = None,
                     calendar_only: bool = False) -> ExportData:
    """The obligations, alerts (and health, unless given) of ``contracts``, and the
    register's reminder days.

    ``calendar_only`` reads what a calendar shows and nothing more: no health
    (unless given) and no alerts, which a calendar does not write, and obligations
    without what no event shows (evidence, custom fields, who changed them when:
    None, empty).
    """
    ids = {row.id for row in contracts}
    if health is None and not calendar_only:
        # Stored where they hold (SQLite, after a reminder check), the rest computed.
        summaries = listing_summaries(session, today=today, contract_ids=ids)
        judge = health_judge(today)
        health = [judge(row, summaries.get(row.id, NO_OBLIGATIONS)) for row in contracts]
    return ExportData(
        today=today, contracts=tuple(contracts), health=tuple(health or ()),
        obligations=tuple(_calendar_obligations(session, ids) if calendar_only
                          else _obligations(session, ids)),
        alerts=() if calendar_only else tuple(_alerts(session, ids)),
        reminders=reminder_settings(session),
    )


def _obligation_query(contract_ids: set[int], evidence: Any,
                      fields: tuple[str, ...]) -> Select[Any]:
    # Each obligation's contract id, uid and reference, its evidence's uid (with
    # ``evidence``: the caller joins it), then ``fields``; in contract and due order.
    query = (
        select(Obligation.contract_id, Contract.uid, Contract.reference,
               *([] if evidence is None else [evidence]),
               *(getattr(Obligation, name) for name in fields))
        .join(Contract, Obligation.contract_id == Contract.id)
        .order_by(Obligation.contract_id, Obligation.due_date, Obligation.id)
    )
    if len(contract_ids) <= _IN_LIMIT:  # a selection: let the database pick its obligations
        query = query.where(Obligation.contract_id.in_(sorted(contract_ids)))
    return query


def _obligations(session: Session, contract_ids: set[int]) -> Iterable[ObligationRow]:
    query = _obligation_query(contract_ids, Attachment.uid, _OBLIGATION_FIELDS).outerjoin(
        Attachment, Obligation.evidence_attachment_id == Attachment.id)
    # The driver's records, decoded here (see driver_records): an export reads every
    # obligation of a register, and SQLAlchemy's row handling cost more than the query.
    for (contract_id, contract_uid, reference, evidence_uid, id_, uid, kind, performer, title,
         description, due_date, owner, amount, currency, status, met_on, evidence_note,
         recurrence, offsets, custom, version_id, created_at, created_by, updated_at,
         updated_by) in driver_records(session, query):
        if contract_id in contract_ids:
            yield obligation_row_of(
                id_, uid, contract_uid, reference, kind, performer, title, description,
                None if due_date is None else day_of(due_date), owner,
                None if amount is None else money_of(amount), currency, status,
                None if met_on is None else day_of(met_on), evidence_note, evidence_uid, recurrence,
                offsets_of(offsets), custom_of(custom) if custom else _NO_CUSTOM, version_id,
                _moment(created_at), created_by, _moment(updated_at), updated_by)


#: What a calendar's events show of an obligation (calendar_events, report_data).
_CALENDAR_FIELDS = ("id", "uid", "kind", "performer", "title", "description", "due_date",
                    "owner", "amount", "currency", "status", "recurrence", "reminder_offsets",
                    "version_id")


def _calendar_obligations(session: Session, contract_ids: set[int]) -> Iterable[ObligationRow]:
    # A calendar of a large register writes every obligation's due days: leaving out
    # the columns no event shows (stamps, custom fields, evidence) made reading a
    # tenth of the export.
    query = _obligation_query(contract_ids, None, _CALENDAR_FIELDS)
    for (contract_id, contract_uid, reference, id_, uid, kind, performer, title, description,
         due_date, owner, amount, currency, status, recurrence, offsets,
         version_id) in driver_records(session, query):
        if contract_id in contract_ids:
            yield obligation_row_of(
                id_, uid, contract_uid, reference, kind, performer, title, description,
                None if due_date is None else day_of(due_date), owner,
                None if amount is None else money_of(amount), currency, status, None, None, None,
                recurrence, offsets_of(offsets),
                _NO_CUSTOM, version_id, None, "", None, "")


def _moment(value: Any) -> datetime | None:
    return None if value is None else moment_of(value)


def _alert_state(alert: Alert) -> str:
    # For people (the alerts sheet): their words, the date as their locale writes it.
    if alert.withdrawn_at is not None:
        return _("withdrawn")
    if alert.acknowledged_at is not None:
        return _("acknowledged")
    if alert.snoozed_until is not None:
        return _("snoozed to {isoformat}").format(
            isoformat=current_formats().date(alert.snoozed_until))
    return _("open")


def _alerts(session: Session, contract_ids: set[int]) -> Iterable[AlertLine]:
    # An obligation's reminder may name only the obligation: its contract is found through it.
    contract_id = func.coalesce(Alert.contract_id, Obligation.contract_id)
    query = (select(Alert, contract_id, Contract.reference)
             .outerjoin(Obligation, Alert.obligation_id == Obligation.id)
             .outerjoin(Contract, Contract.id == contract_id)
             .order_by(Alert.due_on, Alert.id))
    for alert, owner_id, reference in session.execute(query):
        if owner_id in contract_ids:
            yield AlertLine(reference, alert.target_type, alert.key_kind, alert.key_date,
                            alert.offset_days, alert.due_on, _alert_state(alert),
                            alert.acknowledged_by, alert.decision, alert.decision_note)
