"""Value parsers for dates, periods and words, as real registers write them.

Money cells are tested in ``test_values_money``.
"""

from __future__ import annotations

import contextlib
import csv
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.lifecycle import Direction, Lifecycle
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.dates import excel_serial_to_date
from contract_desk.importers.values.parse_cell import (
    DateOrder,
    infer_date_order,
    parse_bool,
    parse_date,
    parse_direction,
    parse_period,
    parse_renewal,
    parse_status,
)

REGISTERS = Path(__file__).resolve().parents[4] / "shared" / "registers"
DMY, MDY, YMD = DateOrder.DMY, DateOrder.MDY, DateOrder.YMD


def register_column(name: str, column: str, delimiter: str = ",") -> list[str]:
    """One column of a shared CSV register, or skip when the folder is absent."""
    path = REGISTERS / name
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    with path.open(encoding="utf-8-sig", newline="") as file:
        return [row[column] for row in csv.DictReader(file, delimiter=delimiter) if row[column]]


# --- dates ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "order", "expected"), [
    ("31.12.2025", None, date(2025, 12, 31)),
    ("2025-12-31", None, date(2025, 12, 31)),
    ("12/31/2025", None, date(2025, 12, 31)),
    ("31/12/2025", None, date(2025, 12, 31)),
    ("03/04/2025", DMY, date(2025, 4, 3)),
    ("03/04/2025", MDY, date(2025, 3, 4)),
    ("05/05/2025", None, date(2025, 5, 5)),
    ("31 Dec 2025", None, date(2025, 12, 31)),
    ("Dec 31, 2025", None, date(2025, 12, 31)),
    ("December 31 2025", None, date(2025, 12, 31)),
    ("31-Dec-2025", None, date(2025, 12, 31)),
    ("31. desember 2025", None, date(2025, 12, 31)),
    ("31. des. 2025", None, date(2025, 12, 31)),
    ("17 maj 2025", None, date(2025, 5, 17)),
    ("1. marts 2025", None, date(2025, 3, 1)),
    ("1. März 2025", None, date(2025, 3, 1)),
    ("1er février 2025", None, date(2025, 2, 1)),
    ("31 de diciembre de 2025", None, date(2025, 12, 31)),
    ("15 de março de 2025", None, date(2025, 3, 15)),
    ("2025년 12월 31일", None, date(2025, 12, 31)),
    ("2025年12月31日", None, date(2025, 12, 31)),
    ("2025.12.31", None, date(2025, 12, 31)),
    ("2025/12/31", None, date(2025, 12, 31)),
    ("2025. 12. 31.", None, date(2025, 12, 31)),
    ("20251231", None, date(2025, 12, 31)),
    (" 12.03.2016 -", DMY, date(2016, 3, 12)),
    ("'31/12/2025", None, date(2025, 12, 31)),
    ("2025-12-31T14:30:00", None, date(2025, 12, 31)),
    ("31.12.2025 00:00:00", None, date(2025, 12, 31)),
    ("2/26/2025", MDY, date(2025, 2, 26)),
    ("29.02.2024", None, date(2024, 2, 29)),
    ("9999-12-31", None, date(9999, 12, 31)),
])
def test_text_dates(text: str, order: DateOrder | None, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("31.12.25", date(2025, 12, 31)),
    ("31.12.69", date(2069, 12, 31)),
    ("01.01.70", date(1970, 1, 1)),
    ("31-Dec-99", date(1999, 12, 31)),
])
def test_two_digit_years_follow_the_posix_rule(text: str, expected: date) -> None:
    assert parse_date(text, DMY) == expected


@pytest.mark.parametrize(("text", "order", "message"), [
    ("31.13.2025", DMY, "'31.13.2025' is not a date: there is no month 13"),
    ("31.13.2025", None, "neither 31 nor 13 is a month"),
    ("30.02.2025", None, "February 2025 has 28 days"),
    ("31/04/2025", None, "April 2025 has 30 days"),
    ("32.01.2025", DMY, "there is no day 32"),
    ("03/04/2025", None, "ambiguous"),
    ("2025-13-01", None, "there is no month 13"),
    ("March 2025", None, "expected a day, a month and a year"),
    ("Smarch 3, 2025", None, "'smarch' is not a month name"),
    ("90/2013", DMY, "is not a date"),
    ("31.12.1025", DMY, "outside 1900-9999"),
    ("", None, "empty"),
    ("45291", None, "is not a date"),
])
def test_text_that_is_no_date_says_why(text: str, order: DateOrder | None, message: str) -> None:
    with pytest.raises(ValueParseError, match=message):
        parse_date(text, order)


