"""Lifecycle states a person sets, and the status a contract shows on a given day."""

from __future__ import annotations

from enum import StrEnum

from contract_desk.domain.terms import TermStatus
from contract_desk.i18n import N_, _


class Lifecycle(StrEnum):
    """The lifecycle status stored on a contract."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    ACTIVE = "active"
    RENEWED = "renewed"
    TERMINATED = "terminated"
    EXPIRED = "expired"
    ARCHIVED = "archived"


#: Status -> its word's English source (marked; translated where shown, read back in every
#: language by the importer).
STATUS_WORDS = {
    "draft": N_("Draft"),
    "in_review": N_("In review"),
    "approved": N_("Approved"),
    "active": N_("Active"),
    "renewed": N_("Renewed"),
    "terminated": N_("Terminated"),
    "expired": N_("Expired"),
    "archived": N_("Archived"),
    "upcoming": N_("Upcoming"),
}


def status_label(status: str | None) -> str:
    """A status (stored or effective) in the person's words; an unknown one as it is."""
    if not status:
        return ""
    words = STATUS_WORDS.get(status)
    return _(words) if words else status


#: States a person sets that say more than the dates can; they win over the dates.
OVERRIDING = frozenset(
    {Lifecycle.DRAFT, Lifecycle.IN_REVIEW, Lifecycle.TERMINATED, Lifecycle.ARCHIVED}
)


def effective_status(lifecycle: Lifecycle | str | None, by_dates: TermStatus) -> str:
    """The status to show: an overriding lifecycle state, else what the dates say.

    ``approved``, ``active``, ``renewed`` and ``expired`` are what the dates
    decide, so a contract marked active whose last term has ended shows as expired.
    """
    if lifecycle is not None and Lifecycle(lifecycle) in OVERRIDING:
        return Lifecycle(lifecycle).value
    return by_dates.value


class Direction(StrEnum):
    """Whether we buy, sell, or neither."""

    BUY = "buy"
    SELL = "sell"
    OTHER = "other"
