"""Currency symbols and local abbreviations as they appear next to amounts.

Each maps to the ISO 4217 codes it can mean. One code: the symbol settles the
currency. Several: the symbol alone is ambiguous ("kr" is Norwegian, Swedish,
Danish or Icelandic; "$" is a dozen dollars and pesos) and the column's
currency must settle it. ISO codes themselves ("NOK", "usd") are recognised
separately, from the code list.
"""

from __future__ import annotations

# Brazil writes R$, so a bare "$" is never the real.
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "TWD", "ARS", "CLP",
                      "COP"})
_KRONER = frozenset({"NOK", "SEK", "DKK", "ISK"})
_YEN_YUAN = frozenset({"JPY", "CNY"})

#: Symbol or abbreviation (lower case; matched case-insensitively) -> possible codes.
SYMBOLS: dict[str, frozenset[str]] = {
    "€": frozenset({"EUR"}),
    "euro": frozenset({"EUR"}),
    "euros": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "$": _DOLLARS,
    "us$": frozenset({"USD"}),
    "u$s": frozenset({"USD"}),
    "usd$": frozenset({"USD"}),
    "c$": frozenset({"CAD"}),
    "ca$": frozenset({"CAD"}),
    "cad$": frozenset({"CAD"}),
    "a$": frozenset({"AUD"}),
    "au$": frozenset({"AUD"}),
    "nz$": frozenset({"NZD"}),
    "hk$": frozenset({"HKD"}),
    "s$": frozenset({"SGD"}),
    "mx$": frozenset({"MXN"}),
    "nt$": frozenset({"TWD"}),
    "r$": frozenset({"BRL"}),
    "kr": _KRONER,
    "kr.": _KRONER,  # Danish style, but Norwegians write "kr. 1000,-" too
    "kroner": _KRONER,
    "kronor": _KRONER,
    "nkr": frozenset({"NOK"}),
    "skr": frozenset({"SEK"}),
    "dkr": frozenset({"DKK"}),
    "¥": _YEN_YUAN,
    "円": frozenset({"JPY"}),
    "元": frozenset({"CNY"}),
    "人民币": frozenset({"CNY"}),
    "rmb": frozenset({"CNY"}),
    "₩": frozenset({"KRW"}),
    "원": frozenset({"KRW"}),
    "chf": frozenset({"CHF"}),
    "fr.": frozenset({"CHF"}),
    "sfr.": frozenset({"CHF"}),
    "₹": frozenset({"INR"}),
    "₽": frozenset({"RUB"}),
    "руб.": frozenset({"RUB"}),
    "₺": frozenset({"TRY"}),
    "₪": frozenset({"ILS"}),
    "₫": frozenset({"VND"}),
    "฿": frozenset({"THB"}),
    "₱": frozenset({"PHP"}),
    "₦": frozenset({"NGN"}),
    "₴": frozenset({"UAH"}),
    "zł": frozenset({"PLN"}),
    "kč": frozenset({"CZK"}),
    "ft": frozenset({"HUF"}),
    "lei": frozenset({"RON"}),
}

#: Written after a whole amount to say "no öre/øre" ("1000,-", "Fr. 100.–"); not a sign.
WHOLE_AMOUNT_MARKS = (",-", ".-", ",–", ".–", ",—", ".—")
