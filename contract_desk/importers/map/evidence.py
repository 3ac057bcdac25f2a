"""What a column's sample values say about the field it holds.

A header may say "Date" or "Amount"; the values say whether that is true. A
column of dates cannot be the contract value, money-looking values support
``value``, period words support a term. Each judgement adds its reason to the
suggestion, so the user sees why a confidence went up or down.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import pairwise

from contract_desk.domain.currency import ISO_CURRENCIES
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import PeriodUnit
from contract_desk.domain.validation import DATE_FIELDS, PERIOD_FIELDS
from contract_desk.i18n import N_, _, clauses
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.map.header_match import Candidate
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.currency_symbols import SYMBOLS
from contract_desk.importers.values.dates import SERIAL_FIRST, SERIAL_LAST, DateOrder, parse_date
from contract_desk.importers.values.header_words import cjk_notions, header_tokens, period_unit_hint
from contract_desk.importers.values.money import parse_money, split_amount
from contract_desk.importers.values.notice_phrases import parse_notice_period
from contract_desk.importers.values.term_text import parse_term_text
from contract_desk.importers.values.words import (
    parse_bool,
    parse_direction,
    parse_renewal_answer,
    parse_status,
)

MONEY_FIELDS = frozenset({"value", "obligation_amount"})
#: Fields that hold a name a person reads, never a code.
NAME_FIELDS = frozenset({"counterparty", "department", "owner", "title"})
#: Fields whose values are a few kinds shared by many contracts.
CATEGORY_FIELDS = frozenset({"contract_type", "status", "direction", "currency"})
WHOLE_NUMBER_FIELDS = frozenset({"term_months", "max_renewals", "notice_buffer_days"})
ALL_DATE_FIELDS = DATE_FIELDS | {"obligation_due_date"}
_LONG_TEXT = 25
#: A reference column may repeat a little (a contract on two lines, one number per supplier).
UNIQUE_ENOUGH = 0.95
#: Below this share of distinct values a column is a category (a year, a state), no reference.
CATEGORY = 0.2
_WORD_PARSERS: dict[str, Callable[[CellValue], str]] = {
    "status": parse_status, "direction": parse_direction,
    "renewal": lambda cell: parse_renewal_answer(cell, "option"),
}
#: An id as registers write them: 0227/2022, CT-2020-001, 4500012345, PO 88231.
_ID_RE = re.compile(r"^(?:[A-Za-z]{1,10}[-/._ #]{1,2}){0,4}[A-Za-z]{0,8}\d[\w\-/._ #()]{0,40}$")
_YEARS = range(1950, 2101)
#: A word as prose writes it, standing alone ("Avtale 12"); a code glues its letters to
#: digits or marks ("Doc3512316731", "CT-2020-001").
_WORD_RE = re.compile(r"(?:^|\s)[^\W\d_][a-z]{2,}(?=\s|$)")
#: A term cell is a phrase; longer text is a clause, not worth reading as a term.
_LONGEST_TERM = 120


@dataclass(frozen=True, slots=True)
class ColumnProfile:
    """Shares (0-1) of a column's filled sample cells that look like each kind of value."""

    filled: int
    dates: float
    serials: float
    amounts: float
    amounts_with_currency: float
    whole_numbers: float
    currency_codes: float
    long_text: bool
    counts_rows: bool
    #: Share of filled cells holding a value no other sample cell holds.
    distinct: float
    #: Field ("status", "renewal", "direction") -> share of cells that are its words.
    words: dict[str, float]
    #: Share of cells written like an id or a contract number (digits, few letters, no prose).
    id_like: float = 0.0
    #: Share of cells written like a code, digits mixed with letters or marks (0227/2022).
    coded: float = 0.0
    #: Share of cells that are a year (2020, "2021").
    years: float = 0.0
    #: Share of cells that answer yes or no.
    yes_no: float = 0.0
    #: Mean length of the cells' text.
    mean_length: float = 0.0
    #: Share of cells that read as a period (with the unit the header names).
    periods: float = 0.0
    #: The header's words, as written (folded) and as shared notions ("<year>": see
    #: ``header_words``).
    header: frozenset[str] = frozenset()


