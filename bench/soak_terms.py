"""The soak's own statement of the term rules: which key dates a contract or obligation has.

Written from the rules as the README and ``domain/terms.py``'s docstring state
them, deliberately without importing anything from ``contract_desk``: the soak
compares the reminder engine with this, so sharing its code would prove nothing.
Only the kinds the soak generates are covered: a fixed term or an automatically
renewing one (renewal term in months, optionally a maximum number of renewals),
a notice period in months or days with a send-by buffer, a confidentiality end;
one-off and monthly obligations.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
#: Days before a contract's key date, and before an obligation's due date (the defaults).
CONTRACT_OFFSETS = (90, 30, 14, 7, 3, 1, 0)
OBLIGATION_OFFSETS = (7, 3, 0)
#: Key kinds raised again every day once passed, until acknowledged.
OVERDUE_KINDS = frozenset({"send_by", "notice_deadline", "term_end", "due"})
ESCALATE_AFTER_DAYS = 3


@dataclass(slots=True)
class ContractTerms:
    """A contract as the soak generated and edited it."""

    uid: str
    start: date
    end: date
    renews: bool = False
    renewal_months: int = 12
    max_renewals: int | None = None
    notice: tuple[int, str] | None = None  # (count, "months" | "days")
    buffer_days: int = 0
    confidential_until: date | None = None
    running: bool = True


@dataclass(slots=True)
class ObligationTerms:
    """An obligation: one due date, or monthly from its first due date."""

    uid: str
    contract_uid: str
    due: date
    monthly: bool = False
    open: bool = True


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def term_end(start: date, months: int) -> date:
    """The last day of a term of ``months`` from ``start``: the day before the same
    day-of-month, or the target month's last day when that day does not exist there."""
    year, month = _add_months(start.year, start.month, months)
    if start.day > _last_day(year, month):
        return date(year, month, _last_day(year, month))
    return date(year, month, start.day) - ONE_DAY


def notice_deadline(end: date, notice: tuple[int, str]) -> date:
    """The day before the notice period that ends on ``end`` begins."""
    count, unit = notice
    if unit == "days":
        return end - timedelta(days=count)
    after = end + ONE_DAY
    year, month = _add_months(after.year, after.month, -count)
    return date(year, month, min(after.day, _last_day(year, month))) - ONE_DAY


def contract_keys(contract: ContractTerms, until: date) -> set[tuple[str, date]]:
    """(kind, day) of every key date of every term starting by ``until``."""
    if not contract.running:
        return set()
    found: set[tuple[str, date]] = set()
    start, end, renewals = contract.start, contract.end, 0
    while True:
        if contract.notice is not None:
            deadline = notice_deadline(end, contract.notice)
            found.add(("notice_deadline", deadline))
            if contract.buffer_days:
                found.add(("send_by", deadline - timedelta(days=contract.buffer_days)))
        followed = contract.renews and (contract.max_renewals is None
                                        or renewals < contract.max_renewals)
        if not followed:
            found.add(("term_end", end))
            break
        if start > until:
            break
        start = end + ONE_DAY
        end, renewals = term_end(start, contract.renewal_months), renewals + 1
    if contract.confidential_until is not None:
        found.add(("confidentiality_end", contract.confidential_until))
    return found


def obligation_keys(obligation: ObligationTerms, until: date) -> set[tuple[str, date]]:
    """("due", day) of each due date up to ``until`` (a monthly one on the same day-of-month,
    or the month's last day when it has no such day)."""
    if not obligation.open:
        return set()
    if not obligation.monthly:
        return {("due", obligation.due)}
    found: set[tuple[str, date]] = set()
    first = obligation.due
    year, month = first.year, first.month
    while True:
        day = date(year, month, min(first.day, _last_day(year, month)))
        if day > until:
            return found
        found.add(("due", day))
        year, month = _add_months(year, month, 1)
