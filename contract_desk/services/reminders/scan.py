"""Which reminders fall due in a window: indexed queries, then the schedule in Python.

Contracts are narrowed in SQL to those still running whose dates can reach the
window (status and end dates are indexed); obligations to open ones whose due
date falls in the window (``ix_obligation_due_status``), plus the recurring
series that started before the window ends, whose occurrences are stepped
through with the recurrence engine only inside the window.

Each check stores, for every contract and obligation it computed, the next day
after it on which one of its reminders falls due (``next_reminder_on``); the
next check then looks only at rows whose day has come, or that are NULL
(changed since: the models' ``before_update`` hooks clear it on every change).
Every reminder day of a row lies in some check's window, and the row is looked
at in that check, so catching up after days closed loses nothing. The days
depend on the register's default offsets: when those change, every stored day
is cleared (``SCAN_OFFSETS`` remembers what they were computed with). A key
date one of whose alerts was acknowledged raises nothing more (at any offset):
it is left out of the day (``SeenAlerts.done``), so the row is not looked at
again for that key date's later offsets. With each day is stored the key date it
reminds of and the row's day without it (``next_day_and_skip``): when that key
date is acknowledged after the day was stored, the check passes the row over
(``passed_over``) and moves it on to that later day without computing it.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Result, Select, and_, case, or_, select, true
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
    obligation_key_dates,
    reminders_due,
)
from contract_desk.domain.terms import ONE_DAY, RenewalMode, chained_start_on_or_before, term_end
from contract_desk.i18n import _
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services.register.contract_records import period_text, spec_of
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.reminders.settings import ReminderSettings

log = logging.getLogger(__name__)
ENDED = tuple(sorted(ENDED_STATUSES))
OPEN = tuple(sorted(OPEN_STATUSES))
#: How far past the reminder window a contract's key dates are looked at to find its
#: next reminder day; one with none that near is looked at again about this often.
LOOKAHEAD_DAYS = 400
#: The register's offsets the stored next reminder days were computed with.
SCAN_OFFSETS = "reminder_scan.offsets"
#: Store the days of unknown one-offs due later and of rows with no reminders by a few
#: statements instead of reading each row (see Marks.one_offs and Marks.idle_until).
#: False: the row-by-row way, kept for the tests that compare the two.
BULK_FILLS = True
#: Look first only NEAR_DAYS past a contract's reminder window for its next reminder day
#: (see _near_look); False: always LOOKAHEAD_DAYS, kept for the tests that compare the two.
NEAR_LOOK = True
NEAR_DAYS = 31
#: Start the terms of a contract renewing by itself at a renewal shortly before the
#: window, counted without walking the terms before it (see rolled_on); False: from
#: its start, kept for the tests that compare the two.
JUMP_TERMS = True
#: Fewer renewals than this before the window: walking them costs less than a new TermSpec.
JUMP_FROM = 4
#: The term engine gives up past 40,000 renewals (a TermError): never jump near that.
JUMP_BELOW = 39_000
#: Leave out of a row's next reminder day the key dates nothing more is raised of (one of
#: their alerts acknowledged, see SeenAlerts.done); False: every key date, kept for the
#: tests that compare the two.
SKIP_ACKNOWLEDGED = True
#: Store with each row's next reminder day the key date it reminds of and the row's day
#: after it, and pass the row over while an alert of that key date is acknowledged (see
#: next_day_and_skip, passed_over); False: look at it on its day, kept for the tests
#: that compare.
SKIP_BY_KEY = True


def _by_key() -> bool:
    # Passing a row over presumes acknowledged key dates are left out (SKIP_ACKNOWLEDGED).
    return SKIP_BY_KEY and SKIP_ACKNOWLEDGED


#: Rows looked at whose alerts are read per statement.
ALERTS_CHUNK = 500
#: (target type, target uid, key kind, key date, offset) of an alert.
StoredKey = tuple[str, str, str, date, int]
#: An alert and what it is about: (id, contract id, obligation id).
AlertRef = tuple[int, int | None, int | None]
_NOTHING_DONE: frozenset[tuple[str, date]] = frozenset()
_DUE = KeyKind.DUE.value


@dataclass(frozen=True, slots=True)
class OneOffFill:
    """The fill of new one-offs due later than the window (see :func:`fillable_one_offs`).

    Its rows are picked when stored, by what they are then (:func:`fillable_now`)
    and by their due date: on or after ``start`` and after ``after``. Each one's
    next reminder day is its due date less ``shift`` days. A row added or changed
    between the plan and the store that qualifies gets the day a fresh computation
    gives it; one that no longer does is left unknown.
    """

    start: date
    after: date
    shift: int

    def due(self) -> ColumnElement[bool]:
        """The due dates of the rows this fill is for."""
        return and_(Obligation.due_date >= self.start, Obligation.due_date > self.after)


@dataclass(slots=True)
class Marks:
    """The next reminder day of each contract and obligation computed, to store."""

    contracts: list[dict[str, Any]] = field(default_factory=list)
    obligations: list[dict[str, Any]] = field(default_factory=list)
    #: Ids of the one-off obligations due before the window whose day was unknown
    #: (new or changed since).
    unknown: list[int] = field(default_factory=list)
    #: Every stored day counts as unknown (the register's offsets changed since).
    forget: bool = False
    #: The one-off obligations with the register's offsets, no open alert and no known
    #: day, due later than the window: their next reminder day is the due date less the
    #: longest offset, stored by statement, not row by row (see :class:`OneOffFill`).
    one_offs: OneOffFill | None = None
    #: Obligations not running (met, waived, or their contract ended) with no open
    #: alert, whose day is unknown or not after this day: their day is ``date.max`` (no
    #: reminder until a change clears it), stored by one statement.
    idle_until: date | None = None
    #: The ids of the obligations the fills (one-offs and idle) are for: from, and below
    #: (None: no end). A range walks its ids (see ``store.marks_in_steps``).
    fill_ids: tuple[int, int | None] = (0, None)
    #: The rows passed over up to this day (see passed_over) are moved on to their day
    #: after the acknowledged key date, by one statement per table.
    passed_until: date | None = None


@dataclass(frozen=True, slots=True)
class Scope:
    """Some contracts (with all their obligations) and obligations: what a check redoes."""

    contracts: frozenset[int] = frozenset()
    obligations: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.contracts) + len(self.obligations)

    def holds(self, contract_id: int | None, obligation_id: int | None) -> bool:
        """Whether a contract's (or obligation's) row or alert lies in the scope."""
        return contract_id in self.contracts or (
            obligation_id is not None and obligation_id in self.obligations)

    def of_alerts(self, alert: Any) -> ColumnElement[bool]:
        """The alerts of the scope (``alert``: the Alert model or table columns)."""
        return or_(alert.contract_id.in_(sorted(self.contracts)),
                   alert.obligation_id.in_(sorted(self.obligations)))


@dataclass(slots=True)
class SeenAlerts:
    """The alerts of the rows a check looks at, of key dates from ``since`` on: read a
    chunk of rows at a time, with the rows.

    ``stored``: every (key, offset) alerted; ``acknowledged``: the key dates one of
    whose alerts was acknowledged; ``withdrawn``: the withdrawn, unacknowledged alerts
    by (key, offset), with those this check withdraws (``gone``). What
    ``plan._plan_due`` decides by (read once, here, instead of again after).
    """

    gone: set[int]
    since: date
    stored: set[StoredKey] = field(default_factory=set)
    acknowledged: set[tuple[str, str, str, date]] = field(default_factory=set)
    withdrawn: dict[StoredKey, AlertRef] = field(default_factory=dict)

    def read(self, session: Session, target_type: str, uids: list[str], today: date
             ) -> dict[str, frozenset[tuple[str, date]]]:
        """Read the alerts of these targets; per uid, its key dates after ``today``
        that nothing more is raised of (see :meth:`done`)."""
        done: dict[str, set[tuple[str, date]]] = {}
        back: set[tuple[str, str, date]] = set()
        for first in range(0, len(uids), ALERTS_CHUNK):
            for alert in read_alerts(session, target_type, uids[first:first + ALERTS_CHUNK],
                                     self.since):
                kind_of, uid, kind, key_date, offset, acknowledged, withdrawn_then = alert[:7]
                stored = (kind_of, uid, kind, key_date, offset)
                self.stored.add(stored)
                if acknowledged:
                    self.acknowledged.add(stored[:4])
                    if key_date > today:
                        done.setdefault(uid, set()).add((kind, key_date))
                elif withdrawn_then or alert[7] in self.gone:
                    self.withdrawn[stored] = (alert[7], alert[8], alert[9])
                    back.add((uid, kind, key_date))
        return {uid: self.done(uid, keys, back) for uid, keys in done.items()}

    @staticmethod
    def done(uid: str, acknowledged: set[tuple[str, date]],
             back: set[tuple[str, str, date]]) -> frozenset[tuple[str, date]]:
        """The key dates of ``uid`` nothing more is raised of.

        A check raises no reminder of a key date one of whose alerts was
        acknowledged (at any offset; acknowledging is never undone), unless it
        brings back an alert of it withdrawn unacknowledged (``back``: its date
        came back). Left out of the next reminder day, the row is not looked at on
        the days of the key date's later offsets, which would raise nothing.
        """
        return frozenset(key for key in acknowledged if (uid, *key) not in back)


def read_alerts(session: Session, target_type: str, uids: Iterable[str],
                since: date | None) -> Iterator[Any]:
    """(type, uid, key kind, key date, offset, acknowledged, withdrawn, id, contract id,
    obligation id) of every alert of these targets (``since``: of key dates from then on).

    Whether acknowledged or withdrawn, not when: no timestamps to parse (thousands
    of alerts of the targets due on a busy day).
    """
    query = select(
        Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
        Alert.offset_days, Alert.acknowledged_at.is_not(None),
        Alert.withdrawn_at.is_not(None), Alert.id, Alert.contract_id, Alert.obligation_id,
    ).where(Alert.target_type == target_type, Alert.target_uid.in_(list(uids)))
    if since is not None:
        query = query.where(Alert.key_date >= since)
    return iter(column_rows(session, query))


def _chunks_with_done(session: Session, target_type: str, rows: Iterator[Any], today: date,
                      seen: SeenAlerts | None
                      ) -> Iterator[tuple[list[Any], dict[str, frozenset[tuple[str, date]]]]]:
    """``rows`` a chunk at a time, each with its targets' alerts read into ``seen`` and
    their key dates nothing more is raised of (none without ``seen``)."""
    while chunk := list(islice(rows, ALERTS_CHUNK)):
        if seen is None:
            yield chunk, {}
            continue
        done = seen.read(session, target_type, [row.uid for row in chunk], today)
        yield chunk, (done if SKIP_ACKNOWLEDGED else {})


def _to_remind(keys: list[KeyDate], done: frozenset[tuple[str, date]]) -> list[KeyDate]:
    """``keys`` less those nothing more is raised of."""
    if not done:
        return keys
    return [key for key in keys if (key.kind.value, key.day) not in done]


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
    name = " ".join(part for part in (reference, title) if part) or _("(untitled contract)")
    return f"{name}: {detail}" if detail else name


def contract_spec(contract: Any) -> TermSpec | None:
    """The term rules of a contract row (ORM object or a record with the same names)."""
    return spec_of(
        contract.start_date, contract.end_date,
        period_text(contract.initial_term_count, contract.initial_term_unit),
        contract.renewal,
        period_text(contract.renewal_term_count, contract.renewal_term_unit),
        contract.max_renewals, contract.final_end_date,
        period_text(contract.notice_period_count, contract.notice_period_unit),
        contract.notice_buffer_days, contract.notice_given_on, contract.notice_to,
        contract.holiday_country, contract.postal_days)


#: The columns the schedule needs: not whole contracts (notes, custom fields).
CONTRACT_COLUMNS = tuple(getattr(Contract, name) for name in (
    "id", "uid", "reference", "title", "start_date", "end_date", "renewal", "max_renewals",
    "final_end_date", "notice_buffer_days", "notice_given_on", "notice_to", "holiday_country",
    "postal_days", "confidential_until",
    "reminder_offsets", "initial_term_count", "initial_term_unit", "renewal_term_count",
    "renewal_term_unit", "notice_period_count", "notice_period_unit"))


def contract_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date,
    marks: Marks | None = None, indexed: bool = False, scope: Scope | None = None,
    seen: SeenAlerts | None = None,
) -> Iterator[tuple[Target, list[KeyDate], tuple[int, ...]]]:
    """Each running contract whose key dates can fall in the window, with those dates.

    ``indexed``: look only at contracts whose stored next reminder day has come
    (or is not known); ``marks`` collects each computed contract's next one;
    ``scope``: only its contracts; ``seen``: read the alerts of each contract looked at
    into it (and leave out of the next reminder days the key dates nothing more is
    raised of).
    """
    longest = max(settings.contract_offsets, default=0)
    reachable = or_(
        Contract.end_date >= start,
        and_(Contract.end_date.is_(None), Contract.initial_term_count.is_not(None)),
        and_(Contract.renewal == RenewalMode.AUTOMATIC.value,
             or_(Contract.final_end_date.is_(None), Contract.final_end_date >= start)),
        Contract.confidential_until.between(start, today + timedelta(days=MAX_OFFSET)),
    )
    running = Contract.status.not_in(ENDED)
    wanted = and_(running, reachable)
    query = select(*CONTRACT_COLUMNS, Contract.version_id, Contract.next_reminder_on,
                   case((running, True), else_=False).label("running"),
                   case((wanted, True), else_=False).label("wanted"))
    forget = marks is not None and marks.forget
    query = query.where(_due_row(Contract, today, forget) if indexed else wanted)
    if scope is not None:
        query = query.where(Contract.id.in_(sorted(scope.contracts)))
    rows = streamed_records(session, query)
    for chunk, done in _chunks_with_done(session, "contract", rows, today, seen):
        for contract in chunk:
            offsets, keys = _contract_keys(contract, settings, longest, start, today, marks,
                                           done.get(contract.uid, _NOTHING_DONE))
            if keys and contract.wanted:
                target = Target("contract", contract.uid, contract.id, None,
                                subject(contract.reference, contract.title))
                yield target, keys, offsets


def _contract_keys(contract: Any, settings: ReminderSettings, longest: int, start: date,
                   today: date, marks: Marks | None,
                   done: frozenset[tuple[str, date]] = _NOTHING_DONE,
                   ) -> tuple[tuple[int, ...], list[KeyDate]]:
    if not contract.running:
        _never(marks, "contracts", contract)
        return (), []
    try:
        offsets = clean_offsets(contract.reminder_offsets, settings.contract_offsets)
        last = today + timedelta(days=max(offsets, default=longest))
        spec = rolled_on(contract_spec(contract), start)
        # A contract whose reminder came due looks near first (most have another soon);
        # an unknown one (new, changed, the first check) mostly has none near: the long look.
        known = contract.next_reminder_on is not None and not (marks is not None and marks.forget)
        near = _near_look(spec, contract.confidential_until, offsets, start, today, last,
                          marks, done) if known else None
        if near is not None:
            found, day, skip = near
            if marks is not None:
                marks.contracts.append(_mark(contract.id, contract.version_id, day, skip))
            return offsets, [key for key in found if key.day <= last]
        ahead = plus_days(last, LOOKAHEAD_DAYS) if marks is not None else last
        try:
            found = contract_key_dates(spec, confidential_until=contract.confidential_until,
                                       first=start, last=ahead)
        except (DomainError, ValueError, OverflowError):
            if ahead == last:
                raise
            ahead, marks = last, None  # the further look failed: remind as before, store nothing
            found = contract_key_dates(spec, confidential_until=contract.confidential_until,
                                       first=start, last=last)
    except (DomainError, ValueError, OverflowError) as error:
        if contract.wanted:
            log.warning("no reminders for contract %s: %s", contract.uid, error)
        return (), []
    if marks is not None:
        day, skip = next_day_and_skip(_to_remind(found, done), offsets, today, ahead)
        marks.contracts.append(_mark(contract.id, contract.version_id, day, skip))
    return offsets, [key for key in found if key.day <= last]


#: (key kind, key date, the row's next reminder day once that key date is acknowledged).
Skip = tuple[str, date, date]


def _mark(row: int, version: int, day: date | None, skip: Skip | None,
          owner: dict[str, int] | None = None) -> dict[str, Any]:
    """A row's next reminder day to store (with its :data:`Skip`, when it has one; an
    obligation's with its ``owner``, see :func:`_owner`)."""
    mark: dict[str, Any] = {**(owner or {}), "row": row, "version": version, "day": day}
    if skip is not None:
        mark["skip"] = skip
    return mark


