"""Reading an amount and its currency from a spreadsheet cell.

The currency may stand before or after the number, as a symbol (€, R$, ₩), a
local abbreviation (kr, CHF, Fr.) or an ISO code; negatives come as a leading
or trailing minus or in parentheses. A symbol shared by several currencies
("kr", "$", "¥") is settled by the column's currency (``currency_hint``);
without one the currency stays None and ``Money.notes`` says why, so the
importer can show it instead of guessing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from contract_desk.domain.currency import ISO_CURRENCIES, minor_units
from contract_desk.i18n import _, enumerated
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.amounts import parse_number
from contract_desk.importers.values.currency_symbols import SYMBOLS, WHOLE_AMOUNT_MARKS

#: How far a spreadsheet's float may stray from the decimal it stands for, relatively.
_FLOAT_NOISE = Decimal("1e-9")
_MINUS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (typed by word processors)
_QUOTES = " \t\r\n\"'\u201c\u201d\u00ab\u00bb"
# A bare number whose one mark is followed by other than three digits: nothing to decide.
_PLAIN_RE = re.compile(r"^\s*([+-]?\d+(?:[.,](?:\d{1,2}|\d{4,}))?)\s*$")
# Thousands grouped by spaces (a no-break or narrow no-break space too), as Norwegian,
# French and many other registers write them, and at most one decimal mark: nothing to
# decide either (a quarter of the cells of a typical Norwegian register; read 12 times
# faster than taken apart).
_SPACE_GROUPED_RE = re.compile(
    "^[ \t\r\n]*([+-]?)([0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+)(?:[.,]([0-9]+))?[ \t\r\n]*$")
_NO_SPACES = str.maketrans("", "", " \u00a0\u202f")
_SYMBOL_ALTERNATION = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_LONGEST_TOKEN = max(len(symbol) for symbol in SYMBOLS) + 1  # + the character before it
# A currency word must stand apart from other letters: "krw" is not "kr" + "w".
_PREFIX_RE = re.compile(rf"^(?:{_SYMBOL_ALTERNATION}|[a-z]{{3}})(?![a-z])", re.IGNORECASE)
_SUFFIX_RE = re.compile(rf"(?<![a-z])(?:{_SYMBOL_ALTERNATION}|[a-z]{{3}})$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount and its ISO 4217 currency (None when the cell does not settle it).

    ``notes`` explain what a person should check (an ambiguous "kr", a cell that
    contradicts the column's currency); they do not take part in equality.
    """

    amount: Decimal
    currency: str | None
    notes: tuple[str, ...] = field(default=(), compare=False)
    #: Read from a spreadsheet number (not text): shown rounded to its currency's
    #: minor unit, as the spreadsheet shows money (see ``as_shown``).
    from_number: bool = field(default=False, compare=False)


@dataclass(slots=True)
class _Pieces:
    """A cell taken apart: the bare number, its sign marks and currency tokens."""

    core: str
    negatives: int = 0
    tokens: list[str] = field(default_factory=list)


def parse_money(value: CellValue, *, currency_hint: str | None = None,
                decimal_mark: str | None = None, symbol_hint: str | None = None) -> Money:
    """The amount and currency in ``value``.

    ``currency_hint`` is the column's currency (a currency column, "Beløp (NOK)");
    it fills cells without a currency and settles ambiguous symbols.
    ``symbol_hint`` only settles ambiguous symbols: the currency the column's
    other cells name outright ("USD 5,000" makes that column's "$" dollars of the
    US), never a bare number's. ``decimal_mark`` is the column's decision for
    cells like "1,234" (see ``infer_decimal_mark``). Raises ValueParseError when
    the cell is no amount.
    """
    hint = _checked_hint(currency_hint)
    if isinstance(value, bool) or value is None or not isinstance(
            value, int | float | Decimal | str):
        raise ValueParseError(_("{value} is not an amount").format(value=repr(value)))
    if isinstance(value, str):
        return _parse_text(value, hint, decimal_mark, _checked_hint(symbol_hint))
    money = Money(spreadsheet_amount(value), hint, from_number=True)
    return as_shown(money) if hint else money


def _checked_hint(hint: str | None) -> str | None:
    if hint is None:
        return None
    code = hint.strip().upper()
    if code not in ISO_CURRENCIES:
        raise ValueParseError(_("{value} is not a currency code like EUR or NOK").format(
            value=repr(hint)))
    return code


def spreadsheet_amount(number: int | float | Decimal) -> Decimal:
    """A spreadsheet's number as the spreadsheet shows it: at most 15 significant digits.

    Excel and LibreOffice keep binary floats and show 15 significant digits, so a
    formula's 1011127.899999996 is 1011127.9 on screen; that is the amount a
    person reads and means. Integers and Decimals are already exact.
    """
    if isinstance(number, float):
        if not math.isfinite(number):
            raise ValueParseError(_("{value} is not an amount").format(value=repr(number)))
        return Decimal(format(number, ".15g"))
    amount = Decimal(number)
    if not amount.is_finite():
        raise ValueParseError(_("{value} is not an amount").format(value=repr(number)))
    return amount


def as_shown(money: Money) -> Money:
    """A spreadsheet number's amount rounded to its currency's minor unit, as money is shown.

    Only numbers are rounded (a text cell shows every digit it has); a rounding
    that changes more than float noise is said in a note, so no digit goes unseen.
    """
    if not money.from_number or money.currency is None:
        return money
    unit = Decimal(1).scaleb(-minor_units(money.currency))
    rounded = money.amount.quantize(unit, rounding=ROUND_HALF_UP)
    if abs(rounded - money.amount) <= _FLOAT_NOISE * max(abs(money.amount), Decimal(1)):
        return replace(money, amount=rounded)  # 356544.199999998 is 356544.20: nothing to say
    note = _("{amount} rounded to {rounded} ({currency} shows {decimals} decimals)").format(
        amount=format(money.amount, "f"), rounded=format(rounded, "f"),
        currency=money.currency, decimals=minor_units(money.currency))
    return replace(money, amount=rounded, notes=(*money.notes, note))


