"""The audit trail: who changed what, when, field by field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, utcnow


class AuditEvent(Base):
    """One change to the register.

    ``changes`` maps each field to ``[old, new]`` (JSON-safe values); a delete
    keeps the whole row in ``snapshot`` so it can be undone.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    entity: Mapped[str] = mapped_column(String(20))
    entity_uid: Mapped[str] = mapped_column(String(36))
    contract_uid: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    snapshot: Mapped[dict[str, Any] | None]
    import_batch_id: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_event_contract_at", "contract_uid", "at"),
        Index("ix_audit_event_entity", "entity", "entity_uid"),
    )
