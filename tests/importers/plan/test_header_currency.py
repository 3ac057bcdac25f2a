"""A header that names a currency settles the currency of its whole column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan, header_currency


@pytest.mark.parametrize(("header", "currency"), [
    ("Beløp (NOK)", "NOK"), ("Amount EUR", "EUR"), ("Contract Value (USD)", "USD"),
    ("value_usd", "USD"), ("contract-value-sek", "SEK"), ("ContractValueUSD", "USD"),
    ("AmountEUR", "EUR"), ("USDAmount", "USD"), ("금액(KRW)", "KRW"), ("合同金额(CNY)", "CNY"),
])
def test_a_currency_named_in_any_header_style(header: str, currency: str) -> None:
    assert header_currency(header) == currency


@pytest.mark.parametrize("header", ["Contract Value", "CONTRACT VALUE", "ContractID",
                                    "Value EUR/NOK", "NegotiatedDiscountPct", "Amount",
                                    "SupplierID", "CTRNumber"])
def test_no_currency_or_two_settle_nothing(header: str) -> None:
    assert header_currency(header) is None


def test_a_camel_case_register_keeps_its_amounts_in_the_header_currency(tmp_path: Path) -> None:
    # A public procurement register's own header style.
    path = tmp_path / "contracts.csv"
    path.write_text("ContractID,SupplierID,StartDate,EndDate,ContractValueUSD,AutoRenewal\n"
                    "CTR00001,SUP0001,2024-04-01,2025-06-29,4649365.43,Yes\n"
                    "CTR00002,SUP0001,2023-07-12,2024-11-30,268497.2,No\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    first = plan.rows[0].fields
    assert (first["value"], first["currency"]) == (Decimal("4649365.43"), "USD")
    assert all(not row.problems for row in plan.rows)
