"""Amendments: dated changes to a contract's terms, and the terms in force on any day. Pure.

A contract's stored values are the terms in force *today*. Each amendment
records the fields it changes (``changes``, new values as JSON keeps them)
and, once it has taken effect, the values it replaced (``before``). So the
terms in force on another day are today's terms with the amendments that took
effect after that day taken back (their ``before``, latest first) and the
amendments still to come that take effect by that day laid on (their
``changes``, earliest first).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from contract_desk.i18n import N_

#: The fields an amendment may change: the term, renewal, notice and money.
AMENDABLE: dict[str, str] = {
    "end_date": N_("end date"),
    "initial_term": N_("initial term"),
    "renewal": N_("renewal"),
    "renewal_term": N_("renewal term"),
    "max_renewals": N_("maximum renewals"),
    "final_end_date": N_("final end date"),
    "notice_period": N_("notice period"),
    "notice_buffer_days": N_("send notice days earlier"),
    "notice_to": N_("notice ends at"),
    "holiday_country": N_("public holidays of"),
    "postal_days": N_("postal days"),
    "value": N_("value"),
    "currency": N_("currency"),
    "payment_terms": N_("payment terms"),
}


@dataclass(frozen=True, slots=True)
class Dated:
    """One amendment as the rule needs it: when, what it sets, what it replaced (None while
    it has not taken effect)."""

    effective_on: date
    changes: Mapping[str, Any]
    before: Mapping[str, Any] | None


def terms_on(current: Mapping[str, Any], amendments: Sequence[Dated], day: date
             ) -> dict[str, Any]:
    """The contract's values in force on ``day``, from today's values and its amendments
    (given in the order they were recorded).

    ``current`` holds the values in force now (every amendment with ``before``
    applied, none without). An amendment takes effect at the start of its day.
    """
    values = dict(current)
    # Latest first; of two on one day, the one recorded later first (the sort keeps order).
    ordered = sorted((a for a in amendments if a.before is not None),
                     key=lambda a: a.effective_on)
    taken = ordered[::-1]
    for amendment in taken:
        if amendment.effective_on > day and amendment.before is not None:
            values.update(amendment.before)
    coming = sorted((a for a in amendments if a.before is None), key=lambda a: a.effective_on)
    for amendment in coming:
        if amendment.effective_on <= day:
            values.update(amendment.changes)
    return values


def versions(current: Mapping[str, Any], amendments: Sequence[Dated]
             ) -> list[tuple[date | None, dict[str, Any]]]:
    """Every version of the terms: (None, the original terms), then (the day it took or
    takes effect, the terms from that day) for each amendment in order."""
    ordered = sorted(amendments, key=lambda a: a.effective_on)
    original = dict(current)
    for amendment in reversed([a for a in ordered if a.before is not None]):
        if amendment.before is not None:
            original.update(amendment.before)
    result: list[tuple[date | None, dict[str, Any]]] = [(None, {
        name: original.get(name) for name in AMENDABLE})]
    for amendment in ordered:
        terms = terms_on(current, amendments, amendment.effective_on)
        result.append((amendment.effective_on, {name: terms.get(name) for name in AMENDABLE}))
    return result


__all__ = ["AMENDABLE", "Dated", "terms_on", "versions"]