def next_day_and_skip(keys: list[KeyDate], offsets: tuple[int, ...], today: date,
                      known_to: date) -> tuple[date, Skip | None]:
    """:func:`next_reminder_day`, and the key date reminded of on that day with the row's
    next reminder day without it (None when no later day is won), in one pass.

    Once that key date is acknowledged nothing more is raised of it, so the row
    has nothing due before that later day: the check passes it over
    (:func:`passed_over`). The later day is a lower bound for good: every other
    key date reminds no earlier, and acknowledging is never undone.
    """
    if not offsets:
        return date.max, None
    bound = date.max if known_to == date.max else plus_days(known_to, 1 - max(offsets))
    ordered = sorted(keys, key=_key_day)  # keys are few
    ordinals = [key.day.toordinal() for key in ordered]
    best, base, count = bound.toordinal(), today.toordinal(), len(ordinals)
    firsts, first = [], -1
    for offset in offsets:
        # The first key date more than ``offset`` days after today.
        at = bisect_right(ordinals, base + offset)
        firsts.append(at)
        if at < count and ordinals[at] - offset < best:
            best, first = ordinals[at] - offset, at
    day = date.fromordinal(best)
    if first < 0 or not _by_key():
        return day, None  # the day is the look's bound, of no key date known
    kind, key_day = ordered[first].kind, ordered[first].day
    after = bound.toordinal()
    for offset, at in zip(offsets, firsts, strict=True):
        while at < count and ordered[at].day == key_day and ordered[at].kind is kind:
            at += 1
        if at < count and ordinals[at] - offset < after:
            after = ordinals[at] - offset
    return day, ((kind.value, key_day, date.fromordinal(after)) if after > best else None)


