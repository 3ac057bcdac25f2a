"""Is the reminder index right? Its stored days against a recomputation, and a dry run.

The indexed reminder check looks only at rows whose stored next reminder day
(``next_reminder_on``) has come. A stored day later than the first reminder
really due after the last check hides that reminder until then: that is the
fault looked for. An earlier day only costs work (the row is looked at sooner).
Key dates one of whose alerts was acknowledged remind of nothing more and are
left out, as the check leaves them out. The day stored for after the key date a
row's day is of (the check passes the row over by it once that key date is
acknowledged) is held to the same: never later than a recomputation without it.
Then both checks are tried in a transaction that is rolled back: every alert
the full scan would raise today must be raised by the indexed check too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.reminders import clean_offsets, contract_key_dates
from contract_desk.i18n import N_, _
from contract_desk.i18n.formats import day_text, number_text
from contract_desk.models import Contract, Obligation, RegisterSetting
from contract_desk.services.checking.report import PROBLEM, CheckResult, Finding
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.scan import (
    ALERTS_CHUNK,
    ENDED,
    LOOKAHEAD_DAYS,
    OPEN,
    SCAN_OFFSETS,
    SeenAlerts,
    contract_spec,
    next_due_reminder,
    next_reminder_day,
    plus_days,
    subject,
)
from contract_desk.services.reminders.settings import (
    ReminderSettings,
    last_check,
    reminder_settings,
)
from contract_desk.storage import Register

INDEX, DRY_RUN = N_("reminder index"), N_("reminder dry run")
_CONTRACT_FIELDS = (
    "uid", "reference", "title", "start_date", "end_date", "renewal", "max_renewals",
    "final_end_date", "notice_buffer_days", "notice_given_on", "notice_to", "holiday_country",
    "postal_days", "confidential_until", "reminder_offsets",
    "initial_term_count", "initial_term_unit", "renewal_term_count", "renewal_term_unit",
    "notice_period_count", "notice_period_unit", "next_reminder_on", "next_reminder_kind",
    "next_reminder_key", "after_reminder_key_on")


def check_index(session: Session) -> CheckResult:
    """Compare every stored next reminder day with one computed now from the current dates."""
    settings = reminder_settings(session)
    checked = last_check(session)
    if checked is None:
        return CheckResult(INDEX, _("the reminder index is not in use yet (reminders were "
                                    "never checked)"))
    if not _offsets_match(session, settings):
        return CheckResult(INDEX, _("the reminder index is computed again at the next check "
                                    "(the reminder offsets changed)"))
    findings = [*_late_contract_days(session, settings, checked),
                *_late_obligation_days(session, settings, checked)]
    return CheckResult(INDEX, _("every stored next reminder day agrees with a recomputation "
                                "from the dates (as of the last check, {checked})").format(
                                    checked=day_text(checked)), tuple(findings))


def _offsets_match(session: Session, settings: ReminderSettings) -> bool:
    setting = session.get(RegisterSetting, SCAN_OFFSETS)
    wanted = {"contract": list(settings.contract_offsets),
              "obligation": list(settings.obligation_offsets)}
    return setting is not None and setting.value == wanted


def _late_contract_days(session: Session, settings: ReminderSettings,
                        checked: date) -> Iterator[Finding]:
    query = (select(*(getattr(Contract, name) for name in _CONTRACT_FIELDS))
             .where(Contract.next_reminder_on.is_not(None), Contract.status.not_in(ENDED)))
    longest = max(settings.contract_offsets, default=0)
    for row, done in _with_done(session, "contract", query, checked):
        try:
            offsets = clean_offsets(row.reminder_offsets, settings.contract_offsets)
            ahead = plus_days(checked, max(offsets, default=longest) + LOOKAHEAD_DAYS)
            found = contract_key_dates(contract_spec(row), first=checked, last=ahead,
                                       confidential_until=row.confidential_until)
            # Key dates nothing more is raised of (acknowledged) remind of nothing.
            found = [key for key in found if (key.kind.value, key.day) not in done]
            expected = next_reminder_day(found, offsets, checked, ahead)
            passed = _without_key(row, done)
            after = None if passed is None else next_reminder_day(
                [key for key in found if (key.kind.value, key.day) not in passed],
                offsets, checked, ahead)
        except (DomainError, ValueError, OverflowError):
            continue  # no reminders can be computed for it: the check skips it too
        if row.next_reminder_on > expected:
            yield _late(subject(row.reference, row.title), row.next_reminder_on, expected)
        if after is not None and row.after_reminder_key_on > after:
            yield _late_after(subject(row.reference, row.title), row, after)


def _without_key(row: Any, done: frozenset[tuple[str, date]]
                 ) -> frozenset[tuple[str, date]] | None:
    """``done`` and the key date the row's stored day is of (None: none stored)."""
    if row.next_reminder_key is None or row.after_reminder_key_on is None:
        return None
    return done | {(row.next_reminder_kind, row.next_reminder_key)}


