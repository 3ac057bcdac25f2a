"""Key dates already acknowledged are left out of the next reminder day: same alerts.

A check raises nothing more of a key date one of whose alerts was acknowledged
(at any offset), unless an alert of it withdrawn unacknowledged comes back.
``scan.SKIP_ACKNOWLEDGED`` leaves such key dates out of a row's next reminder
day, so the row is not looked at on the days of their later offsets. Three
copies of one register are checked day after day (three weeks, month ends,
2028-02-29, jumps), with the same edits in between (terms changed, notice
given, contracts ended and running again, obligations met and back, offsets
changed, half the open alerts acknowledged every other day): one skipping, one
not, one by full scans. Every alert (raised, withdrawn, revived, escalated)
must be the same; the skipping copy must look at fewer rows; and the
register check of the reminder index must find no stored day too late.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services import (
    add_obligation,
    create_contract,
    update_contract,
    update_obligation,
)
from contract_desk.services.checking.reminder_index import check_index
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.bulk_change import bulk_set_status
from contract_desk.services.register.obligations import mark_obligation
from contract_desk.services.reminders import actions, days, scan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check, save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
START = date(2028, 1, 20)
DAYS = (*(START + timedelta(days=n) for n in range(21)),
        date(2028, 2, 27), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1),
        date(2028, 3, 2), date(2028, 3, 31), date(2028, 4, 1), date(2028, 5, 15),
        date(2028, 8, 31), date(2028, 9, 1), date(2029, 1, 1), date(2029, 1, 2))
SHAPES: tuple[dict[str, Any], ...] = (
    {"initial_term": "1 month", "renewal": "automatic", "renewal_term": "1 month",
     "notice_period": "10 days"},
    {"initial_term": "1 month", "renewal": "automatic", "renewal_term": "1 month",
     "notice_period": "5 business days", "notice_to": "month_end"},
    {"initial_term": "3 months", "renewal": "automatic", "renewal_term": "2 months",
     "notice_period": "1 month", "notice_buffer_days": 3, "postal_days": 2,
     "reminder_offsets": [45, 20, 5, 0]},
    {"initial_term": "6 months", "renewal": "automatic", "renewal_term": "6 months",
     "notice_period": "3 months", "notice_to": "quarter_end", "max_renewals": 3},
    {"initial_term": "1 year", "renewal": "option", "renewal_term": "1 year",
     "notice_period": "60 days"},
    {"end_date": "plus:70", "notice_period": "30 days", "reminder_offsets": [120, 2]},
    {"initial_term": "1 month", "renewal": "automatic", "renewal_term": "1 month",
     "notice_period": "10 days", "reminder_offsets": [200, 1]},
)


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=40, seed=9, today=START)
        for number in range(35):
            shape = dict(SHAPES[number % len(SHAPES)])
            if shape.get("end_date") == "plus:70":
                shape["end_date"] = START + timedelta(days=70 + number)
            contract = create_contract(session, {
                "title": f"Short {number}", "start_date": START - timedelta(days=17 * number),
                **shape}, user=USER)
            for offset, extra in ((9 + number % 5, {}), (40 + number, {}),
                                  (-20 - number, {"recurrence": "FREQ=MONTHLY"}),
                                  (-3, {"recurrence": "FREQ=WEEKLY;INTERVAL=2"}),
                                  (30, {"reminder_offsets": [25, 10, 1]})):
                add_obligation(session, contract.uid, {
                    "kind": "payment", "title": f"Fee {offset}", "owner": "Kari",
                    "due_date": START + timedelta(days=offset), **extra}, user=USER)
        record_check(session, START - timedelta(days=1))
    return register


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Register, Register, Register]]:
    made = [_register(tmp_path / f"{name}.sqlite3") for name in ("skip", "every", "full")]
    yield made[0], made[1], made[2]
    for register in made:
        register.close()


def _edit(register: Register, step: int, today: date, by_action: bool = False) -> None:
    """The same edits in each register (rows picked by id: the copies share them).
    ``by_action``: alerts acknowledged as a person does (``actions.acknowledge``, which
    moves the row on), else straight into the table (the check moves it on)."""
    with register.transaction() as session:
        contracts = list(session.execute(
            select(Contract.uid, Contract.version_id,
                   (Contract.end_date.is_not(None) | Contract.initial_term_count.is_not(None))
                   .label("termed"))
            .where(Contract.status.in_(("active", "draft"))).order_by(Contract.id)))
        if step % 5 == 1:
            for number, (uid, version, termed) in enumerate(contracts[step % 7::9]):
                changes: dict[str, Any] = (
                    {"notice_given_on": today} if number % 3 == 0 else
                    {"notice_period": "20 days", "renewal_term": "2 months",
                     "renewal": "automatic"} if number % 3 == 1 and termed else
                    {"confidential_until": today + timedelta(days=5 + step)})
                update_contract(session, uid, changes, expected_version=version, user=USER,
                                approvals=False)
        if step % 3 == 2:
            obligations = list(session.execute(
                select(Obligation.uid, Obligation.version_id, Obligation.status)
                .order_by(Obligation.id)))
            for uid, version, status in obligations[step::19]:
                new = "scheduled" if status != "scheduled" else "met"
                mark_obligation(session, uid, new, expected_version=version, user=USER,
                                met_on=today if new == "met" else None)
        if step in (4, 25):
            bulk_set_status(session, [uid for uid, *_ in contracts[step:step + 4]],
                            "terminated", user=USER)
        if step in (8, 27):
            ended = list(session.scalars(select(Contract.uid).where(
                Contract.status == "terminated").order_by(Contract.id).limit(3)))
            bulk_set_status(session, ended, "active", user=USER)
        if step == 23:
            save_reminder_settings(session, user=USER, contract_offsets=(60, 14, 2, 0))
        if step % 2 == 0:  # a person works through part of the inbox
            ids = list(session.scalars(select(Alert.id).where(
                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
                .order_by(Alert.contract_id, Alert.obligation_id, Alert.key_kind,
                          Alert.key_date, Alert.offset_days)))
            stamp = datetime.combine(today, time(17), tzinfo=UTC)
            if not by_action:
                session.execute(update(Alert).where(Alert.id.in_(ids[::2]))
                                .values(acknowledged_at=stamp, acknowledged_by=USER))
            for alert_id in ids[::2] if by_action else ():
                if session.scalar(select(Alert.acknowledged_at)
                                  .where(Alert.id == alert_id)) is None:
                    actions.acknowledge(session, alert_id, user=USER, now=stamp, today=today)


def _fired(register: Register) -> list[tuple[Any, ...]]:
    """Every alert with what became of it, in key order (a full scan stores in another)."""
    with register.reading() as session:
        return sorted(tuple(row) for row in session.execute(
            select(Alert.target_type, Alert.contract_id, Alert.obligation_id, Alert.key_kind,
                   Alert.key_date, Alert.offset_days, Alert.due_on,
                   Alert.acknowledged_at.is_not(None), Alert.withdrawn_at.is_not(None),
                   Alert.escalated_at.is_not(None))))


def _compare(trio: tuple[Register, Register, Register], monkeypatch: pytest.MonkeyPatch,
             in_steps: bool, flags: dict[str, dict[str, bool]],
             by_action: bool = False) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Check the trio day after day (the first two copies with ``flags`` set in ``scan``,
    the third by full scans) and require the same alerts; rows computed per copy."""
    skip, every, full = trio
    looked = {"skip": 0, "every": 0, "full": 0}
    now = ["skip"]
    originals = scan._contract_keys, scan._obligation_keys

    def counting(original: Any) -> Any:
        def counted(*args: Any) -> Any:
            looked[now[0]] += 1
            return original(*args)
        return counted

    monkeypatch.setattr(scan, "_contract_keys", counting(originals[0]))
    monkeypatch.setattr(scan, "_obligation_keys", counting(originals[1]))
    fired: list[tuple[Any, ...]] = []
    for step, today in enumerate(DAYS):
        for register in (skip, every, full):
            _edit(register, step, today, by_action)
        for register, name in ((skip, "skip"), (every, "every")):
            now[0] = name
            for flag, value in flags[name].items():
                monkeypatch.setattr(scan, flag, value)
            if in_steps:
                run_reminder_check(register, today=today)
            else:
                with register.transaction() as session:
                    check_reminders(session, today=today)
        now[0] = "full"
        for flag, value in flags["skip"].items():
            monkeypatch.setattr(scan, flag, value)
        with full.transaction() as session:
            check_reminders(session, today=today, full_scan=True)
        fired = _fired(skip)
        assert fired == _fired(every), today
        assert fired == _fired(full), today
        with skip.reading() as session:
            index = check_index(session)
        assert not index.findings, (today, index.findings)
    return looked, fired


