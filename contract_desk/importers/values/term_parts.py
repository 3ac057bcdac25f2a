"""Turning the phrases of a term cell into lengths, counts and renewal words.

The steps, in order: a label before a colon ("Contract period:") and a clause
saying when the term starts ("from the date of signature") are dropped; a
number confirmed in brackets ("two (2)") becomes one number; a number before a
unit is a length ("36 months"), numbers joined by "+" share the unit that ends
them ("3 + 1 + 1 years"); a number before a length counts it ("2 x 1 year", "two
one-year extensions"). What is left must be a word the lexicon knows; any other
word, stray number or unit refuses the cell, so that nothing is read by halves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.i18n import N_, _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.values.durations import parse_period
from contract_desk.importers.values.term_words import Kind, Token, Use

EXPECTED = N_("expected a length such as '3 years', 'two (2) years' or '3 + 1 + 1 years', "
              "or dates such as 'May 2013 – May 2018'")


@dataclass(frozen=True, slots=True)
class Length:
    """A length in the cell; ``count`` when a number counts it ("2 x 1 year")."""

    period: Period
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A number of extensions said apart from their length ("twice", "two options")."""

    count: int


Item = Length | Count | Token

# Words that end a "from ..." clause: what follows says something about the term again.
_CLAUSE_ENDS = frozenset({Kind.BREAK, Kind.PLUS, Kind.OPEN, Kind.AUTO, Kind.OPTION, Kind.RENEWABLE,
                          Kind.RENEW, Kind.NONE, Kind.FURTHER, Kind.SAME, Kind.EVERY})
_LONGEST_LABEL = 6
_SILENT = frozenset({Kind.FILLER, Kind.AND, Kind.BREAK, Kind.OPEN, Kind.CLOSE})
_MEANINGFUL = frozenset({Kind.AUTO, Kind.OPTION, Kind.RENEWABLE, Kind.NONE, Kind.RENEW,
                         Kind.FURTHER, Kind.SAME, Kind.EVERY, Kind.PLUS})
# Between a count and the length it counts: "two optional extensions of one year".
_COUNTED_VIA = frozenset({Kind.OPTION, Kind.RENEWABLE, Kind.FURTHER, Kind.RENEW, Kind.FILLER})


def refusal(cell: object, reason: str, *, expected: bool = False) -> ValueParseError:
    """The error for a cell that is not a term: what is wrong, and what would be read."""
    if expected:
        return ValueParseError(_("{value} is not a contract term: {reason}; {expected}").format(
            value=repr(cell), reason=reason, expected=_(EXPECTED)))
    return ValueParseError(_("{value} is not a contract term: {reason}").format(
        value=repr(cell), reason=reason))


def items(cell: str, tokens: list[Token], unit_hint: PeriodUnit | None) -> list[Item]:
    """The lengths, counts and renewal words of ``tokens``; filler dropped."""
    tokens = _without_from_clauses(_without_label(tokens))
    found = _lengths(cell, _confirmed(cell, tokens), unit_hint)
    return _meaningful(cell, _counted(cell, found))


def _without_label(tokens: list[Token]) -> list[Token]:
    # "Contract period: 24 months", "Plazo de ejecución: 6 meses": a few words naming the
    # column, none of them a number, a unit or a renewal word.
    colon = next((at for at, token in enumerate(tokens) if token.text == ":"), None)
    if (colon is not None and colon <= _LONGEST_LABEL
            and all(_names_only(token) for token in tokens[:colon])):
        return tokens[colon + 1:]
    return tokens


def _names_only(token: Token) -> bool:
    return (token.text[0].isalpha() and not token.is_number and token.word.unit is None
            and token.word.period is None and token.kind in (None, Kind.FILLER, Kind.AND))


def _without_from_clauses(tokens: list[Token]) -> list[Token]:
    # "36 months from the date of signature": the clause says when, not how long.
    kept: list[Token] = []
    skipping = False
    for token in tokens:
        if skipping and token.kind not in _CLAUSE_ENDS:
            continue
        skipping = False
        if token.kind is Kind.FROM and any(t.word.unit or t.word.period for t in kept):
            skipping = True
            continue
        kept.append(token)
    return kept


def _confirmed(cell: str, tokens: list[Token]) -> list[Token]:
    """ "two (2) years", "2 (two) years": the number once; two different numbers refuse."""
    kept: list[Token] = []
    at = 0
    while at < len(tokens):
        window = tokens[at:at + 4]
        if (len(window) == 4 and window[0].is_number and window[1].kind is Kind.OPEN
                and window[2].is_number and window[3].kind is Kind.CLOSE):
            first, second = window[0], window[2]
            if _value(first) != _value(second):
                raise refusal(cell, _("it says both {first} and {second}").format(
                    first=first.text, second=second.text))
            kept.append(first if first.digits is not None else second)
            at += 4
            continue
        kept.append(tokens[at])
        at += 1
    return kept


def _value(token: Token) -> Decimal:
    return Decimal(token.count_text.replace(",", "."))


def _period(cell: str, number: Token, unit: PeriodUnit) -> Period:
    try:
        return parse_period(f"{number.count_text} {unit.value}")
    except ValueParseError as error:
        raise refusal(cell, str(error)) from None


