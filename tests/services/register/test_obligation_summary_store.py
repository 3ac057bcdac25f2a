"""Stored obligation summaries are the summaries: proven against a fresh computation.

On SQLite each contract's next open due date and overdue count are stored with
the days they hold for (``contract_obligation_summary``, schema 0015), so that
opening the window reads them. These tests store them on one day of the demo
register (with the series that test the bounds: a rule this version cannot
read, a series beyond the 400 days looked ahead, a recorded miss still ahead)
and require, on every later day sampled, that every summary read as holding
equals one computed afresh, and that every change of an obligation, by the
program or by plain SQL, makes its contract's summary computed again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from contract_desk.models import Contract, ContractObligationSummary, Obligation
from contract_desk.services import add_obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.obligation_summaries import (
    NO_OBLIGATIONS,
    held_summaries,
    listing_summaries,
    obligation_summaries,
    store_summaries,
)
from contract_desk.storage import Register

DEMO_TODAY = date(2026, 5, 20)
#: Month ends, a leap day, the turn of a year, and the days around the 400-day look.
TODAYS = (date(2026, 5, 20), date(2026, 5, 21), date(2026, 5, 31), date(2026, 6, 30),
          date(2026, 12, 31), date(2027, 1, 1), date(2027, 2, 28), date(2027, 6, 24),
          date(2027, 6, 25), date(2027, 6, 26), date(2028, 2, 29), date(2028, 3, 1))
USER = "tester"


@pytest.fixture
def demo(register: Register) -> Iterator[dict[str, Any]]:
    with register.transaction() as session:
        generate_demo(session, count=150, seed=3, today=DEMO_TODAY)
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id).limit(4)))

        def series(uid: str, first: date, rule: str, status: str = "scheduled") -> int:
            made = add_obligation(session, uid, {"kind": "payment", "title": rule, "owner": "Kari",
                                                 "due_date": first, "recurrence": rule},
                                  user=USER)
            session.flush()
            if status != "scheduled":
                session.execute(text("UPDATE obligation SET status = :s WHERE uid = :u"),
                                {"s": status, "u": made.uid})
            return session.execute(select(Obligation.id)
                                   .where(Obligation.uid == made.uid)).scalar_one()

        beyond = series(contracts[0], DEMO_TODAY + timedelta(days=401), "FREQ=YEARLY")
        miss_ahead = series(contracts[1], DEMO_TODAY + timedelta(days=10), "FREQ=MONTHLY",
                            "not_met")
        unreadable = series(contracts[2], DEMO_TODAY - timedelta(days=40), "FREQ=MONTHLY")
        # A rule this version cannot read (another tool, a newer version wrote it).
        session.execute(text("UPDATE obligation SET recurrence = 'FREQ=FORTNIGHTLY' "
                             "WHERE id = :i"), {"i": unreadable})
    yield {"register": register, "contracts": contracts, "beyond": beyond,
           "miss_ahead": miss_ahead, "unreadable": unreadable}


def _all_ids(register: Register) -> list[int]:
    with register.reading() as session:
        return list(session.scalars(select(Contract.id).order_by(Contract.id)))


def _fresh(register: Register, today: date) -> dict[int, Any]:
    with register.reading() as session:
        return obligation_summaries(session, today=today)


def _listed(register: Register, today: date, ids: list[int]) -> dict[int, Any]:
    with register.reading() as session:
        return listing_summaries(session, today=today, contract_ids=ids)


def _held(register: Register, today: date) -> dict[int, Any]:
    with register.reading() as session:
        return held_summaries(session, today)


def _same(found: dict[int, Any], fresh: dict[int, Any], ids: list[int]) -> list[int]:
    return [i for i in ids if found.get(i, NO_OBLIGATIONS) != fresh.get(i, NO_OBLIGATIONS)]


@pytest.fixture(params=["by batches", "all in one read"])
def store_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways the store computes: a read per batch, or (with many contracts missing:
    here always) every batch claimed, then all summed in one read."""
    from contract_desk.services.register import obligation_summaries as summaries

    if request.param == "all in one read":
        monkeypatch.setattr(summaries, "STORE_ALL_FROM", 0)
        monkeypatch.setattr(summaries, "STORE_BATCH", 40)  # several batches claimed first
    return str(request.param)


