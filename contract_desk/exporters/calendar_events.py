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
from functools import lru_cache
from typing import NamedTuple

from contract_desk.domain.recurrence import (
    DEFAULT_LIMIT,
    RecurrenceError,
    next_occurrence,
    occurrences,
    validate_rrule,
)
from contract_desk.domain.reminders import clean_offsets
from contract_desk.exporters.words import kind_word
from contract_desk.i18n import N_, _
from contract_desk.i18n.formats import current_formats
from contract_desk.services.listing.export_data import ExportData
from contract_desk.services.register.rows import ContractRow, ObligationRow
from contract_desk.services.timeline.recurrence_fast import fast_occurrences

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


class DateSet(NamedTuple):
    """Events of one contract or obligation that differ only in their day.

    A contract gives one per key date within the horizon, an obligation one
    with every due date within it: the writer words and escapes each once.
    """

    owner_uid: str
    #: What the dates are, as event ids say it (a contract's field, "due").
    kind: str
    days: Sequence[date]
    summary: str
    description: str
    offsets: tuple[int, ...]
    sequence: int
    category: str
    contract_uid: str
    label: str

    def events(self) -> list[KeyDateEvent]:
        """One event per day."""
        return [KeyDateEvent(event_uid(self.owner_uid, self.kind, day), day, self.summary,
                             self.description, self.offsets, self.sequence, self.category,
                             self.contract_uid, self.label) for day in self.days]


class _Wording:
    """The words every event is made of, looked up once per export (language and locale)."""

    def __init__(self) -> None:
        self.formats = current_formats()
        self.titled = _("{what}: {contract}")
        self.named = _("{contract} ({counterparty})")
        self.owner = _("Owner: {owner}")
        self.nobody = _("Owner: nobody named")
        self.value = _("Value: {value}")
        self.amount = _("Amount: {amount}")
        self.deadline = _("Notice deadline: {date}")
        self.kind_for = _("{kind} for {contract}")
        self.labels = tuple((field, _(source)) for field, source in _CONTRACT_DATES)

    def name(self, row: ContractRow) -> str:
        if not row.counterparty:
            return row.reference or row.title
        return self.named.format(contract=row.reference or row.title,
                                 counterparty=row.counterparty)

    def owner_line(self, owner: str | None) -> str:
        return self.owner.format(owner=owner) if owner else self.nobody

    def contract_description(self, row: ContractRow) -> str:
        lines = [row.title, self.owner_line(row.owner)]
        value = self.formats.money(row.value, row.currency)
        if value:
            lines.append(self.value.format(value=value))
        if row.notice_deadline:
            lines.append(self.deadline.format(date=self.formats.long_date(row.notice_deadline)))
        return "\n".join(lines)


def event_uid(owner_uid: str, kind: str, day: date) -> str:
    """The stable id of the event for ``kind`` on ``day`` of a contract or obligation."""
    return f"{owner_uid}-{kind}-{day.year:04d}{day.month:02d}{day.day:02d}@{UID_DOMAIN}"


def _contract_sets(row: ContractRow, offsets: tuple[int, ...], start: date, end: date,
                   words: _Wording) -> list[DateSet]:
    sets: list[DateSet] = []
    description = name = ""  # worded once, and only for a contract with an event
    for field, label in words.labels:
        day = getattr(row, field)
        if day is None or not start <= day <= end:
            continue
        if not sets:
            description, name = words.contract_description(row), words.name(row)
        sets.append(DateSet(row.uid, field, (day,), words.titled.format(what=label, contract=name),
                            description, offsets, row.version_id, label, row.uid, label))
    return sets


def contract_events(row: ContractRow, offsets: Sequence[int], start: date,
                    end: date) -> Iterator[KeyDateEvent]:
    """The send-by, notice-deadline and term-end events of a contract within [start, end]."""
    for found in _contract_sets(row, tuple(offsets), start, end, _Wording()):
        yield from found.events()


