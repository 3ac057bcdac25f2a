"""ISO 4217 currency codes and their minor units (how many decimals money shows)."""

from __future__ import annotations

from decimal import Decimal

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _

_ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_FOUR_DECIMALS = "CLF UYW"
_TWO_DECIMALS = """
AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK
LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO
NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS
SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST
XCD XCG YER ZAR ZMW ZWG
"""
#: Codes withdrawn in recent years: contracts signed in them are still in registers.
_RECENTLY_WITHDRAWN = "ANG BGN CUC HRK SLL ZWL"


def _table() -> dict[str, int]:
    table: dict[str, int] = {}
    for digits, codes in ((0, _ZERO_DECIMALS), (2, _TWO_DECIMALS), (3, _THREE_DECIMALS),
                          (4, _FOUR_DECIMALS), (2, _RECENTLY_WITHDRAWN)):
        table.update(dict.fromkeys(codes.split(), digits))
    return table


#: ISO 4217 code -> digits after the decimal mark.
MINOR_UNITS: dict[str, int] = _table()
#: Every code a contract may be valued in.
ISO_CURRENCIES = frozenset(MINOR_UNITS)


class CurrencyError(DomainError):
    """Not an ISO 4217 currency code."""


def minor_units(code: str | None) -> int:
    """Decimals the currency shows (2 when unknown or missing)."""
    return MINOR_UNITS.get((code or "").upper(), 2)


def normalize_currency(text: str) -> str:
    """The ISO 4217 code in ``text`` (any case, spaces trimmed), or CurrencyError.

    Symbols and words ("kr", "€", "$") are ambiguous and belong to the importer,
    which decides them from the evidence of a whole column; here only codes pass.
    """
    code = text.strip().upper()
    if code not in MINOR_UNITS:
        raise CurrencyError(
            _("{text} is not an ISO 4217 currency code (like EUR, NOK, KRW)").format(
                text=repr(text.strip()))
        )
    return code


def canonical_amount(amount: Decimal) -> Decimal:
    """The same amount on every backend: no trailing zeros beyond the cents.

    PostgreSQL pads NUMERIC(28, 6) to six decimals and SQLite keeps whatever text
    was stored; 1250000.50 must read back as 1250000.50 from both, and an audit
    entry must not show 1300000 -> 1300000.00 as a change.
    """
    trimmed = amount.normalize()
    exponent = trimmed.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        return trimmed.quantize(Decimal("0.01"))
    return trimmed