def _key_day(key: KeyDate) -> date:
    return key.day


def rolled_on(spec: TermSpec | None, first: date) -> TermSpec | None:
    """``spec`` with its terms starting at a renewal a term or so before ``first``: the
    same terms (and key dates) from there on, for a reminder window from ``first``.

    The term engine walks every renewal from a contract's start to the window (a
    monthly term running for ten years: 120 terms, each checked against its limits).
    The renewal is counted (:func:`chained_start_on_or_before`) instead: its start,
    its end as the engine gives it, the renewals left of ``max_renewals``. Only for
    an automatic renewal with no notice given (notice stops the renewals at a term
    its deadline decides) and no limit reached before ``first``; else ``spec``.
    """
    if (not JUMP_TERMS or spec is None or spec.renewal is not RenewalMode.AUTOMATIC
            or spec.notice_given_on is not None):
        return spec
    try:
        first_end, term = spec.first_term_end, spec.effective_renewal_term
        if first_end is None or term is None or first_end >= first:
            return spec
        renewal_start = first_end + ONE_DAY  # the first renewal's start
        final = spec.final_end_date
        found = chained_start_on_or_before(renewal_start, term,
                                           first if final is None else min(first, final))
        if found is None:
            return spec
        last, start = found[0] + 1, found[1]  # the last renewal starting by then
        if last >= JUMP_BELOW or (spec.max_renewals is not None and spec.max_renewals < last):
            return spec  # as the engine does it: walk (and give up where it gives up)
        # One term back: the engine then rolls on to the term it stops at by itself.
        back = chained_start_on_or_before(renewal_start, term, start - ONE_DAY)
        if back is None or back[0] + 1 < JUMP_FROM:
            return spec
        renewals, start = back[0] + 1, back[1]
        end = term_end(start, term)
        if final is not None:
            end = min(end, final)
        left = None if spec.max_renewals is None else spec.max_renewals - renewals
        return replace(spec, start_date=start, end_date=end, initial_term=None,
                       renewal_term=term, max_renewals=left)
    except (DomainError, ValueError, OverflowError):
        return spec  # the engine decides, as before