@pytest.mark.parametrize("in_steps", [False, True], ids=["one transaction", "in steps"])
def test_skipping_acknowledged_key_dates_fires_the_same_alerts(
        trio: tuple[Register, Register, Register], monkeypatch: pytest.MonkeyPatch,
        in_steps: bool) -> None:
    looked, fired = _compare(trio, monkeypatch, in_steps, {
        "skip": {"SKIP_ACKNOWLEDGED": True, "SKIP_BY_KEY": False},
        "every": {"SKIP_ACKNOWLEDGED": False, "SKIP_BY_KEY": False}})
    assert looked["skip"] < looked["every"] * 0.9, looked  # fewer rows looked at
    assert sum(row[7] for row in fired) > 100  # many alerts acknowledged
    assert len(fired) > 400


@pytest.mark.parametrize("in_steps", [False, True], ids=["one transaction", "in steps"])
def test_passing_over_rows_by_their_acknowledged_key_date_fires_the_same_alerts(
        trio: tuple[Register, Register, Register], monkeypatch: pytest.MonkeyPatch,
        in_steps: bool) -> None:
    """A row whose day came only for a key date already acknowledged is passed over and
    moved on to its day after that key date (scan.passed_over), not computed again."""
    moved = []
    original = days.move_passed

    def counted(session: Any, today: date) -> None:
        before = _passed(session, today)
        original(session, today)
        moved.append(before - _passed(session, today))

    monkeypatch.setattr(days, "move_passed", counted)
    looked, fired = _compare(trio, monkeypatch, in_steps, {
        "skip": {"SKIP_ACKNOWLEDGED": True, "SKIP_BY_KEY": True},
        "every": {"SKIP_ACKNOWLEDGED": True, "SKIP_BY_KEY": False}})
    assert looked["skip"] < looked["every"] * 0.9, looked
    assert sum(moved) > 30, moved  # rows were passed over and moved on
    assert sum(row[7] for row in fired) > 100
    with trio[0].reading() as session:  # key dates stored, of both kinds of row
        for model in (Contract, Obligation):
            assert session.scalar(select(func.count()).select_from(model).where(
                model.next_reminder_key.is_not(None))), model


