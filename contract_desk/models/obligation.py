"""Obligations: the key nodes of a contract (payments, deliveries, acceptances, reports)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Connection, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, Mapper, mapped_column, object_session, relationship

from contract_desk.domain.obligations import ObligationKind, ObligationStatus, Performer
from contract_desk.models.base import Base, Stamped, forget_reminder_day, new_uid

if TYPE_CHECKING:
    from contract_desk.models.attachment import Attachment
    from contract_desk.models.contract import Contract


def _in(column: str, enum: type[ObligationKind | Performer | ObligationStatus]) -> str:
    return f"{column} IN ({', '.join(repr(member.value) for member in enum)})"


class Obligation(Stamped, Base):
    """One thing someone must do by a date, with exactly one responsible owner."""

    __tablename__ = "obligation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default=ObligationKind.OTHER.value)
    performer: Mapped[str] = mapped_column(String(12), default=Performer.US.value)
    title: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None]
    owner: Mapped[str | None] = mapped_column(String(120), index=True)
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default=ObligationStatus.SCHEDULED.value)
    met_on: Mapped[date | None]
    evidence_note: Mapped[str | None] = mapped_column(Text)
    evidence_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL", use_alter=True)
    )
    #: An RFC 5545 RRULE; the due date is the first occurrence (DTSTART).
    recurrence: Mapped[str | None] = mapped_column(String(500))
    reminder_offsets: Mapped[list[Any] | None]
    #: The next day one of its reminders falls due, as of the last reminder check;
    #: None when not known (never checked, or changed since). See services.reminders.scan.
    next_reminder_on: Mapped[date | None] = mapped_column(index=True)
    #: As on Contract: the key date reminded of on that day, and the day after it.
    next_reminder_kind: Mapped[str | None] = mapped_column(String(24))
    next_reminder_key: Mapped[date | None]
    after_reminder_key_on: Mapped[date | None]
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    version_id: Mapped[int] = mapped_column(default=1)

    contract: Mapped[Contract] = relationship(back_populates="obligations")
    evidence_attachment: Mapped[Attachment | None] = relationship(
        foreign_keys=[evidence_attachment_id]
    )

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        CheckConstraint(_in("kind", ObligationKind), name="kind"),
        CheckConstraint(_in("performer", Performer), name="performer"),
        CheckConstraint(_in("status", ObligationStatus), name="status"),
        Index("ix_obligation_due_status", "due_date", "status"),
        # A contract's obligations in due order; with their rule and status, so that a
        # few contracts' summaries are read from the index alone (0017).
        Index("ix_obligation_contract", "contract_id", "due_date", "recurrence", "status"),
        # What open obligations add to each contract's health, read from the index
        # alone and grouped by contract as read (services/listing/health.py; 0013).
        Index("ix_obligation_open_summary", "recurrence", "contract_id", "status", "due_date"),
    )

    def __repr__(self) -> str:
        return f"Obligation({self.kind!r}, {self.title!r}, due={self.due_date})"


@event.listens_for(Obligation, "before_insert")
def _unknown_when_added(_mapper: Mapper[Any], _connection: Connection,
                        obligation: Obligation) -> None:
    forget_reminder_day(obligation)  # also when restored from a snapshot: compute it again


@event.listens_for(Obligation, "before_update")
def _unknown_when_changed(_mapper: Mapper[Any], _connection: Connection,
                          obligation: Obligation) -> None:
    # Any change may move its due dates; the next reminder check computes them again.
    session = object_session(obligation)
    if session is None or session.is_modified(obligation, include_collections=False):
        forget_reminder_day(obligation)
