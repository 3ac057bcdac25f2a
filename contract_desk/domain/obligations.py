"""The vocabulary of obligations: what, who, and how it went."""

from __future__ import annotations

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
