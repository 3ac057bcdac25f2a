"""Everything the detail pane shows of one contract, read in one session.

The window reads it off its GUI thread (``contract_desk.ui.common.ops``) and fills the
editor and its tabs from the result: the contract, its obligations, its
attachments (with the state of each stored copy, which reads the file) and its
history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from contract_desk.services.listing.queries import get_contract
from contract_desk.services.register.attachment_store import FileStore
from contract_desk.services.register.attachments import attachment_status, list_attachments
from contract_desk.services.register.audit import history
from contract_desk.services.register.obligations import list_obligations
from contract_desk.services.register.rows import AttachmentRow, AuditRow, ContractRow, ObligationRow


@dataclass(frozen=True, slots=True)
class CheckedAttachment:
    """An attachment and the state of its stored copy: "ok", "missing" or "changed"."""

    row: AttachmentRow
    status: str


@dataclass(frozen=True, slots=True)
class ContractDetail:
    """One contract as the detail pane shows it, on ``today``."""

    row: ContractRow
    today: date
    obligations: tuple[ObligationRow, ...]
    attachments: tuple[CheckedAttachment, ...]
    history: tuple[AuditRow, ...]


def checked_attachments(session: Session, store: FileStore,
                        contract_uid: str) -> tuple[CheckedAttachment, ...]:
    """The attachments of a contract, each with its stored copy checked."""
    return tuple(CheckedAttachment(row, attachment_status(store, row))
                 for row in list_attachments(session, contract_uid))


def load_detail(session: Session, uid: str, *, today: date,
                store: FileStore) -> ContractDetail:
    """Contract ``uid`` with its obligations, attachments and history; NotFoundError if gone."""
    row = get_contract(session, uid, today=today)
    return ContractDetail(row, today, tuple(list_obligations(session, row.uid)),
                          checked_attachments(session, store, row.uid),
                          tuple(history(session, row.uid)))


__all__ = ["CheckedAttachment", "ContractDetail", "checked_attachments", "load_detail"]
