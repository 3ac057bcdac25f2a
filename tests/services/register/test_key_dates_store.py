"""Stored key dates are the key dates: proven against a fresh computation.

The register keeps each contract's key dates with the days they hold for
(``contract_key_dates``) so that listing 100,000 contracts reads them. These
tests list the demo register at several "today"s (month ends, a leap day, a
renewal day) three ways: computed from scratch, read from what a refresh
stored that day, and read from what an earlier day stored (what holds is read,
what rolled is computed). All three must be equal, row for row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services.checking.key_dates import check_key_dates
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.queries import list_contracts
from contract_desk.services.register import key_dates_store
from contract_desk.services.register.key_dates_store import (
    refresh_key_dates,
    stale_contract_ids,
)
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register

DEMO_TODAY = date(2026, 5, 20)
COUNT = 400
#: Month ends, a leap day, the turn of a year: the days key dates like to move on.
TODAYS = (date(2026, 5, 20), date(2026, 5, 31), date(2026, 6, 30), date(2026, 12, 31),
          date(2027, 1, 1), date(2027, 2, 28), date(2028, 2, 28), date(2028, 2, 29),
          date(2028, 3, 1), date(2031, 7, 15))


@pytest.fixture
def demo(register: Register) -> Iterator[Register]:
    with register.transaction() as session:
        generate_demo(session, count=COUNT, seed=7, today=DEMO_TODAY)
    yield register


def _fresh(session: Session, today: date, **filters: int) -> list[ContractRow]:
    trial = session.begin_nested()
    try:
        session.execute(delete(ContractKeyDates))
        return list_contracts(session, today=today, **filters)
    finally:
        trial.rollback()


def _assert_expiring_the_same(session: Session, today: date) -> None:
    for days in (0, 30, 90, 400):
        fresh = _fresh(session, today, expiring_within=days)
        assert list_contracts(session, today=today, expiring_within=days) == fresh, (today, days)
    assert fresh, f"nothing expires within 400 days of {today}: the comparison proves nothing"


def _stored_for(session: Session, today: date) -> int:
    return session.scalar(select(func.count()).select_from(ContractKeyDates).where(
        ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today)) or 0


def _renewal_day(rows: list[ContractRow]) -> date:
    # The day after some automatically renewing contract's current term ends.
    ends = sorted(r.current_term_end for r in rows
                  if r.renewal == "automatic" and r.current_term_end is not None)
    assert ends, "the demo register has no renewing contract"
    return ends[len(ends) // 2] + timedelta(days=1)


def test_stored_key_dates_equal_a_fresh_computation_on_every_day(demo: Register) -> None:
    with demo.transaction() as session:
        todays = sorted({*TODAYS, _renewal_day(_fresh(session, DEMO_TODAY))})
        assert _stored_for(session, todays[0]) == 0
        for earlier, today in zip([None, *todays], todays, strict=False):
            fresh = _fresh(session, today)
            assert len(fresh) == COUNT
            if earlier is not None:
                # What the earlier day stored and still holds is read, the rest computed.
                held = _stored_for(session, today)
                assert 0 < held <= COUNT
                assert list_contracts(session, today=today) == fresh, (earlier, today)
                _assert_expiring_the_same(session, today)
            stored = refresh_key_dates(session, today)
            assert stored == COUNT - (0 if earlier is None else held)
            assert _stored_for(session, today) == COUNT
            assert stale_contract_ids(session, today) == []
            assert list_contracts(session, today=today) == fresh, today
            _assert_expiring_the_same(session, today)


def test_a_new_day_computes_only_the_contracts_whose_dates_moved(demo: Register) -> None:
    with demo.transaction() as session:
        assert refresh_key_dates(session, DEMO_TODAY) == COUNT
        moved = refresh_key_dates(session, DEMO_TODAY + timedelta(days=1))
        assert 0 < moved < COUNT // 4
        assert refresh_key_dates(session, DEMO_TODAY + timedelta(days=1)) == 0
        # A day before what was stored is not covered by it: computed, never guessed.
        assert refresh_key_dates(session, DEMO_TODAY - timedelta(days=1)) == COUNT


def test_changing_a_term_field_forgets_the_stored_dates_whoever_changes_it(
    demo: Register,
) -> None:
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        first, second, third = session.scalars(select(Contract).order_by(Contract.id).limit(3))
        first.notice_period_count = (first.notice_period_count or 0) + 1
        first.notice_period_unit = first.notice_period_unit or "months"
        second.title = second.title + " (renamed)"  # not a term field: the dates still hold
        session.flush()
        # Another tool writing straight into the database.
        session.execute(update(Contract).where(Contract.id == third.id)
                        .values(end_date=func.coalesce(Contract.end_date, Contract.start_date)))
        session.execute(text("UPDATE contract SET postal_days = 2 WHERE id = :id"),
                        {"id": first.id})
        assert stale_contract_ids(session, DEMO_TODAY) == [first.id, third.id]
        fresh = _fresh(session, DEMO_TODAY)
        assert list_contracts(session, today=DEMO_TODAY) == fresh


def test_dates_stored_by_other_rules_are_computed_again(demo: Register) -> None:
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        session.execute(update(ContractKeyDates).values(computed_with="0/older"))
        assert len(stale_contract_ids(session, DEMO_TODAY)) == COUNT
        # Read as not stored: a forged or outdated row never reaches a list.
        session.execute(update(ContractKeyDates).values(notice_deadline=date(1999, 1, 1)))
        assert list_contracts(session, today=DEMO_TODAY) == _fresh(session, DEMO_TODAY)


def test_deleting_a_contract_deletes_its_stored_dates(demo: Register) -> None:
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        contract = session.scalars(select(Contract).limit(1)).one()
        session.delete(contract)
        session.flush()
        assert session.get(ContractKeyDates, contract.id) is None


def test_a_listing_reads_the_stored_dates_instead_of_computing_them(demo: Register) -> None:
    # Proof that the stored row is what a list shows: a deadline written into it
    # by hand (the rules' own word kept) is listed as it stands.
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        contract_id = session.scalars(
            select(ContractKeyDates.contract_id).where(ContractKeyDates.has_dates)
            .order_by(ContractKeyDates.contract_id).limit(1)).one()
        session.execute(update(ContractKeyDates)
                        .where(ContractKeyDates.contract_id == contract_id)
                        .values(notice_deadline=date(1999, 1, 1)))
        listed = {row.id: row for row in list_contracts(session, today=DEMO_TODAY)}
        assert listed[contract_id].notice_deadline == date(1999, 1, 1)


def test_the_reminder_check_stores_them_in_short_writes_and_a_viewer_stores_none(
    demo: Register, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(key_dates_store, "BATCH", 150)  # three writes for 400 contracts
    writes = []
    opened = demo.transaction

    def counted(**options: object) -> object:
        writes.append(options)
        return opened(**options)

    day = DEMO_TODAY + timedelta(days=3)
    monkeypatch.setattr(demo, "transaction", counted)
    assert key_dates_store.store_key_dates(demo, day) == COUNT
    assert writes == [{"durable": False}] * 3  # derived data: not flushed each
    monkeypatch.setattr(demo, "transaction", opened)
    with demo.reading() as session:
        assert stale_contract_ids(session, day) == []
        assert list_contracts(session, today=day) == _fresh(session, day)
    # The next day's reminder check stores only what rolled.
    run_reminder_check(demo, today=day + timedelta(days=1))
    with demo.reading() as session:
        assert stale_contract_ids(session, day + timedelta(days=1)) == []
    monkeypatch.setattr(demo, "team_role", "viewer")
    assert key_dates_store.store_key_dates(demo, day + timedelta(days=40)) == 0


def test_a_change_made_while_the_dates_were_computed_is_never_overwritten(
    demo: Register, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with demo.reading() as session:
        target = session.scalars(select(Contract.id).where(Contract.end_date.is_not(None))
                                 .order_by(Contract.id).limit(1)).one()
    computed = key_dates_store._computed

    def then_a_colleague_saves(session: Session, ids: list[int], today: date) -> object:
        rows = list(computed(session, ids, today))
        if target in ids:  # after computing, before storing: another program writes
            with demo.transaction() as other:
                other.execute(update(Contract).where(Contract.id == target)
                              .values(notice_buffer_days=Contract.notice_buffer_days + 3))
        return iter(rows)

    monkeypatch.setattr(key_dates_store, "_computed", then_a_colleague_saves)
    assert key_dates_store.store_key_dates(demo, DEMO_TODAY) == COUNT - 1
    with demo.reading() as session:
        assert stale_contract_ids(session, DEMO_TODAY) == [target]
        assert list_contracts(session, today=DEMO_TODAY) == _fresh(session, DEMO_TODAY)


def test_a_tool_deleting_with_foreign_keys_off_leaves_no_dates_for_a_reused_id(
    sqlite_register: Register,
) -> None:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=20, seed=3, today=DEMO_TODAY)
        refresh_key_dates(session, DEMO_TODAY)
        last = session.scalar(select(func.max(Contract.id)))
    path = sqlite_register.path
    assert path is not None
    sqlite_register.close()
    with sqlite3.connect(path) as connection:  # SQLite's default: foreign keys off
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM obligation WHERE contract_id = ?", (last,))
        connection.execute("DELETE FROM contract WHERE id = ?", (last,))
        left = connection.execute("SELECT count(*) FROM contract_key_dates WHERE contract_id = ?",
                                  (last,)).fetchone()
    connection.close()
    assert left == (0,)


def test_the_register_check_finds_stored_dates_that_disagree_with_the_terms(
    demo: Register,
) -> None:
    with demo.reading() as session:
        assert "no key dates are stored" in check_key_dates(session, DEMO_TODAY).summary
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        sound = check_key_dates(session, DEMO_TODAY)
        assert sound.findings == () and f" {COUNT:,} contracts agree" in sound.summary
        forged = session.scalars(
            select(ContractKeyDates.contract_id).where(ContractKeyDates.has_dates)
            .order_by(ContractKeyDates.contract_id).limit(1)).one()
        session.execute(update(ContractKeyDates).where(ContractKeyDates.contract_id == forged)
                        .values(notice_deadline=date(1999, 1, 1)))
        result = check_key_dates(session, DEMO_TODAY)
        reference = session.get(Contract, forged)
        assert reference is not None
        assert len(result.findings) == 1
        assert reference.reference in result.findings[0].text
        assert "notice deadline 1999-01-01 ≠" in result.findings[0].text
        # The summary counts those that agree: the forged one is the finding.
        assert f" {COUNT - 1:,} contracts agree" in result.summary, result.summary
