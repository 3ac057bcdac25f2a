"""Attachments of a contract: copied into the store, listed, checked, removed; audited."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.models import Attachment, Contract, Obligation
from contract_desk.services.attachment_store import AttachmentStore
from contract_desk.services.audit import record_event
from contract_desk.services.contracts import load_contract
from contract_desk.services.errors import NotFoundError
from contract_desk.services.rows import AttachmentRow


def attachment_row(attachment: Attachment, contract_uid: str,
                   obligation_uid: str | None = None) -> AttachmentRow:
    """An AttachmentRow of a loaded attachment."""
    return AttachmentRow(
        id=attachment.id, uid=attachment.uid, contract_uid=contract_uid,
        obligation_uid=obligation_uid, file_name=attachment.original_name,
        media_type=attachment.media_type, size=attachment.size, sha256=attachment.sha256,
        note=attachment.note, created_at=attachment.added_at, created_by=attachment.added_by,
    )


def add_attachment(
    session: Session, store: AttachmentStore, contract_uid: str, file_path: Path, *,
    user: str, note: str | None = None, obligation_uid: str | None = None,
) -> AttachmentRow:
    """Copy ``file_path`` into the store and attach it to the contract (or one obligation)."""
    contract = load_contract(session, contract_uid)
    obligation_id = None
    if obligation_uid is not None:
        obligation_id = session.scalar(select(Obligation.id).where(
            Obligation.uid == obligation_uid, Obligation.contract_id == contract.id))
        if obligation_id is None:
            raise NotFoundError(f"the contract has no obligation with id {obligation_uid}")
    stored = store.put(Path(file_path))
    path = Path(file_path)
    attachment = Attachment(
        contract_id=contract.id, obligation_id=obligation_id, sha256=stored.sha256,
        size=stored.size, original_name=path.name,
        media_type=mimetypes.guess_type(path.name)[0], note=note, added_by=user,
    )
    session.add(attachment)
    session.flush()
    record_event(session, user=user, entity="attachment", entity_uid=attachment.uid,
                 contract_uid=contract.uid, action="create",
                 changes={"file_name": [None, path.name], "size": [None, stored.size],
                          "sha256": [None, stored.sha256]}, note=note)
    return attachment_row(attachment, contract.uid, obligation_uid)


def remove_attachment(session: Session, store: AttachmentStore, uid: str, *, user: str) -> None:
    """Detach a file from its contract.

    The stored copy stays in the store: the audit trail and the snapshot of a
    deleted contract may still point at it, and a register never loses a file
    silently. (``store`` is taken so a later clean-up can decide otherwise.)
    """
    attachment = session.scalar(select(Attachment).where(Attachment.uid == uid))
    if attachment is None:
        raise NotFoundError(f"no attachment with id {uid}")
    contract_uid = session.scalar(select(Contract.uid).where(Contract.id == attachment.contract_id))
    snapshot = attachment_row(attachment, contract_uid or "").to_json()
    session.delete(attachment)
    session.flush()
    record_event(session, user=user, entity="attachment", entity_uid=uid,
                 contract_uid=contract_uid, action="delete", snapshot=snapshot,
                 changes={"file_name": [snapshot["file_name"], None]})


def list_attachments(session: Session, contract_uid: str) -> list[AttachmentRow]:
    """The attachments of a contract, oldest first."""
    contract = load_contract(session, contract_uid)
    query = (select(Attachment, Obligation.uid)
             .outerjoin(Obligation, Attachment.obligation_id == Obligation.id)
             .where(Attachment.contract_id == contract.id)
             .order_by(Attachment.added_at, Attachment.id))
    return [attachment_row(a, contract.uid, o) for a, o in session.execute(query)]


def attachment_status(store: AttachmentStore, row: AttachmentRow) -> str:
    """"ok", "missing" or "changed": is the stored copy still the file that was attached?"""
    return store.status(row.sha256, row.size)


def attachment_path(store: AttachmentStore, row: AttachmentRow) -> Path:
    """Where the stored copy is, to open it with the OS."""
    return store.path_for(row.sha256)
