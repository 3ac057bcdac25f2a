"""What the portfolio report says, computed from an export's data (no format, no Qt).

Summary tiles, the deadlines of the next 90 days, the overdue obligations and
the contracts per owner: the same rules as the window's saved views and health.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from contract_desk.domain.health import Health
from contract_desk.exporters.calendar_events import grouped_sets
from contract_desk.i18n import _
from contract_desk.services.listing.export_data import ExportData
from contract_desk.services.listing.saved_views import RUNNING
from contract_desk.services.register.rows import ContractRow, ObligationRow

#: How far ahead the report lists deadlines, in days.
UPCOMING_DAYS = 90


@dataclass(frozen=True, slots=True)
class Deadline:
    """One key date in the upcoming list."""

    day: date
    what: str
    contract: ContractRow


@dataclass(frozen=True, slots=True)
class OwnerLine:
    """One owner's share of the portfolio."""

    owner: str
    contracts: int
    running: int
    needing_action: int
    #: Currency -> sum of the running contracts' values.
    value: dict[str, Decimal]


@dataclass(frozen=True, slots=True)
class PortfolioFigures:
    """Everything the portfolio report shows."""

    today: date
    tiles: tuple[tuple[str, int], ...]
    value_by_currency: dict[str, Decimal]
    upcoming: tuple[Deadline, ...]
    overdue: tuple[tuple[ObligationRow, ContractRow], ...]
    by_owner: tuple[OwnerLine, ...]


def _upcoming(data: ExportData) -> Iterator[Deadline]:
    by_uid = {row.uid: row for row in data.contracts}
    for sets in grouped_sets(data, horizon_days=UPCOMING_DAYS):
        for dated in sets:  # the calendar's events, without making one for each day
            contract = by_uid[dated.contract_uid]
            for day in dated.days:
                yield Deadline(day, dated.label, contract)


def _overdue(data: ExportData) -> list[tuple[ObligationRow, ContractRow]]:
    by_uid = {row.uid: row for row in data.contracts}
    found = [(o, by_uid[o.contract_uid]) for o in data.obligations
             if o.contract_uid in by_uid and o.is_overdue(data.today)]
    return sorted(found, key=lambda pair: (pair[0].due_date or data.today, pair[1].reference or ""))


def _by_owner(data: ExportData) -> list[OwnerLine]:
    lines: dict[str, list[tuple[ContractRow, Health]]] = defaultdict(list)
    for row, health in zip(data.contracts, data.health, strict=True):
        lines[row.owner or _("(no owner)")].append((row, health))
    result = []
    for owner, items in lines.items():
        value: dict[str, Decimal] = defaultdict(Decimal)
        for row, _health in items:
            if row.value is not None and row.effective_status in RUNNING:
                value[row.currency or "?"] += row.value
        urgent = sum(1 for _row, h in items if h in {Health.OVERDUE, Health.AT_RISK})
        running = sum(1 for row, _health in items if row.effective_status in RUNNING)
        result.append(OwnerLine(owner, len(items), running, urgent, dict(value)))
    return sorted(result, key=lambda line: (-line.contracts, line.owner))


def portfolio_figures(data: ExportData) -> PortfolioFigures:
    """The report's figures for ``data`` on its day."""
    today = data.today
    soon = today + timedelta(days=UPCOMING_DAYS)
    running = [row for row in data.contracts if row.effective_status in RUNNING]
    value: dict[str, Decimal] = defaultdict(Decimal)
    for row in running:
        if row.value is not None:
            value[row.currency or "?"] += row.value
    overdue = _overdue(data)
    notice_due = sum(1 for row in running
                     if row.notice_deadline and today <= row.notice_deadline <= soon)
    tiles = (  # the labels a person reads, in their language
        (_("Contracts"), len(data.contracts)),
        (_("Running"), len(running)),
        (_("Notice due ≤ {days} days").format(days=UPCOMING_DAYS), notice_due),
        (_("At risk"), sum(1 for h in data.health if h is Health.AT_RISK)),
        (_("Overdue obligations"), len(overdue)),
    )
    upcoming = sorted(_upcoming(data), key=lambda d: (d.day, d.contract.reference or ""))
    return PortfolioFigures(today, tiles, dict(sorted(value.items())), tuple(upcoming),
                            tuple(overdue), tuple(_by_owner(data)))
