"""The dashboard's numbers, each with the contracts it counts (a click filters to them). No Qt.

Pure functions over listed contract rows and obligation marks, plus
:func:`build_dashboard`, which reads what they need from a session. Charts are
in :mod:`contract_desk.services.dashboard.charts`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contract_desk.domain.obligations import is_overdue
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services.dashboard.charts import (
    Chart,
    by_field,
    counterparty_performance,
    key_dates_by_month,
    payments_by_month,
)
from contract_desk.services.listing.saved_views import RUNNING
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.milestones import ObligationMark, load_marks

#: The horizons of the "notices due" and "expiring" tiles, in days.
HORIZONS = (30, 60, 90)
YEAR = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number and the contracts behind it."""

    value: int | Decimal
    uids: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rate:
    """Obligations met on time out of all met, and the contracts behind them."""

    on_time: int
    met: int
    uids: frozenset[str]

    @property
    def percent(self) -> float | None:
        """The share met on time, 0-100 (None when nothing was met)."""
        return None if self.met == 0 else 100.0 * self.on_time / self.met


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Every tile and chart of the dashboard on ``today``."""

    today: date
    active: Figure
    annual_value: Mapping[str, Figure]
    notices_due: Mapping[int, Figure]
    expiring: Mapping[int, Figure]
    overdue_obligations: Figure
    alerts_waiting: Figure
    on_time: Rate
    charts: tuple[Chart, ...]


def _figure(rows: Iterable[ContractRow]) -> Figure:
    uids = frozenset(row.uid for row in rows)
    return Figure(len(uids), uids)


def active_contracts(rows: Iterable[ContractRow]) -> Figure:
    """Contracts that run today (active, renewed or approved)."""
    return _figure(row for row in rows if row.effective_status in RUNNING)


def annual_value(row: ContractRow) -> Decimal | None:
    """The value of one year of the contract.

    The value is taken as the value of a term: a term longer than a year counts
    pro rata (a 3-year 300,000 contract is 100,000 a year); a shorter or
    open-ended one counts in full.
    """
    if row.value is None:
        return None
    start, end = row.current_term_start, row.current_term_end
    if start is None or end is None or end == date.max:
        return row.value
    years = _term_years(start, end)
    if years <= 1:
        return row.value
    return (row.value / years).quantize(Decimal("0.01"))


def _term_years(start: date, end: date) -> Decimal:
    """The length of [start, end] in years: exact for whole months, else by days."""
    after = end + timedelta(days=1)
    if after.day == start.day:
        months = (after.year - start.year) * 12 + after.month - start.month
        return Decimal(months) / 12
    return Decimal((after - start).days) / Decimal("365.2425")


def annual_values(rows: Iterable[ContractRow]) -> dict[str, Figure]:
    """The annual value of the running contracts, per currency."""
    totals: dict[str, Decimal] = {}
    uids: dict[str, set[str]] = {}
    for row in rows:
        value = annual_value(row)
        if row.effective_status not in RUNNING or value is None or not row.currency:
            continue
        totals[row.currency] = totals.get(row.currency, Decimal(0)) + value
        uids.setdefault(row.currency, set()).add(row.uid)
    return {code: Figure(totals[code], frozenset(uids[code])) for code in sorted(totals)}


def _within(day: date | None, today: date, days: int) -> bool:
    return day is not None and today <= day <= today + timedelta(days=days)


def notices_due(rows: Iterable[ContractRow], today: date, days: int) -> Figure:
    """Running contracts whose notice deadline falls within the next ``days`` (today included)."""
    return _figure(row for row in rows
                   if row.effective_status in RUNNING and _within(row.notice_deadline, today, days))


def ends_for_good(row: ContractRow) -> bool:
    """True when the current term will not renew by itself."""
    return row.renewal != "automatic" or row.notice_given_on is not None or (
        row.next_renewal_start is None)


def expiring(rows: Iterable[ContractRow], today: date, days: int) -> Figure:
    """Running contracts whose current term ends for good within the next ``days``."""
    return _figure(row for row in rows if row.effective_status in RUNNING
                   and ends_for_good(row) and _within(row.current_term_end, today, days))


def overdue_obligations(marks: Iterable[ObligationMark], today: date) -> Figure:
    """Obligations past their due date and not done (counted), with their contracts."""
    late = [mark for mark in marks
            if is_overdue(mark.due_date, mark.status, recurring=bool(mark.recurrence),
                          today=today)]
    return Figure(len(late), frozenset(mark.contract_uid for mark in late))


def met_on_time(mark: ObligationMark) -> bool:
    """Met on or before its due date."""
    return mark.met_on is not None and mark.due_date is not None and mark.met_on <= mark.due_date


def on_time_rate(marks: Iterable[ObligationMark], today: date) -> Rate:
    """Of the one-off obligations met in the last 12 months, how many on time.

    A recurring series has one status for all its occurrences, so it cannot
    say which occurrence was late; it is left out.
    """
    met = [mark for mark in marks if mark.status == "met" and not mark.recurrence
           and mark.met_on is not None and today - YEAR <= mark.met_on <= today]
    on_time = sum(1 for mark in met if met_on_time(mark))
    return Rate(on_time, len(met), frozenset(mark.contract_uid for mark in met))


def waiting_alerts(session: Session) -> Figure:
    """Alerts neither acknowledged nor withdrawn (counted), with their contracts."""
    contract_id = func.coalesce(Alert.contract_id, Obligation.contract_id)
    query = (select(Contract.uid)
             .select_from(Alert)
             .outerjoin(Obligation, Alert.obligation_id == Obligation.id)
             .outerjoin(Contract, Contract.id == contract_id)
             .where(Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None)))
    uids = [uid for (uid,) in session.execute(query)]
    return Figure(len(uids), frozenset(uid for uid in uids if uid is not None))


def dashboard_from(rows: Sequence[ContractRow], marks: Iterable[ObligationMark], today: date,
                   alerts: Figure) -> Dashboard:
    """The dashboard of ``rows`` and their obligations' ``marks``."""
    marks = list(marks)
    return Dashboard(
        today=today,
        active=active_contracts(rows),
        annual_value=annual_values(rows),
        notices_due={days: notices_due(rows, today, days) for days in HORIZONS},
        expiring={days: expiring(rows, today, days) for days in HORIZONS},
        overdue_obligations=overdue_obligations(marks, today),
        alerts_waiting=alerts,
        on_time=on_time_rate(marks, today),
        charts=(
            key_dates_by_month(rows, today, ends_for_good),
            payments_by_month(marks, today),
            counterparty_performance(marks, today),
            by_field(rows, "effective_status", "by_status"),
            by_field(rows, "contract_type", "by_type"),
        ),
    )


def build_dashboard(session: Session, rows: Sequence[ContractRow], today: date) -> Dashboard:
    """The dashboard of the listed ``rows``, reading obligations and alerts from ``session``."""
    listed = {row.uid for row in rows}
    marks = [mark for found in load_marks(session).values() for mark in found
             if mark.contract_uid in listed]
    return dashboard_from(rows, marks, today, waiting_alerts(session))