def _lengths(cell: str, tokens: list[Token], unit_hint: PeriodUnit | None) -> list[Item]:
    found: list[Item] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind is Kind.LENGTH and token.word.period is not None:
            found.append(Length(token.word.period))  # "half a year"
            at += 1
            continue
        read = _unit_after(cell, tokens, at) or _plus_chain(cell, tokens, at, unit_hint)
        if read is None:
            found.append(token)
            at += 1
            continue
        found += read[0]
        at = read[1]
    return found


def _unit_after(cell: str, tokens: list[Token], at: int) -> tuple[list[Item], int] | None:
    """ "36 months", "a further 12 months", "세 달": a number and its unit."""
    if not tokens[at].is_number:
        return None
    unit_at = at + 1
    while unit_at < len(tokens) and tokens[unit_at].kind is Kind.FURTHER:
        unit_at += 1
    unit = tokens[unit_at].word.unit if unit_at < len(tokens) else None
    if unit is None:
        return None
    return [Length(_period(cell, tokens[at], unit)), *tokens[at + 1:unit_at]], unit_at + 1


def _plus_chain(cell: str, tokens: list[Token], at: int, unit_hint: PeriodUnit | None
                ) -> tuple[list[Item], int] | None:
    """ "3 + 1 + 1 years" (or "3 + 1 + 1" in a column in years): three lengths."""
    numbers = [at]
    while (numbers[-1] + 2 < len(tokens) and tokens[numbers[-1] + 1].kind is Kind.PLUS
           and tokens[numbers[-1] + 2].is_number):
        numbers.append(numbers[-1] + 2)
    if len(numbers) < 2 or not tokens[at].is_number:
        return None
    end = numbers[-1] + 1
    unit = tokens[end].word.unit if end < len(tokens) else None
    shared = unit or unit_hint
    if shared is None:
        raise refusal(cell, _("the numbers joined by '+' have no unit; write '3 + 1 + 1 years' "
                              "or say the unit in the column header"))
    chain: list[Item] = []
    for number in numbers:  # the "+" stay: they say the lengths after the first are options
        chain += [tokens[number - 1]] if number != at else []
        chain.append(Length(_period(cell, tokens[number], shared)))
    return chain, end + 1 if unit is not None else end


def _counted(cell: str, found: list[Item]) -> list[Item]:
    counted: list[Item] = []
    at = 0
    while at < len(found):
        item = found[at]
        if isinstance(item, Token) and item.kind is Kind.UPTO:
            _check_up_to(cell, item, found[at + 1] if at + 1 < len(found) else None)
        elif isinstance(item, Token) and item.is_number:
            read, at = _count(cell, item, found, at + 1)
            counted += read
            continue
        else:
            counted.append(item)
        at += 1
    return counted


def _check_up_to(cell: str, up_to: Token, following: Item | None) -> None:
    # "up to two extensions" counts them; "extendable up to 5 years" is a cap, not a length.
    if not (isinstance(following, Token)
            and (following.is_number or following.kind is Kind.COUNT)):
        raise refusal(cell, _("'{words}' before a length sets a limit, which is not a term or "
                              "a renewal").format(words=up_to.text))


def _count(cell: str, number: Token, found: list[Item], after: int) -> tuple[list[Item], int]:
    """A number that is not a length: dropped (an article), or the count of extensions."""
    if number.word.use is Use.ARTICLE:
        if _kind(found, after) is Kind.REPEATS:
            return [Count(1)], after + 1  # "une fois": once
        return [], after  # "a period of", "en periode"
    if number.word.use is Use.BOUND or number.word.number is None:
        if number.kind is not None:  # "once" is one time where it is not Spanish eleven
            return [number], after
        raise refusal(cell, _("{words} is not understood here").format(words=repr(number.text)),
                      expected=True)
    count = number.word.number
    if _kind(found, after) is Kind.TIMES and (length := _uncounted(found, after + 1)):
        return [replace(length, count=count)], after + 2
    if _kind(found, after) is Kind.REPEATS:
        return [Count(count)], after + 1  # "renewable 2 times"
    via = after
    while _kind(found, via) in _COUNTED_VIA:
        via += 1
    if length := _uncounted(found, via):
        return [*found[after:via], replace(length, count=count)], via + 1
    if any(_kind(found, between) in (Kind.OPTION, Kind.RENEW) for between in range(after, via)):
        return [Count(count), *found[after:via]], via  # "with two options"
    raise refusal(cell, _("cannot tell what {words} counts").format(words=repr(number.text)),
                  expected=True)


def _kind(found: list[Item], at: int) -> Kind | None:
    item = found[at] if at < len(found) else None
    return item.kind if isinstance(item, Token) else None


def _uncounted(found: list[Item], at: int) -> Length | None:
    item = found[at] if at < len(found) else None
    return item if isinstance(item, Length) and item.count is None else None


def _meaningful(cell: str, found: list[Item]) -> list[Item]:
    kept: list[Item] = []
    for item in found:
        if not isinstance(item, Token):
            kept.append(item)
        elif item.kind is Kind.COUNT and item.word.count is not None:
            kept.append(Count(item.word.count))  # "twice"
        elif item.kind in _MEANINGFUL:
            kept.append(item)
        elif item.kind not in _SILENT:
            what = (_("{words} is a unit without a number") if item.word.unit else
                    _("{words} is not understood here"))
            raise refusal(cell, what.format(words=repr(item.text)), expected=True)
    return kept