def profile(samples: Sequence[CellValue], header: str = "") -> ColumnProfile:
    """Judge a column from its sample cells (blank cells are left out) and its header."""
    cells = [cell for cell in samples if cell is not None and str(cell).strip()]
    words = frozenset(part for pair in header_tokens(header) for part in pair) | cjk_notions(
        header)
    if not cells:
        return ColumnProfile(0, 0, 0, 0, 0, 0, 0, False, False, 1.0, {}, header=words)
    unit = period_unit_hint(header)
    # Columns repeat their values (statuses, dates, units): each is judged once.
    share = _share_of(cells)
    dates = share(_is_date)
    amounts = share(_is_amount)
    long_text = _is_long_text(cells, round(amounts * len(cells)))
    mean_length = sum(len(str(cell).strip()) for cell in cells) / len(cells)
    return ColumnProfile(
        filled=len(cells), dates=dates, serials=share(_is_serial),
        amounts=0.0 if dates >= 0.5 else amounts,
        amounts_with_currency=share(lambda cell: _is_amount(cell) and _has_currency(cell)),
        whole_numbers=share(_is_whole), currency_codes=share(_is_currency),
        long_text=long_text, counts_rows=_counts_rows(cells),
        distinct=len({str(cell).strip() for cell in cells}) / len(cells),
        words={field: share(partial(_parses, parse))
               for field, parse in _WORD_PARSERS.items()},
        id_like=0.0 if dates >= 0.5 else share(_is_id_like),
        coded=share(_is_coded), years=share(_is_year), yes_no=share(_is_yes_no),
        mean_length=mean_length, periods=_period_share(share, unit, dates, mean_length),
        header=words,
    )


Share = Callable[[Callable[[CellValue], bool]], float]


def _share_of(cells: Sequence[CellValue]) -> Share:
    distinct: dict[tuple[type, object], tuple[CellValue, int]] = {}
    for cell in cells:
        key = (cell.__class__, str(cell) if isinstance(cell, Decimal) and cell.is_snan() else cell)
        first, seen = distinct.get(key, (cell, 0))  # a signalling NaN cannot be hashed
        distinct[key] = (first, seen + 1)

    def share(test: Callable[[CellValue], bool]) -> float:
        return sum(n for cell, n in distinct.values() if test(cell)) / len(cells)
    return share


def _parses(parse: Callable[..., object], *args: object, **options: object) -> bool:
    try:
        parse(*args, **options)
    except ValueParseError:
        return False
    return True


def _is_id_like(cell: CellValue) -> bool:
    number = _number(cell)
    if number is not None:
        return number.is_integer() and number >= 100  # small numbers count rows
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    digits = sum(char.isdigit() for char in text)
    if digits < 2 or text.count(" ") > 2 or _WORD_RE.search(text):
        return False  # "Avtale 12", "Lease 2024": a name with a number, not a code
    return bool(_ID_RE.match(text))


def _period_share(share: Share, unit: PeriodUnit | None, dates: float,
                  mean_length: float) -> float:
    # "3 months before expiry": a notice period with the words around it.
    found = share(lambda cell: _parses(parse_notice_period, cell, unit))
    if found >= 0.6 or dates >= 0.6 or mean_length > _LONGEST_TERM / 2:
        return found  # the slower reader only where the plain one falls short on short text
    return share(lambda cell: _reads_as_term(cell, unit))


def _reads_as_term(cell: CellValue, unit: PeriodUnit | None) -> bool:
    if isinstance(cell, str) and len(cell) > _LONGEST_TERM:
        return False
    try:
        term = parse_term_text(cell, unit)
    except ValueParseError:
        return False
    return term.initial_term is not None or term.end_date is not None


def _is_coded(cell: CellValue) -> bool:
    return isinstance(cell, str) and not cell.strip().isdecimal() and _is_id_like(cell)