def due_days(first_due: date, recurrence: str | None, start: date, end: date) -> list[date]:
    """The due dates of an obligation within [start, end] (``recurrence.occurrences``); only
    the first for a rule that cannot be read.

    A rule without BY* parts ("every 3 months, 8 times") steps from one due date to
    the next by arithmetic (``recurrence.next_occurrence``, the same dates) instead
    of expanding every occurrence since the first; the plainest rules (FREQ with
    INTERVAL, COUNT or UNTIL, as the register's forms write them) are counted out
    in one go (``recurrence_fast``, the timeline's arithmetic) once the domain
    has accepted the rule.
    """
    if recurrence and end.year < date.max.year and _readable(recurrence):
        found = fast_occurrences(first_due, recurrence, start, end, DEFAULT_LIMIT)
        if found is not None:
            return found
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


@lru_cache(maxsize=1024)
def _readable(rule: str) -> bool:
    # A rule the domain refuses gives only the first due date (below), whatever its form.
    return validate_rrule(rule) is None


#: Due dates found, by (first due date, rule): many obligations of a register share both.
DueCache = dict[tuple[date, str | None], list[date]]


def _obligation_set(obligation: ObligationRow, contract: ContractRow, offsets: tuple[int, ...],
                    start: date, end: date, found: DueCache, words: _Wording) -> DateSet | None:
    if obligation.due_date is None:
        return None
    key = (obligation.due_date, obligation.recurrence)
    days = found.get(key)
    if days is None:
        days = found[key] = due_days(obligation.due_date, obligation.recurrence, start, end)
    if not days:
        return None  # nothing within the horizon: nothing to word
    kind, name = kind_word(obligation.kind), words.name(contract)
    lines = [words.kind_for.format(kind=kind, contract=name),
             words.owner_line(obligation.owner or contract.owner)]
    amount = words.formats.money(obligation.amount, obligation.currency)
    if amount:
        lines.append(words.amount.format(amount=amount))
    if obligation.description:
        lines.append(obligation.description)
    return DateSet(obligation.uid, "due", days,
                   words.titled.format(what=obligation.title, contract=name), "\n".join(lines),
                   offsets, obligation.version_id, kind, contract.uid, obligation.title)


def obligation_events(obligation: ObligationRow, contract: ContractRow, offsets: Sequence[int],
                      start: date, end: date,
                      found: DueCache | None = None) -> Iterator[KeyDateEvent]:
    """An event for each due date of an obligation within [start, end].

    ``found`` remembers the due dates of each (first due date, rule) within the
    same [start, end], for the next obligation that has the same.
    """
    dated = _obligation_set(obligation, contract, tuple(offsets), start, end,
                            {} if found is None else found, _Wording())
    if dated is not None:
        yield from dated.events()


def grouped_sets(data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
                 start: date | None = None) -> Iterator[list[DateSet]]:
    """The date sets of each contract, then of each obligation (one list each, maybe empty).

    From ``start`` (default: the export's day) for ``horizon_days`` days.
    """
    first = start or data.today
    last = first + timedelta(days=horizon_days)
    words = _Wording()
    by_uid = {row.uid: row for row in data.contracts}
    defaults = data.reminders
    for row in data.contracts:
        offsets = clean_offsets(row.reminder_offsets, defaults.contract_offsets)
        yield _contract_sets(row, offsets, first, last, words)
    found: DueCache = {}
    for obligation in data.obligations:
        contract = by_uid.get(obligation.contract_uid)
        if contract is None:
            yield []
            continue
        offsets = clean_offsets(obligation.reminder_offsets, defaults.obligation_offsets)
        dated = _obligation_set(obligation, contract, offsets, first, last, found, words)
        yield [] if dated is None else [dated]


def grouped_events(data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
                   start: date | None = None) -> Iterator[list[KeyDateEvent]]:
    """The events of each contract, then of each obligation (one list each, maybe empty).

    From ``start`` (default: the export's day) for ``horizon_days`` days.
    """
    for sets in grouped_sets(data, horizon_days=horizon_days, start=start):
        yield [event for dated in sets for event in dated.events()]


def key_date_events(data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
                    start: date | None = None) -> list[KeyDateEvent]:
    """Every event of ``data``, contracts first (see :func:`grouped_events`)."""
    return [event for group in grouped_events(data, horizon_days=horizon_days, start=start)
            for event in group]
