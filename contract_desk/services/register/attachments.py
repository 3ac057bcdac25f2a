"""Attachments of a contract: copied into the store, listed, checked, removed; audited.

A stored file is shared by every attachment with the same content, so removing
an attachment deletes the file only when nothing else needs it: no other
attachment row, and no deleted contract whose undo would bring one back. The
file goes only once the removal is committed; a rolled-back removal keeps it.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from sqlalchemy import String, and_, cast, event, exists, not_, select
from sqlalchemy.orm import Session

from contract_desk.i18n import _
from contract_desk.models import Attachment, AuditEvent, Contract, Obligation
from contract_desk.services.register.attachment_store import FileStore
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contracts import load_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.rows import AttachmentRow

log = logging.getLogger(__name__)
#: Files to delete from their stores once the session's transaction commits.
_PENDING = "contract_desk.attachments.remove_on_commit"
_LISTENING = "contract_desk.attachments.listening"


def attachment_row(attachment: Attachment, contract_uid: str,
                   obligation_uid: str | None = None) -> AttachmentRow:
    """An AttachmentRow of a loaded attachment."""
    return AttachmentRow(
        id=attachment.id, uid=attachment.uid, contract_uid=contract_uid,
        obligation_uid=obligation_uid, file_name=attachment.original_name,
        media_type=attachment.media_type, size=attachment.size, sha256=attachment.sha256,
        note=attachment.note, created_at=attachment.added_at, created_by=attachment.added_by,
    )


def _obligation_id(session: Session, contract: Contract, obligation_uid: str | None) -> int | None:
    if obligation_uid is None:
        return None
    found = session.scalar(select(Obligation.id).where(
        Obligation.uid == obligation_uid, Obligation.contract_id == contract.id))
    if found is None:
        raise NotFoundError(_("the contract has no obligation with id {obligation_uid}").format(
            obligation_uid=obligation_uid))
    return found


def add_attachment(
    session: Session, store: FileStore, contract_uid: str, file_path: Path | str, *,
    user: str, note: str | None = None, obligation_uid: str | None = None,
) -> AttachmentRow:
    """Copy ``file_path`` into the store and attach it to the contract (or one obligation)."""
    contract = load_contract(session, contract_uid)
    obligation_id = _obligation_id(session, contract, obligation_uid)
    path = Path(file_path)
    stored = store.put(path)
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


def remove_attachment(session: Session, store: FileStore, uid: str, *, user: str) -> None:
    """Detach a file; the stored copy is deleted after commit when nothing else needs it."""
    attachment = session.scalar(select(Attachment).where(Attachment.uid == uid))
    if attachment is None:
        raise NotFoundError(_("no attachment with id {uid}").format(uid=uid))
    contract_uid = session.scalar(select(Contract.uid).where(Contract.id == attachment.contract_id))
    snapshot = attachment_row(attachment, contract_uid or "").to_json()
    session.delete(attachment)
    session.flush()
    record_event(session, user=user, entity="attachment", entity_uid=uid,
                 contract_uid=contract_uid, action="delete", snapshot=snapshot,
                 changes={"file_name": [snapshot["file_name"], None]})
    if not file_still_needed(session, snapshot["sha256"]):
        _remove_on_commit(session, store, snapshot["sha256"])


def file_still_needed(session: Session, sha256: str) -> bool:
    """True when an attachment, or the undo of a deleted contract, still needs the file."""
    if session.scalar(select(exists().where(Attachment.sha256 == sha256))):
        return True
    contract_gone = not_(exists().where(Contract.uid == AuditEvent.entity_uid))
    # A SHA-256 is 64 hex digits: found in a snapshot's text, it is that file.
    undoable = select(exists().where(and_(
        AuditEvent.entity == "contract", AuditEvent.action == "delete",
        cast(AuditEvent.snapshot, String).contains(sha256), contract_gone,
    )))
    return bool(session.scalar(undoable))


def _remove_on_commit(session: Session, store: FileStore, sha256: str) -> None:
    if not session.info.get(_LISTENING):
        event.listen(session, "after_commit", _on_commit)
        event.listen(session, "after_rollback", _on_rollback)
        session.info[_LISTENING] = True
    session.info.setdefault(_PENDING, []).append((store, sha256))


def _on_commit(session: Session) -> None:
    for store, sha256 in session.info.pop(_PENDING, []):
        try:
            store.remove(sha256)
        except OSError as error:  # the removal is committed; a leftover file harms nobody
            log.warning("could not delete the unused attachment file %s: %s", sha256, error)


def _on_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def list_attachments(session: Session, contract_uid: str) -> list[AttachmentRow]:
    """The attachments of a contract, oldest first."""
    contract = load_contract(session, contract_uid)
    query = (select(Attachment, Obligation.uid)
             .outerjoin(Obligation, Attachment.obligation_id == Obligation.id)
             .where(Attachment.contract_id == contract.id)
             .order_by(Attachment.added_at, Attachment.id))
    return [attachment_row(a, contract.uid, o) for a, o in session.execute(query)]


def attachment_status(store: FileStore, row: AttachmentRow) -> str:
    """"ok", "missing" or "changed": is the stored copy still the file that was attached?"""
    return store.status(row.sha256, row.size)


def attachment_path(store: FileStore, row: AttachmentRow) -> Path:
    """Where the stored copy is, to open it with the OS."""
    return store.path_for(row.sha256)