def _near_look(spec: TermSpec | None, confidential_until: date | None,
               offsets: tuple[int, ...], start: date, today: date, last: date,
               marks: Marks | None, done: frozenset[tuple[str, date]] = _NOTHING_DONE,
               ) -> tuple[list[KeyDate], date, Skip | None] | None:
    """A contract's key dates up to ``NEAR_DAYS`` past the window, its next reminder day
    and :data:`Skip`, when they settle that day; None: look ``LOOKAHEAD_DAYS`` ahead.

    The day from the key dates up to ``near`` is the one the longer look gives
    whenever it comes before the earliest day a later key date could give
    (:func:`next_reminder_day`'s bound): then the key dates after ``near`` are not
    needed. Most contracts looked at have a reminder within weeks, and rolling their
    terms 400 days on cost most of a check (monthly terms: a dozen terms each).
    """
    if marks is None or not offsets or not NEAR_LOOK:
        return None
    near = plus_days(last, NEAR_DAYS)
    if near == date.max:
        return None
    try:
        found = contract_key_dates(spec, confidential_until=confidential_until,
                                   first=start, last=near)
    except (DomainError, ValueError, OverflowError):
        return None  # the longer look decides, as before
    reminded = _to_remind(found, done)
    day, skip = next_day_and_skip(found, offsets, today, near)
    if day >= plus_days(near, 1 - max(offsets)):
        return None  # a key date after ``near`` could come first
    if reminded is not found:
        # Past the key dates nothing more is raised of, but no further than the near
        # look's bound (then looked at again): no long look for them. Never later than
        # the long look's day, which it equals unless capped.
        day, skip = next_day_and_skip(reminded, offsets, today, near)
    return found, day, skip


