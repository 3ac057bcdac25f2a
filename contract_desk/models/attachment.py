"""Attachments: files copied into the register's content-addressed store."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contract_desk.models.base import Base, new_uid, utcnow

if TYPE_CHECKING:
    from contract_desk.models.contract import Contract


class Attachment(Base):
    """A document of a contract; the bytes live in the store under their SHA-256."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    obligation_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation.id", ondelete="SET NULL")
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120), default="")

    contract: Mapped[Contract] = relationship(back_populates="attachments")

    def __repr__(self) -> str:
        return f"Attachment({self.original_name!r}, {self.sha256[:12]})"