def _is_year(cell: CellValue) -> bool:
    number = _number(cell)
    if number is None and isinstance(cell, str) and cell.strip().isdecimal():
        number = float(cell.strip())
    return number is not None and number.is_integer() and int(number) in _YEARS


def _is_yes_no(cell: CellValue) -> bool:
    # Words only: a column of 1s and 0s is as likely codes or counts as answers.
    return (isinstance(cell, bool) or (isinstance(cell, str) and not cell.strip().isdecimal()
            and _parses(parse_bool, cell)))


def _is_date(cell: CellValue) -> bool:
    if isinstance(cell, date):
        return True
    if not isinstance(cell, str):
        return False
    return any(_parses(parse_date, cell, order) for order in DateOrder)


def _is_serial(cell: CellValue) -> bool:
    number = _number(cell)
    return number is not None and SERIAL_FIRST <= number <= SERIAL_LAST


def _number(cell: CellValue) -> float | None:
    """A numeric cell as a finite float; None for text, booleans, NaN and infinities."""
    if isinstance(cell, bool) or not isinstance(cell, int | float | Decimal):
        return None
    if isinstance(cell, Decimal) and not cell.is_finite():
        return None  # float() refuses a signalling NaN
    number = float(cell)
    return number if math.isfinite(number) else None


def _is_amount(cell: CellValue) -> bool:
    return any(_parses(parse_money, cell, decimal_mark=mark) for mark in ".,")


def _has_currency(amount: CellValue) -> bool:
    return isinstance(amount, str) and bool(split_amount(amount).tokens)


def _is_whole(cell: CellValue) -> bool:
    number = _number(cell)
    if number is not None:
        return number.is_integer()
    return isinstance(cell, str) and cell.strip().isdecimal()


def _is_currency(cell: CellValue) -> bool:
    text = str(cell).strip()
    return text.upper() in ISO_CURRENCIES or text.lower() in SYMBOLS


def _is_long_text(cells: Sequence[CellValue], amounts: int) -> bool:
    texts = [cell for cell in cells if isinstance(cell, str)]
    if len(texts) - amounts < 0.8 * len(cells):
        return False
    return sum(len(text) for text in texts) / len(texts) >= _LONG_TEXT


def _counts_rows(cells: Sequence[CellValue]) -> bool:
    numbers = [int(cell) for cell in cells if isinstance(cell, int) and not isinstance(cell, bool)]
    numbers += [int(cell) for cell in cells if isinstance(cell, str) and cell.isdecimal()]
    if len(numbers) < max(3, len(cells)) or numbers[0] > 1:
        return False
    return all(b == a + 1 for a, b in pairwise(numbers))


def column_kind(column: ColumnProfile) -> str:
    """What a column holds, in a word or two a person reads ("dates", "amounts", "ids"...)."""
    if column.filled == 0:
        return N_("empty")
    for kind, share in ((N_("dates"), column.dates),
                        (N_("amounts"), column.amounts_with_currency * 2),
                        (N_("yes/no"), column.yes_no), (N_("periods"), column.periods),
                        (N_("years"), column.years)):
        if share >= 0.6:
            return kind
    if column.counts_rows:
        return N_("row numbers")
    if column.coded >= 0.8:
        return N_("ids") if column.distinct >= UNIQUE_ENOUGH else N_("codes")
    if column.amounts >= 0.8:
        return N_("whole numbers") if column.whole_numbers >= 0.8 else N_("amounts")
    return N_("long text") if column.long_text else N_("text")


def weigh(candidate: Candidate, column: ColumnProfile) -> Candidate:
    """``candidate`` with its confidence moved by what the column's values show."""
    if column.filled == 0:
        return candidate
    factor, why = _evidence(candidate.field, column)
    if factor == 1.0:
        return candidate
    # Never 1.0: values can support a header, not prove it.
    confidence = round(min(0.99, candidate.confidence * factor), 2)
    return replace(candidate, confidence=confidence, reason=_("{reason}; {why}").format(
        reason=candidate.reason, why=why))


