"""Amounts a header counts in thousands or millions: "Value ($000)", "Beløp (MNOK)", "금액(천원)".

Registers made for reports often give amounts in a bigger unit than the
currency's own and say so once, in the header: "合同金额（万元）" holds 12.5 for a
contract of 125,000 yuan, "계약금액(백만원)" 350 for 350,000,000 won, "Beløp i 1000
kr" 1 250 for 1,250,000 kroner. Read as written, every amount of such a column
would be stored thousands of times too small. ``header_scale`` finds the unit;
the importer multiplies each amount of the column by it and says so.

Where the unit can only mean one currency it names it too: 원 is the won, 円
the yen, "万元"/"亿元" (simplified 万 and 亿) the yuan, "MNOK" the Norwegian
krone, "k€" the euro. "$000" and the traditional "萬元" (Taiwan, Hong Kong,
Macau) give the scale alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from contract_desk.domain.currency import ISO_CURRENCIES

THOUSAND, TEN_THOUSAND, MILLION, HUNDRED_MILLION = 1_000, 10_000, 1_000_000, 100_000_000


@dataclass(frozen=True, slots=True)
class HeaderScale:
    """What each amount of a column is multiplied by, the currency its unit names (None:
    not one), and the header's words that say so."""

    factor: int
    currency: str | None
    words: str


# Codes in capitals only: "Mall" is no million ALL, "Mars" no million ARS.
_CODES = "(?-i:" + "|".join(sorted(ISO_CURRENCIES)) + ")"
_SYMBOL_CODES = {"€": "EUR"}  # "$" and "£" are written for several currencies
# Korean, Chinese and Japanese: the unit glued to the number's word, no word breaks.
_CJK = (
    (re.compile(r"억\s*원"), HUNDRED_MILLION, "KRW"),
    (re.compile(r"천\s*만\s*원"), 10 * MILLION, "KRW"),
    (re.compile(r"백\s*만\s*원"), MILLION, "KRW"),
    (re.compile(r"만\s*원"), TEN_THOUSAND, "KRW"),
    (re.compile(r"천\s*원"), THOUSAND, "KRW"),
    (re.compile(r"亿\s*元"), HUNDRED_MILLION, "CNY"),
    (re.compile(r"万\s*元"), TEN_THOUSAND, "CNY"),
    (re.compile(r"億\s*元"), HUNDRED_MILLION, None),
    (re.compile(r"萬\s*元"), TEN_THOUSAND, None),
    (re.compile(r"[千仟]\s*元"), THOUSAND, None),
    (re.compile(r"百\s*万\s*円"), MILLION, "JPY"),
    (re.compile(r"億\s*円"), HUNDRED_MILLION, "JPY"),
    (re.compile(r"万\s*円"), TEN_THOUSAND, "JPY"),
    (re.compile(r"千\s*円"), THOUSAND, "JPY"),
    # The unit alone, in brackets: "금액(원)", "金額（円）", "(단위: 원)": the currency only.
    (re.compile(r"\(\s*(?:단위\s*:?\s*)?원\s*\)"), 1, "KRW"),
    (re.compile(r"\(\s*(?:単位\s*:?\s*)?円\s*\)"), 1, "JPY"),
)
# Latin scripts: whole words only ("Mileage" holds no "mil", "Tkr" is not in "Utkr…").
_THOUSANDS = re.compile(
    r"\(\s*(?:[$£€]|" + _CODES + r")?\s*'?000\s*\)"  # ($000) (£'000) (EUR 000) ('000) (000)
    r"|[$£€]\s*'?000\b"  # $000 without brackets
    r"|\bin\s+thousands\b|\bthousands\b|\(\s*k\s*\)"
    r"|(?:\bin\s+|\bi\s+|\(\s*)1[ ,.\u00a0\u202f]?000s?\b"
    r"(?=\s*(?:\)|kr\b|" + _CODES + r"\b|[$£€]|$))"
    r"|\bk\s*(?P<k_symbol>[$£€])|(?P<symbol_k>[$£€])\s*k\b"
    r"|\bk(?P<k_code>" + _CODES + r")\b|\b(?P<code_k>" + _CODES + r")\s*k\b"
    r"|\bT(?P<t_code>EUR|CHF)\b|\bT€|\bTsd\b\.?|\btusen\b|\btkr\b|\bmilliers\b"
    r"|\b(?:en\s+)?miles\s+de\b|\ben\s+miles\b",  # Spanish, not English miles
    re.IGNORECASE)
_MILLIONS = re.compile(
    r"\bin\s+millions\b|\bmillions?\b|\bmill\b\.?|\bmio\b\.?|\bmn\b|\bmkr\b"
    r"|\bM(?P<m_code>" + _CODES + r")\b|\b(?P<code_m>" + _CODES + r")\s*(?:m|mn|mill|mio)\b"
    r"|(?P<symbol_m>[$£€])\s*mm?\b|\bm\s*(?P<m_symbol>[$£€])",
    re.IGNORECASE)


def header_scale(header: str) -> HeaderScale | None:
    """The unit ``header`` gives its amounts in; None when it names none. A factor of 1
    names the currency alone ("금액(원)")."""
    text = unicodedata.normalize("NFKC", header or "")
    for pattern, factor, currency in _CJK:
        found = pattern.search(text)
        if found:
            return HeaderScale(factor, currency, found.group(0))
    for pattern, factor in ((_MILLIONS, MILLION), (_THOUSANDS, THOUSAND)):
        found = pattern.search(text)
        if found:
            return HeaderScale(factor, _named_currency(found), found.group(0).strip())
    return None


def _named_currency(found: re.Match[str]) -> str | None:
    for name, value in found.groupdict().items():
        if value is None:
            continue
        if "code" in name:  # k_code, code_k, m_code, ...
            return value.upper()
        return _SYMBOL_CODES.get(value)
    return None  # "$000", "i 1000 kr" (kroner or kronor: Norway, Sweden, Denmark, Iceland)
