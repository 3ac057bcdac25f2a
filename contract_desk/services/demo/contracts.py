"""One demo contract: its terms, dates, money and lifecycle, drawn from a seeded source.

A share of contracts is placed so that the current term ends within the next 90
days, so that a fresh demo always has something to act on.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from contract_desk.domain import KeyDates, Period, PeriodUnit, RenewalMode, TermSpec, term_end
from contract_desk.services.demo.kinds import (
    BUFFER_DAYS,
    KINDS,
    NO_RENEWAL,
    ContractKind,
    RenewalPlan,
)
from contract_desk.services.demo.parties import DemoParty
from contract_desk.services.demo.random_source import DemoRandom, months_after
from contract_desk.services.demo.status import lifecycle_status
from contract_desk.services.demo.words import (
    CUSTOM_COLUMNS,
    DEPARTMENTS,
    NOTES_EN,
    OWNERS,
    PAYMENT_TERMS_EN,
    PROJECTS,
    SCOPES,
    TAGS,
    VALUE_RANGES,
    WHOLE_CURRENCIES,
)

#: Share of contracts whose current term is made to end within the next 90 days.
EXPIRING_SHARE = 0.12
#: Share of contracts that start in the coming six months.
UPCOMING_SHARE = 0.08
HISTORY_DAYS = 6 * 365
_KIND_WEIGHTS = list(itertools.accumulate(kind.weight for kind in KINDS))


@dataclass(frozen=True, slots=True)
class DemoContract:
    """A contract row ready to insert, with what its obligations are derived from."""

    row: dict[str, Any]
    kind: ContractKind
    keys: KeyDates | None  # None for an open-ended contract


def demo_contract(
    rng: DemoRandom, number: int, party: DemoParty, today: date, stamp: datetime, user: str
) -> DemoContract:
    """The ``number``-th demo contract (0-based) with ``party`` on the other side."""
    kind = rng.weighted(KINDS, _KIND_WEIGHTS)
    row, spec = _term_fields(rng, kind, today)
    row["status"], row["notice_given_on"], keys = lifecycle_status(rng, spec, today)
    row.update(_money_fields(rng, kind, party))
    row.update(_people_fields(rng, kind, party, number, row))
    row.update(_stamps(stamp, user))
    return DemoContract(row, kind, keys)


@functools.cache
def _period(term: tuple[int, str]) -> Period:
    return Period(term[0], PeriodUnit(term[1]))


def _term_fields(
    rng: DemoRandom, kind: ContractKind, today: date
) -> tuple[dict[str, Any], TermSpec]:
    if rng.chance(kind.open_ended_share):
        start = rng.day_between(today - timedelta(days=HISTORY_DAYS), today)
        return _term_row(start, None, NO_RENEWAL, rng.pick(kind.notices), 0)
    term = rng.pick(kind.terms)
    plan = rng.pick(kind.renewals)
    start = _start_date(rng, term, today)
    return _term_row(start, term, plan, rng.pick(kind.notices), rng.pick(BUFFER_DAYS))


def _start_date(rng: DemoRandom, term: tuple[int, str], today: date) -> date:
    draw = rng.random()
    if draw < EXPIRING_SHARE:
        # Work back from an end date in the next 90 days to the start that gives it.
        ends_on = rng.days_after(today, 1, 90)
        return months_after(ends_on + timedelta(days=1), -(_period(term).months or 0))
    if draw < EXPIRING_SHARE + UPCOMING_SHARE:
        return rng.days_after(today, 1, 183)
    return rng.day_between(today - timedelta(days=HISTORY_DAYS), today)


def _term_row(
    start: date,
    term: tuple[int, str] | None,
    plan: RenewalPlan,
    notice: tuple[int, str],
    buffer_days: int,
) -> tuple[dict[str, Any], TermSpec]:
    final = None
    if plan.final_after_years is not None:
        final = months_after(start, 12 * plan.final_after_years) - timedelta(days=1)
    initial = None if term is None else _period(term)
    spec = TermSpec(
        start_date=start,
        # Stated like a stored row (end date and term), which also spares the
        # engine working the end out again on every call.
        end_date=None if initial is None else term_end(start, initial),
        initial_term=initial,
        renewal=RenewalMode(plan.mode),
        renewal_term=None if plan.term is None else _period(plan.term),
        max_renewals=plan.max_renewals,
        final_end_date=final,
        notice_period=_period(notice),
        notice_buffer_days=buffer_days,
    )
    row = {
        "start_date": start,
        "end_date": spec.end_date,
        "initial_term_count": None if term is None else term[0],
        "initial_term_unit": None if term is None else term[1],
        "renewal": plan.mode,
        "renewal_term_count": None if plan.term is None else plan.term[0],
        "renewal_term_unit": None if plan.term is None else plan.term[1],
        "max_renewals": plan.max_renewals,
        "final_end_date": final,
        "notice_period_count": notice[0],
        "notice_period_unit": notice[1],
        "notice_buffer_days": buffer_days,
    }
    return row, spec


def _money_fields(rng: DemoRandom, kind: ContractKind, party: DemoParty) -> dict[str, Any]:
    country = party.country
    currency = country.currency if rng.chance(0.8) else rng.pick(("EUR", "EUR", "USD"))
    if kind.payment is None:
        return {"value": None, "currency": None, "payment_terms": None}
    local = country.currency == currency and rng.chance(0.7)
    terms = rng.pick(country.payment_terms if local else PAYMENT_TERMS_EN)
    return {"value": _amount(rng, currency), "currency": currency, "payment_terms": terms}


def _amount(rng: DemoRandom, currency: str) -> Decimal:
    low, high = VALUE_RANGES[currency]
    # Contract values spread over orders of magnitude: draw the logarithm evenly.
    raw = math.exp(rng.uniform(math.log(low), math.log(high)))
    step = 10_000 if currency in WHOLE_CURRENCIES else 100
    amount = Decimal(max(step, round(raw / step) * step))
    if currency not in WHOLE_CURRENCIES and rng.chance(0.2):
        amount += Decimal(rng.pick(("0.50", "0.75", "0.99")))
    return amount


def _people_fields(
    rng: DemoRandom, kind: ContractKind, party: DemoParty, number: int, row: dict[str, Any]
) -> dict[str, Any]:
    start: date = row["start_date"]
    drafted = row["status"] in {"draft", "in_review"}
    end = row["end_date"] or months_after(start, 24)
    country = party.country
    return {
        "uid": rng.uid(),
        "reference": f"{kind.prefix}-{start.year}-{number + 1:06d}",
        "title": rng.pick(kind.titles),
        "scope": rng.pick(SCOPES) if rng.chance(0.3) else None,
        "counterparty_id": party.id,
        "contract_type": kind.name,
        "direction": rng.pick(kind.directions),
        "department": rng.pick(DEPARTMENTS),
        "project": rng.pick(PROJECTS) if rng.chance(0.25) else None,
        "owner": rng.pick(OWNERS),
        "tags": rng.some(TAGS, rng.pick((0, 0, 1, 1, 2, 3))),
        "signed_on": None if drafted else start - timedelta(days=rng.between(0, 45)),
        "confidential_until": months_after(end, 12 * rng.pick((3, 5)))
        if kind.prefix == "NDA" else None,
        "notes": _note(rng, country.notes),
        "custom": _custom(rng),
    }


def _note(rng: DemoRandom, local_notes: tuple[str, ...]) -> str | None:
    if not rng.chance(0.35):
        return None
    return rng.pick(local_notes if rng.chance(0.6) else NOTES_EN)


def _custom(rng: DemoRandom) -> dict[str, Any]:
    if not rng.chance(0.04):
        return {}
    headers = rng.some(sorted(CUSTOM_COLUMNS), rng.between(1, 3))
    return {header: rng.pick(CUSTOM_COLUMNS[header]) for header in headers}


def _stamps(stamp: datetime, user: str) -> dict[str, Any]:
    return {
        "import_batch_id": None,
        "source_sheet": None,
        "source_row": None,
        "version_id": 1,
        "created_at": stamp,
        "created_by": user,
        "updated_at": stamp,
        "updated_by": user,
    }
