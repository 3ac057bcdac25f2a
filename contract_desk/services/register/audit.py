"""The audit trail: who changed what, when, field by field; and reading it back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import desc, or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.json_values import json_value
from contract_desk.models import AuditEvent, utcnow
from contract_desk.services.register.rows import AuditRow


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each field of ``after`` whose value differs (JSON-safe)."""
    changes = {}
    for name, new in after.items():
        old, new_json = json_value(before.get(name)), json_value(new)
        if old != new_json:
            changes[name] = [old, new_json]
    return changes


def record_event(
    session: Session,
    *,
    user: str,
    entity: str,
    entity_uid: str,
    contract_uid: str | None,
    action: str,
    changes: Mapping[str, Any] | None = None,
    snapshot: Mapping[str, Any] | None = None,
    note: str | None = None,
    import_batch_id: int | None = None,
    at: datetime | None = None,
    flush: bool = True,
) -> AuditEvent:
    """Write one audit event (flushed, so its id is known; ``flush=False``: many written,
    the caller flushes them together)."""
    event = AuditEvent(
        at=at or utcnow(), user=user, entity=entity, entity_uid=entity_uid,
        contract_uid=contract_uid, action=action, changes=json_value(dict(changes or {})),
        snapshot=None if snapshot is None else json_value(dict(snapshot)), note=note,
        import_batch_id=import_batch_id,
    )
    session.add(event)
    if flush:
        session.flush()
    return event


def _row(event: AuditEvent) -> AuditRow:
    return AuditRow(
        id=event.id, at=event.at, user=event.user, entity=event.entity,
        entity_uid=event.entity_uid, contract_uid=event.contract_uid, action=event.action,
        changes=MappingProxyType(dict(event.changes or {})), note=event.note,
    )


def history(session: Session, contract_uid: str, *, limit: int | None = None) -> list[AuditRow]:
    """The audit trail of a contract and its obligations and attachments, newest first."""
    query = (
        select(AuditEvent)
        .where(or_(AuditEvent.contract_uid == contract_uid,
                   AuditEvent.entity_uid == contract_uid))
        .order_by(desc(AuditEvent.at), desc(AuditEvent.id))
    )
    if limit is not None:
        query = query.limit(limit)
    return [_row(event) for event in session.scalars(query)]


def audit_event(session: Session, event_id: int) -> AuditEvent | None:
    """One audit event by id (for undo)."""
    return session.get(AuditEvent, event_id)
