"""A contract saved between a check's judgement of open alerts and its reading of key
dates does not leave an alert for a date that no longer exists.

On PostgreSQL a check in one transaction (``check_reminders``; the last resort of
``run_reminder_check`` under the lock) reads at READ COMMITTED: each statement sees
what was committed before it. The indexed check judges only the alerts of rows
changed since the last check, then reads the changed rows' key dates. A contract
saved between the two was not judged (its day was still stored), but is read as
changed and given a day from its new version: once that day is stored the index
never looks at the contract again, and its alert for the old end date stays open.
On SQLite the check's reads share one snapshot, so only PostgreSQL is tried.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from contract_desk.models import Alert, Contract
from contract_desk.services import create_contract
from contract_desk.services.register.contracts import load_contract, update_contract
from contract_desk.services.reminders import plan as reminder_plan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register, open_register

pytestmark = pytest.mark.postgres

USER = "tester"
END = date(2027, 3, 31)
#: The first check: the contract's 90-day reminder of its end date is due.
FIRST = date(2027, 1, 1)


def _saved_between_reads(register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """Move the contract's end date (committed by another connection) just after the
    check's judgement of open alerts, before it reads the changed rows' key dates."""
    real = reminder_plan._plan_due
    done: list[bool] = []

    def plan_due(*args: Any, **options: Any) -> Any:
        if not done:
            done.append(True)
            with register.transaction() as other:
                for uid in _uids(other):
                    contract = load_contract(other, uid)
                    update_contract(other, uid, {"end_date": date(2029, 3, 31)},
                                    expected_version=contract.version_id, user=USER)
        return real(*args, **options)

    monkeypatch.setattr(reminder_plan, "_plan_due", plan_due)


def _uids(session: Any) -> list[str]:
    return list(session.scalars(select(Contract.uid).where(Contract.reference.startswith("MOVED"))))


def _open_alerts(register: Register) -> list[tuple[str, date]]:
    with register.reading() as session:
        rows = session.execute(select(Alert.key_kind, Alert.key_date).where(
            Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None)))
        return sorted((kind, day) for kind, day in rows)


def _run(pg_url: str, monkeypatch: pytest.MonkeyPatch, contracts: int = 1
         ) -> tuple[list[tuple[str, date]], int]:
    """The alerts left open after the second day's check, and how many a full scan then
    withdraws."""
    register = open_register(pg_url)
    try:
        with register.transaction() as session:
            for number in range(contracts):
                create_contract(session, {"title": "Lease", "reference": f"MOVED-{number}",
                                          "start_date": date(2025, 4, 1), "end_date": END},
                                user=USER)
        with register.transaction() as session:
            check_reminders(session, today=FIRST)
        # Raised, and the contracts' days stored.
        assert _open_alerts(register) == [("term_end", END)] * contracts
        with register.reading() as session:
            assert None not in session.scalars(select(Contract.next_reminder_on)).all()
        _saved_between_reads(register, monkeypatch)
        with register.transaction() as session:
            check_reminders(session, today=date(2027, 1, 2))
        left = _open_alerts(register)
        with register.transaction() as session:
            withdrawn = check_reminders(session, today=date(2027, 1, 2), full_scan=True).withdrawn
            session.rollback()
        return left, withdrawn
    finally:
        register.close()


def test_an_alert_of_a_contract_saved_between_reads_is_withdrawn(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    left, withdrawn = _run(pg_url, monkeypatch)
    assert left == []  # the end date of 2027-03-31 is gone
    assert withdrawn == 0  # a full scan finds nothing the index kept


def test_the_second_judgement_goes_a_part_at_a_time(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reminder_plan, "JUDGED_PART", 2)
    assert _run(pg_url, monkeypatch, contracts=5) == ([], 0)


def test_without_the_second_judgement_the_alert_would_stay(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same check with the judgement after the reading switched off: the test above
    # can fail.
    monkeypatch.setattr(reminder_plan, "_judge_the_unjudged", lambda *_args: [])
    left, withdrawn = _run(pg_url, monkeypatch)
    assert left == [("term_end", END)]
    assert withdrawn == 1
