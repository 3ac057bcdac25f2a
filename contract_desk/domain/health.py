"""How a contract is doing today: the colour of its row and bar.

Five states, worst first: overdue, at risk, attention, on track, ended. The
rules are deliberately few, so a person can predict the colour:

- **overdue**: an obligation's due date has passed and it is not met or waived.
- **at risk**: a date that needs action falls within ``risk_days`` (7): the
  send-by date or notice deadline, the end of a term that will not renew by
  itself, or an obligation's due date.
- **attention**: one of those dates falls within the reminder window (90 days).
- **ended**: expired, terminated or archived, and nothing overdue.
- **on track**: everything else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from contract_desk.i18n import N_, _

#: Statuses in which a contract no longer runs.
ENDED_STATUSES = frozenset({"expired", "terminated", "archived"})


class Health(StrEnum):
    """A contract's health on a given day, worst first in ``RANK``."""

    OVERDUE = "overdue"
    AT_RISK = "at_risk"
    ATTENTION = "attention"
    ON_TRACK = "on_track"
    ENDED = "ended"

    @property
    def label(self) -> str:
        """The words shown to a person, in their language."""
        return _(_LABELS[self])

    @property
    def rank(self) -> int:
        """0 for the worst (overdue) up to 4 (ended): sorts the urgent first."""
        return list(Health).index(self)


_LABELS = {
    Health.OVERDUE: N_("Overdue"),
    Health.AT_RISK: N_("At risk"),
    Health.ATTENTION: N_("Attention"),
    Health.ON_TRACK: N_("On track"),
    Health.ENDED: N_("Ended"),
}


@dataclass(frozen=True, slots=True)
class HealthWindow:
    """How far ahead a date starts to matter, in days."""

    attention_days: int = 90
    risk_days: int = 7


def action_dates(
    *,
    send_by: date | None,
    notice_deadline: date | None,
    current_term_end: date | None,
    renews_by_itself: bool,
) -> list[date]:
    """The contract's own dates that need someone to act before them.

    A term that renews by itself needs action only before its notice deadline;
    its end is no danger. A term that does not renew ends the service, so its
    end date counts too.
    """
    dates = [day for day in (send_by, notice_deadline) if day is not None]
    if current_term_end is not None and not renews_by_itself:
        dates.append(current_term_end)
    return dates


def contract_health(
    *,
    today: date,
    status: str,
    action_dates: Iterable[date],
    obligation_due_dates: Iterable[date] = (),
    has_overdue_obligation: bool = False,
    window: HealthWindow = HealthWindow(),
) -> Health:
    """The health of one contract on ``today``.

    ``status`` is the effective status (lifecycle or dates); ``action_dates``
    come from :func:`action_dates`; ``obligation_due_dates`` are the due dates
    of the obligations still open (not met, not waived).
    """
    if has_overdue_obligation:
        return Health.OVERDUE
    if status in ENDED_STATUSES:
        return Health.ENDED
    upcoming = [day for day in (*action_dates, *obligation_due_dates) if day >= today]
    if not upcoming:
        return Health.ON_TRACK
    soonest = min(upcoming)
    if soonest <= today + timedelta(days=window.risk_days):
        return Health.AT_RISK
    if soonest <= today + timedelta(days=window.attention_days):
        return Health.ATTENTION
    return Health.ON_TRACK
