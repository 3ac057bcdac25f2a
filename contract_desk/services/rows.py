"""Plain, frozen rows the views and the CLI get: never live ORM objects.

A ``ContractRow`` also carries the key dates computed for the day it was read,
so a table of 100,000 contracts needs no further query to show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import KeyDates, TermSpec, key_dates
from contract_desk.domain.lifecycle import Lifecycle, effective_status
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode, TermStatus


def json_value(value: Any) -> Any:
    """A value as JSON shows it: ISO dates, exact decimal strings, lists for tuples."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    return value


class _JsonRow:
    __slots__ = ()

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object keyed by field name (dates ISO, decimals as text)."""
        names = (field.name for field in fields(self))  # type: ignore[arg-type]
        return {name: json_value(getattr(self, name)) for name in names}


def period_text(count: int | None, unit: str | None) -> str | None:
    """A stored period (count + unit columns) as text like "12 months"."""
    if count is None or unit is None:
        return None
    return str(Period(count, PeriodUnit(unit)))


@dataclass(frozen=True, slots=True)
class ContractRow(_JsonRow):
    """One contract as listed, with its key dates on the day it was read."""

    id: int
    uid: str
    reference: str | None
    title: str
    scope: str | None
    counterparty: str | None
    counterparty_uid: str | None
    contract_type: str | None
    direction: str | None
    department: str | None
    project: str | None
    owner: str | None
    tags: tuple[str, ...]
    status: str
    signed_on: date | None
    start_date: date | None
    end_date: date | None
    initial_term: str | None
    renewal: str
    renewal_term: str | None
    max_renewals: int | None
    final_end_date: date | None
    notice_period: str | None
    notice_buffer_days: int
    notice_given_on: date | None
    value: Decimal | None
    currency: str | None
    payment_terms: str | None
    confidential_until: date | None
    notes: str | None
    custom: Mapping[str, Any]
    version_id: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str
    term_end: date | None
    current_term_start: date | None
    current_term_end: date | None
    notice_deadline: date | None
    send_by: date | None
    renewals: int | None
    next_renewal_start: date | None
    effective_status: str


#: The stored fields of a contract row, in order (the key dates follow them).
_NAMES = tuple(f.name for f in fields(ContractRow))
STORED_FIELDS = _NAMES[: _NAMES.index("updated_by") + 1]


def term_spec(values: Mapping[str, Any]) -> TermSpec | None:
    """The term rules of a contract's stored values (periods as text), or None without a start."""
    start = values.get("start_date")
    if start is None:
        return None
    return TermSpec(
        start_date=start,
        end_date=values.get("end_date"),
        initial_term=_period(values.get("initial_term")),
        renewal=RenewalMode(values.get("renewal") or RenewalMode.NONE.value),
        renewal_term=_period(values.get("renewal_term")),
        max_renewals=values.get("max_renewals"),
        final_end_date=values.get("final_end_date"),
        notice_period=_period(values.get("notice_period")),
        notice_buffer_days=values.get("notice_buffer_days") or 0,
        notice_given_on=values.get("notice_given_on"),
    )


def _period(value: Any) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    return Period.parse(value)


def computed_dates(values: Mapping[str, Any], today: date) -> KeyDates | None:
    """The key dates of stored values on ``today``; None when there are none to compute."""
    try:
        spec = term_spec(values)
        return None if spec is None else key_dates(spec, today)
    except DomainError:
        # A contract stored before a rule tightened must still list, just without dates.
        return None


def contract_row(values: Mapping[str, Any], today: date) -> ContractRow:
    """A ContractRow from stored values (periods already as text) and ``today``."""
    dates = computed_dates(values, today)
    status = values.get("status") or Lifecycle.ACTIVE.value
    by_dates = dates.status if dates is not None else _status_without_dates(status)
    stored = {name: values.get(name) for name in STORED_FIELDS}
    stored["tags"] = tuple(values.get("tags") or ())
    stored["custom"] = MappingProxyType(dict(values.get("custom") or {}))
    stored["notice_buffer_days"] = values.get("notice_buffer_days") or 0
    stored["created_by"] = values.get("created_by") or ""
    stored["updated_by"] = values.get("updated_by") or ""
    return ContractRow(
        **stored,
        term_end=dates.term_end if dates else None,
        current_term_start=dates.current_term_start if dates else None,
        current_term_end=dates.current_term_end if dates else None,
        notice_deadline=dates.notice_deadline if dates else None,
        send_by=dates.send_by if dates else None,
        renewals=dates.renewals if dates else None,
        next_renewal_start=dates.next_renewal_start if dates else None,
        effective_status=effective_status(status, by_dates),
    )


def _status_without_dates(status: str) -> TermStatus:
    # Without a start date the dates say nothing: keep what the person set.
    if status == Lifecycle.EXPIRED.value:
        return TermStatus.EXPIRED
    return TermStatus.ACTIVE if status in {"active", "renewed"} else TermStatus.UPCOMING


@dataclass(frozen=True, slots=True)
class ObligationRow(_JsonRow):
    """One obligation of a contract."""

    id: int
    uid: str
    contract_uid: str
    contract_reference: str | None
    kind: str
    performer: str
    title: str
    description: str | None
    due_date: date | None
    owner: str | None
    amount: Decimal | None
    currency: str | None
    status: str
    met_on: date | None
    evidence_note: str | None
    recurrence: str | None
    reminder_offsets: tuple[int, ...] | None
    custom: Mapping[str, Any]
    version_id: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str

    def is_overdue(self, today: date) -> bool:
        """Due before ``today`` and still open (a series: recorded as missed)."""
        if self.due_date is None or self.due_date >= today:
            return False
        if self.recurrence:
            return self.status in {"not_met", "partially_met"}
        return self.status in {"scheduled", "partially_met", "not_met"}


@dataclass(frozen=True, slots=True)
class AttachmentRow(_JsonRow):
    """One attached file; its bytes are in the store under ``sha256``."""

    id: int
    uid: str
    contract_uid: str
    obligation_uid: str | None
    file_name: str
    media_type: str | None
    size: int
    sha256: str
    note: str | None
    created_at: datetime | None
    created_by: str


@dataclass(frozen=True, slots=True)
class AuditRow(_JsonRow):
    """One entry of the audit trail."""

    id: int
    at: datetime
    user: str
    entity: str
    entity_uid: str
    contract_uid: str | None
    action: str
    changes: Mapping[str, Any]
    note: str | None


@dataclass(frozen=True, slots=True)
class PartyRow(_JsonRow):
    """A counterparty."""

    id: int
    uid: str
    name: str
    org_number: str | None
    country: str | None
    contacts: tuple[Any, ...]
    notes: str | None
    version_id: int
