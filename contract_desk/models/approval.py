"""Approval requests and the approvers' votes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, new_uid, utcnow


class Approval(Base):
    """A request for approval of one step on one contract.

    ``subject`` is ``contract`` (the new contract itself), ``notice`` (a notice
    we give) or ``decision`` (``decision`` holds which: renew, terminate,
    renegotiate, let_run). Whether it is approved is not stored: it is worked
    out from the votes and the register's rules when the step is taken
    (``domain.approvals.tally``). What is stored is the request's end:
    ``used_at`` when the step it allowed was taken, ``cancelled_at`` when the
    person who asked withdrew it.
    """

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    requested_by: Mapped[str] = mapped_column(String(120), default="")
    used_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("subject IN ('contract', 'notice', 'decision')", name="subject"),
    )

    def __repr__(self) -> str:
        return f"Approval({self.subject!r}, {self.decision!r}, {self.uid!r})"


class ApprovalVote(Base):
    """One approver's yes or no on a request, with a comment; never changed.

    ``approver`` is the name the vote counts as (as a rule spells it, or the
    team login); ``recorded_by`` who cast it. On a team register the database
    lets a login write only votes in its own name.
    """

    __tablename__ = "approval_vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    approval_id: Mapped[int] = mapped_column(
        ForeignKey("approval.id", ondelete="CASCADE"), index=True
    )
    approver: Mapped[str] = mapped_column(String(120))
    approve: Mapped[bool]
    comment: Mapped[str | None] = mapped_column(Text)
    voted_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")

    # One answer per approver and request.
    __table_args__ = (UniqueConstraint("approval_id", "approver"),)

    def __repr__(self) -> str:
        return f"ApprovalVote({self.approver!r}, {self.approve!r})"