def test_summaries_read_on_later_days_equal_fresh_ones(demo: dict[str, Any],
                                                       store_way: str) -> None:
    register = demo["register"]
    ids = _all_ids(register)
    stored = store_summaries(register, DEMO_TODAY)
    sqlite = register.engine.dialect.name == "sqlite"
    assert stored == (len(ids) if sqlite else 0)
    held_later = 0
    for today in TODAYS:
        fresh = _fresh(register, today)
        assert _same(_listed(register, today, ids), fresh, ids) == [], today
        held = _held(register, today)
        assert _same(held, fresh, list(held)) == [], today
        held_later += len(held)
    if sqlite:
        # Most hold for weeks: read, not computed (proves the reading is exercised).
        assert len(_held(register, DEMO_TODAY + timedelta(days=1))) > len(ids) * 0.8
        assert held_later > len(ids) * 3
        with register.reading() as session:
            until = dict(session.execute(select(ContractObligationSummary.contract_id,
                                                ContractObligationSummary.valid_until)).all())
        contract_of = _contract_ids(register, demo)
        assert until[contract_of["unreadable"]] == DEMO_TODAY  # due "today" moves daily
        assert until[contract_of["miss_ahead"]] <= DEMO_TODAY + timedelta(days=10)
        assert until[contract_of["beyond"]] <= DEMO_TODAY + timedelta(days=0)
    else:
        assert held_later == 0  # PostgreSQL: nothing stored, everything computed


def _contract_ids(register: Register, demo: dict[str, Any]) -> dict[str, int]:
    with register.reading() as session:
        return {name: session.execute(select(Obligation.contract_id)
                                      .where(Obligation.id == demo[name])).scalar_one()
                for name in ("beyond", "miss_ahead", "unreadable")}


def test_every_stored_summary_holds_on_every_day_it_says(sqlite_register: Register,
                                                         store_way: str) -> None:
    # Day by day (then weekly) for over two years: wherever a stored row says it
    # holds, it is the fresh computation of that day.
    with sqlite_register.transaction() as session:
        generate_demo(session, count=120, seed=9, today=DEMO_TODAY)
    store_summaries(sqlite_register, DEMO_TODAY)
    with sqlite_register.reading() as session:
        rows = list(session.execute(select(
            ContractObligationSummary.contract_id, ContractObligationSummary.valid_until,
            ContractObligationSummary.next_due, ContractObligationSummary.overdue)))
    days = [DEMO_TODAY + timedelta(days=n) for n in (*range(90), *range(90, 800, 7))]
    checked = 0
    for day in days:
        fresh = _fresh(sqlite_register, day)
        for contract_id, until, next_due, overdue in rows:
            if day <= until:
                expected = fresh.get(contract_id, NO_OBLIGATIONS)
                assert (next_due, overdue) == (expected.next_due, expected.overdue), (
                    contract_id, day, until)
                checked += 1
    assert checked > len(rows) * 40
    assert any(until >= DEMO_TODAY + timedelta(days=60) for _, until, _, _ in rows)
    assert any(next_due is not None for _, _, next_due, _ in rows)
    assert any(overdue > 0 for _, _, _, overdue in rows)


def _one_obligation(register: Register, contract_id: int) -> int:
    with register.reading() as session:
        return session.execute(select(Obligation.id).where(
            Obligation.contract_id == contract_id).order_by(Obligation.id).limit(1)).scalar_one()


def _sql(register: Register, statement: str, **values: Any) -> None:
    with register.transaction() as session:
        session.execute(text(statement), values)


