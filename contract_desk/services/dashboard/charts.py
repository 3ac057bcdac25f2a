"""The dashboard's bar charts, each bar with the contracts it counts. No Qt.

A :class:`Chart` is a list of :class:`ChartBar` grouped by ``label`` (a month,
a counterparty, a status) with one bar per ``series`` (expiring / notice, a
currency, on time / late).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from contract_desk.domain.obligations import is_overdue
from contract_desk.services.listing.saved_views import RUNNING
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.milestones import ObligationMark

#: Counterparties shown in the performance chart, at most (the worst first).
MAX_COUNTERPARTIES = 12
#: A counterparty with at least this many late obligations...
RISK_LATE = 2
#: ...making up at least this share of its record is flagged as at risk.
RISK_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class ChartBar:
    """One bar: its group label, its series, its height and the contracts behind it."""

    label: str
    series: str
    value: int | Decimal
    uids: frozenset[str]
    at_risk: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: its key, its series in drawing order, its bars in label order."""

    key: str
    series: tuple[str, ...]
    labels: tuple[str, ...]
    bars: tuple[ChartBar, ...]

    def bar(self, label: str, series: str) -> ChartBar | None:
        """The bar of ``series`` in group ``label`` (None when it has no value)."""
        return next((b for b in self.bars if b.label == label and b.series == series), None)


def month_labels(today: date, count: int = 12) -> list[str]:
    """"YYYY-MM" for this month and the ``count - 1`` after it."""
    index = today.year * 12 + today.month - 1
    return [f"{(index + i) // 12:04d}-{(index + i) % 12 + 1:02d}" for i in range(count)]


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _horizon_end(today: date) -> date:
    index = today.year * 12 + today.month - 1 + 12
    return date(index // 12, index % 12 + 1, 1)


class _Tally:
    """Sums per (label, series) with the uids behind each."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], int | Decimal] = {}
        self.uids: dict[tuple[str, str], set[str]] = {}

    def add(self, label: str, series: str, uid: str, amount: int | Decimal = 1) -> None:
        key = (label, series)
        self.values[key] = self.values.get(key, 0) + amount
        self.uids.setdefault(key, set()).add(uid)

    def chart(self, key: str, series: Sequence[str], labels: Sequence[str],
              flagged: Callable[[str], bool] = lambda label: False) -> Chart:
        bars = tuple(
            ChartBar(label, name, self.values[(label, name)],
                     frozenset(self.uids[(label, name)]), flagged(label))
            for label in labels for name in series if (label, name) in self.values
        )
        return Chart(key, tuple(series), tuple(labels), bars)


def key_dates_by_month(rows: Iterable[ContractRow], today: date,
                       ends_for_good: Callable[[ContractRow], bool]) -> Chart:
    """Running contracts' expirations (terms ending for good) and notice deadlines per month."""
    labels = month_labels(today)
    end = _horizon_end(today)
    tally = _Tally()
    for row in rows:
        if row.effective_status not in RUNNING:
            continue
        expiry = row.current_term_end
        if expiry is not None and today <= expiry < end and ends_for_good(row):
            tally.add(_month(expiry), "expiring", row.uid)
        deadline = row.notice_deadline
        if deadline is not None and today <= deadline < end:
            tally.add(_month(deadline), "notice", row.uid)
    return tally.chart("key_dates_by_month", ("expiring", "notice"), labels)


def payments_by_month(marks: Iterable[ObligationMark], today: date) -> Chart:
    """Open payments due from today to the end of the 12th month, per month and currency."""
    labels = month_labels(today)
    end = _horizon_end(today)
    tally = _Tally()
    for mark in marks:
        if mark.kind != "payment" or not mark.is_open or mark.amount is None:
            continue
        for day in mark.due_dates(today, end):
            if day < end:
                tally.add(_month(day), mark.currency or "?", mark.contract_uid, mark.amount)
    currencies = sorted({series for _, series in tally.values})
    return tally.chart("payments_by_month", currencies, labels)


def _late(mark: ObligationMark, today: date) -> bool:
    if mark.status == "met":
        return mark.met_on is not None and mark.due_date is not None and (
            mark.met_on > mark.due_date)
    return is_overdue(mark.due_date, mark.status, recurring=bool(mark.recurrence), today=today)


def counterparty_performance(marks: Iterable[ObligationMark], today: date) -> Chart:
    """Obligations the counterparty performs: met on time vs late, per counterparty.

    Late: met after the due date, or past due and not done. A counterparty with
    at least ``RISK_LATE`` late obligations making up ``RISK_SHARE`` of its
    record is flagged as at risk. The worst ``MAX_COUNTERPARTIES`` are kept.
    """
    tally = _Tally()
    for mark in marks:
        if mark.performer != "counterparty" or mark.recurrence:
            continue
        name = mark.counterparty or "(none)"
        if _late(mark, today):
            tally.add(name, "late", mark.contract_uid)
        elif mark.status == "met":
            tally.add(name, "on_time", mark.contract_uid)
    late = {label: int(v) for (label, series), v in tally.values.items() if series == "late"}
    on_time = {label: int(v) for (label, series), v in tally.values.items()
               if series == "on_time"}

    def at_risk(label: str) -> bool:
        bad, good = late.get(label, 0), on_time.get(label, 0)
        return bad >= RISK_LATE and bad / (bad + good) >= RISK_SHARE

    names = sorted({label for label, _ in tally.values},
                   key=lambda n: (-late.get(n, 0), -on_time.get(n, 0), n.casefold()))
    return tally.chart("counterparty_performance", ("on_time", "late"),
                       names[:MAX_COUNTERPARTIES], at_risk)


def by_field(rows: Iterable[ContractRow], field: str, key: str) -> Chart:
    """How many contracts have each value of ``field`` (empty as "(none)"), most first."""
    tally = _Tally()
    for row in rows:
        tally.add(getattr(row, field) or "(none)", "contracts", row.uid)
    labels = sorted({label for label, _ in tally.values},
                    key=lambda label: (-int(tally.values[(label, "contracts")]), label))
    return tally.chart(key, ("contracts",), labels)
