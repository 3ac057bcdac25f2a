"""ISO 4217 codes, their minor units, and amounts that read back the same everywhere."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from contract_desk.domain.currency import (
    ISO_CURRENCIES,
    MINOR_UNITS,
    CurrencyError,
    canonical_amount,
    minor_units,
    normalize_currency,
)


def test_every_code_is_three_capital_letters_with_known_decimals() -> None:
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in MINOR_UNITS)
    assert set(MINOR_UNITS.values()) == {0, 2, 3, 4}
    assert frozenset(MINOR_UNITS) == ISO_CURRENCIES
    assert len(MINOR_UNITS) > 150


@pytest.mark.parametrize(("code", "digits"), [
    ("EUR", 2), ("NOK", 2), ("SEK", 2), ("DKK", 2), ("USD", 2), ("GBP", 2), ("CNY", 2),
    ("JPY", 0), ("KRW", 0), ("ISK", 0), ("CLP", 0), ("VND", 0),
    ("KWD", 3), ("BHD", 3), ("TND", 3), ("CLF", 4), ("HRK", 2),
])
def test_minor_units(code: str, digits: int) -> None:
    assert minor_units(code) == digits
    assert minor_units(code.lower()) == digits


def test_unknown_or_missing_codes_show_two_decimals() -> None:
    assert minor_units(None) == 2 and minor_units("XYZ") == 2


def test_normalize_accepts_codes_in_any_case_with_spaces() -> None:
    assert normalize_currency(" eur ") == "EUR"
    assert normalize_currency("krw") == "KRW"


@pytest.mark.parametrize("text", ["kr", "€", "$", "EURO", "", "US$", "NOKK", "XYZ"])
def test_symbols_words_and_unknown_codes_are_refused(text: str) -> None:
    with pytest.raises(CurrencyError, match="ISO 4217"):
        normalize_currency(text)


def test_amounts_read_back_the_same_everywhere() -> None:
    assert canonical_amount(Decimal("1250000.500000")) == Decimal("1250000.50")
    assert str(canonical_amount(Decimal("1250000.500000"))) == "1250000.50"
    assert str(canonical_amount(Decimal("1300000"))) == "1300000.00"
    assert str(canonical_amount(Decimal("1E+3"))) == "1000.00"
    assert str(canonical_amount(Decimal("0.125"))) == "0.125"