def obligation_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date,
    marks: Marks | None = None, indexed: bool = False, scope: Scope | None = None,
    seen: SeenAlerts | None = None,
) -> Iterator[tuple[Target, list[KeyDate], tuple[int, ...]]]:
    """Each open obligation (or occurrence of a series) due in the window.

    ``indexed``, ``marks``, ``scope`` (its obligations and those of its
    contracts) and ``seen`` as for :func:`contract_candidates`; indexed, the one-offs whose
    day :func:`fillable_one_offs` gives are left out.
    """
    longest = max(settings.obligation_offsets, default=0)
    due = Obligation.due_date
    in_window = or_(
        and_(Obligation.recurrence.is_(None), due.between(start, today + timedelta(days=longest))),
        and_(Obligation.recurrence.is_(None), Obligation.reminder_offsets.is_not(None),
             due.between(start, today + timedelta(days=MAX_OFFSET))),
        and_(Obligation.recurrence.is_not(None), due <= today + timedelta(days=MAX_OFFSET)),
    )
    running = and_(Obligation.status.in_(OPEN), Contract.status.not_in(ENDED))
    wanted = and_(running, in_window)
    query = (
        select(Obligation.id, Obligation.uid, Obligation.contract_id, Obligation.title,
               Obligation.due_date, Obligation.recurrence, Obligation.reminder_offsets,
               Obligation.version_id, Obligation.next_reminder_on, Contract.reference,
               Contract.version_id.label("contract_version"),
               Contract.title.label("contract_title"),
               case((running, True), else_=False).label("running"),
               case((wanted, True), else_=False).label("wanted"))
        .join(Contract, Contract.id == Obligation.contract_id)
    )
    forget = marks is not None and marks.forget
    query = query.where(_due_row(Obligation, today, forget) if indexed else wanted)
    bulk = BULK_FILLS and marks is not None
    if indexed and settings.obligation_offsets:
        fillable = _fillable(settings, start=start, today=today, forget=forget)
        # The bulk way fills those with no open alert (alerts to judge: computed here).
        query = query.where(~and_(fillable, no_open_alert()) if bulk else ~fillable)
    if indexed and bulk and marks is not None and scope is None:
        marks.idle_until = today
        query = query.where(~and_(~running, no_open_alert()))
    if scope is not None:
        query = query.where(or_(Obligation.id.in_(sorted(scope.obligations)),
                                Obligation.contract_id.in_(sorted(scope.contracts))))
    rows = streamed_records(session, query)
    schedules: dict[_ScheduleKey, _Schedule] = {}
    for chunk, done in _chunks_with_done(session, "obligation", rows, today, seen):
        for obligation in chunk:
            offsets, keys = _obligation_keys(obligation, settings, start, today, marks,
                                             done.get(obligation.uid, _NOTHING_DONE),
                                             schedules)
            if keys and obligation.wanted:
                target = Target("obligation", obligation.uid, obligation.contract_id,
                                obligation.id, subject(obligation.reference,
                                                       obligation.contract_title,
                                                       obligation.title))
                yield target, keys, offsets


#: What an obligation's reminders are computed from in one check: (first due date, rule,
#: the key dates nothing more is raised of), for an obligation with the register's offsets.
_ScheduleKey = tuple[date | None, str | None, frozenset[tuple[str, date]]]
#: What is computed from it: (offsets, its due dates in the window, its next reminder day,
#: its :data:`Skip`).
_Schedule = tuple[tuple[int, ...], tuple[KeyDate, ...], date | None, "Skip | None"]
#: At most this many kept per check (the first check over a register of one-offs due on
#: every day of a century would otherwise keep one for each).
SCHEDULES_KEPT = 65536


