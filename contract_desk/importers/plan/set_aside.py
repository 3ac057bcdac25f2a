"""Which fields of an imported row keep it from being a contract that can be stored.

A register row is one contract even when one of its cells contradicts another:
a term of "2 years" with no start date, an end before the start, a renewal with
nothing to renew. The domain refuses such a contract whole; the importer instead
sets the offending field aside (its text is kept with the contract and the cell
reported), so an optional field never costs the row. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import PERIOD_FIELDS, contract_rules
from contract_desk.i18n import _

#: The fields a rule between the term's fields may blame, most likely culprit first.
_TERM_FIELDS = ("initial_term", "renewal_term", "max_renewals", "final_end_date",
                "notice_period", "notice_buffer_days", "notice_given_on", "renewal")
#: A rule named after one field may be broken by another: "start_date" is reported
#: when a term has no start, but the term is what cannot stand.
_CULPRITS = {
    "start_date": ("initial_term",),
    "renewal_term": ("renewal",),
    "currency": ("value",),
    "initial_term": _TERM_FIELDS,
}
#: Rules that are not about a field the row can give up.
_NOT_SET_ASIDE = frozenset({"title", "reference"})


def set_aside_invalid(fields: Mapping[str, Any]) -> dict[str, str]:
    """Field -> why, for the fields to leave out so that ``fields`` make a valid contract.

    A missing title is not judged here (the importer names the contract after
    its reference). ``fields`` is not changed.
    """
    remaining = dict(fields)
    set_aside: dict[str, str] = {}
    for _round in range(len(_TERM_FIELDS) + 4):  # each round removes a field; bounded anyway
        problem = _first_problem(remaining)
        if problem is None:
            break
        name, message = problem
        culprit = next((c for c in (*_CULPRITS.get(name, ()), name) if c in remaining), None)
        if culprit is None:
            break
        set_aside[culprit] = _("{field}: {message}").format(field=field_word(name),
                                                            message=message)
        del remaining[culprit]
    return set_aside


#: Fields only a rule between several of them (the term engine's) can refuse.
_TERM_RULED = frozenset({"initial_term", "renewal_term", "renewal", "max_renewals",
                         "final_end_date", "notice_buffer_days"})


def _plainly_fine(fields: Mapping[str, Any]) -> bool:
    """Whether no rule between fields can refuse these (most rows: dates and a value)."""
    if not _TERM_RULED.isdisjoint(fields):
        return False
    value, start, end = fields.get("value"), fields.get("start_date"), fields.get("end_date")
    if value is not None and (value < 0 or not fields.get("currency")):
        return False
    return start is None or end is None or end >= start


def _first_problem(fields: Mapping[str, Any]) -> tuple[str, str] | None:
    if _plainly_fine(fields):
        return None
    try:
        typed = {name: _period(value) if name in PERIOD_FIELDS else value
                 for name, value in fields.items()}
    except DomainError:
        return None  # a period the importer produced always reads back; nothing to judge
    typed.setdefault("title", "-")
    problems = {name: message for name, message in contract_rules(typed).items()
                if name not in _NOT_SET_ASIDE}
    return next(iter(problems.items()), None)


@lru_cache(maxsize=4096)
def _period(value: Any) -> Any:
    # A register repeats its periods ("12 months") on thousands of rows.
    return Period.parse(value) if isinstance(value, str) else value
