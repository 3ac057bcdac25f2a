"""The status bar's money totals: per currency, never mixed, rows without money left out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from contract_desk.services import create_contract
from contract_desk.services.listing.totals import CurrencyTotal, money_totals
from contract_desk.services.register.contract_records import contract_row
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register


def _rows(register: Register, *values: tuple[str | None, str | None]) -> list[ContractRow]:
    with register.transaction() as session:
        return [create_contract(session, {
            "title": f"Contract {n}", "value": None if value is None else Decimal(value),
            "currency": currency, "start_date": date(2025, 1, 1)}, user="t")
            for n, (value, currency) in enumerate(values)]


def test_each_currency_is_summed_on_its_own_in_code_order(sqlite_register: Register) -> None:
    rows = _rows(sqlite_register, ("900.00", "EUR"), ("10000", "KRW"), ("1000.00", "EUR"),
                 ("0.10", "NOK"))
    assert money_totals(rows) == (
        CurrencyTotal("EUR", Decimal("1900.00"), 2),
        CurrencyTotal("KRW", Decimal("10000"), 1),
        CurrencyTotal("NOK", Decimal("0.10"), 1),
    )


def test_rows_without_a_value_or_a_currency_count_nowhere(sqlite_register: Register) -> None:
    priced, unpriced = _rows(sqlite_register, ("120", "NOK"), (None, "NOK"))
    without_currency = priced._replace(currency=None)
    assert money_totals([priced, unpriced, without_currency]) == (
        CurrencyTotal("NOK", Decimal("120"), 1),)


def test_nothing_shown_sums_to_nothing() -> None:
    assert money_totals([]) == ()


def test_decimal_sums_stay_exact(sqlite_register: Register) -> None:
    rows = _rows(sqlite_register, *[("0.10", "EUR")] * 3)
    (total,) = money_totals(rows)
    assert total.total == Decimal("0.30")  # a float sum would give 0.30000000000000004


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.decimals(min_value=-10**30, max_value=10**30, places=2,
                                     allow_nan=False)),
    st.sampled_from([None, "", "EUR", "NOK", "KRW"])), max_size=40))
def test_totals_equal_a_running_sum_in_row_order(pairs) -> None:
    # Past 28 digits Decimal rounds each addition: the order of adding must be the rows'.
    base = contract_row({"id": 1, "uid": "u1", "title": "t", "version_id": 1}, date(2026, 1, 1))
    rows = [base._replace(value=value, currency=currency) for value, currency in pairs]
    running: dict[str, tuple[Decimal, int]] = {}
    for row in rows:
        if row.value is not None and row.currency:
            total, count = running.get(row.currency, (Decimal(0), 0))
            running[row.currency] = (total + row.value, count + 1)
    assert money_totals(rows) == tuple(
        CurrencyTotal(code, *running[code]) for code in sorted(running))
