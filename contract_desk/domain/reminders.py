"""The reminder schedule: which key dates a contract and an obligation have, and when to warn.

Pure functions over the term engine (:mod:`keydates`) and the recurrence engine
(:mod:`recurrence`); nothing here knows about the database. A reminder is keyed
by (key kind, key date, offset): the services store one Alert row per key, so a
reminder is never raised twice and never lost.

Overdue reminders use negative offsets: ``-3`` means "three days after the key
date", raised once a day until someone acknowledges the key date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import TermSpec, terms_between
from contract_desk.domain.recurrence import next_occurrence
from contract_desk.i18n import N_, _, ngettext
from contract_desk.i18n.formats import current_formats

#: Days before a notice deadline, send-by date or expiry.
CONTRACT_OFFSETS: tuple[int, ...] = (90, 30, 14, 7, 3, 1, 0)
#: Days before a payment, delivery or other obligation.
OBLIGATION_OFFSETS: tuple[int, ...] = (7, 3, 0)
#: Days overdue after which an overdue reminder is escalated.
ESCALATE_AFTER_DAYS = 3
#: More notifications than this at once become one summary.
SUMMARY_THRESHOLD = 3
#: The most occurrences of one recurring obligation looked at in one window.
OCCURRENCE_LIMIT = 500
#: The longest offset accepted (ten years), as in the contract form.
MAX_OFFSET = 3660


class KeyKind(StrEnum):
    """What a key date is."""

    SEND_BY = "send_by"
    NOTICE_DEADLINE = "notice_deadline"
    TERM_END = "term_end"
    CONFIDENTIALITY_END = "confidentiality_end"
    DUE = "due"

    @property
    def label(self) -> str:
        """The words shown to a person, in their language."""
        return _(_LABELS[self])


_LABELS = {
    KeyKind.SEND_BY: N_("Send notice"),
    KeyKind.NOTICE_DEADLINE: N_("Notice deadline"),
    KeyKind.TERM_END: N_("Term end"),
    KeyKind.CONFIDENTIALITY_END: N_("Confidentiality end"),
    KeyKind.DUE: N_("Due date"),
}
#: Key dates that stay "overdue" (once a day) until acknowledged once they pass.
OVERDUE_KINDS = frozenset({KeyKind.SEND_BY, KeyKind.NOTICE_DEADLINE, KeyKind.TERM_END,
                           KeyKind.DUE})
#: Key dates a renew / terminate / renegotiate / let-run decision belongs to.
DECISION_KINDS = frozenset({KeyKind.SEND_BY, KeyKind.NOTICE_DEADLINE, KeyKind.TERM_END})


class Decision(StrEnum):
    """What was decided about a notice or renewal reminder."""

    RENEW = "renew"
    TERMINATE = "terminate"
    RENEGOTIATE = "renegotiate"
    LET_RUN = "let_run"


@dataclass(frozen=True, slots=True)
class KeyDate:
    """One dated event of a contract or obligation."""

    kind: KeyKind
    day: date


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder of ``key`` raised ``offset_days`` before it (negative: overdue)."""

    kind: KeyKind
    key_date: date
    offset_days: int

    @property
    def due_on(self) -> date:
        """The day the reminder is raised."""
        return self.key_date - timedelta(days=self.offset_days)


def clean_offsets(value: Any, default: Sequence[int]) -> tuple[int, ...]:
    """Offsets as stored (list of whole days) latest first; ``default`` when None.

    An empty list means "no reminders". A stored value that is not a list of
    whole days from 0 to ten years raises :class:`DomainError` naming it.
    """
    if value is None:
        return tuple(default)
    if not isinstance(value, list | tuple):
        raise DomainError(_("reminder offsets must be a list of days, got {value}").format(
            value=repr(value)))
    days = set()
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= MAX_OFFSET:
            raise DomainError(_("a reminder offset must be 0 to {max_offset} days, got "
                                "{item}").format(
                max_offset=MAX_OFFSET, item=repr(item)))
        days.add(item)
    return tuple(sorted(days, reverse=True))


def contract_key_dates(
    spec: TermSpec | None,
    *,
    confidential_until: date | None,
    first: date,
    last: date,
) -> list[KeyDate]:
    """The contract's key dates falling within [first, last], terms rolled by the term engine.

    Per term: the send-by date (when it differs from the notice deadline) and the
    notice deadline, unless notice was given in time; the term end when no
    renewal follows it (an automatic renewal needs action only before its notice
    deadline). Then the end of confidentiality.
    """
    found: list[KeyDate] = []
    if spec is not None:
        for _start, end, renews in _terms_near(spec, first, last):
            found.extend(_term_dates(spec, end, renews))
    if confidential_until is not None:
        found.append(KeyDate(KeyKind.CONFIDENTIALITY_END, confidential_until))
    return sorted({k for k in found if first <= k.day <= last}, key=lambda k: (k.day, k.kind))


def _terms_near(spec: TermSpec, first: date, last: date) -> list[tuple[date, date, bool]]:
    """(start, end, renews after it) of each term whose dates can fall in [first, last]."""
    return terms_between(spec, first, _horizon(spec, last))


def _horizon(spec: TermSpec, last: date) -> date:
    # A notice deadline lies up to one notice period (plus a month's slack) before
    # its term's end: terms ending that much after ``last`` still matter.
    if spec.notice_period is None or last >= date.max - timedelta(days=MAX_OFFSET * 2):
        return last
    try:
        deadline = spec.deadline_for(last)
        span = 0 if deadline is None else (last - deadline).days
    except (OverflowError, ValueError, DomainError):
        return last
    # A month-end (quarter, year) rule can move a deadline back by up to a year.
    aligned = 0 if spec.notice_to is None else 366
    return last + timedelta(days=span + spec.notice_buffer_days + spec.postal_days * 3
                            + aligned + 31)


