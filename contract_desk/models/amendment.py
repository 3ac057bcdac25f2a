"""A dated amendment of a contract's terms."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, new_uid, utcnow


class ContractAmendment(Base):
    """One amendment: the fields it changes from ``effective_on``, and what it replaced.

    ``changes`` maps field names (``domain.amendments.AMENDABLE``) to their new
    values as JSON keeps them (ISO dates, decimal text, periods as text).
    ``before`` is filled when the amendment takes effect (``applied_at``): the
    values it replaced, so the terms in force before it can be told. An
    amendment still to come may be withdrawn; one in force is changed by a
    later amendment, never edited.
    """

    __tablename__ = "contract_amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    reference: Mapped[str | None] = mapped_column(String(120))
    signed_on: Mapped[date | None]
    effective_on: Mapped[date]
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    before: Mapped[dict[str, Any] | None]
    applied_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(120))

    def __repr__(self) -> str:
        return f"ContractAmendment({self.effective_on!r}, {self.changes!r})"