def test_real_date_cells_pass_through() -> None:
    assert parse_date(date(2025, 1, 31)) == date(2025, 1, 31)
    # Spreadsheets hold naive date-times: there is no zone in a cell.
    assert parse_date(datetime(2025, 1, 31, 17, 45)) == date(2025, 1, 31)  # noqa: DTZ001


@pytest.mark.parametrize(("serial", "expected"), [
    (45657, date(2024, 12, 31)),
    (45658.75, date(2025, 1, 1)),
    (Decimal(45658), date(2025, 1, 1)),
    (18264, date(1950, 1, 1)),
    (109939, date(2200, 12, 31)),
    (20251231, date(2025, 12, 31)),
    (20240229.0, date(2024, 2, 29)),
])
def test_excel_serials(serial: float, expected: date) -> None:
    assert parse_date(serial) == expected


@pytest.mark.parametrize("number", [2016, 18263, 109940, 1_250_000.5, float("nan"), -45000,
                                    20251331, 12345678, 20251231.5])
def test_numbers_outside_1950_to_2200_are_no_dates(number: float) -> None:
    with pytest.raises(ValueParseError, match="is not a date"):
        parse_date(number)


def test_the_1900_system_with_its_fake_leap_day() -> None:
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)
    with pytest.raises(ValueParseError, match="29 February 1900"):
        excel_serial_to_date(60)


@pytest.mark.parametrize("cell", [True, None, time(12, 0)])
def test_cells_of_other_kinds_are_no_dates(cell: CellValue) -> None:
    with pytest.raises(ValueParseError):
        parse_date(cell)


@pytest.mark.parametrize(("samples", "order", "ambiguous", "evidence"), [
    (["03/04/2025", "13/02/2025"], DMY, False, "13/02/2025 can only be day-first"),
    (["03/04/2025", "02/13/2025"], MDY, False, "02/13/2025 can only be month-first"),
    (["03/04/2025", "05/06/2025"], None, True, "03/04/2025 could be day-first or month-first"),
    (["13/02/2025", "02/13/2025"], None, True, "conflicting"),
    (["03.04.2025", " 05.06.2016 -"], DMY, False, "by convention"),
    (["2025-12-31", "2025/01/02"], YMD, False, "year-first"),
    ([date(2025, 1, 1), 45000, None, "n/a"], None, False, "no numeric text dates"),
])
def test_date_order_from_a_columns_evidence(samples: list[CellValue], order: DateOrder | None,
                                            ambiguous: bool, evidence: str) -> None:
    decision = infer_date_order(samples)
    assert (decision.order, decision.ambiguous) == (order, ambiguous)
    assert evidence in decision.evidence


def test_an_undecided_column_still_reads_the_cells_that_prove_themselves() -> None:
    decision = infer_date_order(["13/02/2025", "02/13/2025"])
    assert parse_date("13/02/2025", decision.order) == date(2025, 2, 13)
    with pytest.raises(ValueParseError, match="ambiguous"):
        parse_date("03/04/2025", decision.order)


@pytest.mark.parametrize(("file", "column", "order", "delimiter"), [
    ("br_ufrn_contratos.csv", "inicio", DMY, ";"),
    ("br_ufrn_contratos.csv", "vencimento", DMY, ";"),
    ("us_fedgov_lease_terminations.csv", "date", MDY, ","),
    ("mx_compranet_contratos.csv", "fecha_inicio", YMD, ","),
    ("ca_toronto_awarded_contracts_2024snapshot.csv", "Award Date", YMD, ","),
])
def test_real_date_columns_are_decided_and_every_cell_reads(
        file: str, column: str, order: DateOrder, delimiter: str) -> None:
    cells = register_column(file, column, delimiter=delimiter)
    decision = infer_date_order(cells)
    assert decision.order is order, decision.evidence
    parsed = [parse_date(cell, decision.order) for cell in cells]
    assert all(1990 <= day.year <= 2040 for day in parsed)


