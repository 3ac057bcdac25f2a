"""Finding a span of dates in a term cell: "May 2013 – May 2018", "01/07/2020 - 30/06/2023".

A month alone ("May 2013", "05/2013", "2013.05", "2013년 5월", and in a span with a
tilde "13.05~18.05") starts on its first day and ends on its last. Numeric dates are
read in the one order both dates allow: "01/07/2020 - 30/06/2023" is day-first
because 30 cannot be a month; when both orders give dates the span is
ambiguous and reported so, never turned into a guess. Dates are read by
``dates.parse_date``; month names come from ``month_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from contract_desk.domain.terms import days_in_month
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.values.dates import DateOrder, full_year, make_date, parse_date
from contract_desk.importers.values.month_names import MONTHS

_ORDINAL = r"(?:st|nd|rd|th|er)?"
_NAMED = (rf"(?:[0-9]{{1,2}}{_ORDINAL}\.?\s+(?:de\s+)?)?[^\W\d_]{{3,}}\.?"
          rf"(?:\s+[0-9]{{1,2}}{_ORDINAL},?)?(?:\s+de)?\s+[0-9]{{4}}")
# Mixed separators (2020-07/01) pass here and are refused by ``parse_date``.
# A month alone: 05/2013, 05.2013, and year first (2013.05, 2013-05, 2013/05) as Korean,
# Chinese and ISO writers put it.
_NUMERIC = (r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}"
            r"|[0-9]{1,2}[/.][0-9]{4}|[0-9]{4}[-/.][0-9]{1,2}")
_CJK = r"[0-9]{4}\s*[년年]\s*[0-9]{1,2}\s*[월月](?:\s*[0-9]{1,2}\s*[일日])?"
# 03/FEB/2015, 23-Apr-10: a month's name between marks.
_MARKED = r"[0-9]{1,2}[-/.][^\W\d_]{3,}\.?[-/.][0-9]{2,4}"
DATE = rf"(?:{_CJK}|{_MARKED}|{_NUMERIC}|{_NAMED})(?![0-9])"
_SEPARATOR = (r"\s*(?:-|~|〜|부터|至|到|から|"
              r"\b(?:to|til|till|until|through|thru|bis|au|a|ate|hasta|al)\b)\s*")
_SPAN_RE = re.compile(rf"(?:\b(?:from|fra|fran|von|vom|du|desde|de|del)\s+)?"
                      rf"(?P<start>{DATE}){_SEPARATOR}(?P<end>{DATE})")
_DATE_RE = re.compile(DATE)
_MONTH_YEAR_RE = re.compile(r"^(?P<month>[0-9]{1,2}|[^\W\d_]+)\.?(?:\s+de)?\s*[/.\s]\s*"
                            r"(?P<year>[0-9]{4})$")
_CJK_MONTH_RE = re.compile(r"^(?P<year>[0-9]{4})\s*[년年]\s*(?P<month>[0-9]{1,2})\s*[월月]$")
_YEAR_MONTH_RE = re.compile(r"^(?P<year>[0-9]{4})[-/.](?P<month>[0-9]{1,2})$")
# "24.07~27.06": months with two-digit years, as Korea's published lease contracts
# (국토교통부 실거래가) write a contract's period. Only as a span with a tilde, both ends
# alike: "10.50-12.50" or "1.5~2.5" stay numbers, and "12.06" alone names no year.
_SHORT_SPAN_RE = re.compile(r"(?<![0-9.])(?P<start>[0-9]{2}\.[0-9]{2})\s*[~〜]\s*"
                            r"(?P<end>[0-9]{2}\.[0-9]{2})(?![0-9.])")


@dataclass(frozen=True, slots=True)
class Span:
    """Dates found in a cell and the text around them; no dates when their order is unclear."""

    start: date | None
    end: date | None
    rest: str
    end_is_month: bool = False  # the end was a month ("May 2018"), read as its last day
    ambiguous: str | None = None  # why the dates were left out


def find_span(text: str, cell: str) -> Span | None:
    """The first span of two dates in folded ``text``; ``cell`` is quoted in errors.

    Raises ValueParseError when a span is impossible (31 February, an end before
    the start).
    """
    at = 0
    while match := _SPAN_RE.search(text, at):
        if _is_date(match["start"]) and _is_date(match["end"]):
            rest = f"{text[:match.start()]} {text[match.end():]}".strip()
            return _span(cell, match["start"], match["end"], rest)
        at = match.start() + 1
    return _short_span(text)


def _short_span(text: str) -> Span | None:
    """A span of two months with two-digit years ("24.07~27.06"), or None."""
    match = _SHORT_SPAN_RE.search(text)
    if match is None:
        return None
    try:
        start, _start_end = _short_month(match["start"])
        _end_start, end = _short_month(match["end"])
    except ValueParseError:
        return None  # "24.13": no month; the cell is read as it would be without this
    if end < start:
        return None
    rest = f"{text[:match.start()]} {text[match.end():]}".strip()
    return Span(start, end, rest, end_is_month=True)


def _short_month(text: str) -> tuple[date, date]:
    year, month = text.split(".")
    first = make_date(text, full_year(text, year), int(month), 1)
    return first, first.replace(day=days_in_month(first.year, first.month))


def is_lone_date(text: str) -> bool:
    """Whether folded ``text`` is one date and nothing else."""
    stripped = text.strip(" .,;:")
    return bool(_DATE_RE.fullmatch(stripped)) and _is_date(stripped)


def _is_date(text: str) -> bool:
    # The pattern lets any word of three letters through; only month names make a date.
    words = re.findall(r"[^\W\d_]{3,}", text)
    return all(word in MONTHS or word == "de" for word in words)


def _span(cell: str, first: str, last: str, rest: str) -> Span:
    readings = {reading for order in (DateOrder.DMY, DateOrder.MDY)
                if (reading := _reading(first, last, order)) is not None}
    if not readings:
        raise ValueParseError(_("{value} is not a contract term: {reason}").format(
            value=repr(cell), reason=_impossible(first, last)))
    if len(readings) > 1:
        return Span(None, None, rest, ambiguous=_(
            "the dates {first} and {last} could be day-first or month-first").format(
                first=first, last=last))
    (start, end, end_is_month), = readings
    if end < start:
        raise ValueParseError(_("{value} is not a contract term: it ends ({last}) before it "
                                "starts ({first})").format(value=repr(cell), last=last,
                                                           first=first))
    return Span(start, end, rest, end_is_month)


def _impossible(first: str, last: str) -> str:
    for text in (first, last):
        errors: list[str] = []
        for order in (DateOrder.DMY, DateOrder.MDY):
            try:
                _bounds(text, text, order)
            except ValueParseError as error:
                errors.append(str(error))
        if len(errors) == 2:
            return errors[0]
    return _("{first} and {last} are not both day-first or both month-first").format(
        first=first, last=last)


def _reading(first: str, last: str, order: DateOrder) -> tuple[date, date, bool] | None:
    try:
        start, _start_end = _bounds(first, first, order)
        end_first, end = _bounds(last, last, order)
    except ValueParseError:
        return None
    return start, end, end_first != end


def _bounds(cell: str, text: str, order: DateOrder) -> tuple[date, date]:
    """The first and last day ``text`` names: a month gives two, a date one."""
    month_year = (_CJK_MONTH_RE.match(text) or _YEAR_MONTH_RE.match(text)
                  or _MONTH_YEAR_RE.match(text))
    if month_year is None:
        day = parse_date(text, order)
        return day, day
    year, word = int(month_year["year"]), month_year["month"]
    month = int(word) if word.isdecimal() else MONTHS.get(word, 0)
    first = make_date(cell, year, month, 1)
    return first, first.replace(day=days_in_month(year, month))