@pytest.mark.parametrize("in_steps", [False, True], ids=["one transaction", "in steps"])
def test_acknowledging_moves_its_row_on_so_the_check_has_none_to_move(
        trio: tuple[Register, Register, Register], monkeypatch: pytest.MonkeyPatch,
        in_steps: bool) -> None:
    """Acknowledged as a person does, a row whose stored day is of that key date is moved
    on to its day after it there and then (days.move_on_acknowledged): the same alerts
    are raised, no stored day is too late, and the check passes no row over."""
    by_person: list[int] = []
    by_check: list[int] = []
    on_acknowledge, on_check = days.move_on_acknowledged, days.move_passed

    def acknowledged(session: Any, targets: list[tuple[str, str]]) -> int:
        moved = on_acknowledge(session, targets)
        by_person.append(moved)
        return moved

    def checked(session: Any, today: date) -> None:
        by_check.append(_passed(session, today))
        on_check(session, today)

    monkeypatch.setattr(actions, "move_on_acknowledged", acknowledged)
    monkeypatch.setattr(days, "move_passed", checked)
    looked, fired = _compare(trio, monkeypatch, in_steps, {
        "skip": {"SKIP_ACKNOWLEDGED": True, "SKIP_BY_KEY": True},
        "every": {"SKIP_ACKNOWLEDGED": True, "SKIP_BY_KEY": False}}, by_action=True)
    assert looked["skip"] < looked["every"] * 0.9, looked
    assert sum(by_person) > 30, sum(by_person)  # rows moved on by acknowledging
    assert by_check and sum(by_check) == 0, by_check  # none left for the check to move
    assert sum(row[7] for row in fired) > 100


