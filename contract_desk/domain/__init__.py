"""Pure business rules: periods, terms, key dates, lifecycle. No database, no Qt."""

from contract_desk.domain.errors import DomainError, TermError
from contract_desk.domain.keydates import KeyDates, TermSpec, key_dates, term_sequence
from contract_desk.domain.lifecycle import Direction, Lifecycle, effective_status
from contract_desk.domain.obligations import ObligationKind, ObligationStatus, Performer
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import (
    RenewalMode,
    TermStatus,
    implied_term,
    notice_deadline,
    send_by,
    term_end,
)

__all__ = [
    "Direction",
    "DomainError",
    "KeyDates",
    "Lifecycle",
    "ObligationKind",
    "ObligationStatus",
    "Performer",
    "Period",
    "PeriodUnit",
    "RenewalMode",
    "TermError",
    "TermSpec",
    "TermStatus",
    "effective_status",
    "implied_term",
    "key_dates",
    "notice_deadline",
    "send_by",
    "term_end",
    "term_sequence",
]
