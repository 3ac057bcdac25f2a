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
    "gh¢": frozenset({"GHS"}),
    "gh₵": frozenset({"GHS"}),
    "₵": frozenset({"GHS"}),
    "s/": frozenset({"PEN"}),
    "s/.": frozenset({"PEN"}),
    "ksh": frozenset({"KES"}),
    "kshs": frozenset({"KES"}),
    "rs": frozenset({"INR", "PKR", "LKR", "NPR"}),
    "rs.": frozenset({"INR", "PKR", "LKR", "NPR"}),
    "npr": frozenset({"NPR"}),
    "zk": frozenset({"ZMW"}),
    "ush": frozenset({"UGX"}),
    "tsh": frozenset({"TZS"}),
    **{name: frozenset({code}) for code, names in {
        "USD": "us dollar|us dollars|u.s. dollars|dolares americanos|dólares|dolares",
        "EUR": "eur.",
        "GBP": "pound sterling|pounds sterling|sterling",
        "BRL": "real|reais",
        "GHS": "ghana cedi|ghana cedis|cedi|cedis",
        "PEN": "sol|soles|nuevos soles",
        "ZAR": "rand",
        "NGN": "naira",
        "KES": "kenya shilling|kenyan shilling|kenya shillings|kenyan shillings",
        "UGX": "uganda shilling|uganda shillings|ugandan shillings",
        "TZS": "tanzania shilling|tanzanian shillings",
        "ZMW": "kwacha|zambian kwacha",
        "INR": "indian rupee|indian rupees",
        "NPR": "nepalese rupee|nepali rupee|nepalese rupees|nepali rupees",
        "JPY": "yen",
        "CNY": "yuan|renminbi",
        "KRW": "won",
        "CHF": "swiss franc|swiss francs",
        "NOK": "norwegian krone|norwegian kroner|norske kroner",
        "SEK": "swedish krona|swedish kronor|svenska kronor",
        "DKK": "danish krone|danish kroner|danske kroner",
        "MXN": "peso mexicano|pesos mexicanos|mexican peso|mexican pesos",
        "CAD": "canadian dollar|canadian dollars",
        "AUD": "australian dollar|australian dollars",
    }.items() for name in names.split("|")},
    "peso": frozenset({"MXN", "COP", "CLP", "ARS", "PHP", "UYU", "DOP"}),
    "pesos": frozenset({"MXN", "COP", "CLP", "ARS", "PHP", "UYU", "DOP"}),
    "dollar": _DOLLARS,
    "dollars": _DOLLARS,
}

#: Written after a whole amount to say "no öre/øre" ("1000,-", "Fr. 100.–"); not a sign.
WHOLE_AMOUNT_MARKS = (",-", ".-", ",–", ".–", ",—", ".—")