def _passed(session: Any, today: date) -> int:
    """How many rows are passed over on ``today`` (their day come, not yet moved)."""
    return sum(session.scalar(select(func.count()).select_from(model).where(
        model.next_reminder_on <= today, scan.passed_over(model, today)))
        for model in (Contract, Obligation))


def test_a_key_date_is_done_only_while_no_withdrawn_alert_of_it_can_come_back() -> None:
    day = date(2028, 3, 1)
    acknowledged = {("notice_deadline", day), ("term_end", day)}
    done = scan.SeenAlerts.done("c1", acknowledged, {("c1", "term_end", day)})
    assert done == frozenset({("notice_deadline", day)})
    assert scan.SeenAlerts.done("c2", acknowledged, {("c1", "term_end", day)}) == frozenset(
        acknowledged)


def test_an_acknowledged_due_date_is_passed_over_for_the_next_one() -> None:
    first = date(2028, 1, 10)
    today = date(2028, 3, 1)
    plain = scan.next_due_reminder(first, "FREQ=MONTHLY", (7, 0), today)
    assert plain == date(2028, 3, 3)  # 2028-03-10 less 7 days
    done = frozenset({("due", date(2028, 3, 10))})
    assert scan.next_due_reminder(first, "FREQ=MONTHLY", (7, 0), today, done) == date(
        2028, 4, 3)


def test_a_changed_row_forgets_the_key_date_it_was_passed_over_by(tmp_path: Path) -> None:
    """The key date and day after it are cleared with the day whenever a row changes: a
    day filled later (by statement) must never meet a key date of the row as it was."""
    register = open_register(tmp_path / "changed.sqlite3")
    start = date(2028, 1, 10)
    try:
        with register.transaction() as session:
            save_reminder_settings(session, user=USER, obligation_offsets=(7, 3, 0))
            contract = create_contract(session, {"title": "Cleaning", "start_date": start},
                                       user=USER)
            fee = add_obligation(session, contract.uid, {
                "kind": "payment", "title": "Fee", "owner": "Kari",
                "due_date": start + timedelta(days=10)},
                user=USER)
            record_check(session, start - timedelta(days=1))

        def check(day: date) -> list[tuple[date, int]]:
            with register.transaction() as session:
                run = check_reminders(session, today=day)
                return [(row.key_date, row.offset_days) for row in run.fired]

        def stored() -> tuple[Any, ...]:
            with register.reading() as session:
                return tuple(session.execute(select(
                    Obligation.next_reminder_on, Obligation.next_reminder_key,
                    Obligation.after_reminder_key_on).where(Obligation.uid == fee.uid)).one())

        assert check(start) == []
        assert check(start + timedelta(days=3)) == [(start + timedelta(days=10), 7)]
        # Its day is the 3-day reminder, of that due date; without it, none.
        assert stored() == (start + timedelta(days=7), start + timedelta(days=10), date.max)
        with register.transaction() as session:
            session.execute(update(Alert).values(
                acknowledged_at=datetime.combine(start, time(17), tzinfo=UTC),
                acknowledged_by=USER))
            version = session.scalar(select(Obligation.version_id)
                                     .where(Obligation.uid == fee.uid))
            assert version is not None
            update_obligation(session, fee.uid, {"due_date": start + timedelta(days=30)},
                              expected_version=version, user=USER)
        assert check(start + timedelta(days=4)) == []
        # Due later than the window: filled by statement, of no key date.
        assert stored() == (start + timedelta(days=23), None, None)
        assert check(start + timedelta(days=23)) == [(start + timedelta(days=30), 7)]
    finally:
        register.close()
