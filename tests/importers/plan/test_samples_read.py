"""A column's first cells read as the import stores them (what the mapping page shows).

What ``SampleReader`` says a cell becomes must be what the import plans for it: the
same column plans, the same sample rows, the same currency from a currency column
or the one chosen. Checked here against ``build_plan`` on the same files.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.plan.samples_read import SampleReader

NORWEGIAN = (
    "Avtalenr;Tittel;Startdato;Sluttdato;Beløp;Valuta;Oppsigelse\n"
    "A-1;Renhold;01.02.2024;31.01.2026;125 000,50;NOK;3 mnd\n"
    "A-2;Lisenser;15.03.2025;14.03.2027;9 990,00;SEK;tre måneder\n"
    "A-3;Kaffe;01.13.2025;31.12.2026;1 200,00;NOK;når avtalt\n"
    "A-4;Vakthold;02.01.2025;01.01.2028;50 000,00;NOK;6 mnd\n"
)
CHINESE = (
    "合同编号,合同名称,签订日期,合同金额（万元）\n"
    "HT-1,物业服务,2024/07/01,12.5\n"
    "HT-2,保安服务,2024/08/15,218\n"
)


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _column(analysis, header: str) -> int:  # type: ignore[no-untyped-def]
    return analysis.header.columns.index(header)


def test_dates_amounts_and_periods_read_as_the_import_stores_them(tmp_path: Path) -> None:
    analysis = analyze(_file(tmp_path, "kontrakter.csv", NORWEGIAN))
    reader = SampleReader(analysis)
    mapping = analysis.mapping
    starts = reader.read(mapping, _column(analysis, "Startdato"))
    assert [cell.text for cell in starts] == ["01.02.2024", "15.03.2025", "01.13.2025"]
    assert starts[0].fields == {"start_date": date(2024, 2, 1)}  # day first, as the column says
    assert starts[2].fields == {} and starts[2].problem  # no 13th month: kept, with why
    amounts = reader.read(mapping, _column(analysis, "Beløp"), count=2)
    # The currency of each row's own currency column, not the one chosen for others.
    assert [dict(cell.fields) for cell in amounts] == [
        {"value": Decimal("125000.50"), "currency": "NOK"},
        {"value": Decimal("9990.00"), "currency": "SEK"}]
    notices = reader.read(mapping, _column(analysis, "Oppsigelse"))
    assert [cell.fields.get("notice_period") for cell in notices[:2]] == ["3 months"] * 2
    assert notices[2].problem is not None  # "når avtalt" names no period

    plan = build_plan(analysis, default_currency="EUR")
    by_row = {row.row: row for row in plan.rows}
    first = by_row[2]
    assert first.fields["start_date"] == starts[0].fields["start_date"]
    assert first.fields["value"] == amounts[0].fields["value"]
    assert first.fields["currency"] == amounts[0].fields["currency"]
    assert str(first.fields["notice_period"]) == notices[0].fields["notice_period"]
    assert "Startdato" in by_row[4].custom  # the unread date is kept as written there too


def test_a_header_in_ten_thousands_multiplies_and_names_the_currency(tmp_path: Path) -> None:
    analysis = analyze(_file(tmp_path, "合同.csv", CHINESE))
    reader = SampleReader(analysis)
    column = _column(analysis, "合同金额（万元）")
    assert analysis.mapping[column] == "value"
    cells = reader.read(analysis.mapping, column)
    assert [dict(cell.fields) for cell in cells] == [
        {"value": Decimal("125000.0"), "currency": "CNY"},
        {"value": Decimal("2180000"), "currency": "CNY"}]
    planned = build_plan(analysis).rows[0].fields
    assert (planned["value"], planned["currency"]) == (Decimal("125000.0"), "CNY")


def test_an_amount_without_a_currency_takes_the_one_chosen_or_none(tmp_path: Path) -> None:
    text = "Ref;Title;Amount\nR-1;Cleaning;1200\nR-2;Licences;990.5\n"
    analysis = analyze(_file(tmp_path, "plain.csv", text))
    reader = SampleReader(analysis)
    column = _column(analysis, "Amount")
    assert [dict(c.fields) for c in reader.read(analysis.mapping, column)] == [
        {"value": Decimal("1200")}, {"value": Decimal("990.5")}]
    chosen = reader.read(analysis.mapping, column, default_currency="USD")
    assert {c.fields["currency"] for c in chosen} == {"USD"}


@pytest.mark.parametrize("field", ["", None])
def test_a_column_going_to_no_field_reads_as_nothing(tmp_path: Path, field: str | None) -> None:
    analysis = analyze(_file(tmp_path, "kontrakter.csv", NORWEGIAN))
    column = _column(analysis, "Tittel")
    mapping = {**analysis.mapping, column: field or ""}
    if field is None:
        del mapping[column]
    assert SampleReader(analysis).read(mapping, column) == []


def test_another_field_chosen_reads_the_cells_again(tmp_path: Path) -> None:
    analysis = analyze(_file(tmp_path, "kontrakter.csv", NORWEGIAN))
    column = _column(analysis, "Sluttdato")
    mapping = {**analysis.mapping, column: "notice_given_on"}
    cells = SampleReader(analysis).read(mapping, column, count=1)
    assert cells[0].fields == {"notice_given_on": date(2026, 1, 31)}
    mapping[column] = "title"
    assert SampleReader(analysis).read(mapping, column, count=1)[0].fields == {
        "title": "31.01.2026"}
