"""Obligations with the same first due date, rule and acknowledged dates are computed
once per check (``scan._obligation_keys``'s schedules): each gets what computing it
alone gives.

Two copies of one register, full of obligations that share first due dates and rules
(some with offsets of their own, some with a due date acknowledged), are checked day
after day: one as the check runs, one with every obligation computed on its own. Their
alerts and stored next reminder days must be the same every day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from contract_desk.models import Alert, Obligation
from contract_desk.services import add_obligation, create_contract
from contract_desk.services.reminders import scan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.settings import record_check
from contract_desk.storage import Register, open_register

USER = "tester"
START = date(2028, 1, 25)
DAYS = (*(START + timedelta(days=n) for n in range(12)), date(2028, 2, 29), date(2028, 3, 1),
        date(2028, 3, 31), date(2028, 4, 2))
RULES = (None, "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2")


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        for number in range(6):
            contract = create_contract(session, {"title": f"Supply {number}",
                                                 "start_date": START - timedelta(days=90)},
                                       user=USER)
            for shift in (2, 5, 20, 33):
                for rule in RULES:
                    for own in (None, [20, 1], [6]):
                        add_obligation(session, contract.uid, {
                            "kind": "payment", "title": f"Fee {shift} {rule} {own}",
                            "owner": "Kari", "due_date": START + timedelta(days=shift),
                            "recurrence": rule, "reminder_offsets": own}, user=USER)
        record_check(session, START - timedelta(days=1))
    return register


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Register, Register]]:
    made = [_register(tmp_path / f"{name}.sqlite3") for name in ("shared", "alone")]
    yield made[0], made[1]
    for register in made:
        register.close()


def _acknowledge_some(register: Register, today: date) -> None:
    # The same alerts in both copies: every third open one, in key order.
    with register.transaction() as session:
        ids = list(session.scalars(select(Alert.id).where(
            Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
            .order_by(Alert.obligation_id, Alert.key_kind, Alert.key_date, Alert.offset_days)))
        session.execute(update(Alert).where(Alert.id.in_(ids[::3])).values(
            acknowledged_at=datetime.combine(today, time(17), tzinfo=UTC),
            acknowledged_by=USER))


def _state(register: Register) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with register.reading() as session:
        alerts = sorted(tuple(row) for row in session.execute(select(
            Alert.obligation_id, Alert.key_kind, Alert.key_date, Alert.offset_days,
            Alert.due_on, Alert.acknowledged_at.is_not(None))))
        days = list(session.execute(select(Obligation.id, Obligation.next_reminder_on)
                                    .order_by(Obligation.id)))
        return alerts, [tuple(row) for row in days]


def test_obligations_computed_together_get_what_each_gets_alone(
        pair: tuple[Register, Register], monkeypatch: pytest.MonkeyPatch) -> None:
    shared, alone = pair
    together = scan._obligation_keys
    computed: dict[str, int] = {"shared": 0, "alone": 0}
    schedule = scan._schedule

    def counting(*args: Any) -> Any:
        if args[0].reminder_offsets is None:  # the register's offsets: shared
            computed[now[0]] += 1
        return schedule(*args)

    def one_by_one(*args: Any) -> Any:
        return together(*args[:6])  # without the check's schedules

    now = ["shared"]
    monkeypatch.setattr(scan, "_schedule", counting)
    for step, today in enumerate(DAYS):
        for register, name in ((shared, "shared"), (alone, "alone")):
            now[0] = name
            monkeypatch.setattr(scan, "_obligation_keys",
                                together if name == "shared" else one_by_one)
            with register.transaction() as session:
                check_reminders(session, today=today)
            if step % 2:
                _acknowledge_some(register, today)
        assert _state(shared) == _state(alone), today
    alerts, _days = _state(shared)
    assert len(alerts) > 300 and sum(row[5] for row in alerts) > 100
    assert {row[3] for row in alerts} >= {20, 6, 7, 3, 1, 0}  # own offsets and the register's
    # Six contracts' obligations share each first due date and rule: computed once.
    assert computed["shared"] * 4 < computed["alone"], computed
