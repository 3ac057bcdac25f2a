"""A review reminder on a chosen cycle: a recurring renewal-decision obligation.

An open-ended contract has no term end to remind about; what keeps it from
running on unnoticed is a regular review ("is it still needed, at this
price?"). It is an ordinary recurring obligation of kind *renewal decision*,
due on the contract's start plus whole cycles, from the first such day on or
after today — so the reminders, the inbox, the timeline's diamonds and the
exports treat it as they treat every obligation, and it is changed or removed
like one.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.i18n import _
from contract_desk.services.register.contracts import load_contract
from contract_desk.services.register.obligations import add_obligation
from contract_desk.services.register.rows import ObligationRow

_FREQUENCIES = {PeriodUnit.DAYS: "DAILY", PeriodUnit.WEEKS: "WEEKLY",
                PeriodUnit.MONTHS: "MONTHLY", PeriodUnit.YEARS: "YEARLY"}


def review_rule(every: Period) -> str:
    """The RFC 5545 rule of a review every ``every`` ("FREQ=MONTHLY;INTERVAL=6")."""
    frequency = _FREQUENCIES.get(every.unit)
    if frequency is None:
        raise DomainError(_("a review cycle is counted in days, weeks, months or years, not "
                            "in business days"))
    return f"FREQ={frequency}" + (f";INTERVAL={every.count}" if every.count != 1 else "")


def first_review(start: date, every: Period, today: date) -> date:
    """The first day on or after ``today`` that is ``start`` plus whole cycles."""
    if every.unit in (PeriodUnit.DAYS, PeriodUnit.WEEKS):  # a fixed number of days
        days = every.count * (7 if every.unit is PeriodUnit.WEEKS else 1)
        cycles = max(1, -(-(today - start).days // days))
        return start + relativedelta(days=days * cycles)
    cycles = 1
    while True:  # months or years: at most some thousands of steps over a register's dates
        count = every.count * cycles
        day = start + (relativedelta(years=count) if every.unit is PeriodUnit.YEARS
                       else relativedelta(months=count))
        if day >= today:
            return day
        cycles += 1


def add_review(session: Session, contract_uid: str, every: Period | str, *, user: str,
               today: date) -> ObligationRow:
    """Add a review of the contract every ``every`` (its owner reviews it; without an owner,
    the person adding the review)."""
    cycle = every if isinstance(every, Period) else Period.parse(every)
    rule = review_rule(cycle)
    contract = load_contract(session, contract_uid)
    start = contract.start_date or today
    return add_obligation(session, contract_uid, {
        "kind": "renewal_decision", "performer": "us",
        "title": _("Review: is the contract still needed, on these terms?"),
        "due_date": first_review(start, cycle, today), "recurrence": rule,
        "owner": contract.owner or user}, user=user)


__all__ = ["add_review", "first_review", "review_rule"]
