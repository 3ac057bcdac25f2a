"""Obligations as the timeline and the dashboard see them: small plain marks per contract. No Qt.

One query reads every obligation's dates and status (no ORM objects); a
recurring obligation is expanded into its occurrences only for the dates a
caller asks about, so 300,000 obligations load in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import starmap

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.obligations import MISSED_STATUSES, OPEN_STATUSES, ObligationStatus
from contract_desk.domain.recurrence import RecurrenceError, occurrences
from contract_desk.models import Contract, Obligation, Party
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.timeline.recurrence_fast import fast_occurrences

#: How a milestone is drawn: each has its own colour on the timeline.
SCHEDULED, MET, LATE, WAIVED = "scheduled", "met", "late", "waived"
#: The stored words, looked up once: an enum member's ``.value`` costs a descriptor call,
#: and a cold screenful of the timeline asks for thousands of states.
_WAIVED_WORD, _MET_WORD = ObligationStatus.WAIVED.value, ObligationStatus.MET.value
#: Occurrences of one recurring obligation looked at, at most, per question.
MAX_OCCURRENCES = 400


@dataclass(frozen=True, slots=True)
class ObligationMark:
    """What the timeline and the dashboard need of one obligation."""

    uid: str
    contract_uid: str
    counterparty: str | None
    kind: str
    performer: str
    title: str
    due_date: date | None
    status: str
    met_on: date | None
    recurrence: str | None
    amount: Decimal | None
    currency: str | None
    version_id: int

    @property
    def is_open(self) -> bool:
        """Still to be done (scheduled, partly met or recorded as not met)."""
        return self.status in OPEN_STATUSES

    def due_dates(self, start: date, end: date) -> list[date]:
        """Its due dates within [start, end]; a rule this version cannot read yields none."""
        if self.due_date is None:
            return []
        found = fast_occurrences(self.due_date, self.recurrence, start, end, MAX_OCCURRENCES)
        if found is not None:
            return found
        try:
            return occurrences(self.due_date, self.recurrence, start, end,
                               limit=MAX_OCCURRENCES)
        except RecurrenceError:
            return []


@dataclass(frozen=True, slots=True)
class Milestone:
    """One diamond: a due date of an obligation and how it stands."""

    day: date
    state: str
    mark: ObligationMark


def milestone_state(mark: ObligationMark, day: date, today: date) -> str:
    """Scheduled, met (on time), late or waived, for the occurrence due on ``day``.

    Late: met after its due date, recorded as not (fully) met, or still open
    after its due date. A recurring series has one status, so its past
    occurrences count as late only when someone recorded a miss.
    """
    if mark.status == _WAIVED_WORD:
        return WAIVED
    if mark.status == _MET_WORD:
        late = mark.met_on is not None and not mark.recurrence and mark.met_on > day
        return LATE if late else MET
    if mark.status in MISSED_STATUSES and day < today:
        return LATE
    if day < today and not mark.recurrence:
        return LATE
    return SCHEDULED


def milestones_between(
    marks: Iterable[ObligationMark], start: date, end: date, today: date
) -> list[Milestone]:
    """Every milestone of ``marks`` due within [start, end], by day."""
    found = [
        Milestone(day, milestone_state(mark, day, today), mark)
        for mark in marks for day in mark.due_dates(start, end)
    ]
    found.sort(key=lambda milestone: milestone.day)
    return found


def load_marks(session: Session) -> dict[str, tuple[ObligationMark, ...]]:
    """Every obligation of the register as marks, per contract uid, by due date."""
    query = (
        select(Obligation.uid, Contract.uid, Party.name, Obligation.kind, Obligation.performer,
               Obligation.title, Obligation.due_date, Obligation.status, Obligation.met_on,
               Obligation.recurrence, Obligation.amount, Obligation.currency,
               Obligation.version_id)
        .join(Contract, Obligation.contract_id == Contract.id)
        .outerjoin(Party, Contract.counterparty_id == Party.id)
        .order_by(Contract.id, Obligation.due_date, Obligation.id)
    )
    marks: dict[str, list[ObligationMark]] = {}
    for mark in starmap(ObligationMark, column_rows(session, query)):
        marks.setdefault(mark.contract_uid, []).append(mark)
    return {uid: tuple(found) for uid, found in marks.items()}