def _term_dates(spec: TermSpec, end: date, renews: bool) -> list[KeyDate]:
    found = []
    deadline = spec.deadline_for(end)
    notice_given = spec.notice_given_on is not None and (
        deadline is None or spec.notice_given_on <= deadline)
    if deadline is not None and not notice_given:
        found.append(KeyDate(KeyKind.NOTICE_DEADLINE, deadline))
        sending = spec.send_by_for(deadline)
        if sending != deadline:
            found.append(KeyDate(KeyKind.SEND_BY, sending))
    if not renews and end != date.max:
        found.append(KeyDate(KeyKind.TERM_END, end))
    return found


def obligation_key_dates(
    first_due: date | None, rule: str | None, *, first: date, last: date
) -> list[KeyDate]:
    """Each due date of an obligation (every occurrence of a series) within [first, last]."""
    # Stepping with next_occurrence computes simple rules ("every month") directly
    # instead of expanding the series from its first date.
    found: list[KeyDate] = []
    if first_due is None:
        return found
    day = next_occurrence(first_due, rule, first)
    while day is not None and day <= last and len(found) < OCCURRENCE_LIMIT:
        found.append(KeyDate(KeyKind.DUE, day))
        day = None if day == date.max else next_occurrence(first_due, rule, day + timedelta(1))
    return found


def reminders_due(
    keys: Iterable[KeyDate], offsets: Sequence[int], *, start: date, today: date
) -> list[Reminder]:
    """Every (key, offset) reminder whose day falls within [start, today], in date order.

    An offset that would fall before ``start`` (the last check) was raised then;
    the services skip keys already stored, so overlapping windows are safe.
    """
    # Day numbers, not dates: most (key, offset) pairs of a row are not due, and are
    # left out without making a Reminder (the check runs this for thousands of rows).
    low, high = start.toordinal(), today.toordinal()
    steps = tuple(offsets)
    due = []
    for key in keys:
        day = key.day.toordinal()
        for offset in steps:
            if low <= day - offset <= high:
                due.append(Reminder(key.kind, key.day, offset))
    return sorted(due, key=lambda r: (r.due_on, r.key_date, r.kind))


def overdue_reminder(kind: KeyKind, key_date: date, today: date) -> Reminder | None:
    """Today's overdue reminder of a passed key date, or None when it is not overdue."""
    if kind not in OVERDUE_KINDS or key_date >= today:
        return None
    return Reminder(kind, key_date, -(today - key_date).days)


def is_escalated(offset_days: int, escalate_after_days: int) -> bool:
    """An overdue reminder (negative offset) at or past the escalation point."""
    return offset_days < 0 and -offset_days >= escalate_after_days


def describe(kind: KeyKind | str, key_date: date, offset_days: int, subject: str) -> str:
    """One line for a person: "Notice deadline in 30 days (2026-03-31): ACME-7 Cleaning".

    The date is written in the person's formats when the line is made ("31.03.2026"
    in Norwegian): alerts store the date, never this line."""
    return _sentence(offset_days).format(
        label=KeyKind(kind).label, days=abs(offset_days),
        date=current_formats().date(key_date), subject=subject).strip()


def describer() -> Callable[[KeyKind | str, date, int, str], str]:
    """:func:`describe` for many lines at once (a first check notifies of tens of
    thousands): the formats looked up once, and each sentence, label and date written
    once per call of the returned function's life. Make one per listing, so that a
    change of language or formats is seen by the next."""
    formats = current_formats()
    sentences: dict[int, str] = {}
    labels: dict[KeyKind | str, str] = {}
    dates: dict[date, str] = {}

    def line(kind: KeyKind | str, key_date: date, offset_days: int, subject: str) -> str:
        text = sentences.get(offset_days)
        if text is None:
            text = sentences[offset_days] = _sentence(offset_days)
        label = labels.get(kind)
        if label is None:
            label = labels[kind] = KeyKind(kind).label
        written = dates.get(key_date)
        if written is None:
            written = dates[key_date] = formats.date(key_date)
        return text.format(label=label, days=abs(offset_days), date=written,
                           subject=subject).strip()

    return line


def _sentence(offset_days: int) -> str:
    # Whole sentences, so that each language orders its words its own way.
    if offset_days == 0:
        return _("{label} is today ({date}): {subject}")
    if offset_days == 1:
        return _("{label} is tomorrow ({date}): {subject}")
    if offset_days > 1:
        return ngettext("{label} in {days} day ({date}): {subject}",
                        "{label} in {days} days ({date}): {subject}", offset_days)
    return ngettext("{label} is {days} day overdue ({date}): {subject}",
                    "{label} is {days} days overdue ({date}): {subject}", -offset_days)


def relative_day(days: int) -> str:
    """A key date ``days`` from today in words: "today", "tomorrow", "in 12 days", "3 days overdue".

    One wording for the notifications and the alerts inbox. A passed key date is
    "overdue": the inbox groups it so and the escalation setting counts it so.
    """
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    if days > 0:
        return ngettext("in {days} day", "in {days} days", days).format(days=days)
    return ngettext("{days} day overdue", "{days} days overdue", -days).format(days=-days)
