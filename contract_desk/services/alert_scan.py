"""Which reminders fall due in a window: indexed queries, then the schedule in Python.

Contracts are narrowed in SQL to those still running whose dates can reach the
window (status and end dates are indexed); obligations to open ones whose due
date falls in the window (``ix_obligation_due_status``), plus the recurring
series that started before the window ends, whose occurrences are stepped
through with the recurrence engine only inside the window.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.health import ENDED_STATUSES
from contract_desk.domain.keydates import TermSpec
from contract_desk.domain.obligations import OPEN_STATUSES
from contract_desk.domain.recurrence import next_occurrence
from contract_desk.domain.reminders import (
    MAX_OFFSET,
    OCCURRENCE_LIMIT,
    KeyDate,
    KeyKind,
    Reminder,
    clean_offsets,
    contract_key_dates,
    reminders_due,
)
from contract_desk.domain.terms import RenewalMode
from contract_desk.models import Contract, Obligation
from contract_desk.services.contract_rows import period_text, term_spec
from contract_desk.services.reminder_settings import ReminderSettings

log = logging.getLogger(__name__)
ENDED = tuple(sorted(ENDED_STATUSES))
OPEN = tuple(sorted(OPEN_STATUSES))


@dataclass(frozen=True, slots=True)
class Target:
    """A contract or obligation that reminders are about."""

    target_type: str  # contract | obligation
    target_uid: str
    contract_id: int
    obligation_id: int | None
    subject: str  # "ACME-7 Cleaning" or "ACME-7 Cleaning: Monthly fee"


def subject(reference: str | None, title: str, detail: str | None = None) -> str:
    """How an alert names its contract (and obligation)."""
    name = " ".join(part for part in (reference, title) if part) or "(untitled contract)"
    return f"{name}: {detail}" if detail else name


def contract_spec(contract: Any) -> TermSpec | None:
    """The term rules of a contract row (ORM object or a record with the same names)."""
    values = {
        name: getattr(contract, name) for name in (
            "start_date", "end_date", "renewal", "max_renewals", "final_end_date",
            "notice_buffer_days", "notice_given_on")
    }
    for name in ("initial_term", "renewal_term", "notice_period"):
        values[name] = period_text(getattr(contract, f"{name}_count"),
                                   getattr(contract, f"{name}_unit"))
    return term_spec(values)


#: The columns the schedule needs: not whole contracts (notes, custom fields).
_CONTRACT_COLUMNS = tuple(getattr(Contract, name) for name in (
    "id", "uid", "reference", "title", "start_date", "end_date", "renewal", "max_renewals",
    "final_end_date", "notice_buffer_days", "notice_given_on", "confidential_until",
    "reminder_offsets", "initial_term_count", "initial_term_unit", "renewal_term_count",
    "renewal_term_unit", "notice_period_count", "notice_period_unit"))


def contract_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date
) -> Iterator[tuple[Target, list[KeyDate], tuple[int, ...]]]:
    """Each running contract whose key dates can fall in the window, with those dates."""
    longest = max(settings.contract_offsets, default=0)
    reachable = or_(
        Contract.end_date >= start,
        and_(Contract.end_date.is_(None), Contract.initial_term_count.is_not(None)),
        and_(Contract.renewal == RenewalMode.AUTOMATIC.value,
             or_(Contract.final_end_date.is_(None), Contract.final_end_date >= start)),
        Contract.confidential_until.between(start, today + timedelta(days=MAX_OFFSET)),
    )
    query = select(*_CONTRACT_COLUMNS).where(Contract.status.not_in(ENDED), reachable)
    for contract in session.execute(query.execution_options(yield_per=2000)):
        try:
            offsets = clean_offsets(contract.reminder_offsets, settings.contract_offsets)
            last = today + timedelta(days=max(offsets, default=longest))
            keys = contract_key_dates(contract_spec(contract),
                                      confidential_until=contract.confidential_until,
                                      first=start, last=last)
        except (DomainError, ValueError, OverflowError) as error:
            log.warning("no reminders for contract %s: %s", contract.uid, error)
            continue
        if keys:
            target = Target("contract", contract.uid, contract.id, None,
                            subject(contract.reference, contract.title))
            yield target, keys, offsets


def obligation_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date
) -> Iterator[tuple[Target, list[KeyDate], tuple[int, ...]]]:
    """Each open obligation (or occurrence of a series) due in the window."""
    longest = max(settings.obligation_offsets, default=0)
    due = Obligation.due_date
    in_window = or_(
        and_(Obligation.recurrence.is_(None), due.between(start, today + timedelta(days=longest))),
        and_(Obligation.recurrence.is_(None), Obligation.reminder_offsets.is_not(None),
             due.between(start, today + timedelta(days=MAX_OFFSET))),
        and_(Obligation.recurrence.is_not(None), due <= today + timedelta(days=MAX_OFFSET)),
    )
    query = (
        select(Obligation.id, Obligation.uid, Obligation.contract_id, Obligation.title,
               Obligation.due_date, Obligation.recurrence, Obligation.reminder_offsets,
               Contract.reference, Contract.title.label("contract_title"))
        .join(Contract, Contract.id == Obligation.contract_id)
        .where(Obligation.status.in_(OPEN), in_window, Contract.status.not_in(ENDED))
    )
    for obligation in session.execute(query.execution_options(yield_per=2000)):
        reference, title = obligation.reference, obligation.contract_title
        try:
            offsets = clean_offsets(obligation.reminder_offsets, settings.obligation_offsets)
            last = today + timedelta(days=max(offsets, default=0))
            keys = _due_dates(obligation.due_date, obligation.recurrence, start, last)
        except (DomainError, ValueError, OverflowError) as error:
            log.warning("no reminders for obligation %s: %s", obligation.uid, error)
            continue
        if keys:
            target = Target("obligation", obligation.uid, obligation.contract_id, obligation.id,
                            subject(reference, title, obligation.title))
            yield target, keys, offsets


def _due_dates(first_due: date | None, rule: str | None, first: date, last: date) -> list[KeyDate]:
    # Stepping with next_occurrence computes simple rules ("every month") directly
    # instead of expanding the series from its first date.
    found: list[KeyDate] = []
    day = None if first_due is None else next_occurrence(first_due, rule, first)
    while day is not None and day <= last and len(found) < OCCURRENCE_LIMIT:
        found.append(KeyDate(KeyKind.DUE, day))
        day = None if day == date.max else next_occurrence(first_due, rule, day + timedelta(1))
    return found


def due_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date
) -> list[tuple[Target, list[KeyDate], list[Reminder], tuple[int, ...]]]:
    """(target, its key dates, reminders due in [start, today], offsets) for every target."""
    found = []
    for source in (contract_candidates, obligation_candidates):
        for target, keys, offsets in source(session, settings, start=start, today=today):
            found.append((target, keys, reminders_due(keys, offsets, start=start, today=today),
                          offsets))
    return found
