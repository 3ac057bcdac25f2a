"""Each contract's obligation summary equals one worked out obligation by obligation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from contract_desk.domain.health import HealthWindow
from contract_desk.domain.obligations import is_overdue
from contract_desk.domain.recurrence import RecurrenceError, next_occurrence
from contract_desk.models import Contract, Obligation
from contract_desk.services import add_obligation, mark_obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.health import (
    NO_OBLIGATIONS,
    OPEN_STATES,
    ObligationSummary,
    health_judge,
    obligation_summaries,
    row_health,
)
from contract_desk.services.listing.queries import list_contracts
from contract_desk.services.register.contract_records import contract_row
from contract_desk.storage import Register

START = date(2026, 12, 3)
_A_ROW = contract_row({"id": 1, "uid": "u1", "title": "Lease", "version_id": 1}, START)


def plainly(obligations: list[Obligation], today: date) -> dict[int, tuple[date | None, int]]:
    """Next open due date and overdue count per contract, one obligation at a time."""
    found: dict[int, tuple[date | None, int]] = {}
    for obligation in obligations:
        if obligation.status not in OPEN_STATES or obligation.due_date is None:
            continue
        recurring = obligation.recurrence is not None
        if recurring:
            try:
                upcoming = next_occurrence(obligation.due_date, obligation.recurrence, today)
            except RecurrenceError:
                upcoming = today
            if upcoming is not None and upcoming > today + timedelta(days=400):
                upcoming = None
        else:
            upcoming = obligation.due_date if obligation.due_date >= today else None
        late = is_overdue(obligation.due_date, obligation.status, recurring=recurring, today=today)
        known, overdue = found.get(obligation.contract_id, (None, 0))
        if upcoming is not None and (known is None or upcoming < known):
            known = upcoming
        found[obligation.contract_id] = (known, overdue + int(late))
    return {key: value for key, value in found.items() if value != (None, 0)}


def summarised(summaries: dict) -> dict[int, tuple[date | None, int]]:
    shown = {key: (s.next_due, s.overdue) for key, s in summaries.items()}
    return {key: value for key, value in shown.items() if value != (None, 0)}


@pytest.mark.parametrize("today", [START, date(2027, 1, 31), date(2028, 2, 29),
                                   date(2028, 3, 1), date(2031, 6, 30)])
def test_summaries_equal_a_count_obligation_by_obligation(register: Register, today) -> None:
    with register.transaction() as session:
        generate_demo(session, count=60, seed=7, today=START)
        uid, other = session.scalars(select(Contract.uid).order_by(Contract.id)).all()[:2]
        # Misses recorded on a series and on a one-off, and a series from a month end,
        # also kept on time by another contract (same first day and rule, other state).
        for owner in (other, uid):
            add_obligation(session, owner, {"title": "Fee", "due_date": "2026-01-31",
                                            "recurrence": "FREQ=MONTHLY"}, user="t")
        series = add_obligation(session, uid, {"title": "Fee", "due_date": "2026-01-31",
                                               "recurrence": "FREQ=MONTHLY"}, user="t")
        mark_obligation(session, series.uid, "not_met", expected_version=1, user="t")
        once = add_obligation(session, uid, {"title": "Report", "due_date": "2026-06-30"},
                              user="t")
        mark_obligation(session, once.uid, "partially_met", met_on=START,
                        expected_version=1, user="t")
    with register.transaction() as session:
        obligations = list(session.scalars(select(Obligation)))
        assert len({o.recurrence for o in obligations}) > 2  # several kinds of series
        expected = plainly(obligations, today)
        assert expected  # the demo has open obligations on every one of these days
        assert summarised(obligation_summaries(session, today=today)) == expected
        for contract_id in {o.contract_id for o in obligations[:40]}:
            alone = summarised(obligation_summaries(session, today=today,
                                                    contract_id=contract_id))
            assert alone == {k: v for k, v in expected.items() if k == contract_id}


@pytest.mark.parametrize("today", [START, date(2027, 1, 31), date(2028, 2, 29),
                                   date(2029, 6, 30)])
def test_sidebar_counts_equal_each_views_rule_and_each_groups_values(
        register: Register, today) -> None:
    from collections import Counter

    from contract_desk.services.listing.saved_views import (
        BUILT_IN,
        GROUPS,
        group_counts,
        summarize,
        view_by_key,
        view_counts,
    )
    from contract_desk.services.listing.totals import money_totals
    from contract_desk.services.listing.window_list import load_listing

    with register.transaction() as session:
        generate_demo(session, count=300, seed=11, today=START)
    with register.transaction() as session:
        items = load_listing(session, today=today)
    # Another tool may have stored empty text: it counts as no value.
    items += [replace(items[0], row=items[0].row._replace(department="", owner=""))]
    # The one pass's edges: a term ending today and one 90 days on (in), 91 days on
    # (out); notice given on an automatic renewal (expiring after all); an expired one
    # with an overdue obligation (in "Overdue" as well).
    edges = [items[1].row._replace(effective_status="active", current_term_end=today + delta,
                                   renewal=renewal, notice_given_on=given,
                                   notice_deadline=today + delta)
             for delta in (timedelta(0), timedelta(90), timedelta(91))
             for renewal, given in (("automatic", None), ("automatic", START), ("none", None))]
    items += [replace(items[1], row=row) for row in edges]
    items += [replace(items[2], row=items[2].row._replace(effective_status="expired"),
                      overdue_obligations=2)]
    counts = view_counts(items, today)
    assert counts == {view.key: sum(1 for i in items if view.rule(i, today)) for view in BUILT_IN}
    assert 0 < counts["active"] < counts["all"] == len(items)
    assert all(counts[key] > 0 for key in ("notice_due", "expiring", "overdue", "expired"))
    for field in GROUPS:
        plain = Counter(getattr(i.row, field) or None for i in items)
        assert dict(group_counts(items, field)) == dict(plain)
        for value, count in group_counts(items, field):
            view = view_by_key(f"{field}:{value or ''}")
            assert sum(1 for i in items if view.rule(i, today)) == count
    summary = summarize(items, today)
    assert summary.counts == counts
    assert summary.groups == {field: group_counts(items, field) for field in GROUPS}
    assert summary.totals == money_totals(i.row for i in items) != ()


def test_a_built_in_view_the_one_pass_does_not_know_is_counted_by_its_rule(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract_desk.services.listing import saved_views
    from contract_desk.services.listing.window_list import load_listing

    with register.transaction() as session:
        generate_demo(session, count=40, seed=3, today=START)
    with register.transaction() as session:
        items = load_listing(session, today=START)
    titled = saved_views.SavedView("titled_l", "Titles with an l",
                                   lambda item, today: "l" in item.row.title)
    monkeypatch.setattr(saved_views, "BUILT_IN", (*saved_views.BUILT_IN, titled))
    counts = saved_views.view_counts(items, START)
    assert counts["titled_l"] == sum(1 for i in items if "l" in i.row.title) > 0
    assert counts["all"] == len(items)


_DAYS = st.one_of(st.none(), st.dates(min_value=date(2026, 10, 1), max_value=date(2027, 6, 1)))


@settings(max_examples=400, deadline=None)
@given(send_by=_DAYS, deadline=_DAYS, term_end=_DAYS, next_due=_DAYS, given_on=_DAYS,
       overdue=st.integers(0, 2), renewal=st.sampled_from(["automatic", "none", "optional"]),
       status=st.sampled_from(["active", "renewed", "expired", "terminated", "archived",
                               "draft", "approved"]),
       risk=st.integers(0, 30), attention=st.integers(0, 120),
       today=st.dates(min_value=date(2026, 11, 1), max_value=date(2027, 3, 1)))
def test_the_health_judge_says_what_row_health_says(send_by, deadline, term_end, next_due,
                                                     given_on, overdue, renewal, status, risk,
                                                     attention, today) -> None:
    row = _A_ROW._replace(send_by=send_by, notice_deadline=deadline, current_term_end=term_end,
                          notice_given_on=given_on, renewal=renewal, effective_status=status)
    summary = ObligationSummary(next_due, overdue)
    window = HealthWindow(attention_days=attention, risk_days=risk)
    assert health_judge(today, window)(row, summary) == row_health(
        row, summary, today=today, window=window)


def test_the_health_judge_agrees_over_a_demo_register(register: Register) -> None:
    with register.transaction() as session:
        generate_demo(session, count=120, seed=9, today=START)
    for today in (START, date(2027, 1, 31), date(2028, 2, 29)):
        with register.reading() as session:
            rows = list_contracts(session, today=today)
            summaries = obligation_summaries(session, today=today)
        judge = health_judge(today)
        judged = [judge(row, summaries.get(row.id, NO_OBLIGATIONS)) for row in rows]
        assert judged == [row_health(row, summaries.get(row.id, NO_OBLIGATIONS), today=today)
                          for row in rows]
        assert len(set(judged)) >= 3


def _plans(register: Register, compute: Callable[[Session], object]) -> list[str]:
    """The query plan of each SELECT ``compute`` sends."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    engine = register.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with register.reading() as session:
            assert compute(session)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    plans = []
    with engine.connect() as connection:
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue  # the transaction's own statements
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" ".join(str(row[-1]) for row in plan))
    return plans


