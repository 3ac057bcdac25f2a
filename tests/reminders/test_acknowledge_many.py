"""Acknowledging the inbox's selection at once is acknowledging each of its key dates.

``actions.acknowledge_many`` (the inbox's Acknowledge on many rows) must leave a
register exactly as acknowledging each selected alert in turn does: the same
alerts acknowledged (every open one of each key date, by the same person), an
audit event per key date with the same words, and each row whose stored
reminder day is of that key date moved on to its day after it
(``days.move_on_acknowledged``), so the next check has none to pass over. Alerts
withdrawn or acknowledged meanwhile are left as they are.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from contract_desk.models import Alert, AuditEvent, Contract, Obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders import scan
from contract_desk.services.reminders.actions import acknowledge, acknowledge_many
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check
from contract_desk.storage import Register, open_register

USER = "tester"
TODAY = date(2026, 5, 20)
STAMP = datetime.combine(TODAY, time(17), tzinfo=UTC)


def _checked(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=120, seed=11, today=TODAY)
        session.execute(update(Alert).values(acknowledged_at=None, acknowledged_by=None))
        record_check(session, date(2026, 4, 1))
    run_reminder_check(register, today=TODAY)
    return register


def _state(register: Register) -> dict[str, Any]:
    with register.reading() as session:
        alerts = sorted(session.execute(select(
            Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
            Alert.offset_days, Alert.acknowledged_at.is_not(None), Alert.acknowledged_by,
            Alert.withdrawn_at.is_not(None))))
        events = sorted(session.execute(select(
            AuditEvent.entity_uid, AuditEvent.contract_uid, AuditEvent.action,
            AuditEvent.changes, AuditEvent.user).where(AuditEvent.entity == "alert")),
            key=repr)
        rows = {model.__name__: sorted(session.execute(select(
            model.uid, model.next_reminder_on, model.next_reminder_kind,
            model.next_reminder_key, model.after_reminder_key_on, model.version_id)))
            for model in (Contract, Obligation)}
    return {"alerts": alerts, "events": events, "rows": rows}


def _selection(register: Register) -> list[int]:
    with register.reading() as session:
        # Every other open alert by key order: some key dates with several alerts picked.
        ids = list(session.scalars(select(Alert.id).where(
            Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
            .order_by(Alert.target_uid, Alert.key_kind, Alert.key_date, Alert.offset_days)))
    return ids[::2]


def test_acknowledging_many_is_acknowledging_each(tmp_path: Path) -> None:
    each, many = _checked(tmp_path / "each.sqlite3"), _checked(tmp_path / "many.sqlite3")
    try:
        chosen = _selection(each)
        assert chosen == _selection(many) and len(chosen) > 20
        with each.transaction() as session:
            keys = set()
            for alert_id in chosen:
                alert = session.get(Alert, alert_id)
                assert alert is not None
                key = (alert.target_uid, alert.key_kind, alert.key_date)
                if key not in keys:
                    keys.add(key)
                    acknowledge(session, alert_id, user=USER, now=STAMP, today=TODAY)
        with many.transaction() as session:
            assert acknowledge_many(session, chosen, user=USER, now=STAMP) == len(keys)
        done = _state(many)
        assert done == _state(each)
        assert sum(1 for alert in done["alerts"] if alert[5]) > len(keys)  # whole key dates
        assert len(done["events"]) == len(keys)
        with many.reading() as session:
            for model in (Contract, Obligation):
                # Moved on: no row is left for the check to pass over, on any later day.
                assert session.scalar(select(func.count()).select_from(model).where(
                    model.next_reminder_key.is_not(None), scan.key_dealt_with(model))) == 0
    finally:
        each.close()
        many.close()


def test_rows_are_moved_on_to_their_day_after_the_key_date(tmp_path: Path) -> None:
    register = _checked(tmp_path / "moved.sqlite3")
    try:
        with register.reading() as session:
            before = dict(session.execute(
                select(Obligation.uid, Obligation.after_reminder_key_on)
                .where(Obligation.next_reminder_key.is_not(None))).all())
            chosen = list(session.scalars(select(Alert.id).where(
                Alert.target_type == "obligation", Alert.acknowledged_at.is_(None),
                Alert.target_uid.in_(before))))
        assert chosen
        with register.transaction() as session:
            acknowledge_many(session, chosen, user=USER, now=STAMP)
        with register.reading() as session:
            moved = dict(session.execute(
                select(Obligation.uid, Obligation.next_reminder_on)
                .where(Obligation.uid.in_(before), Obligation.next_reminder_key.is_(None))
                .join(Alert, Alert.target_uid == Obligation.uid)
                .where(Alert.id.in_(chosen))).all())
        assert moved and all(day == before[uid] for uid, day in moved.items())
    finally:
        register.close()


def test_alerts_withdrawn_or_acknowledged_meanwhile_are_left_as_they_are(
        register: Register, add_contract: Any) -> None:
    for number in range(3):
        add_contract(reference=f"L-{number}", start_date="2024-01-01", initial_term="1 year",
                     renewal="automatic", notice_period=f"{number + 2} months")
    with register.transaction() as session:
        record_check(session, date(2026, 1, 1))
    run_reminder_check(register, today=date(2026, 10, 20))
    with register.transaction() as session:
        ids = list(session.scalars(select(Alert.id).order_by(Alert.id)))
        assert len(ids) >= 3
        gone, seen, open_one = ids[0], ids[1], ids[2]
        session.execute(update(Alert).where(Alert.id == gone)
                        .values(withdrawn_at=STAMP))
        session.execute(update(Alert).where(Alert.id == seen)
                        .values(acknowledged_at=STAMP, acknowledged_by="colleague"))
    with register.transaction() as session:
        assert acknowledge_many(session, [gone, seen, open_one, open_one], user=USER) == 1
        assert acknowledge_many(session, [], user=USER) == 0
    with register.reading() as session:
        by = dict(session.execute(select(Alert.id, Alert.acknowledged_by)).all())
    assert (by[gone], by[seen], by[open_one]) == (None, "colleague", USER)


@pytest.mark.parametrize("count", [1, 600])
def test_a_selection_larger_than_one_statement_takes(tmp_path: Path, count: int) -> None:
    register = _checked(tmp_path / "big.sqlite3")
    try:
        with register.reading() as session:
            ids = list(session.scalars(select(Alert.id).where(
                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))))
        with register.transaction() as session:
            acknowledge_many(session, [*ids[:count], 10000000], user=USER, now=STAMP)
        with register.reading() as session:
            left = session.scalar(select(func.count()).select_from(Alert).where(
                Alert.id.in_(ids[:count]), Alert.acknowledged_at.is_(None)))
        assert left == 0
    finally:
        register.close()
