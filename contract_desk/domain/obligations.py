"""The vocabulary of obligations: what, who, and how it went."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class ObligationKind(StrEnum):
    """What has to happen."""

    PAYMENT = "payment"
    DELIVERY = "delivery"
    ACCEPTANCE = "acceptance"
    REPORT = "report"
    NOTICE = "notice"
    RENEWAL_DECISION = "renewal_decision"
    CONFIDENTIALITY = "confidentiality"
    COMPLIANCE = "compliance"
    OTHER = "other"


class Performer(StrEnum):
    """Who has to perform it."""

    US = "us"
    COUNTERPARTY = "counterparty"


class ObligationStatus(StrEnum):
    """How it went."""

    SCHEDULED = "scheduled"
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    WAIVED = "waived"


#: An obligation in one of these states still has to be done.
OPEN_STATUSES = frozenset({ObligationStatus.SCHEDULED.value, ObligationStatus.PARTIALLY_MET.value,
                           ObligationStatus.NOT_MET.value})
#: States in which someone recorded that a due date was missed.
MISSED_STATUSES = frozenset({ObligationStatus.PARTIALLY_MET.value, ObligationStatus.NOT_MET.value})


def is_overdue(due: date | None, status: str, *, recurring: bool, today: date) -> bool:
    """Due before ``today`` and still open.

    A recurring series has one status for all its occurrences: it counts as
    overdue only when someone recorded a miss (per-occurrence tracking comes
    with reminders).
    """
    if due is None or due >= today:
        return False
    return status in (MISSED_STATUSES if recurring else OPEN_STATUSES)