def _evidence(field: str, column: ColumnProfile) -> tuple[float, str]:
    if field in ALL_DATE_FIELDS:
        return _date_evidence(column)
    if field in MONEY_FIELDS:
        return _money_evidence(column)
    if field in PERIOD_FIELDS and column.dates >= 0.5:
        return 0.5, _("but the values are dates, not periods")
    if field in PERIOD_FIELDS:
        return _period_evidence(column)
    if (field == "scope" and column.filled >= 5 and column.distinct < CATEGORY
            and column.mean_length < 15):
        return 0.5, _("but the values are a few short words repeated, not descriptions")
    if field in NAME_FIELDS and column.id_like >= 0.8:
        return 0.6, _("but the values are codes, not names")
    if field in CATEGORY_FIELDS and column.coded >= 0.8 and column.distinct >= UNIQUE_ENOUGH:
        return 0.5, _("but every value is a different code, not a kind of contract")
    if field in WHOLE_NUMBER_FIELDS:
        return (1.05, _("values are whole numbers")) if column.whole_numbers >= 0.8 else (
            0.5, _("but the values are not whole numbers"))
    if field == "currency":
        return (1.05, _("values are currencies")) if column.currency_codes >= 0.6 else (
            0.5, _("but the values are not currency codes"))
    if field in {"scope", "title", "notes"} and column.long_text:
        return 1.05, _("values are long text")
    if field in column.words:
        return _word_evidence(field, column.words[field])
    if field == "reference":
        return _reference_evidence(column)
    return 1.0, ""


def _period_evidence(column: ColumnProfile) -> tuple[float, str]:
    if column.periods >= 0.6:
        return 1.05, _("values are periods")
    if column.periods < 0.3:
        return 0.5, _("but few values are periods")
    return 1.0, ""


def _reference_evidence(column: ColumnProfile) -> tuple[float, str]:
    if column.counts_rows:
        return 0.5, _("but the values only count rows (1, 2, 3...)")
    if column.years >= 0.8 or "<year>" in column.header:
        return 0.0, _("but the values are years, not contract numbers")
    if column.filled >= 5 and column.distinct < CATEGORY:
        return 0.0, _("but the values repeat like a category ({share} distinct), not one number "
                      "per contract").format(share=f"{column.distinct:.0%}")
    factor, reasons = 1.0, []
    if column.id_like >= 0.8:
        factor, reasons = 1.15, [_("values look like contract numbers")]
    if column.distinct < UNIQUE_ENOUGH:
        # Rows with one reference and different contents stay separate contracts.
        factor *= 0.9
        reasons.append(_("values repeat a little ({share} distinct)").format(
            share=f"{column.distinct:.0%}"))
    if "id" in column.header:
        # id_contrato, "Id": the database's key for the row, kept if nothing better.
        factor *= 0.75
        reasons.append(_("the header names a database id, not the contract's own number"))
    return factor, clauses(reasons)


def _date_evidence(column: ColumnProfile) -> tuple[float, str]:
    if column.dates >= 0.6:
        return 1.05, _("values look like dates")
    if column.serials >= 0.6:
        return 1.0, ""  # Excel serial numbers: dates stored as numbers
    return 0.5, _("but the values do not look like dates")


def _money_evidence(column: ColumnProfile) -> tuple[float, str]:
    if column.dates >= 0.5:
        return 0.0, _("but the values look like dates, not amounts")
    if column.amounts >= 0.8:
        return 1.05, _("values look like amounts")
    if column.amounts < 0.3:
        return 0.5, _("but the values do not look like amounts")
    return 1.0, ""


def _word_evidence(field: str, share: float) -> tuple[float, str]:
    if share >= 0.6:
        return 1.05, _("values are {field} words").format(field=field_word(field))
    if share < 0.2:
        return 0.5, _("but few values are {field} words").format(field=field_word(field))
    return 1.0, ""
