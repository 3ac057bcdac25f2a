"""Alerts: one reminder of one key date at one offset, raised once and kept until acknowledged."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, utcnow


class Alert(Base):
    """A reminder keyed by (target, key kind, key date, offset): never created twice."""

    __tablename__ = "alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[str] = mapped_column(String(12))  # contract | obligation
    target_uid: Mapped[str] = mapped_column(String(36))
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    obligation_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation.id", ondelete="CASCADE"), index=True
    )
    key_kind: Mapped[str] = mapped_column(String(24))
    key_date: Mapped[date]
    offset_days: Mapped[int]
    due_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    notified_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(120))
    snoozed_until: Mapped[date | None]
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_note: Mapped[str | None] = mapped_column(Text)
    escalated_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("target_type", "target_uid", "key_kind", "key_date", "offset_days"),
        Index("ix_alert_open_due", "acknowledged_at", "due_on"),
    )


class AlertNotice(Base):
    """That one person was notified of one alert (a team: each colleague once).

    ``person`` is the team login (or the OS user on a register file); "" marks
    alerts notified before notices were kept per person (schema 0006), which
    nobody is notified of again. Deleted when the alert is snoozed and wakes,
    or is withdrawn and comes back: it is news again.
    """

    __tablename__ = "alert_notice"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"),
                                          primary_key=True)
    person: Mapped[str] = mapped_column(String(120), primary_key=True)
    notified_at: Mapped[datetime] = mapped_column(default=utcnow)
