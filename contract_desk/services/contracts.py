"""Creating, changing, deleting (and undeleting) contracts, every change audited."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import (
    PERIOD_FIELDS,
    ValidationError,
    clean_fields,
    contract_rules,
)
from contract_desk.models import Contract, Obligation
from contract_desk.services.audit import audit_event, diff, record_event
from contract_desk.services.contract_rows import contract_row, period_text
from contract_desk.services.errors import ConflictError, NotFoundError
from contract_desk.services.parties import party_for_name
from contract_desk.services.rows import ContractRow
from contract_desk.services.snapshots import contract_snapshot, restore_snapshot

#: Fields stored under another name or shape than the row shows.
_DERIVED = frozenset({"counterparty", *PERIOD_FIELDS})


def stored_values(contract: Contract) -> dict[str, Any]:
    """A loaded contract's values under the ContractRow field names (periods as text)."""
    values = {column.key: getattr(contract, column.key) for column in Contract.__table__.columns}
    for name in PERIOD_FIELDS:
        values[name] = period_text(values.pop(f"{name}_count"), values.pop(f"{name}_unit"))
    party = contract.counterparty
    values["counterparty"] = party.name if party is not None else None
    values["counterparty_uid"] = party.uid if party is not None else None
    return values


def to_row(contract: Contract, today: date | None = None) -> ContractRow:
    """The ContractRow of a loaded contract."""
    return contract_row(stored_values(contract), today or local_today())


def load_contract(session: Session, uid: str) -> Contract:
    """The contract with ``uid``, or NotFoundError."""
    contract = session.scalar(select(Contract).where(Contract.uid == uid))
    if contract is None:
        raise NotFoundError(f"no contract with id {uid}")
    return contract


def _apply(session: Session, contract: Contract, clean: Mapping[str, Any], user: str) -> None:
    for name, value in clean.items():
        if name == "counterparty":
            contract.counterparty = (
                None if value is None else party_for_name(session, value, user=user)
            )
        elif name in PERIOD_FIELDS:
            period: Period | None = value
            setattr(contract, f"{name}_count", None if period is None else period.count)
            setattr(contract, f"{name}_unit", None if period is None else period.unit.value)
        else:
            setattr(contract, name, value)
    contract.updated_by = user


def _comparable(clean: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (str(value) if isinstance(value, Period) else value)
            for name, value in clean.items()}


def create_contract(
    session: Session,
    fields: Mapping[str, Any],
    *,
    user: str,
    today: date | None = None,
    require_reference: bool = False,
    note: str | None = None,
) -> ContractRow:
    """Add a contract; ValidationError (nothing written) when a field is wrong."""
    clean, problems = clean_fields(fields, require_reference=require_reference)
    if problems:
        raise ValidationError(problems)
    contract = Contract(created_by=user, updated_by=user)
    _apply(session, contract, clean, user)
    session.add(contract)
    session.flush()
    record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                 contract_uid=contract.uid, action="create",
                 changes=diff({}, {k: v for k, v in _comparable(clean).items() if v not in
                                   (None, "", [], {})}), note=note)
    return to_row(contract, today)


def update_contract(
    session: Session,
    uid: str,
    changes: Mapping[str, Any],
    *,
    expected_version: int,
    user: str,
    today: date | None = None,
    note: str | None = None,
) -> ContractRow:
    """Change some fields of a contract read at ``expected_version``.

    ConflictError when someone saved it since; ValidationError when the result
    breaks a rule. Changing nothing writes nothing.
    """
    contract = load_contract(session, uid)
    if contract.version_id != expected_version:
        raise ConflictError(changes, to_row(contract, today))
    clean, problems = clean_fields(changes, partial=True)
    before = stored_values(contract)
    merged = {**_typed(before), **clean}
    problems.update({k: v for k, v in contract_rules(merged).items() if k not in problems})
    if problems:
        raise ValidationError(problems)
    delta = diff({name: before.get(name) for name in clean}, _comparable(clean))
    if not delta:
        return to_row(contract, today)
    _apply(session, contract, {name: clean[name] for name in delta}, user)
    _flush(session, changes, contract, today)
    record_event(session, user=user, entity="contract", entity_uid=uid, contract_uid=uid,
                 action="update", changes=delta, note=note)
    return to_row(contract, today)


def _typed(values: Mapping[str, Any]) -> dict[str, Any]:
    typed = dict(values)
    for name in PERIOD_FIELDS:
        typed[name] = Period.parse(values[name]) if values.get(name) else None
    typed["tags"] = list(values.get("tags") or [])
    return typed


def _flush(session: Session, changes: Mapping[str, Any], contract: Contract,
           today: date | None) -> None:
    try:
        session.flush()
    except StaleDataError:
        # Another session committed between our read and our write.
        session.rollback()
        raise ConflictError(changes, to_row(load_contract(session, contract.uid), today)) from None


