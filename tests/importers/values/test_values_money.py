"""Money cells: symbols and codes, every thousands style, signs, column decisions."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.parse_cell import Money, infer_decimal_mark, parse_money

REGISTERS = Path(__file__).resolve().parents[4] / "shared" / "registers"


@pytest.mark.parametrize(("cell", "amount", "currency"), [
    ("1,234.56", "1234.56", None),
    ("1.234,56", "1234.56", None),
    ("1 234,56", "1234.56", None),
    ("1\u00a0234,56", "1234.56", None),
    ("1\u202f234,56", "1234.56", None),
    ("1\u2009234,56", "1234.56", None),
    ("1'234.56", "1234.56", None),
    ("1’234.56", "1234.56", None),
    ("11.340.000,66", "11340000.66", None),
    ("1,234,567", "1234567", None),
    ("1,23,45,678.00", "12345678.00", None),
    ("R$    11.340.000,66", "11340000.66", "BRL"),
    ('"$162,483.50 "', "162483.50", None),
    ("0", "0", None),
    ("9.9 €", "9.9", "EUR"),
    ("€ 1.234,56", "1234.56", "EUR"),
    ("£12", "12", "GBP"),
    ("₩1,500,000", "1500000", "KRW"),
    ("1 500 000원", "1500000", "KRW"),
    ("12 500 元", "12500", "CNY"),
    ("NOK 1 000,-", "1000", "NOK"),
    ("1 000 NOK", "1000", "NOK"),
    ("CHF 1'250.50", "1250.50", "CHF"),
    ("Fr. 100.–", "100", "CHF"),
    ("usd 99.95", "99.95", "USD"),
    ("US$ 1,000.00", "1000.00", "USD"),
    ("(1,234.56)", "-1234.56", None),
    ("($1,234.56)", "-1234.56", None),
    ("€ (1.234,56)", "-1234.56", "EUR"),
    ("-1 234,50", "-1234.50", None),
    ("\u22121 234,50", "-1234.50", None),
    ("1.234,56-", "-1234.56", None),
    ("-€1,234.56", "-1234.56", "EUR"),
    ("€-5", "-5", "EUR"),
    ("+5,5", "5.5", None),
    ("0,125", "0.125", None),
    ("1234,567", "1234.567", None),
    (",50", "0.50", None),
    ("1.25E+10", "12500000000", None),
])
def test_amounts_as_people_write_them(cell: str, amount: str, currency: str | None) -> None:
    assert parse_money(cell) == Money(Decimal(amount), currency)


@pytest.mark.parametrize(("number", "amount"), [
    (12500000000.0, "12500000000"), (0.1, "0.1"), (1234.56, "1234.56"), (7, "7"),
    (Decimal("1.005"), "1.005"), (-250.75, "-250.75"),
])
def test_spreadsheet_numbers_are_exact(number: float, amount: str) -> None:
    money = parse_money(number)
    assert money.amount == Decimal(amount)
    assert str(money.amount) in (amount, f"{amount}.0")  # never 0.1000000000000000055...


@pytest.mark.parametrize(("cell", "hint", "currency", "note"), [
    ("kr 1 000", None, None, "'kr' could be DKK, ISK, NOK, SEK"),
    ("1.000,00 kr.", None, None, "'kr.' could be"),
    ("$500", None, None, "'$' could be"),
    ("¥500", None, None, "'¥' could be CNY, JPY"),
    ("kr 1 000", "sek", "SEK", None),
    ("$500", "CAD", "CAD", None),
    ("1 000", "NOK", "NOK", None),
    (1000, "NOK", "NOK", None),
    ("kr 1 000", "EUR", None, "does not match the column's currency EUR"),
    ("USD 5", "NOK", "USD", "the cell says USD but the column's currency is NOK"),
])
def test_a_symbol_shared_by_currencies_needs_the_columns_currency(
        cell: CellValue, hint: str | None, currency: str | None, note: str | None) -> None:
    money = parse_money(cell, currency_hint=hint)
    assert money.currency == currency
    if note is None:
        assert money.notes == ()
    else:
        assert note in money.notes[0]


def test_a_symbol_and_a_code_that_agree_settle_the_currency() -> None:
    assert parse_money("$330,000 CAD", decimal_mark=".") == Money(Decimal(330000), "CAD")


@pytest.mark.parametrize(("cell", "message"), [
    ("1,234", "ambiguous"), ("1.234", "ambiguous"), ("$999, 999", "ambiguous"),
    ("99.99/MT", "not an amount"), ("TBD", "not an amount"), ("", "empty"),
    ("-", "not an amount"), ("--5", "more than one minus"), ("(-5)", "more than one minus"),
    ("12,34,5", "groups of three"), ("1 2345", "groups of three"),
    ("1.234.5,6", "groups of three"), ("1,234.567,8", "decimal mark"),
    ("€ 100 USD", "name different currencies"), (True, "not an amount"),
    (None, "not an amount"), (float("inf"), "not an amount"), (Decimal("NaN"), "not an amount"),
])
def test_cells_that_are_no_amount_say_why(cell: CellValue, message: str) -> None:
    with pytest.raises(ValueParseError, match=message):
        parse_money(cell)


def test_an_ambiguous_cell_follows_the_columns_decimal_mark() -> None:
    assert parse_money("1,234", decimal_mark=".").amount == Decimal(1234)
    assert parse_money("1,234", decimal_mark=",").amount == Decimal("1.234")
    assert parse_money("1.234", decimal_mark=",").amount == Decimal(1234)
    # The cell's own evidence wins over the column's.
    assert parse_money("1,5", decimal_mark=".").amount == Decimal("1.5")


def test_a_bad_currency_hint_is_named() -> None:
    with pytest.raises(ValueParseError, match="'EURO' is not a currency code"):
        parse_money("5", currency_hint="EURO")


@pytest.mark.parametrize(("samples", "mark", "ambiguous", "evidence"), [
    (["1,234", "$1,234,567", 5.0], ".", False, "$1,234,567"),
    (["1.234", "11.340.000,66"], ",", False, "decimal mark is a comma"),
    (["1.234", "1,5", "2.25"], None, True, "conflicting"),
    (["1.234", "TBD"], None, True, "1.234 could use either mark"),
    (["1234", 12.5, None, "n/a"], None, False, "no amount"),
])
def test_decimal_mark_from_a_columns_evidence(samples: list[CellValue], mark: str | None,
                                              ambiguous: bool, evidence: str) -> None:
    decision = infer_decimal_mark(samples)
    assert (decision.mark, decision.ambiguous) == (mark, ambiguous)
    assert evidence in decision.evidence


def _column(name: str, column: str, delimiter: str = ",") -> list[str]:
    path = REGISTERS / name
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    with path.open(encoding="utf-8-sig", newline="") as file:
        return [row[column] for row in csv.DictReader(file, delimiter=delimiter) if row[column]]


def test_toronto_awarded_amounts_in_a_dozen_formats() -> None:
    cells = _column("ca_toronto_awarded_contracts_2024snapshot.csv", "Awarded Amount")
    decision = infer_decimal_mark(cells)
    assert decision.mark == "."
    parsed, refused = [], []
    for cell in cells:
        try:
            parsed.append(parse_money(cell, currency_hint="CAD", decimal_mark=decision.mark))
        except ValueParseError:
            refused.append(cell)
    # Only a unit price per tonne ("99.99/MT") is no contract amount.
    assert len(refused) == 1
    assert refused[0].endswith("/MT")
    assert all(m.currency == "CAD" and m.amount >= 0 for m in parsed)
    assert Money(Decimal("162483.50"), "CAD") in parsed


def test_brazilian_reais_with_dots_and_a_comma() -> None:
    cells = _column("br_ufrn_contratos.csv", "valor", delimiter=";")
    assert infer_decimal_mark(cells).mark == ","
    amounts = [parse_money(cell) for cell in cells]
    assert {m.currency for m in amounts} == {"BRL"}
    assert amounts[0].amount == Decimal("11340000.66")


def test_us_lease_values_and_mexican_amounts() -> None:
    leases = _column("us_fedgov_lease_terminations.csv", "value")
    assert all(parse_money(cell).amount >= 0 for cell in leases)
    mexico = _column("mx_compranet_contratos.csv", "importe_contrato")
    assert parse_money(mexico[1]).amount == Decimal("3758926.57")


_Formatter = Callable[[Decimal], str]


def _grouped(amount: Decimal, group: str, mark: str) -> str:
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    digits = f"{int(whole):,}".replace(",", group)
    return digits + (mark + fraction if fraction else "")


_STYLES: dict[str, tuple[_Formatter, str]] = {
    "english": (lambda x: _grouped(x, ",", "."), "."),
    "german": (lambda x: _grouped(x, ".", ","), ","),
    "french": (lambda x: _grouped(x, "\u202f", ","), ","),
    "norwegian": (lambda x: _grouped(x, "\u00a0", ","), ","),
    "swiss": (lambda x: _grouped(x, "'", "."), "."),
    "plain": (lambda x: _grouped(x, "", "."), "."),
}
_SIGNS: dict[str, Callable[[str], str]] = {
    "minus": lambda s: f"-{s}", "parentheses": lambda s: f"({s})",
    "trailing": lambda s: f"{s}-", "unicode minus": lambda s: f"\u2212{s}",
}
_CURRENCIES = ["", "€ {}", "{} €", "NOK {}", "{} kr", "R$ {}", "{}\u00a0USD", "₩{}"]


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False),
       st.sampled_from(sorted(_STYLES)), st.sampled_from(sorted(_SIGNS)),
       st.sampled_from(_CURRENCIES))
def test_any_amount_formatted_any_way_reads_back(amount: Decimal, style: str, sign: str,
                                                 currency: str) -> None:
    formatter, mark = _STYLES[style]
    text = formatter(amount)
    if amount < 0:
        text = _SIGNS[sign](text)
    if currency:
        text = currency.format(text)
    assert parse_money(text, decimal_mark=mark).amount == amount


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False),
       st.sampled_from(sorted(_STYLES)))
def test_without_the_columns_mark_a_cell_reads_right_or_says_it_is_ambiguous(
        amount: Decimal, style: str) -> None:
    text = _STYLES[style][0](amount)
    try:
        assert parse_money(text).amount == abs(amount)
    except ValueParseError as error:
        assert "ambiguous" in str(error)


@given(st.one_of(st.text(max_size=25), st.text(alphabet="0123456789.,' -()€$kr\u00a0", max_size=15),
                 st.integers(), st.floats(), st.decimals(), st.none(), st.booleans()),
       st.sampled_from([None, ".", ","]))
def test_any_cell_is_money_or_a_parse_error(cell: CellValue, mark: str | None) -> None:
    with contextlib.suppress(ValueParseError):
        assert isinstance(parse_money(cell, decimal_mark=mark), Money)


def test_money_is_frozen_and_notes_do_not_change_equality() -> None:
    money = parse_money("kr 5")
    assert money == Money(Decimal(5), None)
    with pytest.raises(AttributeError):
        money.amount = Decimal(2)  # type: ignore[misc]


@pytest.mark.parametrize(("number", "currency", "amount", "noted"), [
    (1011127.899999996, "BRL", "1011127.90", False),  # a formula's float: Excel shows ,90
    (0.1 + 0.2, "EUR", "0.30", False),
    (1358.016, "BRL", "1358.02", True),  # real extra decimals: rounded as shown, and said
    (2500000.5, "KRW", "2500001", True),  # KRW has no minor unit
    (12.3456, "KWD", "12.346", True),
    (1e20, "USD", "100000000000000000000.00", False),
    (356544.199999998, "BRL", "356544.20", False),  # noise at the 15th digit: nothing to say
])
def test_spreadsheet_numbers_are_read_as_the_spreadsheet_shows_money(
        number: float, currency: str, amount: str, noted: bool) -> None:
    money = parse_money(number, currency_hint=currency)
    assert money.amount == Decimal(amount) and money.currency == currency
    assert bool(money.notes) is noted
    if noted:
        assert "rounded to" in money.notes[0] and currency in money.notes[0]


def test_text_amounts_keep_every_digit_they_show() -> None:
    assert parse_money("1358.016", currency_hint="BRL").amount == Decimal("1358.016")


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False))
def test_any_spreadsheet_float_has_at_most_15_significant_digits(number: float) -> None:
    amount = parse_money(number).amount
    digits = amount.normalize().as_tuple().digits
    assert len(digits) <= 15
    assert abs(float(amount) - number) <= abs(number) * 1e-14 + 1e-300


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
       st.sampled_from(["EUR", "KRW", "BRL", "KWD", "NOK"]))
def test_any_spreadsheet_amount_fits_its_currencys_minor_unit(number: float,
                                                              currency: str) -> None:
    from contract_desk.domain.currency import minor_units
    from contract_desk.domain.validation import to_amount

    amount = parse_money(number, currency_hint=currency).amount
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int) and -exponent <= minor_units(currency)
    assert to_amount(amount) == amount  # the register stores it as read: nothing refused


@pytest.mark.parametrize(("column", "cell", "currency"), [
    (["$120,000.00", "USD 5,000", "$ 7,500"], "$120,000.00", "USD"),
    (["kr 1 000", "NOK 250", "1 500 kr"], "1 500 kr", "NOK"),
    (["$120,000.00", "USD 5,000", "CAD 300"], "$120,000.00", None),  # two currencies: unsettled
    (["$120,000.00", "EUR 5,000"], "$120,000.00", None),  # € is no dollar
    (["$120,000.00", "$ 5,000"], "$120,000.00", None),  # nothing names it
])
def test_codes_elsewhere_in_a_column_settle_its_bare_symbol(column: list[str], cell: str,
                                                           currency: str | None) -> None:
    from contract_desk.importers.values.column_currency import infer_symbol_currency

    decision = infer_symbol_currency(column)
    assert decision.code == currency
    money = parse_money(cell, decimal_mark=".", symbol_hint=decision.code)
    assert money.currency == currency
    if currency:
        assert currency in decision.evidence and "same column" in decision.evidence


def test_a_symbol_hint_never_gives_a_bare_number_a_currency() -> None:
    assert parse_money("7,500.00", symbol_hint="USD").currency is None


_SPACES = (" ", "\u00a0", "\u202f")


@st.composite
def _space_grouped(draw: st.DrawFn) -> str:
    """Cells written with spaces between thousands, and their near misses."""
    whole = draw(st.integers(min_value=1000, max_value=10**15))
    space = draw(st.sampled_from(_SPACES))
    digits = f"{whole:,}".replace(",", space)
    if draw(st.booleans()):  # a group of the wrong length, or a space doubled
        at = draw(st.integers(min_value=0, max_value=len(digits) - 1))
        digits = digits[:at] + draw(st.sampled_from(("", "0", space, "  "))) + digits[at + 1:]
    fraction = draw(st.sampled_from(("", ",5", ".5", ",50", ".05", ",567", ".1234", ",")))
    sign = draw(st.sampled_from(("", "-", "+", "−")))
    padding = draw(st.sampled_from(("", " ", "\t", "\u00a0")))
    return f"{padding}{sign}{digits}{fraction}{padding}"


def _outcome(read: Callable[[], Money]) -> tuple[object, ...]:
    try:
        money = read()
    except ValueParseError as error:
        return ("refused", str(error))
    return (money.amount, str(money.amount), money.currency, money.notes, money.from_number)


@given(text=_space_grouped(), hint=st.sampled_from((None, "NOK", "EUR")),
       mark=st.sampled_from((None, ",", ".")), symbol=st.sampled_from((None, "USD")))
def test_space_grouped_cells_read_fast_are_read_as_taken_apart(
        text: str, hint: str | None, mark: str | None, symbol: str | None) -> None:
    # The shortcut for "1 234 567,89" must give what taking the cell apart gives: the
    # amount to the digit, the currency, the notes, and every refusal.
    from contract_desk.importers.values import money as money_module

    fast = _outcome(lambda: parse_money(text, currency_hint=hint, decimal_mark=mark,
                                        symbol_hint=symbol))
    apart = _outcome(lambda: money_module._parse_pieces(
        text, money_module._checked_hint(hint), mark, money_module._checked_hint(symbol)))
    assert fast == apart


def test_space_grouped_cells_take_the_shortcut() -> None:
    # Proves the property above compares two ways: these do not go through _parse_pieces.
    from contract_desk.importers.values import money as money_module

    for text in ("1 234 567,89", "-12\u00a0345.5", "1\u202f000", " 999 000,567 "):
        assert money_module._SPACE_GROUPED_RE.match(text), text
    assert parse_money("1 234 567,89", currency_hint="NOK") == Money(Decimal("1234567.89"), "NOK")
    assert str(parse_money("-12\u00a0345.5").amount) == "-12345.5"
