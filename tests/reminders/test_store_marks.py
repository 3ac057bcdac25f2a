"""Storing computed next reminder days: only on the rows as they were computed from.

``store_marks`` writes each row's next reminder day (and the key date it is of)
unless the row changed since it was read, and an obligation's only while its
contract is as it was read. SQLite binds a statement per row; PostgreSQL sends
a step's rows as arrays in one ``UPDATE ... FROM unnest``, after locking them
in id order (as the per-row statements took their locks). Both must store
exactly the same.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select, update

from contract_desk.models import Contract, Obligation
from contract_desk.services import add_obligation, create_contract
from contract_desk.services.reminders import days
from contract_desk.services.reminders.days import store_marks
from contract_desk.services.reminders.scan import Marks
from contract_desk.storage import Register

TODAY = date(2026, 3, 2)
USER = "tester"
SKIP = ("term_end", date(2026, 6, 30), date(2026, 9, 1))


def _register_of_three(register: Register) -> dict[str, Any]:
    """Three contracts with two obligations each; their ids and versions."""
    with register.transaction() as session:
        for number in range(3):
            uid = create_contract(session, {"reference": f"M-{number}", "title": "Lease",
                                            "start_date": date(2026, 1, 1),
                                            "end_date": date(2027, 12, 31)},
                                  user=USER, today=TODAY).uid
            for which in range(2):
                add_obligation(session, uid, {"kind": "payment", "title": f"Fee {which}",
                                              "owner": "Kari",
                                              "due_date": date(2026, 5 + which, 1)}, user=USER)
    return _rows(register)


def _rows(register: Register) -> dict[str, Any]:
    with register.reading() as session:
        contracts = session.execute(select(
            Contract.id, Contract.uid, Contract.version_id, Contract.next_reminder_on,
            Contract.next_reminder_kind, Contract.next_reminder_key,
            Contract.after_reminder_key_on, Contract.updated_at).order_by(Contract.id)).all()
        obligations = session.execute(select(
            Obligation.id, Obligation.contract_id, Obligation.version_id,
            Obligation.next_reminder_on, Obligation.next_reminder_kind,
            Obligation.next_reminder_key, Obligation.after_reminder_key_on,
            Obligation.updated_at).order_by(Obligation.id)).all()
    return {"contracts": contracts, "obligations": obligations}


def _contract_mark(row: Any, day: date, skip: Any = None) -> dict[str, Any]:
    mark: dict[str, Any] = {"row": row.id, "version": row.version_id, "day": day}
    if skip is not None:
        mark["skip"] = skip
    return mark


@pytest.mark.parametrize("step", [20_000, 2])
def test_a_row_or_its_contract_changed_since_keeps_its_day_unknown(
        register: Register, monkeypatch: pytest.MonkeyPatch, step: int) -> None:
    monkeypatch.setattr(days, "ARRAY_STEP", step)  # PostgreSQL: steps of two rows too
    before = _register_of_three(register)
    kept, changed, owner_changed = before["contracts"]
    by_contract: dict[int, list[Any]] = {}
    for row in before["obligations"]:
        by_contract.setdefault(row.contract_id, []).append(row)
    # Changed after the days were computed: the second contract (its obligations' owner)
    # and the first obligation of the first contract.
    with register.transaction() as session:
        # A new version of the contract alone (a save through the services may also
        # clear its obligations' days, which would hide whether the owner is compared).
        session.execute(update(Contract).where(Contract.id == owner_changed.id)
                        .values(version_id=Contract.version_id + 1))
        first = session.get(Obligation, by_contract[kept.id][0].id)
        assert first is not None
        first.title = "Fee 0, renamed"
    marks = Marks(
        contracts=[_contract_mark(kept, date(2026, 4, 1), SKIP),
                   _contract_mark(changed, date.max),
                   _contract_mark(owner_changed, date(2026, 4, 2))],
        obligations=[{"of_contract": row.contract_id, "of_version": version.version_id,
                      "row": row.id, "version": row.version_id, "day": date(2026, 4, 24)}
                     for version in before["contracts"] for row in by_contract[version.id]])
    # Given out of order: they are stored in id order all the same.
    marks.contracts.reverse()
    marks.obligations.reverse()
    with register.transaction() as session:
        store_marks(session, marks)
    after = _rows(register)

    contract_days = {row.id: (row.next_reminder_on, row.next_reminder_kind,
                              row.next_reminder_key, row.after_reminder_key_on)
                     for row in after["contracts"]}
    assert contract_days == {
        kept.id: (date(2026, 4, 1), *SKIP),
        changed.id: (date.max, None, None, None),
        owner_changed.id: (None, None, None, None),  # changed since: unknown still
    }
    stored = {row.id: row.next_reminder_on for row in after["obligations"]}
    assert stored == {
        by_contract[kept.id][0].id: None,  # the row changed since
        by_contract[kept.id][1].id: date(2026, 4, 24),
        by_contract[changed.id][0].id: date(2026, 4, 24),
        by_contract[changed.id][1].id: date(2026, 4, 24),
        by_contract[owner_changed.id][0].id: None,  # its contract changed since
        by_contract[owner_changed.id][1].id: None,
    }
    # Not a change of any row: versions and "last changed" stay as they were.
    versions_then = {row.id: (row.version_id, row.updated_at) for row in before["contracts"]}
    for row in after["contracts"]:
        if row.id != owner_changed.id:
            assert (row.version_id, row.updated_at) == versions_then[row.id]


def test_on_postgresql_a_step_is_locked_in_id_order_then_stored_by_one_statement(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(days, "ARRAY_STEP", 4)
    before = _register_of_three(register)
    versions = {row.id: row.version_id for row in before["contracts"]}
    marks = Marks(
        contracts=[_contract_mark(row, date(2026, 4, 1)) for row in before["contracts"]],
        obligations=[{"of_contract": row.contract_id, "of_version": versions[row.contract_id],
                      "row": row.id, "version": row.version_id, "day": date(2026, 4, 24)}
                     for row in reversed(before["obligations"])])
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        statements.append((" ".join(statement.split()), parameters))

    event.listen(register.engine, "before_cursor_execute", seen)
    try:
        with register.transaction() as session:
            store_marks(session, marks)
    finally:
        event.remove(register.engine, "before_cursor_execute", seen)
    updates = [text for text, _ in statements if text.startswith("UPDATE obligation ")]
    if register.engine.dialect.name != "postgresql":
        assert not any("FOR NO KEY UPDATE" in text for text, _ in statements)
        return
    locks = [(at, parameters) for at, (text, parameters) in enumerate(statements)
             if text.startswith("SELECT id FROM obligation ")
             and text.endswith("ORDER BY id FOR NO KEY UPDATE")]
    # Six obligations in steps of four: two locks, each before its UPDATE, ids ascending.
    assert [parameters["rows"] for _, parameters in locks] == [
        [row.id for row in before["obligations"][:4]],
        [row.id for row in before["obligations"][4:]]]
    moves = [at for at, (text, _) in enumerate(statements)
             if text.startswith("UPDATE obligation AS t ")]
    assert len(moves) == 2 == len(updates)
    assert locks[0][0] < moves[0] < locks[1][0] < moves[1]
    assert {row.next_reminder_on for row in _rows(register)["obligations"]} == {date(2026, 4, 24)}