def _obligation_keys(obligation: Any, settings: ReminderSettings, start: date, today: date,
                     marks: Marks | None, done: frozenset[tuple[str, date]] = _NOTHING_DONE,
                     schedules: dict[_ScheduleKey, _Schedule] | None = None,
                     ) -> tuple[tuple[int, ...], list[KeyDate]]:
    """The offsets and due dates in the window of an obligation; its next reminder day
    into ``marks``.

    ``schedules``: what one check computed for obligations with the same first due
    date, rule and acknowledged due dates and the register's offsets (a register's
    monthly payments share a few first days: of the 8,130 obligations the
    benchmark's daily check looks at, 910 differ).
    """
    # Late one-offs due in the window or after are looked at by the overdue check anyway.
    if (marks is not None and (obligation.next_reminder_on is None or marks.forget)
            and not obligation.recurrence
            and obligation.running and obligation.due_date is not None
            and obligation.due_date < start):
        marks.unknown.append(obligation.id)
    if not obligation.running:
        _never(marks, "obligations", obligation)
        return (), []
    # Own offsets (rare) are JSON: such an obligation is computed on its own.
    kept = schedules if obligation.reminder_offsets is None else None
    key = (obligation.due_date, obligation.recurrence, done)
    schedule = None if kept is None else kept.get(key)
    if schedule is None:
        try:
            schedule = _schedule(obligation, settings, start, today, marks is not None, done)
        except (DomainError, ValueError, OverflowError) as error:
            if obligation.wanted:
                log.warning("no reminders for obligation %s: %s", obligation.uid, error)
            return (), []
        if kept is not None and len(kept) < SCHEDULES_KEPT:
            kept[key] = schedule
    offsets, keys, day, skip = schedule
    if marks is not None:
        marks.obligations.append(_mark(obligation.id, obligation.version_id, day, skip,
                                       _owner(obligation)))
    return offsets, list(keys)


def _schedule(obligation: Any, settings: ReminderSettings, start: date, today: date,
              next_day: bool, done: frozenset[tuple[str, date]]) -> _Schedule:
    offsets = clean_offsets(obligation.reminder_offsets, settings.obligation_offsets)
    last = today + timedelta(days=max(offsets, default=0))
    keys = obligation_key_dates(obligation.due_date, obligation.recurrence,
                                first=start, last=last)
    # A cut list (a series of every day) is taken whole: the days after it are unknown.
    reminded = _to_remind(keys, done) if len(keys) < OCCURRENCE_LIMIT else keys
    if not next_day:
        return offsets, tuple(keys), None, None
    day, skip = next_due_day_and_skip(obligation.due_date, obligation.recurrence, offsets,
                                      today, reminded, last, done)
    return offsets, tuple(keys), day, skip


def due_skip(first_due: date | None, rule: str | None, offsets: tuple[int, ...], today: date,
             day: date, done: frozenset[tuple[str, date]] = _NOTHING_DONE) -> Skip | None:
    """An obligation's :data:`Skip`: the due date reminded of on ``day`` (its next reminder
    day, ``done`` left out) and its next reminder day without that one (the general way,
    for a list of due dates cut short; see :func:`next_due_day_and_skip`)."""
    if not _by_key() or first_due is None or day == date.max or not offsets:
        return None
    for offset in sorted(offsets):
        due = plus_days(day, offset)
        if due != date.max and next_occurrence(first_due, rule, due) == due:
            break
    else:
        return None
    after = next_due_reminder(first_due, rule, offsets, today, done | {(_DUE, due)})
    return (_DUE, due, after) if after > day else None


def streamed_records(session: Session, query: Select[Any]) -> Iterator[Any]:
    """The rows of ``query`` as :func:`records`, 2,000 read at a time (Core rows: see
    :func:`~contract_desk.services.register.driver_records.column_rows`)."""
    return records(column_rows(session, query, yield_per=2000))


def records(result: Result[Any]) -> Iterator[Any]:
    """The rows of ``result`` as named tuples, read as they come.

    A field of a named tuple is read in a tenth of the time of a Row's attribute,
    and the schedule reads some twenty of each row (thousands of rows a day).
    """
    record = namedtuple("record", list(result.keys()))  # type: ignore[misc]
    return map(record._make, result)


def _never(marks: Marks | None, kind: str, row: Any) -> None:
    # Ended, met or waived: no reminders until its status changes, and that change
    # (of the obligation, or of its contract) clears the stored day (the models' hooks).
    if marks is not None:
        owner = _owner(row) if kind == "obligations" else {}
        getattr(marks, kind).append({**owner, "row": row.id, "version": row.version_id,
                                     "day": date.max})


def _owner(obligation: Any) -> dict[str, int]:
    # A change of the contract (ended, running again) also decides the obligation's day.
    return {"of_contract": obligation.contract_id, "of_version": obligation.contract_version}