def test_any_change_of_an_obligation_makes_its_summary_computed_again(
        sqlite_register: Register) -> None:
    register = sqlite_register
    with register.transaction() as session:
        generate_demo(session, count=60, seed=4, today=DEMO_TODAY)
        with_obligations = sorted(set(session.scalars(select(Obligation.contract_id))))
    ids = _all_ids(register)
    day = DEMO_TODAY + timedelta(days=1)

    def stored_again() -> None:
        store_summaries(register, DEMO_TODAY)
        assert set(_held(register, day)) == set(ids)

    def not_held(*contract_ids: int, rest: bool = True) -> None:
        held = _held(register, day)
        for contract_id in contract_ids:
            assert contract_id not in held, contract_id
        if rest:  # only these are computed again; the rest still read
            assert len(held) == len(ids) - len(contract_ids)
        assert _same(_listed(register, day, ids), _fresh(register, day), ids) == []

    stored_again()
    a, b, c, d, e = with_obligations[:5]
    one = _one_obligation(register, a)
    _sql(register, "UPDATE obligation SET due_date = '2026-05-19' WHERE id = :i", i=one)
    not_held(a)
    stored_again()
    _sql(register, "UPDATE obligation SET status = 'waived' WHERE id = :i", i=one)
    not_held(a)
    stored_again()
    _sql(register, "UPDATE obligation SET recurrence = 'FREQ=MONTHLY' WHERE id = :i", i=one)
    not_held(a)
    stored_again()
    _sql(register, "UPDATE obligation SET contract_id = :b WHERE id = :i", i=one, b=b)
    not_held(a, b)
    stored_again()
    # What a summary does not depend on keeps it.
    _sql(register, "UPDATE obligation SET title = 'x', next_reminder_on = '2027-01-01' "
                   "WHERE id = :i", i=one)
    assert set(_held(register, day)) == set(ids)
    # Added by plain SQL (no trigger on inserts): above the mark, so not read.
    _sql(register, "INSERT INTO obligation (uid, contract_id, kind, performer, title, due_date,"
                   " status, custom, version_id, created_at, created_by, updated_at,"
                   " updated_by) VALUES ('aa11', :c, 'payment', 'us', 'new', '2026-05-25',"
                   " 'scheduled', '{}', 1, '2026-05-20 08:00:00', 'sql', '2026-05-20 08:00:00',"
                   " 'sql')", c=c)
    not_held(c)
    stored_again()
    # The highest obligation deleted, its id given again to a row of another contract.
    with register.reading() as session:
        top, top_contract = session.execute(select(Obligation.id, Obligation.contract_id)
                                            .order_by(Obligation.id.desc()).limit(1)).one()
    _sql(register, "DELETE FROM obligation WHERE id = :i", i=top)
    not_held(top_contract)  # the highest: the mark goes below it, no other is above
    stored_again()
    _sql(register, "INSERT INTO obligation (id, uid, contract_id, kind, performer, title,"
                   " due_date, status, custom, version_id, created_at, created_by, updated_at,"
                   " updated_by) VALUES (:i, 'bb22', :d, 'payment', 'us', 'again', '2026-05-21',"
                   " 'scheduled', '{}', 1, '2026-05-20 08:00:00', 'sql',"
                   " '2026-05-20 08:00:00', 'sql')", i=top, d=d)
    not_held(d)
    stored_again()
    # An old row deleted (only its contract's summary goes), then put back under its own
    # id, as a tool restoring it would: no trigger sees an insert, but the obligations'
    # count no longer agrees with the mark's, so nothing stored is read until the next store.
    old = _one_obligation(register, e)
    with register.reading() as session:
        row = dict(session.execute(text("SELECT * FROM obligation WHERE id = :i"),
                                   {"i": old}).mappings().one())
    _sql(register, "DELETE FROM obligation WHERE id = :i", i=old)
    not_held(e)
    stored_again()
    columns = ", ".join(row)
    _sql(register, f"INSERT INTO obligation ({columns}) VALUES "
                   f"({', '.join(':' + name for name in row)})", **row)
    assert _held(register, day) == {}
    not_held(e, rest=False)
    stored_again()
    # A contract deleted: its row goes with it.
    _sql(register, "DELETE FROM contract WHERE id = :i", i=a)
    with register.reading() as session:
        assert session.scalar(select(func.count()).select_from(ContractObligationSummary)
                              .where(ContractObligationSummary.contract_id == a)) == 0


def test_the_window_listing_reads_what_the_reminder_check_stored(
        sqlite_register: Register) -> None:
    from contract_desk.services.listing.window_list import load_listing
    from contract_desk.services.reminders.run import run_reminder_check

    with sqlite_register.transaction() as session:
        generate_demo(session, count=80, seed=6, today=DEMO_TODAY)
    run_reminder_check(sqlite_register, today=DEMO_TODAY)
    day = DEMO_TODAY + timedelta(days=1)
    assert len(_held(sqlite_register, day)) > 60  # the check stored them
    fresh = _fresh(sqlite_register, day)
    with sqlite_register.reading() as session:
        items = load_listing(session, today=day)
    assert [item.overdue_obligations for item in items] == [
        fresh.get(item.row.id, NO_OBLIGATIONS).overdue for item in items]
    assert any(item.overdue_obligations for item in items)


