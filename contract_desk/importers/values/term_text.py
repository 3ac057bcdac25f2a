"""Reading what a duration cell says about a contract's term, the way people write it.

Registers write "two (2) years", "3 + 1 + 1 years", "2 years with the option for
a further one year extension", "May 2013 – May 2018", "12 meses, prorrogável por
igual período". This reads the initial term, how the contract renews, the length
and number of extensions and a span of dates. Nothing is guessed: a cell that
mixes something readable with words that matter and are not understood ("2 years
or 3 years") is refused whole rather than half read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode, term_end
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.durations import parse_period
from contract_desk.importers.values.normalize import fold
from contract_desk.importers.values.term_parts import Count, Item, Length, items, refusal
from contract_desk.importers.values.term_spans import Span, find_span, is_lone_date
from contract_desk.importers.values.term_words import Kind, Token, Use, lex

#: A term is a phrase; a longer cell is a clause of the contract, not a term to read.
_LONGEST_CELL = 300
_DASHES_RE = re.compile(r"[‐‑‒–—―−]")
# A minus at the start (or after a label or bracket) is a negative term, not a dash.
_NEGATIVE_RE = re.compile(r"(?:^|[(:=])\s*-\s*[0-9]")
# "3-5 years", "2020-2023": a range, which is no one term (dates were taken out before).
_RANGE_RE = re.compile(r"(?<![0-9./-])[0-9]+\s*-\s*[0-9]+(?![0-9./-])")


@dataclass(frozen=True, slots=True)
class TermText:
    """What a duration cell says about a contract's term.

    Fields the cell does not state are None. When it spans dates the dates say the
    term, so ``initial_term`` is None (a length written beside them must agree).
    """

    initial_term: Period | None = None
    # OPTION for "with the option of a further year", "renewable", "3 + 1 + 1";
    # AUTOMATIC for "auto-renews", "tacit"; NONE for "no renewal", "fixed term".
    renewal: RenewalMode | None = None
    renewal_term: Period | None = None  # the length of each extension
    # How many extensions: "two one-year extensions" is 2, "a further year" 1;
    # None when not counted ("renewable annually", "automatically renewed").
    max_renewals: int | None = None
    start_date: date | None = None  # "May 2013 – May 2018": 2013-05-01
    end_date: date | None = None  # ... 2018-05-31: a month alone as an end is its last day


def parse_term_text(value: CellValue, unit_hint: PeriodUnit | str | None = None) -> TermText:
    """The term ``value`` states; a bare number takes ``unit_hint`` as its unit.

    Reads everything ``parse_period`` reads, number words ("three years", "tre
    år", "drei Jahre"), filler ("a period of", "Varighet:", "... from signature"),
    options and automatic renewals ("3 + 2 x 1 year options", "auto-renews
    yearly") and spans of dates. Raises ValueParseError with a sentence saying
    what was expected when the cell states no term or only part of it is readable.
    """
    if isinstance(value, datetime | date | time):
        raise refusal(value, _("it is a date, not a length"), expected=True)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise refusal(value, _("the cell is empty"), expected=True)
    if not isinstance(value, str):
        return TermText(initial_term=parse_period(value, unit_hint))
    try:
        return TermText(initial_term=parse_period(value, unit_hint))
    except ValueParseError:
        return _read_text(value, _unit(unit_hint))


def length_only(value: CellValue, unit_hint: PeriodUnit | str | None = None) -> Period | None:
    """The length a term text states when it states nothing else ("three months", "tre
    måneder"); None otherwise. ValueParseError when the text is no term at all."""
    term = parse_term_text(value, unit_hint)
    if term.initial_term is None or term != TermText(initial_term=term.initial_term):
        return None
    return term.initial_term


def _unit(unit_hint: PeriodUnit | str | None) -> PeriodUnit | None:
    try:
        return None if unit_hint is None else PeriodUnit(unit_hint)
    except ValueError:
        raise ValueParseError(_("{value} is not a period unit").format(
            value=repr(unit_hint))) from None


def _read_text(cell: str, unit_hint: PeriodUnit | None) -> TermText:
    text = _DASHES_RE.sub("-", fold(cell))
    if len(text) > _LONGEST_CELL:
        raise refusal(cell[:40] + "...", _("it is too long to be a term"), expected=True)
    span = find_span(text, cell)
    if span is None and is_lone_date(text):
        raise refusal(cell, _("it is a date, not a length"), expected=True)
    rest = span.rest if span is not None else text
    if _NEGATIVE_RE.search(rest):
        raise refusal(cell, _("a term cannot be negative"), expected=True)
    if _RANGE_RE.search(rest):
        raise refusal(cell, _("a range of numbers is not one term"), expected=True)
    tokens = lex(rest)
    if span is None and not any(_has_length(token) for token in tokens):
        raise refusal(cell, _("it names no length and no dates"), expected=True)
    return _assemble(cell, items(cell, tokens, unit_hint), span)


def _has_length(token: Token) -> bool:
    # An article alone ("a" of "N/A") is no number; a unit alone may still be refused later.
    number = token.is_number and token.word.use is not Use.ARTICLE
    return number or token.word.unit is not None or token.word.period is not None


def _assemble(cell: str, found: list[Item], span: Span | None) -> TermText:
    initial, rest = _initial(cell, found)
    if initial is None and span is None:
        _refuse_adjective(cell, rest)
    renewal, renewal_term, max_renewals = _renewal(cell, rest, initial)
    start = end = None
    if span is not None and span.start is not None and span.end is not None:
        _check_agrees(cell, initial, span)
        initial, start, end = None, span.start, span.end  # the dates say the term
    if initial is None and renewal_term is None and start is None:
        why = span.ambiguous if span is not None and span.ambiguous else None
        raise refusal(cell, why or _("it names no length of the term or of a renewal"),
                      expected=True)
    return TermText(initial, renewal, renewal_term, max_renewals, start, end)


def _initial(cell: str, found: list[Item]) -> tuple[Period | None, list[Item]]:
    """The first length, when nothing but "no renewal" words come before it."""
    for at, item in enumerate(found):
        if isinstance(item, Length) and item.count is None:
            rest = found[:at] + found[at + 1:]
            return _with_months(cell, item.period, rest, at)
        if not (isinstance(item, Token) and item.kind is Kind.NONE):
            break
    return None, found


def _with_months(cell: str, years: Period, rest: list[Item], at: int
                 ) -> tuple[Period, list[Item]]:
    # "2 years and 6 months", "1년 6개월": one term of 30 months, not a term and a renewal.
    following = rest[at] if at < len(rest) else None
    if (years.unit is not PeriodUnit.YEARS or not isinstance(following, Length)
            or following.count is not None or following.period.unit is not PeriodUnit.MONTHS):
        return years, rest
    months = years.count * 12 + following.period.count
    try:
        return parse_period(f"{months} months"), rest[:at] + rest[at + 1:]
    except ValueParseError as error:
        raise refusal(cell, str(error)) from None


def _refuse_adjective(cell: str, rest: list[Item]) -> None:
    # "Renewable 3-year term", "Option 1 year": is the length the term or the renewal?
    # ("Option 2 x 1 year" counts its lengths: those are renewals.)
    if (len(rest) >= 2 and isinstance(rest[0], Token)
            and rest[0].kind in (Kind.AUTO, Kind.OPTION, Kind.RENEWABLE)
            and isinstance(rest[1], Length) and rest[1].count is None):
        raise refusal(cell, _("cannot tell whether {period} is the term or the length of each "
                              "renewal").format(period=rest[1].period), expected=True)


def _renewal(cell: str, rest: list[Item], initial: Period | None
             ) -> tuple[RenewalMode | None, Period | None, int | None]:
    if not rest:
        return None, None, None
    kinds = {item.kind for item in rest if isinstance(item, Token)}
    lengths = [item for item in rest if isinstance(item, Length)]
    counts = [item.count for item in rest if isinstance(item, Count)]
    if Kind.NONE in kinds:
        if len(kinds) > 1 or lengths or counts:
            raise refusal(cell, _("it says both that the contract does not renew and how it "
                                  "renews"))
        return RenewalMode.NONE, None, None
    mode = _mode(cell, kinds)
    renewal_term = _renewal_term(cell, rest, lengths, initial)
    return mode, renewal_term, _max_renewals(cell, mode, rest, lengths, counts)


def _mode(cell: str, kinds: set[Kind | None]) -> RenewalMode:
    if Kind.AUTO in kinds and Kind.OPTION in kinds:
        raise refusal(cell, _("it says both that the contract renews automatically and by "
                              "option"))
    if Kind.AUTO in kinds:
        return RenewalMode.AUTOMATIC
    # "renewable" alone is by option; "renouvelable par tacite reconduction" is automatic.
    if kinds & {Kind.OPTION, Kind.RENEWABLE, Kind.PLUS}:  # "3 + 1 + 1": a term and two options
        return RenewalMode.OPTION
    raise refusal(cell, _("after the term it names a renewal or another length without saying "
                          "whether the contract renews automatically or by option"))


def _renewal_term(cell: str, rest: list[Item], lengths: list[Length], initial: Period | None
                  ) -> Period | None:
    periods = [length.period for length in lengths]
    periods += [item.word.period for item in rest
                if isinstance(item, Token) and item.kind is Kind.EVERY and item.word.period]
    if any(isinstance(item, Token) and item.kind is Kind.SAME for item in rest):
        if initial is None:
            raise refusal(cell, _("it renews for 'the same period' but does not say the term"))
        periods.append(initial)
    for other in periods[1:]:
        if not _same_length(periods[0], other):
            raise refusal(cell, _("its extensions have different lengths ({first} and "
                                  "{other}); one renewal term cannot say both").format(
                first=periods[0], other=other))
    return periods[0] if periods else None


def _same_length(first: Period, second: Period) -> bool:
    return first == second or (first.months is not None and first.months == second.months)


def _max_renewals(cell: str, mode: RenewalMode, rest: list[Item], lengths: list[Length],
                  counts: list[int]) -> int | None:
    attached = [length.count for length in lengths if length.count is not None]
    if counts and attached:
        raise refusal(cell, _("it counts the extensions twice"))
    if counts:
        return sum(counts)  # "renewable twice", "up to two extensions"
    tokens = [item for item in rest if isinstance(item, Token)]
    kinds = {token.kind for token in tokens}
    if attached or (Kind.PLUS in kinds and lengths):  # "2 x 1 year", "3 + 1 + 1"
        return sum(length.count or 1 for length in lengths)
    if Kind.EVERY in kinds or mode is not RenewalMode.OPTION:
        return None  # "renewable annually", "automatically renewed": no number said
    single = any(token.word.single for token in tokens)
    plural = any(token.word.plural for token in tokens)
    # "a further year", "an option of a two year extension": one extension.
    return 1 if Kind.FURTHER in kinds or (single and not plural) else None


def _check_agrees(cell: str, initial: Period | None, span: Span) -> None:
    """A length given with the dates must be the length they span."""
    if initial is None or span.start is None or span.end is None:
        return
    try:
        ends = term_end(span.start, initial)
    except TermError as error:
        raise refusal(cell, str(error)) from None
    # "May 2013 – May 2018, 5 years": a month as the end may be the month after the last day.
    earliest = span.end.replace(day=1) - timedelta(days=1) if span.end_is_month else span.end
    if not earliest <= ends <= span.end:
        raise refusal(cell, _("it says {term} but the dates span {start} to {end}").format(
            term=initial, start=span.start.isoformat(), end=span.end.isoformat()))