def due_candidates(
    session: Session, settings: ReminderSettings, *, start: date, today: date,
    indexed: bool = False, marks: Marks | None = None, scope: Scope | None = None,
    seen: SeenAlerts | None = None,
) -> list[tuple[Target, list[KeyDate], list[Reminder], tuple[int, ...]]]:
    """(target, its key dates, reminders due in [start, today], offsets) for every target.

    Only reads. ``indexed``: only rows whose stored next reminder day is at most
    ``today`` (or unknown) are looked at; valid when every stored day was
    computed on or before ``start`` (the last check). The next reminder day of
    each row computed is kept in ``marks``, to be stored
    (:func:`contract_desk.services.reminders.days.store_marks`); ``seen``: the alerts
    of every row looked at are read into it.
    """
    marks = Marks() if marks is None else marks
    if indexed and scope is None:
        fillable_one_offs(session, settings, start=start, today=today, marks=marks)
        if _by_key() and not marks.forget:
            marks.passed_until = today  # the rows passed over: moved on when stored
    found = []
    for source in (contract_candidates, obligation_candidates):
        for target, keys, offsets in source(session, settings, start=start, today=today,
                                            marks=marks, indexed=indexed, scope=scope,
                                            seen=seen):
            found.append((target, keys, reminders_due(keys, offsets, start=start, today=today),
                          offsets))
    return found


def one_off_fill(settings: ReminderSettings, *, start: date, today: date) -> OneOffFill:
    """The fill of a check on ``today`` whose window starts on ``start``."""
    longest = max(settings.obligation_offsets)
    return OneOffFill(start, today + timedelta(days=longest), longest)


def _fillable(settings: ReminderSettings, *, start: date, today: date,
              forget: bool = False) -> ColumnElement[bool]:
    unknown = true() if forget else Obligation.next_reminder_on.is_(None)
    return and_(unknown, Obligation.recurrence.is_(None), Obligation.reminder_offsets.is_(None),
                one_off_fill(settings, start=start, today=today).due())


def fillable_one_offs(session: Session, settings: ReminderSettings, *, start: date,
                      today: date, marks: Marks) -> None:
    """The next reminder day of new one-off obligations due later, without computing them.

    After a big import every day is unknown; most obligations are one-off with
    the register's offsets, their first reminder day is simply the due date less
    the longest offset. Those due within reach of the window are computed as an
    unknown day would be; those due before the window stay unknown (their
    overdue reminder needs them, see alerts).
    """
    if not settings.obligation_offsets:
        return
    fill = one_off_fill(settings, start=start, today=today)
    if BULK_FILLS:
        # Nothing read: the fill picks its rows by the same conditions when stored (it
        # read the due dates to fill first, 0.8 s at 1,000,000 obligations; measured).
        marks.one_offs = fill
        return
    longest = timedelta(days=fill.shift)
    query = (select(Obligation.id, Obligation.version_id, Obligation.contract_id,
                    Obligation.due_date, Contract.version_id.label("contract_version"))
             .join(Contract, Contract.id == Obligation.contract_id)
             .where(_fillable(settings, start=start, today=today, forget=marks.forget)))
    for row in session.execute(query.execution_options(yield_per=5000)):
        marks.obligations.append({**_owner(row), "row": row.id, "version": row.version_id,
                                  "day": row.due_date - longest})


def fillable_now() -> ColumnElement[bool]:
    """The one-offs :func:`fillable_one_offs` fills, as they are when stored (the due
    dates are the fill's, ``OneOffFill.due``): day unknown, the register's offsets, no
    open alert."""
    return and_(Obligation.next_reminder_on.is_(None), Obligation.recurrence.is_(None),
                Obligation.reminder_offsets.is_(None), no_open_alert())


def idle_now(today: date) -> ColumnElement[bool]:
    """The obligations whose day ``Marks.idle_until`` fills, as they are now."""
    ended = select(Contract.id).where(Contract.id == Obligation.contract_id,
                                      Contract.status.in_(ENDED)).exists()
    return and_(_due(Obligation.next_reminder_on, today),
                or_(Obligation.status.not_in(OPEN), ended), no_open_alert())


def no_open_alert() -> ColumnElement[bool]:
    """The obligation has no open alert: nothing of it to withdraw, so its day follows
    from its columns alone (an open one is judged first, see ``plan._keep_judged_marks``)."""
    return ~select(Alert.id).where(Alert.obligation_id == Obligation.id,
                                   Alert.acknowledged_at.is_(None),
                                   Alert.withdrawn_at.is_(None)).exists()


def _due(column: Any, today: date, forget: bool = False) -> ColumnElement[bool]:
    return true() if forget else or_(column.is_(None), column <= today)


def _due_row(model: type[Contract] | type[Obligation], today: date,
             forget: bool = False) -> ColumnElement[bool]:
    """The rows a check on ``today`` looks at: their day unknown, or come and not
    :func:`passed_over`."""
    if forget or not _by_key():
        return _due(model.next_reminder_on, today, forget)
    return or_(model.next_reminder_on.is_(None),
               and_(model.next_reminder_on <= today, ~passed_over(model, today)))


def passed_over(model: type[Contract] | type[Obligation], today: date) -> ColumnElement[bool]:
    """Rows whose stored reminder day came, all of whose reminders up to ``today`` are of
    a key date nothing more is raised of (one of its alerts acknowledged, see
    :func:`next_day_and_skip`): their day after it is later than ``today``."""
    return and_(model.after_reminder_key_on > today, key_dealt_with(model))


