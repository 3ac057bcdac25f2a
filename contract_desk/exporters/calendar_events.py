"""The key dates of an export as calendar events, before any file format.

One all-day event per key date: send-by, notice deadline and term end of each
contract, and each due date of each obligation (every occurrence of a recurring
one) within the horizon. An event's id is made of the contract's (or
obligation's) id, what the date is and the date itself, so exporting again
gives the same ids and a calendar updates its events instead of adding copies.
Summaries and descriptions are for people: in their language, with dates and
money as their locale writes them (``i18n.formats``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from contract_desk.domain.recurrence import (
    DEFAULT_LIMIT,
    RecurrenceError,
    next_occurrence,
    occurrences,
)
from contract_desk.domain.reminders import clean_offsets
from contract_desk.exporters.words import kind_word
from contract_desk.i18n import N_, _
from contract_desk.i18n.formats import current_formats
from contract_desk.services.listing.export_data import ExportData
from contract_desk.services.register.rows import ContractRow, ObligationRow

#: How far ahead an export looks by default, in days.
DEFAULT_HORIZON_DAYS = 365
#: The domain part of every event id: ids stay unique across calendars.
UID_DOMAIN = "contract-desk"
_CONTRACT_DATES = (("send_by", N_("Send notice by")), ("notice_deadline", N_("Notice deadline")),
                   ("current_term_end", N_("Term ends")))


@dataclass(frozen=True, slots=True)
class KeyDateEvent:
    """One all-day calendar event."""

    uid: str
    day: date
    summary: str
    description: str
    #: Days before ``day`` to remind (0 = on the day).
    offsets: tuple[int, ...]
    #: Grows when the contract or obligation changes, so calendars take the update.
    sequence: int
    category: str
    #: The contract the date belongs to, and what the date is, in a few words.
    contract_uid: str
    label: str


def money_text(amount: Decimal | None, currency: str | None) -> str:
    """An amount with its currency as the person's locale writes it ("kr 120 000,00"); empty
    without an amount."""
    return current_formats().money(amount, currency)


def _name(row: ContractRow) -> str:
    if not row.counterparty:
        return row.reference or row.title
    return _("{contract} ({counterparty})").format(contract=row.reference or row.title,
                                                   counterparty=row.counterparty)


def _owner_line(owner: str | None) -> str:
    return _("Owner: {owner}").format(owner=owner) if owner else _("Owner: nobody named")


def _contract_description(row: ContractRow) -> str:
    lines = [row.title, _owner_line(row.owner)]
    value = money_text(row.value, row.currency)
    if value:
        lines.append(_("Value: {value}").format(value=value))
    if row.notice_deadline:
        lines.append(_("Notice deadline: {date}").format(
            date=current_formats().long_date(row.notice_deadline)))
    return "\n".join(lines)


def event_uid(owner_uid: str, kind: str, day: date) -> str:
    """The stable id of the event for ``kind`` on ``day`` of a contract or obligation."""
    return f"{owner_uid}-{kind}-{day.year:04d}{day.month:02d}{day.day:02d}@{UID_DOMAIN}"


def contract_events(row: ContractRow, offsets: Sequence[int], start: date,
                    end: date) -> Iterator[KeyDateEvent]:
    """The send-by, notice-deadline and term-end events of a contract within [start, end]."""
    description = name = None  # worded once, and only for a contract with an event
    for field, source in _CONTRACT_DATES:
        day = getattr(row, field)
        if day is None or not start <= day <= end:
            continue
        if description is None or name is None:
            description, name = _contract_description(row), _name(row)
        label = _(source)
        summary = _("{what}: {contract}").format(what=label, contract=name)
        yield KeyDateEvent(event_uid(row.uid, field, day), day, summary,
                           description, tuple(offsets), row.version_id, label, row.uid, label)


def due_days(first_due: date, recurrence: str | None, start: date, end: date) -> list[date]:
    """The due dates of an obligation within [start, end] (``recurrence.occurrences``); only
    the first for a rule that cannot be read.

    A rule without BY* parts ("every 3 months, 8 times") steps from one due date to
    the next by arithmetic (``recurrence.next_occurrence``, the same dates) instead
    of expanding every occurrence since the first.
    """
    try:
        if not recurrence or "BY" in recurrence.upper():
            return occurrences(first_due, recurrence, start, end)
        days: list[date] = []
        day = next_occurrence(first_due, recurrence, start)
        while day is not None and day <= end and len(days) < DEFAULT_LIMIT:
            days.append(day)
            if day == date.max:
                break
            day = next_occurrence(first_due, recurrence, day + timedelta(days=1))
        return days
    except RecurrenceError:
        return [first_due] if start <= first_due <= end else []


#: Due dates found, by (first due date, rule): many obligations of a register share both.
DueCache = dict[tuple[date, str | None], list[date]]


def obligation_events(obligation: ObligationRow, contract: ContractRow, offsets: Sequence[int],
                      start: date, end: date,
                      found: DueCache | None = None) -> Iterator[KeyDateEvent]:
    """An event for each due date of an obligation within [start, end].

    ``found`` remembers the due dates of each (first due date, rule) within the
    same [start, end], for the next obligation that has the same.
    """
    if obligation.due_date is None:
        return
    key = (obligation.due_date, obligation.recurrence)
    days = None if found is None else found.get(key)
    if days is None:
        days = due_days(obligation.due_date, obligation.recurrence, start, end)
        if found is not None:
            found[key] = days
    if not days:
        return  # nothing within the horizon: nothing to word
    kind = kind_word(obligation.kind)
    lines = [_("{kind} for {contract}").format(kind=kind, contract=_name(contract)),
             _owner_line(obligation.owner or contract.owner)]
    amount = money_text(obligation.amount, obligation.currency)
    if amount:
        lines.append(_("Amount: {amount}").format(amount=amount))
    if obligation.description:
        lines.append(obligation.description)
    summary = _("{what}: {contract}").format(what=obligation.title, contract=_name(contract))
    description, reminders = "\n".join(lines), tuple(offsets)
    for day in days:
        yield KeyDateEvent(event_uid(obligation.uid, "due", day), day, summary, description,
                           reminders, obligation.version_id, kind, contract.uid,
                           obligation.title)


def grouped_events(data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
                   start: date | None = None) -> Iterator[list[KeyDateEvent]]:
    """The events of each contract, then of each obligation (one list each, maybe empty).

    From ``start`` (default: the export's day) for ``horizon_days`` days.
    """
    first = start or data.today
    last = first + timedelta(days=horizon_days)
    by_uid = {row.uid: row for row in data.contracts}
    defaults = data.reminders
    for row in data.contracts:
        offsets = clean_offsets(row.reminder_offsets, defaults.contract_offsets)
        yield list(contract_events(row, offsets, first, last))
    found: DueCache = {}
    for obligation in data.obligations:
        contract = by_uid.get(obligation.contract_uid)
        offsets = clean_offsets(obligation.reminder_offsets, defaults.obligation_offsets)
        yield [] if contract is None else list(obligation_events(obligation, contract, offsets,
                                                                 first, last, found))


def key_date_events(data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
                    start: date | None = None) -> list[KeyDateEvent]:
    """Every event of ``data``, contracts first (see :func:`grouped_events`)."""
    return [event for group in grouped_events(data, horizon_days=horizon_days, start=start)
            for event in group]
