"""On a team register, writers that lock many contracts lock them in id order.

Two writers that each hold a row the other waits for deadlock, and PostgreSQL gives
one of them up: a colleague's bulk tag failed that way in the ten-colleagues run
(tests/reliability/test_many_writers.py) while a reminder check stored key dates.
A bulk change updates its contracts in id order (SQLAlchemy's unit of work sorts
them by key); the check's days lock theirs in id order (test_move_passed_locks.py);
here the key dates store, which locks the terms it computed from. Its statement
once met the rows in the order they lay on disk, where a contract changed lately
lies after the others.

This proves the order on a real server: contract B is held by a colleague, A lies
after B on disk. A writer locking in id order holds A while it waits for B (a
third connection cannot take A); one locking in disk order waits for B holding
nothing. And when two checks store the same contracts' key dates at once, the
second insert is refused by the table's key: that batch is left to the first check
(the same dates), and the store goes on with its other batches.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from contract_desk.models import ContractKeyDates
from contract_desk.services import add_tag, create_contract
from contract_desk.services.register import key_dates_store
from contract_desk.storage import Register

pytestmark = pytest.mark.postgres


def _waiting_for_a_lock(connection: Connection, pid: int) -> bool:
    waiting = connection.execute(text(
        "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
        {"pid": pid}).scalar() is True
    connection.rollback()  # the server keeps one view of the activity a transaction
    return waiting


def _until_waiting(watch: Connection, pid: list[int], failure: str) -> None:
    """Return once the writer whose backend ``pid`` will hold waits for a lock."""
    deadline = time.monotonic() + 20
    while not (pid and _waiting_for_a_lock(watch, pid[0])):
        assert time.monotonic() < deadline, failure
        time.sleep(0.02)


def test_the_key_dates_store_locks_the_terms_in_id_order(pg_register: Register) -> None:
    with pg_register.transaction() as session:
        first = create_contract(session, {"title": "A", "reference": "A-1"}, user="ann")
        second = create_contract(session, {"title": "B", "reference": "B-1"}, user="ann")
    with pg_register.transaction() as session:
        add_tag(session, [first.uid], "moved", user="ann")  # A's row now lies after B's
    with pg_register.engine.connect() as look:
        ids = {uid: look.execute(text("SELECT id FROM contract WHERE uid = :uid"),
                                 {"uid": uid}).scalar_one() for uid in (first.uid, second.uid)}
        on_disk = look.execute(text("SELECT id FROM contract ORDER BY ctid")).scalars().all()
    a, b = ids[first.uid], ids[second.uid]
    assert a < b and on_disk == [b, a]

    pid: list[int] = []
    failed: list[BaseException] = []

    def store() -> None:
        try:
            with pg_register.transaction(durable=False) as session:
                pid.append(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
                key_dates_store._terms(session, [a, b], lock=True)
        except BaseException as error:  # reported by the assertion below
            failed.append(error)

    with pg_register.engine.connect() as colleague, \
            pg_register.engine.connect() as third, \
            pg_register.engine.connect() as watch:
        colleague.execute(text("SELECT id FROM contract WHERE id = :b FOR UPDATE"), {"b": b})
        writer = threading.Thread(target=store)
        writer.start()
        _until_waiting(watch, pid, "the store never waited for B")
        with pytest.raises(OperationalError, match="could not obtain lock"):
            third.execute(text("SELECT id FROM contract WHERE id = :a FOR UPDATE NOWAIT"),
                          {"a": a})
        third.rollback()
        colleague.rollback()  # B let go: the store goes on
        writer.join(timeout=20)
    assert not writer.is_alive() and failed == []


def test_a_batch_another_check_stored_first_is_left_to_it_and_the_rest_is_stored(
        pg_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checks storing key dates at once: the one whose insert came second gave up
    the whole store (a unique key refused it), leaving its later batches unstored."""
    with pg_register.transaction() as session:
        uids = [create_contract(session, {"title": name, "end_date": date(2027, 6, 30)},
                                user="ann").uid for name in ("A", "B")]
    with pg_register.engine.connect() as look:
        a, b = (look.execute(text("SELECT id FROM contract WHERE uid = :uid"),
                             {"uid": uid}).scalar_one() for uid in uids)
        look.execute(text("DELETE FROM contract_key_dates"))
        look.commit()
    monkeypatch.setattr(key_dates_store, "BATCH", 1)
    real_replace = key_dates_store._replace

    def replace(session: Session, rows: list[dict[str, Any]]) -> None:
        if not pid:  # the first batch's writer: the one to wait for their insert
            pid.append(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        real_replace(session, rows)

    today = date(2026, 11, 23)
    result: list[int] = []
    failed: list[BaseException] = []
    pid: list[int] = []

    def store() -> None:
        try:
            result.append(key_dates_store.store_key_dates(pg_register, today))
        except BaseException as error:  # reported by the assertion below
            failed.append(error)

    with pg_register.engine.connect() as colleague, \
            pg_register.engine.connect() as watch, \
            Session(bind=colleague) as theirs:
        key_dates_store._store_batch(theirs, [a], today)  # their check, not committed yet
        theirs.flush()
        monkeypatch.setattr(key_dates_store, "_replace", replace)  # ours from here on
        writer = threading.Thread(target=store)
        writer.start()
        _until_waiting(watch, pid, "the store never waited for their insert")
        theirs.commit()
        writer.join(timeout=20)
    assert not writer.is_alive() and failed == [] and result == [1]
    with pg_register.reading() as session:
        stored = set(session.scalars(select(ContractKeyDates.contract_id)))
    assert stored == {a, b}
