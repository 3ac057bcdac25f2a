"""The obligations of one demo contract: payments, deliveries, acceptances, reports, decisions.

Recurring payments and reports are one row each with an RRULE (the due date is
the first occurrence); one-off obligations in the past are mostly met, some
late, some not met and some still open, so the demo has overdue work to show.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from contract_desk.domain import ObligationKind, ObligationStatus, Performer
from contract_desk.services.demo.contracts import DemoContract
from contract_desk.services.demo.random_source import DemoRandom, months_after, months_between
from contract_desk.services.demo.words import OWNERS, WHOLE_CURRENCIES

_STEP_MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}
_RULES = {1: "FREQ=MONTHLY", 3: "FREQ=MONTHLY;INTERVAL=3", 12: "FREQ=YEARLY"}
_SERIES_TITLES = {1: "Monthly fee", 3: "Quarterly fee", 12: "Annual fee"}
_EVIDENCE = {
    ObligationKind.PAYMENT: "Paid; bank reference {ref}",
    ObligationKind.DELIVERY: "Delivery note {ref} received",
    ObligationKind.ACCEPTANCE: "Acceptance protocol {ref} signed",
    ObligationKind.RENEWAL_DECISION: "Decision recorded in meeting {ref}",
    ObligationKind.REPORT: "Report {ref} filed",
}
#: Longest recurring series the demo writes (ten years of monthly payments).
MAX_OCCURRENCES = 120
_ENDED = frozenset({"terminated", "archived"})
# Plain strings: these are compared and stored hundreds of thousands of times.
SCHEDULED, MET = ObligationStatus.SCHEDULED.value, ObligationStatus.MET.value
NOT_MET, PARTIALLY_MET = ObligationStatus.NOT_MET.value, ObligationStatus.PARTIALLY_MET.value
WAIVED = ObligationStatus.WAIVED.value


class _Builder:
    """Collects the obligation rows of one contract."""

    def __init__(self, rng: DemoRandom, contract: DemoContract, today: date,
                 stamp: datetime, user: str) -> None:
        self.rng, self.contract, self.today = rng, contract, today
        self.stamp, self.user = stamp, user
        self.row = contract.row
        self.rows: list[dict[str, Any]] = []
        buying = self.row["direction"] != "sell"
        self.we_pay = Performer.US if buying else Performer.COUNTERPARTY
        self.they_deliver = Performer.COUNTERPARTY if buying else Performer.US

    def owner(self) -> str:
        """The contract's owner mostly; sometimes a colleague looks after one node."""
        return self.row["owner"] if self.rng.chance(0.8) else self.rng.pick(OWNERS)

    def add(self, kind: ObligationKind, performer: Performer, title: str, due: date,
            amount: Decimal | None = None, recurrence: str | None = None,
            status: tuple[str, date | None] | None = None) -> None:
        """Add one obligation; its status is drawn from its due date unless given."""
        state, met_on = status or self.outcome(due)
        ended = self.row["status"] in _ENDED
        if state == SCHEDULED and ended and due >= self.today:
            state = WAIVED
        evidence = None
        if state == MET and kind in _EVIDENCE:
            evidence = _EVIDENCE[kind].format(ref=self.rng.between(100_000, 999_999))
        self.rows.append({
            "uid": self.rng.uid(), "kind": kind.value, "performer": performer.value,
            "title": title, "description": None, "due_date": due, "owner": self.owner(),
            "amount": amount, "currency": self.row["currency"] if amount is not None else None,
            "status": state, "met_on": met_on, "evidence_note": evidence,
            "evidence_attachment_id": None, "recurrence": recurrence,
            "custom": {}, "version_id": 1, "created_at": self.stamp, "created_by": self.user,
            "updated_at": self.stamp, "updated_by": self.user,
        })

    def outcome(self, due: date) -> tuple[str, date | None]:
        """How an obligation due on ``due`` went, as seen today."""
        if due >= self.today:
            return SCHEDULED, None
        draw, recent = self.rng.random(), (self.today - due).days <= 180
        if draw < 0.12 and recent:
            return SCHEDULED, None  # overdue: nobody recorded it yet
        if 0.12 <= draw < 0.18:
            return NOT_MET, None
        if 0.18 <= draw < 0.22:
            # Part of it was done, on a day someone recorded (the rules ask for it).
            return PARTIALLY_MET, min(self.today, due + timedelta(days=3))
        if 0.22 <= draw < 0.25:
            return WAIVED, None
        if self.rng.chance(0.2):  # met, but late
            late = due + timedelta(days=self.rng.between(1, 25))
            return MET, min(self.today, late)
        return MET, due - timedelta(days=self.rng.between(0, 5))


