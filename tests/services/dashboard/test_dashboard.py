"""Dashboard numbers checked against a small register built by hand (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from contract_desk.models import Alert
from contract_desk.services import add_obligation, create_contract, list_contracts
from contract_desk.services.dashboard.figures import Dashboard, annual_value, build_dashboard
from contract_desk.storage import Register

TODAY = date(2026, 6, 15)


def contract(session: Any, reference: str, **fields: Any) -> str:
    values = {"reference": reference, "title": reference, "owner": "Kari", **fields}
    return create_contract(session, values, user="t").uid


def obligation(session: Any, uid: str, **fields: Any) -> str:
    return add_obligation(session, uid, {"kind": "payment", "title": "x", **fields}, user="t").uid


@pytest.fixture
def register_uids(register: Register) -> tuple[Register, dict[str, str]]:
    """Six contracts whose dates fall in known places around 2026-06-15."""
    uids: dict[str, str] = {}
    with register.transaction() as s:
        # notice deadline 2026-06-30 (15 days), term ends 2026-09-30, renews by itself
        uids["renews"] = contract(s, "R", counterparty="Acme", contract_type="Service",
                                  start_date="2025-10-01", initial_term="1 year",
                                  renewal="automatic", notice_period="3 months",
                                  value="1200", currency="EUR")
        # ends for good 2026-07-31 (46 days); notice deadline 2026-06-30 (15 days)
        uids["ends"] = contract(s, "E", counterparty="Beta", contract_type="Lease",
                                start_date="2024-08-01", end_date="2026-07-31",
                                notice_period="1 month", value="30000", currency="EUR")
        # ends for good 2026-09-10 (87 days); a 3-year term worth 3,000 NOK: 1,000 a year
        uids["three_years"] = contract(s, "T", counterparty="Acme", contract_type="Service",
                                       start_date="2023-09-11", end_date="2026-09-10",
                                       value="3000", currency="NOK")
        # expired long ago: counts nowhere but in "by status"
        uids["old"] = contract(s, "O", counterparty="Beta", start_date="2020-01-01",
                               end_date="2020-12-31", value="999", currency="EUR")
        # open-ended, no value
        uids["open"] = contract(s, "N", counterparty="Gamma", start_date="2026-01-01")
        # a draft
        uids["draft"] = contract(s, "D", status="draft", start_date="2026-01-01",
                                 end_date="2026-12-31", value="5", currency="EUR")
        a, b = uids["renews"], uids["ends"]
        obligation(s, a, due_date="2026-05-01", amount="100", performer="counterparty",
                   status="met", met_on="2026-04-30")                         # on time
        obligation(s, a, due_date="2026-05-15", amount="100", performer="counterparty",
                   status="met", met_on="2026-05-20")                         # late
        obligation(s, a, due_date="2026-06-01", amount="100", performer="counterparty")
        # ^ overdue (open, past due): late too
        obligation(s, b, due_date="2026-07-10", amount="500", currency="EUR")  # payment due
        obligation(s, b, due_date="2026-08-31", amount="250",
                   recurrence="FREQ=MONTHLY;COUNT=3")                          # Aug, Sep, Oct
        obligation(s, b, kind="delivery", due_date="2025-01-01", status="met",
                   met_on="2025-01-01")                                       # met > 12 months ago
        obligation(s, b, kind="report", due_date="2026-06-10", status="waived")
        ack = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
        s.add_all([
            Alert(target_type="contract", target_uid=a, contract_id=_id(s, a),
                  key_kind="notice_deadline", key_date=date(2026, 7, 1), offset_days=30,
                  due_on=date(2026, 6, 1)),
            Alert(target_type="contract", target_uid=b, contract_id=_id(s, b),
                  key_kind="notice_deadline", key_date=date(2026, 6, 30), offset_days=30,
                  due_on=date(2026, 5, 31)),
            Alert(target_type="contract", target_uid=b, contract_id=_id(s, b), key_kind="term_end",
                  key_date=date(2026, 7, 31), offset_days=90, due_on=date(2026, 5, 2),
                  acknowledged_at=ack),
            Alert(target_type="contract", target_uid=b, contract_id=_id(s, b), key_kind="term_end",
                  key_date=date(2026, 7, 31), offset_days=60, due_on=date(2026, 6, 1),
                  withdrawn_at=ack),
        ])
    return register, uids


def _id(session: Any, uid: str) -> int:
    from contract_desk.services.register.contracts import load_contract
    return load_contract(session, uid).id


@pytest.fixture
def board(register_uids: tuple[Register, dict[str, str]]) -> Dashboard:
    register, _ = register_uids
    with register.transaction() as session:
        rows = list_contracts(session, today=TODAY)
        return build_dashboard(session, rows, TODAY)


@pytest.fixture
def uids(register_uids: tuple[Register, dict[str, str]]) -> dict[str, str]:
    return register_uids[1]


def test_active_contracts(board: Dashboard, uids: dict[str, str]) -> None:
    assert board.active.value == 4
    assert board.active.uids == {uids[k] for k in ("renews", "ends", "three_years", "open")}


def test_annual_value_per_currency_counts_long_terms_pro_rata(board: Dashboard,
                                                              uids: dict[str, str]) -> None:
    # 1,200 for a one-year term + 30,000 over two years
    assert board.annual_value["EUR"].value == Decimal("16200.00")
    assert board.annual_value["EUR"].uids == {uids["renews"], uids["ends"]}
    assert board.annual_value["NOK"].value == Decimal("1000.00")
    assert set(board.annual_value) == {"EUR", "NOK"}


def test_notices_due_in_30_60_90_days(board: Dashboard, uids: dict[str, str]) -> None:
    assert board.notices_due[30].uids == {uids["renews"], uids["ends"]}
    assert board.notices_due[30].value == 2
    assert board.notices_due[90].value == 2


def test_expiring_counts_only_terms_that_end_for_good(board: Dashboard,
                                                      uids: dict[str, str]) -> None:
    assert board.expiring[30].value == 0
    assert board.expiring[60].uids == {uids["ends"]}
    assert board.expiring[90].uids == {uids["ends"], uids["three_years"]}


def test_overdue_obligations(board: Dashboard, uids: dict[str, str]) -> None:
    assert board.overdue_obligations.value == 1
    assert board.overdue_obligations.uids == {uids["renews"]}


def test_alerts_waiting_are_neither_acknowledged_nor_withdrawn(board: Dashboard,
                                                               uids: dict[str, str]) -> None:
    assert board.alerts_waiting.value == 2
    assert board.alerts_waiting.uids == {uids["renews"], uids["ends"]}


def test_on_time_rate_of_the_last_12_months(board: Dashboard, uids: dict[str, str]) -> None:
    assert (board.on_time.on_time, board.on_time.met) == (1, 2)
    assert board.on_time.percent == 50.0
    assert board.on_time.uids == {uids["renews"]}


def chart(board: Dashboard, key: str) -> Any:
    return next(c for c in board.charts if c.key == key)


def test_expirations_and_notice_deadlines_per_month(board: Dashboard,
                                                    uids: dict[str, str]) -> None:
    months = chart(board, "key_dates_by_month")
    assert months.labels[0] == "2026-06" and months.labels[-1] == "2027-05"
    assert months.bar("2026-06", "notice").uids == {uids["ends"], uids["renews"]}
    assert months.bar("2026-07", "notice") is None
    assert months.bar("2026-07", "expiring").uids == {uids["ends"]}
    assert months.bar("2026-09", "expiring").uids == {uids["three_years"]}
    assert months.bar("2026-09", "notice") is None  # "T" has no notice period


def test_payments_due_per_month_per_currency(board: Dashboard, uids: dict[str, str]) -> None:
    payments = chart(board, "payments_by_month")
    assert payments.series == ("EUR",)
    assert payments.bar("2026-07", "EUR").value == Decimal("500.00")
    for month in ("2026-08", "2026-09", "2026-10"):
        assert payments.bar(month, "EUR").value == Decimal("250.00")
    assert payments.bar("2026-06", "EUR") is None  # the overdue one is not "due ahead"
    assert payments.bar("2026-11", "EUR") is None


def test_counterparty_performance_flags_repeated_delays(board: Dashboard,
                                                        uids: dict[str, str]) -> None:
    performance = chart(board, "counterparty_performance")
    assert performance.labels == ("Acme",)
    assert performance.bar("Acme", "on_time").value == 1
    late = performance.bar("Acme", "late")
    assert late.value == 2 and late.at_risk and late.uids == {uids["renews"]}


def test_contracts_by_status_and_type(board: Dashboard, uids: dict[str, str]) -> None:
    status = chart(board, "by_status")
    assert status.bar("active", "contracts").value == 4
    assert status.bar("expired", "contracts").uids == {uids["old"]}
    assert status.bar("draft", "contracts").value == 1
    types = chart(board, "by_type")
    assert types.labels[0] == "(none)" and types.bar("(none)", "contracts").value == 3
    assert types.bar("Service", "contracts").uids == {uids["renews"], uids["three_years"]}


def test_annual_value_of_a_short_or_open_term_is_its_value() -> None:
    from contract_desk.services.register.contract_records import contract_row
    base = {"id": 1, "uid": "u", "title": "t", "renewal": "none", "value": Decimal("90"),
            "currency": "EUR"}
    short = contract_row({**base, "start_date": date(2026, 1, 1),
                          "end_date": date(2026, 3, 31)}, TODAY)
    endless = contract_row({**base, "start_date": date(2026, 1, 1)}, TODAY)
    assert annual_value(short) == Decimal("90") and annual_value(endless) == Decimal("90")