def test_gjakova_dates_with_stray_dashes() -> None:
    path = REGISTERS / "xk_gjakova_procurement_contracts_2016_noheader.csv"
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    with path.open(encoding="utf-8", newline="") as file:
        cells = [row[7] for row in csv.reader(file) if row[7].strip()]
    decision = infer_date_order(cells)
    assert decision.order is DMY
    assert {parse_date(cell, decision.order).year for cell in cells} <= {2015, 2016, 2017}


_NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember"]
_STYLES = {
    "dots": lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
    "iso": lambda d: d.isoformat(),
    "us": lambda d: f"{d.month}/{d.day}/{d.year}",
    "korean": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    "chinese": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "norwegian": lambda d: f"{d.day}. {_NO_MONTHS[d.month - 1]} {d.year}",
    "english": lambda d: d.strftime("%d %b %Y"),
}


@given(st.dates(min_value=date(1900, 1, 1)), st.sampled_from(sorted(_STYLES)))
def test_any_date_written_in_any_style_reads_back(day: date, style: str) -> None:
    order = MDY if style == "us" else DMY
    assert parse_date(_STYLES[style](day), order) == day


@given(st.one_of(st.text(max_size=30), st.text(alphabet="0123456789./- ²٣０年월日jan", max_size=12),
                 st.integers(), st.floats(), st.decimals(), st.none(), st.booleans()),
       st.sampled_from([None, DMY, MDY, YMD]))
def test_any_cell_is_a_date_or_a_parse_error(cell: CellValue, order: DateOrder | None) -> None:
    with contextlib.suppress(ValueParseError):
        assert isinstance(parse_date(cell, order), date)


# --- periods -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "count", "unit"), [
    ("12 months", 12, "months"), ("1 year", 1, "years"), ("3 måneder", 3, "months"),
    ("90 dager", 90, "days"), ("6 mnd", 6, "months"), ("6 mnd.", 6, "months"),
    ("2 år", 2, "years"), ("3 månader", 3, "months"), ("12 Monate", 12, "months"),
    ("3 mois", 3, "months"), ("6 meses", 6, "months"), ("3개월", 3, "months"),
    ("90일", 90, "days"), ("1년", 1, "years"), ("三个月", 3, "months"), ("90天", 90, "days"),
    ("一年", 1, "years"), ("两年", 2, "years"), ("36 M", 36, "months"),
    ("4 uker", 4, "weeks"), ("3ヶ月", 3, "months"), ("1,5 år", 18, "months"),
    ("半年", 6, "months"), ("十二个月", 12, "months"), ("三十六个月", 36, "months"),
    ("30 business days", 30, "business_days"), ("30 virkedager", 30, "business_days"),
    ("30 Werktage", 30, "business_days"), ("30 jours ouvrés", 30, "business_days"),
    ("30 días hábiles", 30, "business_days"), ("30个工作日", 30, "business_days"),
])
def test_periods_in_the_register_languages(text: str, count: int, unit: str) -> None:
    assert parse_period(text) == Period(count, PeriodUnit(unit))


_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@pytest.mark.parametrize(("numeral", "number"),
                         [*zip(_NUMERALS, range(1, 13), strict=True), ("两", 2)])
def test_chinese_numerals(numeral: str, number: int) -> None:
    assert parse_period(f"{numeral}个月") == Period(number, PeriodUnit.MONTHS)


def test_a_bare_number_takes_the_columns_unit() -> None:
    assert parse_period(12, unit_hint=PeriodUnit.MONTHS) == Period(12, PeriodUnit.MONTHS)
    assert parse_period("90", unit_hint="days") == Period(90, PeriodUnit.DAYS)
    assert parse_period(24.0, unit_hint="months") == Period(24, PeriodUnit.MONTHS)
    with pytest.raises(ValueParseError, match="has no unit"):
        parse_period(12)


