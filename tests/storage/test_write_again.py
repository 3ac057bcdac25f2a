"""``Register.write``: a transaction a team server gave up for a lock conflict is made again.

PostgreSQL ends one of two transactions that wait for each other (deadlock_detected,
40P01) or that a serializable snapshot cannot order (serialization_failure, 40001).
Here the server itself raises those errors (a DO block raising the SQLSTATE), so
they come through psycopg and SQLAlchemy as a real one does. Made again, the
write is kept once; any other error is not made again; four in a row come out
as one sentence that names the server, never its password.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from contract_desk.domain import DomainError
from contract_desk.models import Contract
from contract_desk.services import create_contract
from contract_desk.storage import Register
from contract_desk.storage.environment import RegisterUnavailable, is_lock_conflict
from contract_desk.storage.register import LOCK_CONFLICT_TRIES


def _give_up(session: Session, sqlstate: str) -> None:
    session.execute(text(
        f"DO $$ BEGIN RAISE EXCEPTION 'given up' USING ERRCODE = '{sqlstate}'; END $$"))


def _count(register: Register) -> int:
    with register.reading() as session:
        return session.scalar(select(func.count()).select_from(Contract)) or 0


@pytest.mark.postgres
@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
def test_a_write_given_up_for_a_lock_conflict_is_made_again_and_kept_once(
        pg_register: Register, sqlstate: str) -> None:
    calls: list[int] = []

    def add(session: Session) -> str:
        calls.append(1)
        row = create_contract(session, {"title": "Cleaning", "reference": "C-1"}, user="ann")
        if len(calls) < 3:
            _give_up(session, sqlstate)  # after the contract was written: rolled back whole
        return row.uid

    uid = pg_register.write(add)
    assert len(calls) == 3
    assert _count(pg_register) == 1
    with pg_register.reading() as session:
        assert session.scalar(select(Contract.uid)) == uid


@pytest.mark.postgres
def test_a_conflict_every_time_ends_in_one_sentence_naming_the_server(
        pg_register: Register) -> None:
    calls: list[int] = []

    def add(session: Session) -> None:
        calls.append(1)
        create_contract(session, {"title": "Cleaning"}, user="ann")
        _give_up(session, "40P01")

    with pytest.raises(RegisterUnavailable) as raised:
        pg_register.write(add)
    assert len(calls) == LOCK_CONFLICT_TRIES
    assert raised.value.kind == "lock-conflict" and is_lock_conflict(raised.value)
    said = str(raised.value)
    url = pg_register.url
    assert said.startswith("a colleague changed the same contracts at the same moment")
    assert f"{url.host}:{url.port}/{url.database}" in said
    assert url.password and f":{url.password}@" not in said and "***" not in said
    assert url.username not in said.split(url.host or "")[0]  # HOST/DATABASE only
    assert "Nothing was saved" in said
    assert _count(pg_register) == 0


@pytest.mark.postgres
def test_other_server_errors_are_not_made_again(pg_register: Register) -> None:
    calls: list[int] = []

    def add(session: Session) -> None:
        calls.append(1)
        _give_up(session, "22012")  # division_by_zero: not a colleague's timing

    with pytest.raises(Exception, match="given up"):
        pg_register.write(add)
    assert calls == [1]


def test_a_refusal_is_not_made_again_and_a_write_runs_once(register: Register) -> None:
    calls: list[int] = []

    def refuse(session: Session) -> None:
        calls.append(1)
        create_contract(session, {"title": "Cleaning"}, user="ann")
        raise DomainError("the contract is not complete")

    with pytest.raises(DomainError, match="not complete"):
        register.write(refuse)
    assert calls == [1] and _count(register) == 0

    assert register.write(lambda session: create_contract(
        session, {"title": "Cleaning"}, user="ann").title) == "Cleaning"
    assert _count(register) == 1
