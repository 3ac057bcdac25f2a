"""Recording a notice: given or received, its channel and proof; withdrawing a mistaken one.

Every notice still standing sets the contract's ``notice_given_on`` to the day
of the earliest of them (through the contract update service: audited,
version-checked), so key dates and reminders follow it: the contract ends on
the notice's effective end, and no notice reminder of that term is raised any
more (open ones are withdrawn at once). Each step is an audit event of entity
``notice`` on the contract's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.approvals import Subject
from contract_desk.domain.errors import DomainError
from contract_desk.domain.json_values import json_value
from contract_desk.domain.notice_record import (
    NoticeChannel,
    NoticeDirection,
    check_notice_days,
    notice_channel,
    notice_direction,
    notice_effective_end,
)
from contract_desk.i18n import _
from contract_desk.models import Attachment, Contract, ContractNotice, utcnow
from contract_desk.services.register.approval_gate import require_approval
from contract_desk.services.register.attachment_store import FileStore
from contract_desk.services.register.attachments import add_attachment
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contracts import load_contract, update_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.reminders.raising import withdraw_stale
from contract_desk.services.reminders.scan import contract_spec


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """One recorded notice of a contract."""

    uid: str
    contract_uid: str
    direction: str
    sent_on: date
    channel: str
    effective_end: date | None
    acknowledged_on: date | None
    note: str | None
    proof_uids: tuple[str, ...]
    recorded_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None
    withdrawn_by: str | None

    def to_json(self) -> dict[str, object]:
        """The row as a JSON object keyed by field name (dates ISO)."""
        return {name: json_value(getattr(self, name)) for name in self.__dataclass_fields__}


def _row(notice: ContractNotice, contract_uid: str) -> NoticeRow:
    return NoticeRow(
        uid=notice.uid, contract_uid=contract_uid, direction=notice.direction,
        sent_on=notice.sent_on, channel=notice.channel, effective_end=notice.effective_end,
        acknowledged_on=notice.acknowledged_on, note=notice.note,
        proof_uids=tuple(notice.proof_uids or ()), recorded_at=notice.recorded_at,
        recorded_by=notice.recorded_by, withdrawn_at=notice.withdrawn_at,
        withdrawn_by=notice.withdrawn_by)


def _audit(session: Session, notice: ContractNotice, contract_uid: str, *, user: str,
           action: str, changes: dict[str, object], note: str | None = None) -> None:
    record_event(session, user=user, entity="notice", entity_uid=notice.uid,
                 contract_uid=contract_uid, action=action, changes=changes, note=note)


def record_notice(
    session: Session, contract_uid: str, *, direction: NoticeDirection | str, on: date,
    channel: NoticeChannel | str, user: str, today: date, store: FileStore | None = None,
    proofs: Sequence[Path | str] = (), acknowledged_on: date | None = None,
    note: str | None = None,
) -> NoticeRow:
    """Record a notice given (sent on ``on``) or received (reached us on ``on``).

    DomainError, nothing written, when a day is after ``today``, the channel or
    direction is unknown, or the notice ends nothing (see
    :func:`notice_effective_end`); ApprovalNeeded when the register's rules want
    a notice we give approved and no approved request allows it (the request
    is then used). The proof files are attached to the contract.
    """
    way, how = notice_direction(direction), notice_channel(channel)
    check_notice_days(on, acknowledged_on, today)
    contract = load_contract(session, contract_uid)
    spec = contract_spec(contract)
    if spec is None:
        raise DomainError(_("the contract has no start or end date, so a notice cannot be "
                            "dated to an end; add its dates first"))
    approval = (require_approval(session, contract, Subject.NOTICE)
                if way is NoticeDirection.GIVEN else None)
    notice = ContractNotice(
        contract_id=contract.id, direction=way.value, sent_on=on, channel=how.value,
        effective_end=notice_effective_end(spec, on), acknowledged_on=acknowledged_on,
        note=(note or "").strip() or None, proof_uids=[], recorded_by=user)
    session.add(notice)
    session.flush()
    changes: dict[str, object] = {
        "direction": [None, way.value], "sent_on": [None, on], "channel": [None, how.value],
        "effective_end": [None, notice.effective_end], "acknowledged_on": [None, acknowledged_on]}
    if approval is not None:
        changes["approval"] = [None, approval.uid]
    _audit(session, notice, contract.uid, user=user, action="record", note=notice.note,
           changes=changes)
    for path in proofs:
        _attach(session, _need_store(store), notice, contract.uid, path, user=user)
    _follow(session, contract, user=user, today=today)
    return _row(notice, contract.uid)


def _need_store(store: FileStore | None) -> FileStore:
    if store is None:  # a programming error, not a person's
        raise ValueError("proof files need the register's file store")
    return store


def _attach(session: Session, store: FileStore, notice: ContractNotice, contract_uid: str,
            path: Path | str, *, user: str) -> None:
    words = _("proof of the notice of {day}").format(day=notice.sent_on.isoformat())
    attachment = add_attachment(session, store, contract_uid, path, user=user, note=words)
    before = list(notice.proof_uids or [])
    notice.proof_uids = [*before, attachment.uid]
    session.flush()
    _audit(session, notice, contract_uid, user=user, action="proof",
           changes={"proof": [None, attachment.file_name]})


def _load(session: Session, uid: str) -> tuple[ContractNotice, Contract]:
    found = session.execute(select(ContractNotice, Contract)
                            .join(Contract, Contract.id == ContractNotice.contract_id)
                            .where(ContractNotice.uid == uid)).first()
    if found is None:
        raise NotFoundError(_("no notice with id {uid}").format(uid=uid))
    return found[0], found[1]


def attach_proof(session: Session, store: FileStore, notice_uid: str, path: Path | str, *,
                 user: str) -> NoticeRow:
    """Attach a proof file (a receipt, the e-mail) to a recorded notice."""
    notice, contract = _load(session, notice_uid)
    _attach(session, store, notice, contract.uid, path, user=user)
    return _row(notice, contract.uid)


def acknowledge_notice(session: Session, notice_uid: str, on: date, *, user: str,
                       today: date) -> NoticeRow:
    """Record the day the notice was acknowledged (by the counterparty, or by us)."""
    notice, contract = _load(session, notice_uid)
    check_notice_days(notice.sent_on, on, today)
    before, notice.acknowledged_on = notice.acknowledged_on, on
    session.flush()
    _audit(session, notice, contract.uid, user=user, action="acknowledge",
           changes={"acknowledged_on": [before, on]})
    return _row(notice, contract.uid)


def withdraw_notice(session: Session, notice_uid: str, *, user: str, today: date,
                    reason: str | None = None) -> NoticeRow:
    """Withdraw a mistaken record: it no longer counts, and the contract's notice date
    goes back to the earliest notice still standing (none: no notice given)."""
    notice, contract = _load(session, notice_uid)
    if notice.withdrawn_at is not None:
        raise DomainError(_("this notice was already withdrawn"))
    notice.withdrawn_at, notice.withdrawn_by = utcnow(), user
    session.flush()
    _audit(session, notice, contract.uid, user=user, action="withdraw",
           changes={"withdrawn": [False, True]}, note=reason)
    _follow(session, contract, user=user, today=today)
    return _row(notice, contract.uid)


def _follow(session: Session, contract: Contract, *, user: str, today: date) -> None:
    # The earliest standing notice is the one that ends the contract first.
    earliest = session.scalar(
        select(ContractNotice.sent_on)
        .where(ContractNotice.contract_id == contract.id, ContractNotice.withdrawn_at.is_(None))
        .order_by(ContractNotice.sent_on).limit(1))
    if contract.notice_given_on == earliest:
        return
    update_contract(session, contract.uid, {"notice_given_on": earliest},
                    expected_version=contract.version_id, user=user, today=today)
    withdraw_stale(session, contract_id=contract.id)


def list_notices(session: Session, contract_uid: str) -> list[NoticeRow]:
    """The notices recorded on a contract, oldest first (withdrawn ones too, marked).

    A proof file removed from the contract's attachments since is no longer listed.
    """
    contract = load_contract(session, contract_uid)
    query = (select(ContractNotice).where(ContractNotice.contract_id == contract.id)
             .order_by(ContractNotice.sent_on, ContractNotice.id))
    attached = set(session.scalars(select(Attachment.uid)
                                   .where(Attachment.contract_id == contract.id)))
    rows = [_row(notice, contract.uid) for notice in session.scalars(query)]
    return [replace(row, proof_uids=tuple(uid for uid in row.proof_uids if uid in attached))
            for row in rows]
