"""Amounts a header counts in thousands, millions or 万: multiplied, never stored as written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.header_scale import HeaderScale, header_scale


@pytest.mark.parametrize(("header", "factor", "currency"), [
    ("Value ($000)", 1_000, None), ("Value (£'000)", 1_000, None), ("Amount (000)", 1_000, None),
    ("Amount (in thousands)", 1_000, None), ("Amount in 1,000s", 1_000, None),
    ("Value (1000 NOK)", 1_000, None), ("Beløp i 1000 kr", 1_000, None),
    ("Contract value (kEUR)", 1_000, "EUR"), ("Value (EUR k)", 1_000, "EUR"),
    ("Montant (k€)", 1_000, "EUR"), ("Wert (TEUR)", 1_000, "EUR"), ("Wert in Tsd. €", 1_000, None),
    ("Importe (miles de euros)", 1_000, None), ("Belopp (tkr)", 1_000, None),
    ("Beløp (MNOK)", 1_000_000, "NOK"), ("Beløp (mill. kr)", 1_000_000, None),
    ("Amount USD millions", 1_000_000, None), ("Cost ($m)", 1_000_000, None),
    ("Value €m", 1_000_000, "EUR"), ("Belopp mkr", 1_000_000, None),
    ("금액(천원)", 1_000, "KRW"), ("계약금액(백만원)", 1_000_000, "KRW"),
    ("사업비 (억원)", 100_000_000, "KRW"), ("보증금(만원)", 10_000, "KRW"),
    ("合同金额（万元）", 10_000, "CNY"), ("合同金额(亿元)", 100_000_000, "CNY"),
    ("合約金額(萬元)", 10_000, None),  # traditional: Taiwan, Hong Kong or Macau
    ("金额（千元）", 1_000, None),
    ("契約金額(千円)", 1_000, "JPY"), ("予算(百万円)", 1_000_000, "JPY"),
    # The unit alone names the currency: each amount as written.
    ("금액(원)", 1, "KRW"), ("계약금액 (단위: 원)", 1, "KRW"), ("金額（円）", 1, "JPY"),
])
def test_the_unit_a_header_counts_in(header: str, factor: int, currency: str | None) -> None:
    found = header_scale(header)
    assert found is not None and (found.factor, found.currency) == (factor, currency)
    assert found.words and found.words in header.replace("（", "(").replace("）", ")")


@pytest.mark.parametrize("header", [
    "Amount", "Contract value", "Beløp (NOK)", "Value (USD)", "Mileage", "Mall value",
    "Mars contract", "Kontraktsverdi", "Total inkl. mva", "Account 1000", "金额(元)",
    "合同金额", "계약금액", "Milestone payment", "Miles driven", "Amount (2000-2024)",
])
def test_headers_without_a_unit_leave_amounts_as_written(header: str) -> None:
    assert header_scale(header) is None


def _plan(tmp_path: Path, header: str, cells: list[str], currency: str = "") -> list[dict]:
    path = tmp_path / "register.csv"
    extra = ",Valuta" if currency else ""
    lines = [f"Ref,Title,Supplier,{header}{extra}"]
    lines += [f'R-{n},Contract {n},Supplier {n},"{cell}"' + (f",{currency}" if currency else "")
              for n, cell in enumerate(cells)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    assert all(not row.problems for row in plan.rows), [row.problems for row in plan.rows]
    return [dict(row.fields) for row in plan.rows]


def test_a_register_in_ten_thousands_of_yuan_is_stored_in_yuan(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "合同金额（万元）", ["12.5", "1,250.00", "0.3"])
    assert [(row["value"], row["currency"]) for row in rows] == [
        (Decimal("125000"), "CNY"), (Decimal("12500000"), "CNY"), (Decimal("3000"), "CNY")]


def test_millions_of_kroner_and_thousands_of_won(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "Beløp (MNOK)", ["1,5", "12"])
    assert [(row["value"], row["currency"]) for row in rows] == [
        (Decimal("1500000"), "NOK"), (Decimal("12000000"), "NOK")]
    rows = _plan(tmp_path, "계약금액(천원)", ["48,000", "1,120,500"])
    assert [(row["value"], row["currency"]) for row in rows] == [
        (Decimal("48000000"), "KRW"), (Decimal("1120500000"), "KRW")]


def test_thousands_of_dollars_take_the_currency_column(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "Value ($000)", ["12.5", "1,250"], currency="CAD")
    assert [(row["value"], row["currency"]) for row in rows] == [
        (Decimal("12500"), "CAD"), (Decimal("1250000"), "CAD")]


def test_the_column_says_it_multiplied(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Ref,Title,Supplier,合同金额（万元）\nR-1,清洁服务,甲公司,12.5\n",
                    encoding="utf-8")
    analysis = analyze(path)
    plan = build_plan(analysis)
    assert plan.rows[0].fields["value"] == Decimal("125000")
    notes = " ".join(note for note in plan.notes if note)
    assert "'万元'" in notes and "10,000" in notes and "125,000" in notes, notes


def test_scale_is_a_plain_value() -> None:
    assert header_scale("금액(천원)") == HeaderScale(1_000, "KRW", "천원")