def demo_obligations(
    rng: DemoRandom, contract: DemoContract, today: date, stamp: datetime, user: str
) -> list[dict[str, Any]]:
    """The obligation rows of ``contract`` (without ``contract_id``, which the caller sets)."""
    builder = _Builder(rng, contract, today, stamp, user)
    kind = contract.kind
    if kind.payment in _STEP_MONTHS and builder.row["value"] is not None:
        _payment_series(builder, _STEP_MONTHS[kind.payment])
    if kind.payment == "milestones" and builder.row["value"] is not None:
        _milestones(builder)
    if kind.delivers:
        _delivery(builder)
    if kind.reports:
        _reports(builder)
    if kind.prefix == "NDA" and builder.row["confidential_until"] is not None:
        builder.add(ObligationKind.CONFIDENTIALITY, Performer.US, "Keep information confidential",
                    builder.row["confidential_until"])
    _renewal_decision(builder)
    return builder.rows


def _series_window(builder: _Builder) -> tuple[date, int]:
    """First day and length in months of the period recurring obligations cover."""
    keys = builder.contract.keys
    if keys is None or keys.current_term_end is None:
        start: date = builder.row["start_date"]
        until = months_after(builder.today, 12)
    else:
        start, until = keys.current_term_start, keys.current_term_end + timedelta(days=1)
    return start, max(1, months_between(start, until))


def _series_status(
    builder: _Builder, first: date, step: int, count: int
) -> tuple[str, date | None]:
    last = months_after(first, step * (count - 1))
    if last < builder.today:
        return MET, last
    return SCHEDULED, None


def _month_end(day: date) -> date:
    """The first 31st on or after ``day``: a due day the month-end rule has to handle."""
    year, month = day.year, day.month
    while calendar.monthrange(year, month)[1] != 31:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, 31)


def _payment_series(builder: _Builder, step: int) -> None:
    first, months = _series_window(builder)
    count = min(MAX_OCCURRENCES, max(1, months // step))
    if step == 1 and builder.rng.chance(0.2):
        first = _month_end(first)
    amount = _share(builder.row["value"] / count, builder.row["currency"])
    builder.add(ObligationKind.PAYMENT, builder.we_pay, _SERIES_TITLES[step], first, amount,
                f"{_RULES[step]};COUNT={count}", _series_status(builder, first, step, count))


def _milestones(builder: _Builder) -> None:
    start: date = builder.row["start_date"]
    value: Decimal = builder.row["value"]
    currency = builder.row["currency"]
    advance = _share(value * Decimal("0.3"), currency)
    builder.add(ObligationKind.PAYMENT, builder.we_pay, "Advance payment (30 %)",
                builder.rng.days_after(start, 7, 30), advance)
    builder.add(ObligationKind.PAYMENT, builder.we_pay, "Final payment (70 %)",
                builder.rng.days_after(start, 60, 180), value - advance)


def _delivery(builder: _Builder) -> None:
    delivered = builder.rng.days_after(builder.row["start_date"], 14, 60)
    builder.add(ObligationKind.DELIVERY, builder.they_deliver, "Delivery", delivered)
    accepter = builder.we_pay  # whoever pays is whoever accepts
    builder.add(ObligationKind.ACCEPTANCE, accepter, "Acceptance test",
                builder.rng.days_after(delivered, 14, 30))


def _reports(builder: _Builder) -> None:
    first, months = _series_window(builder)
    count = min(MAX_OCCURRENCES // 3, max(1, months // 3))
    due = months_after(first, 3) - timedelta(days=1)
    builder.add(ObligationKind.REPORT, builder.they_deliver, "Quarterly status report", due,
                recurrence=f"FREQ=MONTHLY;INTERVAL=3;COUNT={count}",
                status=_series_status(builder, due, 3, count))


def _renewal_decision(builder: _Builder) -> None:
    keys = builder.contract.keys
    if builder.row["renewal"] == "none" or keys is None or keys.send_by is None:
        return
    title = ("Renew or give notice?" if builder.row["renewal"] == "automatic"
             else "Exercise the renewal option?")
    builder.add(ObligationKind.RENEWAL_DECISION, Performer.US, title, keys.send_by)


def _share(amount: Decimal, currency: str | None) -> Decimal:
    """``amount`` rounded to what the currency can pay (whole won and yen, else cents)."""
    unit = Decimal(1) if currency in WHOLE_CURRENCIES else Decimal("0.01")
    return amount.quantize(unit)
