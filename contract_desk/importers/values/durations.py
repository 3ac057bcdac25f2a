"""Reading a term or notice period from a cell: "12 months", "3 måneder", "三个月".

A bare number is a period only when the column says its unit (a header like
"Term (months)" gives ``unit_hint``). Fractions are accepted only where they
make whole months ("1,5 år" is 18 months, "半年" is 6 months).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.i18n import N_, _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.duration_words import CHINESE_DIGITS, UNIT_WORDS
from contract_desk.importers.values.normalize import fold

_NUMERALS = "".join(CHINESE_DIGITS) + "十百"
_PERIOD_RE = re.compile(rf"^(?P<count>\d+(?:[.,]\d+)?|[{_NUMERALS}]+)\s*(?P<unit>.*?)$")
_HALF_YEAR = {"半年", "반년", "半年間"}
_NOT_WHOLE = {
    PeriodUnit.DAYS: N_("{value} is not a period: expected a whole number of days"),
    PeriodUnit.WEEKS: N_("{value} is not a period: expected a whole number of weeks"),
    PeriodUnit.MONTHS: N_("{value} is not a period: expected a whole number of months"),
    PeriodUnit.YEARS: N_("{value} is not a period: expected a whole number of years"),
    PeriodUnit.BUSINESS_DAYS: N_("{value} is not a period: expected a whole number of "
                                 "business days"),
}


def parse_period(value: CellValue, unit_hint: PeriodUnit | str | None = None) -> Period:
    """The period in ``value``; a bare number takes ``unit_hint`` as its unit.

    Raises ValueParseError saying what was expected otherwise (no unit, an
    unknown unit, zero, or longer than a century).
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValueParseError(_("{value} is not a period like '12 months'").format(
            value=repr(value)))
    text = str(value) if not isinstance(value, float) else repr(value)
    folded = fold(unicodedata.normalize("NFKC", text)).strip(" .")
    if folded in _HALF_YEAR:
        return _period(text, 6, PeriodUnit.MONTHS)
    match = _PERIOD_RE.match(folded)
    if not match:
        raise ValueParseError(_("{value} is not a period: expected a number and a unit, "
                                "like '12 months', '90 days' or '3 måneder'").format(
            value=repr(text)))
    count = _count(text, match["count"])
    unit = _unit(text, match["unit"], unit_hint)
    return _whole_period(text, count, unit)


def _count(text: str, digits: str) -> Decimal:
    if digits[0] in _NUMERALS:
        return Decimal(chinese_number(text, digits))
    try:
        return Decimal(digits.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValueParseError(_("{value} is not a period").format(value=repr(text))) from None


def _unit(text: str, word: str, unit_hint: PeriodUnit | str | None) -> PeriodUnit:
    word = " ".join(word.replace("-", " ").replace(".", " ").replace("_", " ").split())
    if not word:
        if unit_hint is None:
            raise ValueParseError(_("{value} is not a period: it has no unit; write "
                                    "'12 months' or say the unit in the column header").format(
                value=repr(text)))
        return _hinted_unit(unit_hint)
    unit = UNIT_WORDS.get(word) or UNIT_WORDS.get(word.replace(" ", ""))
    if unit is None:
        raise ValueParseError(_("{value} is not a period: {word} is not a unit "
                                "(days, weeks, months, years, business days)").format(
            value=repr(text), word=repr(word)))
    return unit


def _hinted_unit(unit_hint: PeriodUnit | str) -> PeriodUnit:
    try:
        return PeriodUnit(unit_hint)
    except ValueError:
        raise ValueParseError(_("{value} is not a period unit").format(
            value=repr(unit_hint))) from None


def _whole_period(text: str, count: Decimal, unit: PeriodUnit) -> Period:
    if count == count.to_integral_value():
        return _period(text, int(count), unit)
    if unit is PeriodUnit.YEARS and (count * 12) == (count * 12).to_integral_value():
        return _period(text, int(count * 12), PeriodUnit.MONTHS)
    raise ValueParseError(_(_NOT_WHOLE[unit]).format(value=repr(text)))


def _period(text: str, count: int, unit: PeriodUnit) -> Period:
    try:
        return Period(count, unit)
    except TermError as error:
        raise ValueParseError(_("{value} is not a period: {reason}").format(
            value=repr(text), reason=error)) from None


def chinese_number(text: str, numerals: str) -> int:
    """一 to 九十九 (and 一百...): the number Chinese numerals spell, as in 三十六个月."""
    total, current = 0, 0
    for char in numerals:
        if char in CHINESE_DIGITS:
            current = CHINESE_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10  # 十二 is 12: a bare 十 counts as one ten
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    if len(numerals) > 1 and _repeats_digits(numerals):
        raise ValueParseError(_("{value} is not a period: {numerals} is not a number").format(
            value=repr(text), numerals=repr(numerals)))
    return total + current


def _repeats_digits(numerals: str) -> bool:
    # "三三" or "十十" are not numbers; a digit must be followed by 十/百 unless last.
    digit_pairs = any(a in CHINESE_DIGITS and b in CHINESE_DIGITS for a, b in pairwise(numerals))
    return digit_pairs or "十十" in numerals or "百百" in numerals