def test_the_summaries_read_only_the_open_obligations_index(sqlite_register: Register) -> None:
    # Both queries (one-offs grouped by contract, the open series) are answered by
    # ix_obligation_open_summary alone, never by reading each obligation's row: at
    # 300,000 obligations that is a third of a second of every window start.
    with sqlite_register.transaction() as session:
        generate_demo(session, count=40, seed=5, today=START)
    plans = _plans(sqlite_register, lambda session: obligation_summaries(session, today=START))
    assert len(plans) == 2
    assert all("COVERING INDEX ix_obligation_open_summary" in plan for plan in plans), plans
    # Grouped as read, in contract order: a sort's memory would stay with the window.
    assert not any("TEMP B-TREE" in plan for plan in plans), plans


def test_some_contracts_summaries_are_read_from_indexes_alone(sqlite_register: Register) -> None:
    # The contracts whose summaries rolled (3,383 a day at 1,000,000 obligations): their
    # series by the contract's index, which holds rule and status (0017); reading each
    # obligation's row instead was a third of the daily check's summaries.
    with sqlite_register.transaction() as session:
        generate_demo(session, count=60, seed=5, today=START)
        ids = sorted(session.scalars(select(Contract.id)))[::7]  # scattered: IN lists
    plans = _plans(sqlite_register, lambda session: obligation_summaries(
        session, today=START, contract_ids=ids))
    assert len(plans) == 2, plans
    assert "COVERING INDEX ix_obligation_open_summary" in plans[0], plans
    assert "COVERING INDEX ix_obligation_contract" in plans[1], plans