def _parse_text(text: str, hint: str | None, decimal_mark: str | None,
                symbol_hint: str | None = None) -> Money:
    plain = _PLAIN_RE.match(text)
    if plain:  # most cells of a CSV export: no symbol, no grouping, an unambiguous mark
        return Money(Decimal(plain[1].replace(",", ".")), hint)
    grouped = _SPACE_GROUPED_RE.match(text)
    if grouped:  # "1 234 567,89": thousands in spaces, so the one mark is the decimal mark
        sign, whole, fraction = grouped.groups()
        digits = whole.translate(_NO_SPACES)
        amount = Decimal(f"{digits}.{fraction}" if fraction else digits)
        return Money(-amount if sign == "-" else amount, hint)
    return _parse_pieces(text, hint, decimal_mark, symbol_hint)


def _parse_pieces(text: str, hint: str | None, decimal_mark: str | None,
                  symbol_hint: str | None) -> Money:
    """``text`` taken apart (signs, currency tokens, the number): every cell but the
    plain and space-grouped numbers above, which it reads the same way."""
    pieces = split_amount(text)
    if pieces.negatives > 1:
        raise ValueParseError(_("{value} is not an amount: it has more than one minus sign "
                                "or parentheses").format(value=repr(text)))
    amount = parse_number(pieces.core, text, decimal_mark)
    currency, notes = resolve_currency(pieces.tokens, hint, symbol_hint)
    return Money(-amount if pieces.negatives else amount, currency, notes)


def split_amount(text: str) -> _Pieces:
    """Peel currency tokens, minus signs and parentheses off both ends of ``text``."""
    pieces = _Pieces(unicodedata.normalize("NFKC", text).strip(_QUOTES))
    if not pieces.core:
        raise ValueParseError(_("{value} is not an amount: the cell is empty").format(
            value=repr(text)))
    while _peel_once(pieces):
        pieces.core = pieces.core.strip(_QUOTES)
    return pieces


def _peel_once(pieces: _Pieces) -> bool:
    core = pieces.core
    if not core:
        return False
    if core.startswith("(") and core.endswith(")"):
        pieces.core, pieces.negatives = core[1:-1], pieces.negatives + 1
    elif core.endswith(WHOLE_AMOUNT_MARKS):
        pieces.core = core[:-2]
    elif core[0] in _MINUS:
        pieces.core, pieces.negatives = core[1:], pieces.negatives + 1
    elif core[-1] in _MINUS:
        pieces.core, pieces.negatives = core[:-1], pieces.negatives + 1
    elif core[0] == "+":
        pieces.core = core[1:]
    else:
        return _peel_token(pieces)
    return True


def _peel_token(pieces: _Pieces) -> bool:
    core = pieces.core
    match = _PREFIX_RE.match(core)
    if match and _is_currency(match[0]):
        pieces.tokens.append(match[0])
        pieces.core = core[match.end():]
        return True
    # Only the tail can hold a suffix; searching it alone keeps long cells cheap.
    tail = core[-_LONGEST_TOKEN:]
    match = _SUFFIX_RE.search(tail)
    if match and _is_currency(match[0]):
        pieces.tokens.append(match[0])
        pieces.core = core[:len(core) - len(tail) + match.start()]
        return True
    return False


def _is_currency(token: str) -> bool:
    return token.lower() in SYMBOLS or token.upper() in ISO_CURRENCIES


def resolve_currency(tokens: list[str], hint: str | None, symbol_hint: str | None = None,
                     ) -> tuple[str | None, tuple[str, ...]]:
    """The currency the cell's tokens name, with notes when they do not settle it."""
    if not tokens:
        return hint, ()
    candidates = cell_currencies(tokens)
    shown = _listed(tokens)
    if not candidates:
        raise ValueParseError(_("{symbols} name different currencies").format(symbols=shown))
    if len(candidates) == 1:
        (code,) = candidates
        if hint and code != hint:
            return code, (_("the cell says {code} but the column's currency is {hint}").format(
                code=code, hint=hint),)
        return code, ()
    if hint in candidates:
        return hint, ()
    if hint is None and symbol_hint in candidates:
        return symbol_hint, ()
    codes = ", ".join(sorted(candidates))
    if hint:
        return None, (_("{symbols} (one of {codes}) does not match the column's currency "
                        "{hint}").format(symbols=shown, codes=codes, hint=hint),)
    return None, (_("{symbols} could be {codes}; set the column's currency").format(
        symbols=shown, codes=codes),)


def _listed(tokens: list[str]) -> str:
    """"'kr'" or "'$' and 'kr'": the cell's currency tokens as a sentence names them."""
    quoted = [repr(token) for token in tokens]
    if len(quoted) == 1:
        return quoted[0]
    return _("{first} and {last}").format(first=enumerated(quoted[:-1]), last=quoted[-1])


def cell_currencies(tokens: list[str]) -> frozenset[str]:
    """The currencies a cell's tokens could all mean together (empty: they contradict)."""
    return frozenset.intersection(*(_codes(token) for token in tokens))


def _codes(token: str) -> frozenset[str]:
    symbol = SYMBOLS.get(token.lower())
    return symbol if symbol is not None else frozenset({token.upper()})
