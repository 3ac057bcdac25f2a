"""Undoing an import batch, from the audit events it wrote.

- A contract the batch created is deleted through ``delete_contract``, so the
  deletion is itself in the audit trail and can be undone.
- A contract the batch updated gets its previous values back (the "old" side
  of the batch's update events) through ``update_contract``, and its previous
  provenance (kept in the update event's snapshot).
- An obligation the batch added to an existing contract is deleted.

Whatever was changed again after the import (by a person or a later import)
is left alone and reported as a conflict: the later work wins over the undo.
Parties the import created stay; contracts typed in later may use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _
from contract_desk.models import AuditEvent, Contract, ImportBatch, Obligation, utcnow
from contract_desk.services.importing.provenance import ImportStamps
from contract_desk.services.importing.results import UndoConflict, UndoResult
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contracts import delete_contract, update_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.obligations import delete_obligation


class ImportUndoError(DomainError):
    """An import batch that cannot be undone (already undone)."""


@dataclass
class _Touched:
    """What one batch did to one contract."""

    created: bool = False
    old: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] | None = None
    last_event: int = 0
    label: tuple[str | None, str | None] = (None, None)


@dataclass
class _Undo:
    session: Session
    batch: ImportBatch
    user: str
    note: str
    deleted: int = 0
    restored: int = 0
    obligations_removed: int = 0
    conflicts: list[UndoConflict] = field(default_factory=list)

    def conflict(self, uid: str, label: tuple[str | None, str | None], reason: str) -> None:
        self.conflicts.append(UndoConflict(uid, label[0], label[1], reason))


def _load_batch(session: Session, batch_uid: str) -> ImportBatch:
    # Locked on PostgreSQL, so two people undoing at once cannot both go ahead.
    query = select(ImportBatch).where(ImportBatch.uid == batch_uid).with_for_update()
    batch = session.scalar(query)
    if batch is None:
        raise NotFoundError(_("no import with id {batch_uid}").format(batch_uid=batch_uid))
    if batch.undone_at is not None:
        raise ImportUndoError(
            _("the import of {file_name} on {started_at} was already undone on {undone_at} "
              "(UTC); there is nothing left to undo").format(
                  file_name=batch.file_name, started_at=format(batch.started_at, "%Y-%m-%d %H:%M"),
                  undone_at=format(batch.undone_at, "%Y-%m-%d %H:%M")))
    return batch


def _label(event: AuditEvent, touched: _Touched) -> tuple[str | None, str | None]:
    changes = event.changes or {}
    reference = (changes.get("reference") or [None, None])[1]
    title = (changes.get("title") or [None, None])[1]
    return (reference or touched.label[0], title or touched.label[1])


def _collect(events: Sequence[AuditEvent]) -> tuple[dict[str, _Touched], list[AuditEvent]]:
    contracts: dict[str, _Touched] = {}
    obligations = []
    for event in events:
        if event.entity == "obligation" and event.action == "create":
            obligations.append(event)
        if event.entity != "contract":
            continue
        touched = contracts.setdefault(event.entity_uid, _Touched())
        touched.last_event = event.id
        touched.label = _label(event, touched)
        if event.action == "create":
            touched.created = True
        elif event.action == "update":
            for name, (old, _new) in (event.changes or {}).items():
                touched.old.setdefault(name, old)  # the first change holds the value before
            if touched.provenance is None and event.snapshot:
                touched.provenance = event.snapshot.get("provenance")
    return contracts, obligations


def _changed_since(session: Session, batch_id: int, event_id: int, *condition: Any) -> bool:
    later = exists().where(AuditEvent.id > event_id, *condition, or_(
        AuditEvent.import_batch_id.is_(None), AuditEvent.import_batch_id != batch_id))
    return bool(session.scalar(select(later)))


def _version(session: Session, uid: str, touched: _Touched) -> int | None:
    """The contract's version now (None when it is gone); its label as it reads now."""
    query = select(Contract.version_id, Contract.reference, Contract.title)
    found = session.execute(query.where(Contract.uid == uid)).first()
    if found is None:
        return None
    touched.label = (found.reference, found.title)
    version: int = found.version_id
    return version


def _undo_created(undo: _Undo, uid: str, touched: _Touched) -> None:
    version = _version(undo.session, uid, touched)
    if version is None:
        undo.conflict(uid, touched.label, _("deleted after the import; nothing to undo"))
    elif _changed_since(undo.session, undo.batch.id, touched.last_event,
                        or_(AuditEvent.entity_uid == uid, AuditEvent.contract_uid == uid)):
        undo.conflict(uid, touched.label, _("changed after the import; kept as it is now"))
    else:
        delete_contract(undo.session, uid, expected_version=version, user=undo.user)
        undo.deleted += 1


def _undo_updated(undo: _Undo, uid: str, touched: _Touched) -> None:
    version = _version(undo.session, uid, touched)
    if version is None:
        undo.conflict(uid, touched.label, _("deleted after the import; nothing to restore"))
        return
    if _changed_since(undo.session, undo.batch.id, touched.last_event,
                      AuditEvent.entity == "contract", AuditEvent.entity_uid == uid):
        undo.conflict(uid, touched.label, _("changed after the import; kept as it is now"))
        return
    with ImportStamps(undo.session, None) as stamps:
        if touched.provenance is not None:
            stamps.for_row(touched.provenance, target=uid)
        update_contract(undo.session, uid, touched.old, expected_version=version,
                        user=undo.user, note=undo.note, approvals=False)
    undo.restored += 1


def _undo_obligation(undo: _Undo, event: AuditEvent) -> None:
    uid = event.entity_uid
    found = undo.session.scalar(select(Obligation.id).where(Obligation.uid == uid))
    if found is None:
        return  # deleted since: nothing of the import is left to take away
    if _changed_since(undo.session, undo.batch.id, event.id, AuditEvent.entity_uid == uid):
        title = (event.changes or {}).get("title", [None, None])[1]
        undo.conflict(event.contract_uid or "", (None, title),
                      _("an obligation the import added was changed after it; kept"))
        return
    delete_obligation(undo.session, uid, user=undo.user)
    undo.obligations_removed += 1


def undo_import(session: Session, batch_uid: str, *, user: str) -> UndoResult:
    """Take back what the import batch did, except what was changed after it."""
    batch = _load_batch(session, batch_uid)
    events = session.scalars(select(AuditEvent).where(AuditEvent.import_batch_id == batch.id)
                             .order_by(AuditEvent.id)).all()
    contracts, obligations = _collect(events)
    undo = _Undo(session, batch, user, f"undo of the import of {batch.file_name}")
    for event in obligations:
        if not contracts.get(event.contract_uid or "", _Touched()).created:
            _undo_obligation(undo, event)
    for uid, touched in contracts.items():
        (_undo_created if touched.created else _undo_updated)(undo, uid, touched)
    batch.undone_at = utcnow()
    record_event(session, user=user, entity="import_batch", entity_uid=batch.uid,
                 contract_uid=None, action="undo", note=undo.note,
                 changes={"deleted": [None, undo.deleted], "restored": [None, undo.restored],
                          "conflicts": [None, len(undo.conflicts)]})
    return UndoResult(batch.uid, undo.deleted, undo.restored, undo.obligations_removed,
                      tuple(undo.conflicts))
