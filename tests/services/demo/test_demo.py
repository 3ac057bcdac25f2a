"""The demo register: deterministic, realistic, and something to act on today."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain import (
    DomainError,
    Period,
    PeriodUnit,
    RenewalMode,
    TermSpec,
    key_dates,
)
from contract_desk.models import AuditEvent, Contract, Obligation, Party
from contract_desk.services.demo.generate import DemoError, DemoSummary, generate_demo
from contract_desk.storage import Register, open_register

TODAY = date(2026, 5, 20)
COUNT = 300


def _rows(session: Session, entity: Any, skip: set[str], order: str = "uid"
          ) -> list[dict[str, Any]]:
    table = entity.__table__
    columns = [column for column in table.c if column.name not in skip]
    result = session.execute(select(*columns).order_by(table.c[order]))
    return [dict(row._mapping) for row in result]


def snapshot(register: Register) -> dict[str, list[dict[str, Any]]]:
    """Every demo row without the keys the database assigns, in a stable order."""
    with register.transaction() as session:
        party_names = dict(session.execute(select(Party.id, Party.name)).all())
        contract_uids = dict(session.execute(select(Contract.id, Contract.uid)).all())
        contracts = _rows(session, Contract, {"id"})
        for row in contracts:
            row["counterparty_id"] = party_names[row["counterparty_id"]]
        obligations = _rows(session, Obligation, {"id"})
        for row in obligations:
            row["contract_id"] = contract_uids[row["contract_id"]]
        return {
            "parties": _rows(session, Party, {"id"}),
            "contracts": contracts,
            "obligations": obligations,
            "audit": _rows(session, AuditEvent, {"id"}, order="entity_uid"),
        }


def fill(register: Register, *, count: int = COUNT, seed: int = 1, today: date = TODAY
         ) -> DemoSummary:
    """Generate a demo into ``register`` in one transaction."""
    with register.transaction() as session:
        return generate_demo(session, count=count, seed=seed, today=today)


@pytest.fixture
def demo(register: Register) -> Register:
    """A register (SQLite and PostgreSQL) holding the standard demo."""
    fill(register)
    return register


def _spec(contract: Contract) -> TermSpec:
    def period(count: int | None, unit: str | None) -> Period | None:
        return None if count is None or unit is None else Period(count, PeriodUnit(unit))

    assert contract.start_date is not None
    return TermSpec(
        start_date=contract.start_date,
        end_date=contract.end_date,
        initial_term=period(contract.initial_term_count, contract.initial_term_unit),
        renewal=RenewalMode(contract.renewal),
        renewal_term=period(contract.renewal_term_count, contract.renewal_term_unit),
        max_renewals=contract.max_renewals,
        final_end_date=contract.final_end_date,
        notice_period=period(contract.notice_period_count, contract.notice_period_unit),
        notice_buffer_days=contract.notice_buffer_days,
        notice_given_on=contract.notice_given_on,
    )


def test_same_seed_gives_identical_rows_on_every_backend(demo: Register, tmp_path: Path) -> None:
    other = open_register(tmp_path / "again.sqlite3")
    try:
        fill(other)
        first, second = snapshot(demo), snapshot(other)
    finally:
        other.close()
    assert len(first["contracts"]) == COUNT
    assert first == second


def test_a_different_seed_gives_different_contracts(sqlite_register: Register,
                                                    tmp_path: Path) -> None:
    fill(sqlite_register, seed=1)
    other = open_register(tmp_path / "other.sqlite3")
    try:
        fill(other, seed=2)
        first, second = snapshot(sqlite_register), snapshot(other)
    finally:
        other.close()
    uids = {row["uid"] for row in first["contracts"]}
    assert uids.isdisjoint(row["uid"] for row in second["contracts"])
    titles = [row["reference"] for row in first["contracts"]]
    assert titles != [row["reference"] for row in second["contracts"]]


def test_summary_counts_what_was_stored(register: Register) -> None:
    summary = fill(register, count=120)
    with register.transaction() as session:
        stored = {
            entity: len(session.execute(select(entity.id)).all())
            for entity in (Party, Contract, Obligation, AuditEvent)
        }
    assert summary.contracts == stored[Contract] == 120
    assert summary.parties == stored[Party] >= 10
    assert summary.obligations == stored[Obligation] > summary.contracts
    assert stored[AuditEvent] == 120


def test_each_contract_has_one_create_audit_event(demo: Register) -> None:
    with demo.transaction() as session:
        events = session.execute(select(AuditEvent)).scalars().all()
        uids = set(session.execute(select(Contract.uid)).scalars())
        assert sorted(e.entity_uid for e in events) == sorted(uids)
        assert {(e.action, e.entity, e.note, e.user) for e in events} == {
            ("create", "contract", "demo data", "demo")
        }
        assert all(e.contract_uid == e.entity_uid for e in events)


def test_timestamps_come_from_today_not_the_clock(sqlite_register: Register) -> None:
    long_ago = date(2015, 3, 2)
    fill(sqlite_register, count=40, today=long_ago)
    expected = datetime.combine(long_ago, time(8, 0), tzinfo=UTC)
    with sqlite_register.transaction() as session:
        stamps = set(session.execute(select(Contract.created_at)).scalars())
        stamps |= set(session.execute(select(Obligation.updated_at)).scalars())
        stamps |= set(session.execute(select(AuditEvent.at)).scalars())
    assert stamps == {expected}


def test_a_visible_share_is_due_within_90_days(demo: Register) -> None:
    horizon = TODAY + timedelta(days=90)
    due_soon = 0
    with demo.transaction() as session:
        contracts = session.execute(select(Contract)).scalars().all()
        for contract in contracts:
            keys = key_dates(_spec(contract), TODAY)
            dates = (keys.notice_deadline, keys.current_term_end)
            due_soon += any(d is not None and TODAY <= d <= horizon for d in dates)
    assert due_soon / len(contracts) >= 0.10


def test_some_obligations_are_overdue_and_some_met_late(demo: Register) -> None:
    with demo.transaction() as session:
        obligations = session.execute(select(Obligation)).scalars().all()
    overdue = [o for o in obligations if o.status in {"scheduled", "not_met"}
               and o.recurrence is None and o.due_date is not None and o.due_date < TODAY]
    late = [o for o in obligations if o.status == "met" and o.met_on and o.due_date
            and o.met_on > o.due_date]
    assert overdue and late
    assert {o.status for o in obligations} >= {"scheduled", "met", "not_met", "waived"}
    assert all(o.met_on is not None for o in obligations if o.status == "met")


def test_every_obligation_has_exactly_one_owner(demo: Register) -> None:
    with demo.transaction() as session:
        owners = session.execute(select(Obligation.owner)).scalars().all()
    assert owners and all(isinstance(owner, str) and owner.strip() for owner in owners)
    assert not any("," in owner or ";" in owner for owner in owners)


def test_recurrences_are_rrules_dateutil_expands(demo: Register) -> None:
    with demo.transaction() as session:
        series = session.execute(
            select(Obligation.due_date, Obligation.recurrence, Obligation.kind)
            .where(Obligation.recurrence.is_not(None))
        ).all()
    assert series
    for due, rule, _ in series:
        count = int(re.search(r"COUNT=(\d+)", rule).group(1))  # type: ignore[union-attr]
        start = datetime.combine(due, time())
        assert 1 <= len(list(rrulestr(rule, dtstart=start))) <= count
    month_end = [due for due, rule, kind in series
                 if kind == "payment" and rule.startswith("FREQ=MONTHLY;COUNT") and due.day == 31]
    assert month_end, "some monthly payments fall due on the 31st"


def test_demo_looks_like_an_international_register(demo: Register) -> None:
    with demo.transaction() as session:
        names = set(session.execute(select(Party.name)).scalars())
        contracts = session.execute(select(Contract)).scalars().all()
    assert {"Nordlys Energi AS", "Bergen kommune", "한빛소프트 주식회사",
            "深圳市华信科技有限公司"} <= names
    assert len({c.currency for c in contracts if c.currency}) >= 6
    assert {c.renewal for c in contracts} == {"none", "automatic", "option"}
    assert {c.notice_period_unit for c in contracts} >= {"days", "months", "business_days"}
    assert {c.direction for c in contracts} == {"buy", "sell", "other"}
    assert any(c.end_date is None for c in contracts), "some contracts are open-ended"
    assert any(c.custom for c in contracts), "some carry imported columns without a home"
    statuses = Counter(c.status for c in contracts)
    assert statuses.most_common(1)[0][0] == "active"
    assert {"draft", "terminated"} <= set(statuses)


def test_uids_are_random_version_4_uuids(demo: Register) -> None:
    with demo.transaction() as session:
        uids = list(session.execute(select(Contract.uid)).scalars())
        uids += session.execute(select(Obligation.uid)).scalars().all()
    assert len(set(uids)) == len(uids)
    assert {uuid.UUID(uid).version for uid in uids} == {4}


@pytest.mark.parametrize("count", [0, -5, 10_000_000])
def test_an_impossible_count_is_refused_clearly(sqlite_register: Register, count: int) -> None:
    with pytest.raises(DemoError, match="between 1 and") as caught, \
            sqlite_register.transaction() as session:
        generate_demo(session, count=count, today=TODAY)
    assert isinstance(caught.value, DomainError)
