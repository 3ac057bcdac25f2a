"""The faster paths of the reminder check give exactly what the plain ones gave.

Each speed-up (day numbers in ``reminders_due``, alerts read as columns for the
report, stored keys read as flags) is compared with a plain reference, over a
generated register at several frozen "today"s: month ends and 2028-02-29.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from contract_desk.domain.recurrence import occurrences
from contract_desk.domain.reminders import (
    KeyDate,
    KeyKind,
    Reminder,
    obligation_key_dates,
    reminders_due,
)
from contract_desk.models import Alert
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders.inbox import (
    alert_row,
    alert_rows,
    alert_select,
    contract_alerts,
    open_alerts,
)
from contract_desk.services.reminders.notices import to_notify
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.plan import _stored_keys
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.scan import (
    next_due_day_and_skip,
    next_due_reminder,
    next_due_reminder_after,
)
from contract_desk.storage import Register

TODAYS = (date(2028, 1, 31), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1),
          date(2028, 3, 31), date(2028, 4, 30), date(2028, 12, 31))


def _plain_reminders_due(keys: Iterable[KeyDate], offsets: Sequence[int], *, start: date,
                         today: date) -> list[Reminder]:
    """reminders_due as it was written before (a Reminder for every pair, then filtered)."""
    due = []
    for key in keys:
        for offset in offsets:
            reminder = Reminder(key.kind, key.day, offset)
            if start <= reminder.due_on <= today:
                due.append(reminder)
    return sorted(due, key=lambda r: (r.due_on, r.key_date, r.kind))


@pytest.mark.parametrize("seed", range(8))
def test_reminders_due_is_the_plain_computation(seed: int) -> None:
    rng = random.Random(seed)
    kinds = list(KeyKind)
    for today in TODAYS:
        for back in (0, 1, 3, 40):
            start = today - timedelta(days=back)
            keys = [KeyDate(rng.choice(kinds), today + timedelta(days=rng.randint(-60, 120)))
                    for _ in range(rng.randint(0, 12))]
            keys += [KeyDate(KeyKind.DUE, date(2028, 2, 29)), KeyDate(KeyKind.TERM_END, today)]
            offsets = sorted(rng.sample(range(100), rng.randint(0, 6)), reverse=True)
            got = reminders_due(keys, offsets, start=start, today=today)
            assert got == _plain_reminders_due(keys, offsets, start=start, today=today)
    # Also the register's defaults, and a window that holds many of them.
    keys = [KeyDate(KeyKind.NOTICE_DEADLINE, date(2028, 3, 1) + timedelta(days=n))
            for n in range(0, 100, 3)]
    offsets = (90, 30, 14, 7, 3, 1, 0)
    window = {"start": date(2028, 1, 31), "today": date(2028, 2, 29)}
    found = reminders_due(keys, offsets, **window)
    assert found and found == _plain_reminders_due(keys, offsets, **window)


@pytest.fixture
def demo(register: Register) -> Register:
    with register.transaction() as session:
        generate_demo(session, count=80, seed=3, today=date(2028, 1, 15))
    return register


def _close_some(register: Register, today: date) -> None:
    """Acknowledge every third open alert and withdraw every fifth, as people and edits do."""
    stamp = datetime.combine(today, time(16, 0), tzinfo=UTC)
    with register.transaction() as session:
        ids = list(session.scalars(select(Alert.id).where(Alert.acknowledged_at.is_(None),
                                                          Alert.withdrawn_at.is_(None))))
        session.execute(update(Alert).where(Alert.id.in_(ids[::3]))
                        .values(acknowledged_at=stamp, acknowledged_by="tester"))
        session.execute(update(Alert).where(Alert.id.in_(ids[1::5]))
                        .values(withdrawn_at=stamp))


def test_the_report_reads_the_same_rows_as_the_inbox_query(demo: Register) -> None:
    compared = 0
    for today in TODAYS:
        with demo.transaction() as session:
            run = check_reminders(session, today=today)
        _close_some(demo, today)
        with demo.reading() as session:
            every = {record[0].id: alert_row(*record, today=today)
                     for record in session.execute(alert_select())}
            ids = sorted(every, reverse=True)  # in the order asked for, not the table's
            assert alert_rows(session, ids, today=today) == [every[i] for i in ids]
            scattered = [*ids[::3], 10**9]  # read by lists of ids, an id not there left out
            assert alert_rows(session, scattered, today=today) == [every[i] for i in ids[::3]]
            fired = [row.id for row in run.fired]
            assert alert_rows(session, fired, today=today) == [every[i] for i in fired]
            # The inbox, the notifications and the detail view read columns too.
            inbox = open_alerts(session, today=today)
            shown = [row for group in (inbox.overdue, inbox.today, inbox.upcoming,
                                       inbox.snoozed) for row in group]
            told = to_notify(session, Me("tester"), today=today)
            about = {row.contract_uid for row in shown[:5]}
            of_contracts = [row for uid in about
                            for row in contract_alerts(session, uid, today=today)]
            for rows in (shown, told, of_contracts):
                assert rows and rows == [every[row.id] for row in rows]
            compared += len(every)
    assert compared > 100


def _plain_stored_keys(register: Register, gone: set[int],
                       since: date = date.min) -> tuple[set, set, dict]:
    found: set = set()
    done: set = set()
    withdrawn: dict = {}
    with register.reading() as session:
        for alert in session.scalars(select(Alert).where(Alert.key_date >= since)):
            key = (alert.target_type, alert.target_uid, alert.key_kind, alert.key_date,
                   alert.offset_days)
            found.add(key)
            if alert.acknowledged_at is not None:
                done.add(key[:4])
            elif alert.withdrawn_at is not None or alert.id in gone:
                withdrawn[key] = (alert.id, alert.contract_id, alert.obligation_id)
    return found, done, withdrawn


def test_stored_keys_tell_acknowledged_and_withdrawn_as_before(demo: Register) -> None:
    for today in TODAYS[:3]:
        with demo.transaction() as session:
            check_reminders(session, today=today)
        _close_some(demo, today)
    with demo.reading() as session:
        targets = [(kind, uid) for kind, uid in
                   session.execute(select(Alert.target_type, Alert.target_uid))]
        gone = set(session.scalars(select(Alert.id).where(Alert.acknowledged_at.is_(None))
                                   .limit(7)))
        got = _stored_keys(session, targets, gone)
    expected = _plain_stored_keys(demo, gone)
    assert got == expected
    assert expected[1] and expected[2]  # some acknowledged, some withdrawn: both compared
    # From a day on (what a check asks for: the key dates of its window and later).
    since = TODAYS[1]
    with demo.reading() as session:
        got = _stored_keys(session, targets, gone, since=since)
    later = _plain_stored_keys(demo, gone, since)
    assert got == later
    assert later[0] and len(later[0]) < len(expected[0])  # some left out, some kept
    assert later[1] and later[2]


RULES = (None, "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY", "FREQ=WEEKLY",
         "FREQ=DAILY;INTERVAL=2", "FREQ=MONTHLY;COUNT=5", "FREQ=MONTHLY;UNTIL=20280315",
         "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=WEEKLY;BYDAY=MO,FR", "FREQ=DAILY")


def _windows(rule: str | None, seed: str, firsts: tuple[date, ...]
             ) -> Iterator[tuple[date, date, tuple[int, ...], date, list[KeyDate]]]:
    """(today, first due date, offsets, the window's last day, the due dates in the
    window) over the test days, first due dates and offsets (some random)."""
    rng = random.Random(seed)
    for today in TODAYS:
        for first_due in firsts:
            for offsets in ((7, 3, 0), (0,), (40, 0), (90, 30, 14, 7, 3, 1, 0),
                            tuple(sorted(rng.sample(range(60), 3), reverse=True))):
                start = today - timedelta(days=rng.choice((0, 1, 5, 45)))
                last = today + timedelta(days=max(offsets))
                yield (today, first_due, offsets, last,
                       obligation_key_dates(first_due, rule, first=start, last=last))


@pytest.mark.parametrize("rule", RULES)
def test_the_next_due_reminder_from_the_window_is_the_plain_one(rule: str | None) -> None:
    firsts = (date(2027, 1, 31), date(2028, 2, 29), date(2027, 12, 31), date(2028, 3, 1),
              date(2028, 2, 10), date(2029, 6, 30))
    compared = 0
    for today, first_due, offsets, last, keys in _windows(rule, str(rule), firsts):
        got = next_due_reminder_after(first_due, rule, offsets, today, keys, last)
        assert got == next_due_reminder(first_due, rule, offsets, today), (
            first_due, today, offsets)
        compared += got != date.max
    assert compared > 50


@pytest.mark.parametrize("rule", RULES)
def test_the_day_after_the_first_due_date_is_the_plain_one_without_it(rule: str | None) -> None:
    """``next_due_day_and_skip``: the due date the next reminder day is of, and the next
    reminder day without it, as ``next_due_reminder`` gives it with that date done
    (exactly, nothing else done; never later, with due dates in the window done)."""
    firsts = (date(2027, 1, 31), date(2028, 2, 29), date(2027, 12, 31), date(2028, 3, 1))
    skipped = 0
    for today, first_due, offsets, last, keys in _windows(rule, f"skip {rule}", firsts):
        done = frozenset(("due", key.day) for key in keys[1::3] if key.day > today)
        for acknowledged in (frozenset(), done):
            left = [key for key in keys if ("due", key.day) not in acknowledged]
            day, skip = next_due_day_and_skip(first_due, rule, offsets, today, left, last,
                                              acknowledged)
            assert day <= next_due_reminder(first_due, rule, offsets, today, acknowledged)
            if not acknowledged:
                assert day == next_due_reminder(first_due, rule, offsets, today)
            if skip is None:
                continue
            kind, due, after = skip
            assert kind == "due" and due - day in [timedelta(days=o) for o in offsets]
            assert occurrences(first_due, rule, due, due) == [due]
            plain = next_due_reminder(first_due, rule, offsets, today,
                                      acknowledged | {("due", due)})
            assert after > day and (after == plain if not acknowledged
                                    else after <= plain), (first_due, today, offsets)
            skipped += 1
    assert skipped > (0 if rule == "FREQ=DAILY" else 20), skipped
