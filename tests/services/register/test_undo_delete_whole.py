"""Undoing a delete brings back everything that hung from the contract, as it was.

Deleting a contract deletes, by the database's cascades, every row that refers to it,
to its obligations, its alerts or its approval requests. The audit event's snapshot
keeps them all except the derived key dates and obligation summaries (computed again),
so undo restores amendments, approval requests with their votes, notices, and alerts
with who was told of them: an acknowledged reminder stays acknowledged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from contract_desk.domain import clock
from contract_desk.domain.approvals import ApprovalRule, Subject
from contract_desk.models import Alert, Base
from contract_desk.services import add_obligation, create_contract, delete_contract, undo_delete
from contract_desk.services.approvals import request_approval, save_rules, vote
from contract_desk.services.notice_records import record_notice
from contract_desk.services.register.amendments import record_amendment
from contract_desk.services.register.snapshots import DERIVED_TABLES, KEPT_TABLES
from contract_desk.services.reminders.actions import acknowledge
from contract_desk.services.reminders.notices import record_notices
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)
LEASE = {"reference": "L-9", "title": "Office lease", "contract_type": "Lease",
         "start_date": "2025-04-01", "end_date": "2027-03-31", "renewal": "automatic",
         "renewal_term": "1 year", "notice_period": "3 months", "value": "2500000",
         "currency": "NOK"}
RULES = [ApprovalRule(Subject.NOTICE, ("Per", "Liv", "Ane"), needed=2, contract_type="Lease",
                      min_value=Decimal(1_000_000), currency="NOK")]


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


def _hanging_tables() -> set[str]:
    """Every table whose rows a contract's delete deletes by cascade, however indirectly."""
    found = {"contract"}
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            if table.name not in found and any(
                    key.ondelete == "CASCADE" and key.column.table.name in found
                    for key in table.foreign_keys):
                found.add(table.name)
                grew = True
    return found - {"contract"}


def _rows(session: Session) -> dict[str, list[str]]:
    """Each kept table's rows without their row ids (they are new after an undo) and the
    reminder index's days (cleared by any write; the next check computes them)."""
    rows = {}
    for name in sorted(KEPT_TABLES):
        table: Table = Base.metadata.tables[name]
        columns = [c for c in table.columns if not (
            c.name == "id" or c.name.endswith("_id") or c.name.startswith("next_reminder"))]
        rows[name] = sorted(repr(tuple(row)) for row in session.execute(select(*columns)))
    return rows


def test_every_table_a_delete_empties_is_kept_or_derived() -> None:
    # A table added later that hangs from a contract must be kept by the snapshot (or be
    # derived data): otherwise an undo would silently lose its rows.
    assert _hanging_tables() == KEPT_TABLES | DERIVED_TABLES


def test_undo_brings_back_amendments_approvals_notices_and_alerts(register: Register) -> None:
    with register.transaction() as session:
        save_rules(session, RULES, user="admin")
        uid = create_contract(session, LEASE, user="siri").uid
        for title, due in (("Deposit", date(2026, 12, 1)), ("Keys", date(2026, 12, 7))):
            add_obligation(session, uid, {"kind": "delivery", "title": title, "owner": "Kari",
                                          "due_date": due}, user="siri")
    with register.transaction() as session:
        record_amendment(session, uid, date(2027, 1, 1), {"value": "2600000"}, user="siri",
                         today=TODAY, reference="A-1")
        asked = request_approval(session, uid, "notice", user="siri", note="too dear")
        vote(session, asked.uid, True, person="per", comment="agreed")
        record_notice(session, uid, direction="received", on=TODAY, channel="email",
                      user="siri", today=TODAY, note="they want out")
    with register.transaction() as session:
        check_reminders(session, today=TODAY)
    with register.transaction() as session:
        alert_ids = list(session.scalars(select(Alert.id).order_by(Alert.id)))
        assert len(alert_ids) >= 2  # the deposit overdue, the keys in 3 days
        acknowledge(session, alert_ids[0], user="kari", note="paid", today=TODAY)
        record_notices(session, alert_ids, "kari")
    with register.reading() as session:
        before = _rows(session)
        version = session.scalar(select(Base.metadata.tables["contract"].c.version_id))
    assert all(before[name] for name in KEPT_TABLES - {"attachment"}), before
    with register.transaction() as session:
        event_id = delete_contract(session, uid, expected_version=version, user="ola")
    with register.reading() as session:
        assert all(session.scalar(select(func.count()).select_from(
            Base.metadata.tables[name])) == 0 for name in KEPT_TABLES)
    with register.transaction() as session:
        undo_delete(session, event_id, user="ola", today=TODAY)
    with register.reading() as session:
        after = _rows(session)
    assert after == before
    with register.transaction() as session:  # the next check raises nothing acknowledged
        fired = check_reminders(session, today=TODAY).fired
    assert all(row.id not in alert_ids for row in fired) and not any(
        row.key_date == date(2026, 12, 1) for row in fired)