def _with_done(session: Session, target_type: str, query: Select[Any], checked: date
               ) -> Iterator[tuple[Any, frozenset[tuple[str, date]]]]:
    """Each row of ``query`` with its key dates after ``checked`` that nothing more is
    raised of (the reminder check leaves them out of the next reminder day)."""
    rows = iter(column_rows(session, query, yield_per=2000))
    while chunk := list(islice(rows, ALERTS_CHUNK)):
        seen = SeenAlerts(set(), checked)
        done = seen.read(session, target_type, [row.uid for row in chunk], checked)
        for row in chunk:
            yield row, done.get(row.uid, frozenset())


def _late_obligation_days(session: Session, settings: ReminderSettings,
                          checked: date) -> Iterator[Finding]:
    query = (select(Obligation.uid, Obligation.title, Obligation.due_date, Obligation.recurrence,
                    Obligation.reminder_offsets, Obligation.next_reminder_on,
                    Obligation.next_reminder_kind, Obligation.next_reminder_key,
                    Obligation.after_reminder_key_on, Contract.reference,
                    Contract.title.label("contract_title"))
             .join(Contract, Contract.id == Obligation.contract_id)
             .where(Obligation.next_reminder_on.is_not(None), Obligation.status.in_(OPEN),
                    Contract.status.not_in(ENDED)))
    for row, done in _with_done(session, "obligation", query, checked):
        try:
            offsets = clean_offsets(row.reminder_offsets, settings.obligation_offsets)
            expected = next_due_reminder(row.due_date, row.recurrence, offsets, checked, done)
            passed = _without_key(row, done)
            after = None if passed is None else next_due_reminder(
                row.due_date, row.recurrence, offsets, checked, passed)
        except (DomainError, ValueError, OverflowError):
            continue
        name = subject(row.reference, row.contract_title, row.title)
        if row.next_reminder_on > expected:
            yield _late(name, row.next_reminder_on, expected)
        if after is not None and row.after_reminder_key_on > after:
            yield _late_after(name, row, after)


def _late(name: str, stored: date, expected: date) -> Finding:
    shown = _("never") if stored == date.max else day_text(stored)
    return Finding(INDEX, PROBLEM, _("{name}: its next reminder day is stored as {shown}, but "
                                     "a reminder falls due on {expected}; the reminder check "
                                     "would not look at it until then").format(
                                         name=name, shown=shown,
                                         expected=day_text(expected)))


def _late_after(name: str, row: Any, expected: date) -> Finding:
    shown = _("never") if row.after_reminder_key_on == date.max else day_text(
        row.after_reminder_key_on)
    return Finding(INDEX, PROBLEM, _("{name}: once its key date {key} is acknowledged, its "
                                     "next reminder day is stored as {shown}, but a reminder "
                                     "falls due on {expected}; the reminder check would pass "
                                     "it over until then").format(
                                         name=name, key=day_text(row.next_reminder_key),
                                         shown=shown, expected=day_text(expected)))


def dry_run(register: Register, today: date) -> CheckResult:
    """Run the indexed and the full-scan reminder check, both rolled back, and compare."""
    with _rolled_back(register) as session:
        checked = last_check(session)
        if checked is None or checked > today:
            return CheckResult(DRY_RUN, _("no dry run needed: the next reminder check looks at "
                                          "every contract and obligation"))
        indexed = _fired(session, today, full_scan=False)
        full = _fired(session, today, full_scan=True)
    missed = sorted(full - indexed, key=lambda key: (key[3], key[0], key[1]))
    findings = tuple(
        Finding(DRY_RUN, PROBLEM, _("the reminder check would miss today's {kind} reminder of "
                                    "{target} {uid} (key date {day}, {offset} days before) "
                                    "that a full scan raises").format(
                                        kind=kind, target=target, uid=uid, day=day_text(day),
                                        offset=offset))
        for target, uid, kind, day, offset in missed)
    return CheckResult(DRY_RUN, _("a trial reminder check for {today} (rolled back) raises "
                                  "every alert a full scan raises ({count})").format(
                                      today=day_text(today), count=number_text(len(full))),
                       findings)


def _fired(session: Session, today: date, *, full_scan: bool) -> set[tuple[Any, ...]]:
    trial = session.begin_nested()
    try:
        run = check_reminders(session, today=today, full_scan=full_scan)
        return {(row.target_type, row.target_uid, row.kind, row.key_date, row.offset_days)
                for row in run.fired}
    finally:
        trial.rollback()


@contextmanager
def _rolled_back(register: Register) -> Iterator[Session]:
    # A write transaction (on SQLite it waits for the write lock first, so both
    # trial runs see the same register), rolled back whatever happens.
    with register.session_factory() as session:
        try:
            yield session
        finally:
            session.rollback()
