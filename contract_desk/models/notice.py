"""A notice of a contract recorded: given by us or received, how, when, with its proof."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.domain.notice_record import NoticeChannel, NoticeDirection
from contract_desk.models.base import Base, new_uid, utcnow


def _one_of(column: str, choices: type[NoticeChannel] | type[NoticeDirection]) -> str:
    return f"{column} IN ({', '.join(repr(choice.value) for choice in choices)})"


class ContractNotice(Base):
    """One notice that ends a contract, and the proof that it was given.

    ``sent_on`` is the day that counts: the day we sent it (direction
    ``given``) or the day it reached us (``received``). ``effective_end`` is
    the day it ends the contract, computed from the terms when recorded.
    ``proof_uids`` are the uids of the contract's attachments that prove it
    (a receipt, the e-mail). A mistaken record is withdrawn, not deleted.
    """

    __tablename__ = "contract_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(10))
    sent_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(20))
    effective_end: Mapped[date | None]
    acknowledged_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    proof_uids: Mapped[list[str]] = mapped_column(default=list)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint(_one_of("direction", NoticeDirection), name="direction"),
        CheckConstraint(_one_of("channel", NoticeChannel), name="channel"),
        CheckConstraint("acknowledged_on IS NULL OR acknowledged_on >= sent_on",
                        name="acknowledged_after_sent"),
    )

    def __repr__(self) -> str:
        return f"ContractNotice({self.direction!r}, {self.sent_on!r}, {self.channel!r})"
