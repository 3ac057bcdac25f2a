"""Deciding, for a whole column, whether 03/04/2025 means 3 April or 4 March.

One cell rarely settles it, a column usually does: 13/02/2025 can only be
day-first, 02/13/2025 only month-first. The decision carries its evidence in
words so the user sees why, and says so when the column cannot be decided or
contradicts itself; the parser then reads only the cells that prove their own
order and reports the others as ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_desk.i18n import _, ngettext
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.dates import DateOrder, split_numeric


@dataclass(frozen=True, slots=True)
class DateDecision:
    """A column's date order, why, and whether its numeric dates stay ambiguous."""

    order: DateOrder | None
    evidence: str
    ambiguous: bool


@dataclass(slots=True)
class _Evidence:
    """The first example of each kind of cell seen in the column."""

    day_first: str | None = None
    month_first: str | None = None
    year_first: str | None = None
    undecided_slashes: str | None = None
    undecided_dots: str | None = None
    day_first_count: int = 0
    month_first_count: int = 0
    dotted: bool = False


def infer_date_order(samples: Iterable[CellValue]) -> DateDecision:
    """The date order proven by the text dates among ``samples``.

    A first part above 12 proves day-first, a second part above 12 month-first.
    Dotted dates (03.04.2025) that nothing contradicts are taken as day-first,
    the convention wherever dots are used, and the evidence says it is only a
    convention. Real date cells and numbers carry no order and are ignored.
    """
    evidence = _Evidence()
    for sample in samples:
        if isinstance(sample, str):
            _observe(evidence, sample.strip())
    return _decide(evidence)


def _observe(evidence: _Evidence, text: str) -> None:
    parts = split_numeric(text)
    if parts is None:
        return
    first, second, last = parts
    if len(first) == 4:
        evidence.year_first = evidence.year_first or text
        return
    if len(last) not in (2, 4):
        return
    day_first = int(first) > 12 >= int(second)
    month_first = int(second) > 12 >= int(first)
    evidence.dotted = evidence.dotted or "." in text
    if day_first:
        evidence.day_first = evidence.day_first or text
        evidence.day_first_count += 1
    elif month_first:
        evidence.month_first = evidence.month_first or text
        evidence.month_first_count += 1
    elif int(first) <= 12 and int(first) != int(second):
        if "." in text:
            evidence.undecided_dots = evidence.undecided_dots or text
        else:
            evidence.undecided_slashes = evidence.undecided_slashes or text


def _decide(seen: _Evidence) -> DateDecision:
    if seen.day_first and seen.month_first:
        return _settle_conflict(seen)
    if seen.day_first:
        return DateDecision(DateOrder.DMY, _("{example} can only be day-first").format(
            example=seen.day_first), False)
    if seen.month_first:
        return DateDecision(DateOrder.MDY, _("{example} can only be month-first").format(
            example=seen.month_first), False)
    if seen.undecided_slashes:
        return DateDecision(None, _("{example} could be day-first or month-first and no date "
                                    "in the column settles it").format(
            example=seen.undecided_slashes), True)
    if seen.undecided_dots:
        return DateDecision(DateOrder.DMY, _("no date proves the order; dates with dots like "
                                             "{example} are day-first by convention").format(
            example=seen.undecided_dots), False)
    if seen.year_first:
        return DateDecision(DateOrder.YMD, _("{example} is year-first").format(
            example=seen.year_first), False)
    return DateDecision(None, _("no numeric text dates to judge the order by"), False)


def _settle_conflict(seen: _Evidence) -> DateDecision:
    # A column that contradicts itself is usually one order with a few typos: a
    # clear majority (twice as many proofs), or the dot convention on a tie,
    # decides; the cells of the other order then fail to parse and are kept as
    # text with their address, never silently turned around.
    days, months = seen.day_first_count, seen.month_first_count
    both = ngettext("{days} date like {day_first} can only be day-first, {months} like "
                    "{month_first} only month-first",
                    "{days} dates like {day_first} can only be day-first, {months} like "
                    "{month_first} only month-first", days).format(
        days=days, day_first=seen.day_first, months=months, month_first=seen.month_first)
    if days >= 2 * months or (seen.dotted and days >= months):
        said = (_("{both}; read as day-first (most); the others are kept as text")
                if days >= 2 * months else
                _("{both}; read as day-first (dotted dates are day-first by convention); "
                  "the others are kept as text"))
        return DateDecision(DateOrder.DMY, said.format(both=both), False)
    if months >= 2 * days:
        return DateDecision(DateOrder.MDY, _("{both}; read as month-first (most); the others "
                                             "are kept as text").format(both=both), False)
    return DateDecision(None, _("conflicting dates: {both}").format(both=both), True)