def key_dealt_with(model: type[Contract] | type[Obligation]) -> ColumnElement[bool]:
    """Rows whose stored day is of a key date nothing more is raised of: one of its
    alerts acknowledged, none of them withdrawn unacknowledged (as SeenAlerts.done:
    such an alert can come back)."""
    target_type = "contract" if model is Contract else "obligation"
    of_key = (Alert.target_type == target_type, Alert.target_uid == model.uid,
              Alert.key_kind == model.next_reminder_kind,
              Alert.key_date == model.next_reminder_key)
    acknowledged = select(Alert.id).where(*of_key, Alert.acknowledged_at.is_not(None))
    back = select(Alert.id).where(*of_key, Alert.acknowledged_at.is_(None),
                                  Alert.withdrawn_at.is_not(None))
    return and_(acknowledged.exists(), ~back.exists())


def plus_days(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the calendar's ends instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def next_reminder_day(keys: list[KeyDate], offsets: tuple[int, ...], today: date,
                      known_to: date) -> date:
    """The first day after ``today`` a reminder of ``keys`` (all up to ``known_to``) is due.

    Key dates after ``known_to`` are unknown: the day returned is then no later
    than the earliest their reminders could be.
    """
    if not offsets:
        return date.max
    best = date.max if known_to == date.max else plus_days(known_to, 1 - max(offsets))
    ordinals = sorted(key.day.toordinal() for key in keys)
    for offset in offsets:
        # The first key date more than ``offset`` days after today (keys are few, sorted).
        at = bisect_right(ordinals, today.toordinal() + offset)
        if at < len(ordinals):
            best = min(best, date.fromordinal(ordinals[at] - offset))
    return best


def next_due_reminder_after(first_due: date | None, rule: str | None,
                            offsets: tuple[int, ...], today: date, keys: list[KeyDate],
                            last: date) -> date:
    """The day of :func:`next_due_day_and_skip`."""
    return next_due_day_and_skip(first_due, rule, offsets, today, keys, last)[0]


def next_due_day_and_skip(first_due: date | None, rule: str | None, offsets: tuple[int, ...],
                          today: date, keys: list[KeyDate], last: date,
                          done: frozenset[tuple[str, date]] = _NOTHING_DONE,
                          ) -> tuple[date, Skip | None]:
    """:func:`next_due_reminder` and its :data:`Skip` (see :func:`next_day_and_skip`),
    given ``keys``: the obligation's due dates from the window's first day (at most
    ``today``) to ``last`` (``today`` plus the longest offset), ``done`` left out.

    The next due date after each offset's day is among them, or the first one after
    ``last``: one step of the recurrence instead of one per offset (and one more for
    the due date after the skipped one, when that lies past ``last``). Due dates past
    ``last`` are taken as not done: the days are never later than they should be.
    """
    if first_due is None or not offsets or len(keys) >= OCCURRENCE_LIMIT:
        day = next_due_reminder(first_due, rule, offsets, today)  # none, or a cut list
        return day, due_skip(first_due, rule, offsets, today, day, done)
    ordinals = [key.day.toordinal() for key in keys]  # in date order
    count, base = len(ordinals), today.toordinal() + 1
    past: list[date | None] = []  # the due dates after ``last``, looked up once each

    def beyond(step: int) -> date | None:
        while len(past) <= step:
            if not past:
                past.append(next_occurrence(first_due, rule, plus_days(last, 1)))
                continue
            before = past[-1]
            past.append(None if before is None or before == date.max
                        else next_occurrence(first_due, rule, plus_days(before, 1)))
        return past[step]

    best, first = date.max, None
    picks = []
    for offset in offsets:
        at = bisect_left(ordinals, base + offset)
        due = keys[at].day if at < count else beyond(0)
        picks.append((offset, at))
        if due is not None and due != date.max and due - timedelta(days=offset) < best:
            best, first = due - timedelta(days=offset), due
    if first is None or not _by_key():
        return best, None
    after = date.max
    for offset, at in picks:
        # The due date of this offset, or the one after it when it is the skipped one.
        due = keys[at].day if at < count else beyond(0)
        if due == first:
            due = (keys[at + 1].day if at + 1 < count else beyond(0)) if at < count else beyond(1)
        if due is not None and due != date.max:
            after = min(after, due - timedelta(days=offset))
    return best, ((_DUE, first, after) if after > best else None)


def next_due_reminder(first_due: date | None, rule: str | None, offsets: tuple[int, ...],
                      today: date, done: frozenset[tuple[str, date]] = _NOTHING_DONE) -> date:
    """The first day after ``today`` a reminder of an obligation's due dates is due
    (``done``: past the due dates nothing more is raised of, see SeenAlerts.done)."""
    best = date.max
    if first_due is None:
        return best
    for offset in offsets:
        due = next_occurrence(first_due, rule, plus_days(today, 1 + offset))
        while due is not None and due != date.max and (_DUE, due) in done:
            due = next_occurrence(first_due, rule, due + timedelta(days=1))
        if due is not None and due != date.max:
            best = min(best, due - timedelta(days=offset))
    return best