@pytest.mark.parametrize(("cell", "message"), [
    ("0 months", "longer than zero"), ("5 parsecs", "'parsecs' is not a unit"),
    ("3 月", "'月' is not a unit"), ("三三年", "not a number"), ("1.5 months", "whole number"),
    ("500 years", "100 years"), ("soon", "expected a number and a unit"), (True, "not a period"),
])
def test_periods_refused_with_a_reason(cell: CellValue, message: str) -> None:
    with pytest.raises(ValueParseError, match=message):
        parse_period(cell)


@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.decimals(), st.none()),
       st.sampled_from([None, "months", "days"]))
def test_any_cell_is_a_period_or_a_parse_error(cell: CellValue, hint: str | None) -> None:
    with contextlib.suppress(ValueParseError):
        assert isinstance(parse_period(cell, unit_hint=hint), Period)


# --- words ---------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["yes", "Ja", "oui", "sí", "Sim", "예", "是", "TRUE", "1", "x",
                                  "X", 1, True])
def test_yes_words(word: CellValue) -> None:
    assert parse_bool(word) is True


@pytest.mark.parametrize("word", ["no", "Nei", "nej", "Nein", "non", "não", "아니오", "否",
                                  "false", "0", 0, False])
def test_no_words(word: CellValue) -> None:
    assert parse_bool(word) is False


@pytest.mark.parametrize("word", ["maybe", "", "2", 2, None])
def test_neither_yes_nor_no(word: CellValue) -> None:
    with pytest.raises(ValueParseError, match="yes or no"):
        parse_bool(word)


@pytest.mark.parametrize(("word", "mode"), [
    ("Auto-renew", "automatic"), ("automatisk fornyelse", "automatic"),
    ("Stilltiende", "automatic"), ("tacit", "automatic"), ("evergreen", "automatic"),
    ("tacite reconduction", "automatic"), ("자동갱신", "automatic"), ("Option", "option"),
    ("opsjon", "option"), ("no", "none"), ("nei", "none"), ("None", "none"),
])
def test_renewal_words(word: str, mode: str) -> None:
    assert parse_renewal(word) == mode


def test_yes_does_not_say_how_a_contract_renews() -> None:
    with pytest.raises(ValueParseError, match="does not say how the contract renews"):
        parse_renewal("Yes")


@pytest.mark.parametrize(("word", "status"), [
    ("Active", "active"), ("aktiv", "active"), ("Gyldig", "active"), ("vigente", "active"),
    ("有效", "active"), ("진행중", "active"), ("expired", "expired"), ("Utløpt", "expired"),
    ("vencido", "expired"), ("已到期", "expired"), ("만료", "expired"),
    ("terminated", "terminated"), ("oppsagt", "terminated"), ("sagt opp", "terminated"),
    ("rescindido", "terminated"), ("终止", "terminated"), ("해지", "terminated"),
    ("draft", "draft"), ("utkast", "draft"), ("In review", "in_review"),
    ("in_review", "in_review"), ("godkjent", "approved"), ("archived", "archived"),
])
def test_status_words(word: str, status: str) -> None:
    assert parse_status(word) == status


@pytest.mark.parametrize(("word", "direction"), [
    ("Purchase", "buy"), ("innkjøp", "buy"), ("Lieferant", "buy"), ("采购", "buy"),
    ("Sales", "sell"), ("salg", "sell"), ("venta", "sell"), ("Other", "other"),
])
def test_direction_words(word: str, direction: str) -> None:
    assert parse_direction(word) == direction


@pytest.mark.parametrize("parse", [parse_renewal, parse_status, parse_direction])
def test_unknown_words_are_refused_not_guessed(parse: object) -> None:
    with pytest.raises(ValueParseError, match="'activ-ish' is not"):
        parse("activ-ish")  # type: ignore[operator]



@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.decimals(), st.none(),
                 st.booleans()))
def test_any_cell_is_a_word_or_a_parse_error(cell: CellValue) -> None:
    for parse in (parse_bool, parse_renewal, parse_status, parse_direction):
        with contextlib.suppress(ValueParseError):
            assert parse(cell) in {True, False, *RenewalMode, *Lifecycle, *Direction}
