"""A contract's next reminder day found by looking near first is the day the long look gives.

The check first rolls a contract's terms only ``scan.NEAR_DAYS`` past its reminder
window (``scan.NEAR_LOOK``), and looks ``LOOKAHEAD_DAYS`` ahead only when a later
key date could still come first. Two copies of one register (the demo's contracts
and short terms of every kind: monthly renewals, month-end notice, own offsets,
confidentiality ends, options, fixed ends) are checked on consecutive days, at month
ends, on 2028-02-29 and across jumps, with the same edits in between (dates and terms
changed, notice given, ended and running again, alerts acknowledged, the register's
offsets changed): one looking near first, one always far. Every alert and every stored
next reminder day must be the same, and both ways must fire what a full scan fires.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from contract_desk.models import Alert, Contract
from contract_desk.services import create_contract, update_contract
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.bulk_change import bulk_set_status
from contract_desk.services.reminders import scan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check, save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
START = date(2028, 1, 20)
#: Three weeks day after day (the near look is for days already known), then month
#: ends, the leap day, a renewal day of the monthly contracts, jumps of weeks and months.
DAYS = (*(START + timedelta(days=n) for n in range(22)),
        date(2028, 2, 14), date(2028, 2, 15), date(2028, 2, 28), date(2028, 2, 29),
        date(2028, 3, 1), date(2028, 3, 2), date(2028, 3, 31), date(2028, 4, 1),
        date(2028, 4, 2), date(2028, 5, 15), date(2028, 5, 16), date(2028, 8, 31),
        date(2028, 9, 1), date(2028, 12, 31), date(2029, 1, 1), date(2029, 1, 2))
#: Short and odd terms besides the demo's (yearly ones mostly).
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
    {"initial_term": "2 months", "renewal": "automatic", "renewal_term": "1 month",
     "notice_period": "2 weeks", "reminder_offsets": []},
    {"initial_term": "1 month", "renewal": "automatic", "renewal_term": "1 month",
     "notice_period": "10 days", "reminder_offsets": [200, 1]},
)


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=50, seed=5, today=START)
        for number in range(48):
            shape = dict(SHAPES[number % len(SHAPES)])
            start = START - timedelta(days=17 * number)
            if shape.get("end_date") == "plus:70":
                shape["end_date"] = START + timedelta(days=70 + number)
            create_contract(session, {
                "title": f"Short {number}", "start_date": start,
                "confidential_until": START + timedelta(days=11 * number) if number % 3 == 0
                else None, **shape}, user=USER)
        record_check(session, START - timedelta(days=1))
    return register


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Register, Register, Register]]:
    made = [_register(tmp_path / f"{name}.sqlite3") for name in ("near", "far", "full")]
    yield made[0], made[1], made[2]
    for register in made:
        register.close()


def _edit(register: Register, step: int, today: date) -> None:
    """The same edits in each register (rows picked by id: the copies share them)."""
    with register.transaction() as session:
        contracts = list(session.execute(
            select(Contract.uid, Contract.version_id,
                   (Contract.end_date.is_not(None) | Contract.initial_term_count.is_not(None))
                   .label("termed"))
            .where(Contract.status.in_(("active", "draft"))).order_by(Contract.id)))
        if step % 4 == 1:  # terms changed, notice given, a new end
            for number, (uid, version, termed) in enumerate(contracts[step % 7::11]):
                changes: dict[str, Any] = (
                    {"notice_given_on": today} if number % 3 == 0 else
                    {"notice_period": "20 days", "renewal_term": "2 months",
                     "renewal": "automatic"} if number % 3 == 1 and termed else
                    {"confidential_until": today + timedelta(days=5 + step)})
                update_contract(session, uid, changes, expected_version=version, user=USER,
                                approvals=False)
        if step in (3, 30):
            bulk_set_status(session, [uid for uid, *_ in contracts[step:step + 4]],
                            "terminated", user=USER)
        if step in (9, 33):
            ended = list(session.scalars(select(Contract.uid).where(
                Contract.status == "terminated").order_by(Contract.id).limit(3)))
            bulk_set_status(session, ended, "active", user=USER)
        if step == 26:
            save_reminder_settings(session, user=USER, contract_offsets=(60, 14, 2, 0))
        if step % 2 == 0:  # a person works through part of the inbox
            ids = list(session.scalars(select(Alert.id).where(
                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
                # Not by id: the full scan stores its alerts in another order.
                .order_by(Alert.contract_id, Alert.obligation_id, Alert.key_kind,
                          Alert.key_date, Alert.offset_days)))
            stamp = datetime.combine(today, time(17), tzinfo=UTC)
            session.execute(update(Alert).where(Alert.id.in_(ids[::2]))
                            .values(acknowledged_at=stamp, acknowledged_by=USER))


def _state(register: Register) -> dict[str, list[Any]]:
    with register.reading() as session:
        return {
            "alerts": [tuple(row) for row in session.execute(
                select(Alert.id, Alert.target_type, Alert.contract_id, Alert.obligation_id,
                       Alert.key_kind, Alert.key_date, Alert.offset_days, Alert.due_on,
                       Alert.acknowledged_at.is_not(None), Alert.withdrawn_at.is_not(None),
                       Alert.escalated_at.is_not(None)).order_by(Alert.id))],
            "contracts": [tuple(row) for row in session.execute(
                select(Contract.id, Contract.next_reminder_on).order_by(Contract.id))],
        }


def _fired(register: Register) -> list[tuple[Any, ...]]:
    """Every alert with what became of it, in key order (a full scan stores in another)."""
    return sorted(row[1:] for row in _state(register)["alerts"])


@pytest.mark.parametrize("skip", [False, True],
                         ids=["every key date", "acknowledged key dates left out"])
@pytest.mark.parametrize("in_steps", [False, True], ids=["one transaction", "in steps"])
def test_looking_near_first_stores_and_fires_what_the_long_look_does(
        pair: tuple[Register, Register, Register], monkeypatch: pytest.MonkeyPatch,
        in_steps: bool, skip: bool) -> None:
    near, far, full = pair
    # Leaving acknowledged key dates out of the days (scan.SKIP_ACKNOWLEDGED) looks at
    # fewer rows: fewer near looks to count.
    monkeypatch.setattr(scan, "SKIP_ACKNOWLEDGED", skip)
    # Rows passed over by their acknowledged key date (scan.SKIP_BY_KEY) are moved on to
    # a lower bound that differs between the looks: compared in test_skip_acknowledged.
    monkeypatch.setattr(scan, "SKIP_BY_KEY", False)
    settled = []
    original = scan._near_look

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        settled.append(found is not None)
        return found

    monkeypatch.setattr(scan, "_near_look", counted)
    for step, today in enumerate(DAYS):
        for register in (near, far, full):
            _edit(register, step, today)
        for register, look_near in ((near, True), (far, False)):
            monkeypatch.setattr(scan, "NEAR_LOOK", look_near)
            if in_steps:
                run_reminder_check(register, today=today)
            else:
                with register.transaction() as session:
                    check_reminders(session, today=today)
        with full.transaction() as session:
            check_reminders(session, today=today, full_scan=True)
        got = _state(near)
        if skip:
            # The near look leaves key dates acknowledged out up to its own bound, the
            # long look up to its own: the same alerts, the near day never the later one.
            wide = _state(far)
            assert got["alerts"] == wide["alerts"], today
            assert all(mine == theirs or (None not in (mine, theirs) and mine < theirs)
                       for (_a, mine), (_b, theirs) in zip(
                           got["contracts"], wide["contracts"], strict=True)), today
        else:
            assert got == _state(far), today
        assert _fired(near) == _fired(full), today
    # Not vacuous: the near look settled many days and handed some to the long look.
    assert settled.count(True) > (150 if skip else 200)
    assert settled.count(False) > 20
    assert sum(day is not None and day != date.max for _id, day in got["contracts"]) > 50


def test_the_plan_is_computed_with_the_collector_paused_and_resumed_after(
        register: Register, add_contract: Any, add_due: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate, mark and alert a check makes is kept: the cyclic collector waits
    while the plan is computed and the fired alerts are read, and runs again after, also
    when computing fails."""
    import gc

    from contract_desk.services.reminders import plan, store

    uid = add_contract(reference="G-1", start_date=date(2028, 1, 1),
                       end_date=date(2028, 2, 10))
    add_due(uid, due_date=date(2028, 1, 25))
    seen: list[tuple[str, bool]] = []
    due, rows = plan._plan_due, store.alert_rows

    def planning(*args: Any, **kwargs: Any) -> Any:
        seen.append(("plan", gc.isenabled()))
        return due(*args, **kwargs)

    def reading(*args: Any, **kwargs: Any) -> Any:
        seen.append(("report", gc.isenabled()))
        return rows(*args, **kwargs)

    monkeypatch.setattr(plan, "_plan_due", planning)
    monkeypatch.setattr(store, "alert_rows", reading)
    was_enabled = gc.isenabled()
    gc.enable()  # as in the program (a test session may run with it off)
    try:
        run = run_reminder_check(register, today=date(2028, 1, 20))
        assert run.fired  # the alerts of both were read back
        assert seen == [("plan", False), ("report", False)]
        assert gc.isenabled()

        def failing(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("computing failed")

        monkeypatch.setattr(plan, "_plan_due", failing)
        with pytest.raises(RuntimeError):
            run_reminder_check(register, today=date(2028, 1, 21))
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