def delete_contract(session: Session, uid: str, *, expected_version: int, user: str) -> int:
    """Delete a contract with its obligations and attachment records; returns the audit id.

    The audit event keeps a snapshot, so ``undo_delete`` can bring it all back.
    """
    contract = session.scalar(
        select(Contract).where(Contract.uid == uid)
        .options(selectinload(Contract.obligations), selectinload(Contract.attachments))
    )
    if contract is None:
        raise NotFoundError(f"no contract with id {uid}")
    if contract.version_id != expected_version:
        raise ConflictError({"deleted": True}, to_row(contract))
    snapshot = contract_snapshot(contract, stored_values(contract))
    session.delete(contract)
    _flush(session, {"deleted": True}, contract, None)
    event = record_event(session, user=user, entity="contract", entity_uid=uid,
                         contract_uid=uid, action="delete", snapshot=snapshot,
                         note=f"{contract.reference or ''} {contract.title}".strip())
    return event.id


def undo_delete(
    session: Session, audit_event_id: int, *, user: str, today: date | None = None
) -> ContractRow:
    """Bring back a deleted contract (same id) with its obligations and attachments."""
    event = audit_event(session, audit_event_id)
    if event is None or event.action != "delete" or not event.snapshot:
        raise DomainError(f"audit event {audit_event_id} is not a delete that can be undone")
    uid = event.entity_uid
    if session.scalar(select(Contract.id).where(Contract.uid == uid)) is not None:
        raise DomainError("that contract exists again already; nothing to undo")
    contract = restore_snapshot(session, event.snapshot, user=user)
    record_event(session, user=user, entity="contract", entity_uid=uid, contract_uid=uid,
                 action="undelete", note=f"undo of audit event {audit_event_id}")
    return to_row(contract, today)


def _bulk(session: Session, uids: Iterable[str]) -> list[Contract]:
    wanted = list(dict.fromkeys(uids))
    found = {c.uid: c for c in session.scalars(select(Contract).where(Contract.uid.in_(wanted)))}
    missing = [uid for uid in wanted if uid not in found]
    if missing:
        raise NotFoundError(f"{len(missing)} of the chosen contracts no longer exist; reload")
    return [found[uid] for uid in wanted]


def handover(
    session: Session,
    contract_uids: Iterable[str],
    new_owner: str,
    *,
    user: str,
    include_obligations: bool = True,
    only_from: str | None = None,
) -> int:
    """Give contracts (and the obligations their old owner had) a new owner.

    With ``only_from`` only contracts owned by that person change. Returns how
    many contracts changed.
    """
    owner = new_owner.strip()
    if not owner:
        raise ValidationError({"owner": "name the new owner"})
    changed = 0
    for contract in _bulk(session, contract_uids):
        old = contract.owner
        if old == owner or (only_from is not None and old != only_from):
            continue
        moved = _move_obligations(session, contract, old, owner, user) if include_obligations else 0
        contract.owner, contract.updated_by = owner, user
        record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                     contract_uid=contract.uid, action="handover",
                     changes={"owner": [old, owner]},
                     note=f"{moved} obligation(s) moved with it" if moved else None)
        changed += 1
    session.flush()
    return changed


def _move_obligations(session: Session, contract: Contract, old: str | None, owner: str,
                      user: str) -> int:
    query = select(Obligation).where(Obligation.contract_id == contract.id)
    moved = 0
    for obligation in session.scalars(query):
        if obligation.owner == old or obligation.owner is None:
            obligation.owner, obligation.updated_by = owner, user
            moved += 1
    return moved


def bulk_set_status(session: Session, uids: Iterable[str], status: str, *, user: str) -> int:
    """Set the lifecycle status of several contracts; returns how many changed."""
    clean, problems = clean_fields({"status": status}, partial=True)
    if problems:
        raise ValidationError(problems)
    changed = 0
    for contract in _bulk(session, uids):
        if contract.status != clean["status"]:
            record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                         contract_uid=contract.uid, action="update",
                         changes={"status": [contract.status, clean["status"]]})
            contract.status, contract.updated_by = clean["status"], user
            changed += 1
    session.flush()
    return changed


def add_tag(session: Session, uids: Iterable[str], tag: str, *, user: str) -> int:
    """Add ``tag`` to several contracts (where missing); returns how many changed."""
    label = tag.strip()
    if not label:
        raise ValidationError({"tags": "the tag is empty"})
    changed = 0
    for contract in _bulk(session, uids):
        tags = list(contract.tags or [])
        if label not in tags:
            record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                         contract_uid=contract.uid, action="update",
                         changes={"tags": [tags, [*tags, label]]})
            contract.tags, contract.updated_by = [*tags, label], user
            changed += 1
    session.flush()
    return changed


__all__ = [
    "add_tag",
    "bulk_set_status",
    "create_contract",
    "delete_contract",
    "handover",
    "load_contract",
    "stored_values",
    "to_row",
    "undo_delete",
    "update_contract",
]