def test_an_export_reads_what_the_reminder_check_stored(
        sqlite_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract_desk.services.listing import export_data
    from contract_desk.services.listing.health import health_judge
    from contract_desk.services.register import obligation_summaries as summaries_module
    from contract_desk.services.reminders.run import run_reminder_check

    with sqlite_register.transaction() as session:
        generate_demo(session, count=80, seed=6, today=DEMO_TODAY)
    day = DEMO_TODAY + timedelta(days=1)
    run_reminder_check(sqlite_register, today=day)
    fresh = _fresh(sqlite_register, day)
    judge = health_judge(day)
    with sqlite_register.reading() as session:
        contracts = export_data.select_contracts(session, today=day)
        expected = [judge(row, fresh.get(row.id, NO_OBLIGATIONS)) for row in contracts]

        def computed(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("an export computed summaries the reminder check stored")

        # Every summary holds: computing any of them again (by whichever name: every
        # one computes through _summaries) would fail the export.
        monkeypatch.setattr(summaries_module, "_summaries", computed)
        data = export_data.load_export_data(session, contracts, today=day)
    assert list(data.health) == expected
    assert any(fresh.get(row.id, NO_OBLIGATIONS).overdue for row in contracts)


def test_the_register_check_finds_a_summary_stored_wrong(sqlite_register: Register) -> None:
    from contract_desk.services.checking.obligation_summaries import check_obligation_summaries

    with sqlite_register.transaction() as session:
        generate_demo(session, count=40, seed=2, today=DEMO_TODAY)
        first = session.scalars(select(Contract.id).order_by(Contract.id)).first()
        reference = session.scalar(select(Contract.reference).where(Contract.id == first))
    with sqlite_register.reading() as session:
        unstored = check_obligation_summaries(session, DEMO_TODAY)
    assert not unstored.findings and "no obligation summaries are stored" in unstored.summary
    store_summaries(sqlite_register, DEMO_TODAY)
    with sqlite_register.reading() as session:
        sound = check_obligation_summaries(session, DEMO_TODAY)
    assert sound.findings == ()
    assert "stored for 40 contracts agree with a recomputation for 2026-05-20" in sound.summary
    # Stored wrong by another tool (no trigger watches the summaries themselves).
    _sql(sqlite_register, "UPDATE contract_obligation_summary SET overdue = overdue + 7 "
                          "WHERE contract_id = :i", i=first)
    with sqlite_register.reading() as session:
        found = check_obligation_summaries(session, DEMO_TODAY)
    [finding] = found.findings
    assert finding.text.startswith(f"{reference} ")
    assert "differs from a recomputation" in finding.text
    assert "7 overdue" in finding.text or "8 overdue" in finding.text, finding.text
    # The summary counts those that agree: the one stored wrong is the finding.
    assert "stored for 39 contracts agree with a recomputation" in found.summary, found.summary


def test_every_summary_stored_wrong_is_named_past_the_five_hundredth(
        sqlite_register: Register) -> None:
    from contract_desk.services.checking.obligation_summaries import check_obligation_summaries

    with sqlite_register.transaction() as session:
        generate_demo(session, count=520, seed=3, today=DEMO_TODAY)
        references = set(session.scalars(select(Contract.reference)))
    store_summaries(sqlite_register, DEMO_TODAY)
    _sql(sqlite_register, "UPDATE contract_obligation_summary SET overdue = overdue + 7")
    with sqlite_register.reading() as session:
        found = check_obligation_summaries(session, DEMO_TODAY)
    assert len(found.findings) == 520
    # Each by its reference and title (the names were read for the first 500 only).
    assert all(finding.text.split(" ", 1)[0] in references for finding in found.findings)
    assert "stored for 0 contracts agree" in found.summary, found.summary


def test_a_change_while_the_summaries_are_computed_is_not_overwritten(
        sqlite_register: Register, monkeypatch: pytest.MonkeyPatch, store_way: str) -> None:
    # The summaries are computed while only reading (the write lock is held only to
    # write): an obligation changed by another program meanwhile deletes its contract's
    # placeholder, so what was computed before the change is not stored for it.
    from contract_desk.services.register import obligation_summaries as summaries

    with sqlite_register.transaction() as session:
        generate_demo(session, count=30, seed=8, today=DEMO_TODAY)
        contract_id, obligation_id = session.execute(
            select(Obligation.contract_id, Obligation.id).where(Obligation.recurrence.is_(None))
            .order_by(Obligation.id).limit(1)).one()
    computed = summaries.summaries_until

    def meanwhile(session: Any, **kwargs: Any) -> Any:
        found = computed(session, **kwargs)  # computed from what was there
        _sql(sqlite_register, "UPDATE obligation SET due_date = '2026-05-10', "
                              "status = 'not_met' WHERE id = :i", i=obligation_id)
        return found

    monkeypatch.setattr(summaries, "summaries_until", meanwhile)
    store_summaries(sqlite_register, DEMO_TODAY)
    monkeypatch.undo()
    held = _held(sqlite_register, DEMO_TODAY)
    assert contract_id not in held and len(held) == 29
    ids = _all_ids(sqlite_register)
    assert _same(_listed(sqlite_register, DEMO_TODAY, ids), _fresh(sqlite_register, DEMO_TODAY),
                 ids) == []
    with sqlite_register.reading() as session:
        placeholders = session.scalar(select(func.count()).select_from(ContractObligationSummary)
                                      .where(ContractObligationSummary.computed_with == "pending"))
    assert placeholders == 0  # its placeholder went with the change
    store_summaries(sqlite_register, DEMO_TODAY)  # the next store computes it
    assert len(_held(sqlite_register, DEMO_TODAY)) == 30
