"""Rows a check passed over are moved on after their rows are locked in id order.

``store_marks`` takes its rows' locks in id order (on PostgreSQL a ``SELECT ... ORDER
BY id FOR NO KEY UPDATE`` before each step's statement; see test_store_marks.py), so
two checks storing at once on PostgreSQL wait for each other instead of deadlocking.
``move_passed`` picks its rows by a condition; an UPDATE alone would lock them in the
order its plan visits them (by day), so on PostgreSQL it first locks them with
``SELECT ... ORDER BY id FOR UPDATE``. SQLite locks the whole register for a write:
nothing to order. ``move_on_acknowledged`` (an inbox acknowledging alerts of several
contracts) updates its rows one by one by uid: on PostgreSQL they are locked in id
order first too, or a colleague's bulk change could deadlock with it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event

from contract_desk.services.reminders.days import move_on_acknowledged, move_passed
from contract_desk.storage import Register


def test_rows_passed_over_are_locked_in_id_order_before_they_are_moved(
        register: Register) -> None:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(register.engine, "before_cursor_execute", seen)
    try:
        with register.transaction() as session:
            move_passed(session, date(2027, 1, 1))
    finally:
        event.remove(register.engine, "before_cursor_execute", seen)
    postgres = register.engine.dialect.name == "postgresql"
    for table in ("contract", "obligation"):
        moves = [at for at, text in enumerate(statements) if text.startswith(f"UPDATE {table} ")]
        locks = [at for at, text in enumerate(statements)
                 if text.startswith(f"SELECT {table}.id FROM {table} ")
                 and text.endswith(f"ORDER BY {table}.id FOR UPDATE")]
        assert len(moves) == 1, statements
        if postgres:
            assert len(locks) == 1 and locks[0] < moves[0], statements
        else:
            assert locks == [] and not any("FOR UPDATE" in text for text in statements)


def test_rows_acknowledged_together_are_locked_in_id_order_before_they_are_moved(
        register: Register) -> None:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    targets = [("contract", "c-b"), ("contract", "c-a"), ("obligation", "o-1")]
    event.listen(register.engine, "before_cursor_execute", seen)
    try:
        with register.transaction() as session:
            assert move_on_acknowledged(session, targets) == 0  # no such rows
    finally:
        event.remove(register.engine, "before_cursor_execute", seen)
    moves = [at for at, text in enumerate(statements) if text.startswith("UPDATE contract ")]
    locks = [at for at, text in enumerate(statements)
             if text.startswith("SELECT contract.id FROM contract ")
             and text.endswith("ORDER BY contract.id FOR UPDATE")]
    assert len(moves) == 1, statements
    if register.engine.dialect.name == "postgresql":
        assert len(locks) == 1 and locks[0] < moves[0], statements
    else:
        assert locks == [], statements
    # One obligation: one row, nothing to order.
    assert not any(text.startswith("SELECT obligation.id") for text in statements)
