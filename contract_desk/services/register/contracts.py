"""Creating, changing, deleting (and undeleting) contracts, every change audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, selectinload

from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import (
    PERIOD_FIELDS,
    ValidationError,
    clean_fields,
    contract_rules,
)
from contract_desk.i18n import _
from contract_desk.models import Contract
from contract_desk.services.register.approval_gate import status_problem
from contract_desk.services.register.audit import audit_event, diff, record_event
from contract_desk.services.register.contract_columns import contract_select, decode_record
from contract_desk.services.register.contract_records import contract_row, period_text
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.holiday_default import register_holidays
from contract_desk.services.register.limits import too_long
from contract_desk.services.register.locking import check_version, flush_or_conflict
from contract_desk.services.register.parties import party_for_name
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.register.snapshots import contract_snapshot, restore_snapshot

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
        raise NotFoundError(_("no contract with id {uid}").format(uid=uid))
    return contract


def current_row(connection: Connection, uid: str, today: date | None = None) -> ContractRow | None:
    """The contract as it is committed now (after a lost race), or None when it is gone."""
    record = connection.execute(contract_select().where(Contract.uid == uid)).first()
    return None if record is None else decode_record(record, today or local_today())


def _problems(clean: Mapping[str, Any], problems: dict[str, str]) -> None:
    lengths = too_long(Contract.__table__, clean)
    problems.update({k: v for k, v in lengths.items() if k not in problems})
    if problems:
        raise ValidationError(problems)


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
    approvals: bool = True,
) -> ContractRow:
    """Add a contract; ValidationError (nothing written) when a field is wrong.

    Without a ``holiday_country`` it takes the register's (``holiday_default``).

    With ``approvals`` (a person adding one; not an import) a contract the
    register's rules want approved is refused unless it is added as draft or
    in review.
    """
    if "holiday_country" not in fields:  # none of its own: the register's, if it names one
        default = register_holidays(session)
        if default:
            fields = {**fields, "holiday_country": default}
    clean, problems = clean_fields(fields, require_reference=require_reference)
    if approvals and "status" not in problems:
        waiting = status_problem(session, None, None, clean)
        if waiting:
            problems["status"] = waiting
    _problems(clean, problems)
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
    approvals: bool = True,
) -> ContractRow:
    """Change some fields of a contract read at ``expected_version``.

    ConflictError when someone saved it since; ValidationError when the result
    breaks a rule (with ``approvals``, not for an import or an undo: putting a
    draft in force the register's rules want approved, without the approval).
    Changing nothing writes nothing.
    """
    contract = load_contract(session, uid)
    check_version(contract.version_id, expected_version, changes,
                  lambda: to_row(contract, today))
    clean, problems = clean_fields(changes, partial=True)
    before = stored_values(contract)
    typed, stored_problems = _typed(before)
    problems.update({k: v for k, v in stored_problems.items() if k not in clean})
    merged = {**typed, **clean}
    problems.update({k: v for k, v in contract_rules(merged).items() if k not in problems})
    if approvals and "status" in clean and "status" not in problems:
        waiting = status_problem(session, contract, contract.status, merged)
        if waiting:
            problems["status"] = waiting
    _problems(clean, problems)
    delta = diff({name: before.get(name) for name in clean}, _comparable(clean))
    if not delta:
        return to_row(contract, today)
    _apply(session, contract, {name: clean[name] for name in delta}, user)
    flush_or_conflict(session, changes, lambda connection: current_row(connection, uid, today))
    record_event(session, user=user, entity="contract", entity_uid=uid, contract_uid=uid,
                 action="update", changes=delta, note=note)
    return to_row(contract, today)


def _typed(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    typed, problems = dict(values), {}
    for name in PERIOD_FIELDS:
        try:
            typed[name] = Period.parse(values[name]) if values.get(name) else None
        except DomainError as error:  # stored by another tool or an older rule: say so
            typed[name] = None
            problems[name] = _("the stored value {values} is not valid ({error}); "
                               "correct it").format(
                values=repr(values[name]), error=error)
    typed["tags"] = list(values.get("tags") or [])
    return typed, problems


def delete_contract(session: Session, uid: str, *, expected_version: int, user: str) -> int:
    """Delete a contract with its obligations and attachment records; returns the audit id.

    The audit event keeps a snapshot, so ``undo_delete`` can bring it all back.
    """
    contract = session.scalar(
        select(Contract).where(Contract.uid == uid)
        .options(selectinload(Contract.obligations), selectinload(Contract.attachments))
    )
    if contract is None:
        raise NotFoundError(_("no contract with id {uid}").format(uid=uid))
    check_version(contract.version_id, expected_version, {"deleted": True},
                  lambda: to_row(contract))
    snapshot = contract_snapshot(contract, stored_values(contract))
    session.delete(contract)
    flush_or_conflict(session, {"deleted": True}, lambda connection: current_row(connection, uid))
    event = record_event(session, user=user, entity="contract", entity_uid=uid,
                         contract_uid=uid, action="delete", snapshot=snapshot,
                         note=f"{contract.reference or ''} {contract.title}".strip())
    return event.id


def undo_delete(
    session: Session, audit_event_id: int, *, user: str, today: date | None = None
) -> ContractRow:
    """Bring back a deleted contract (same id) with its obligations and attachments."""
    event = audit_event(session, audit_event_id)
    if event is None or (event.entity, event.action) != ("contract", "delete") \
            or not event.snapshot:
        raise DomainError(_("audit event {audit_event_id} is not a delete that can be "
                            "undone").format(
            audit_event_id=audit_event_id))
    uid = event.entity_uid
    if session.scalar(select(Contract.id).where(Contract.uid == uid)) is not None:
        raise DomainError(_("that contract exists again already; nothing to undo"))
    contract = restore_snapshot(session, event.snapshot, user=user)
    record_event(session, user=user, entity="contract", entity_uid=uid, contract_uid=uid,
                 action="undelete", note=f"undo of audit event {audit_event_id}")
    return to_row(contract, today)


__all__ = [
    "create_contract",
    "current_row",
    "delete_contract",
    "load_contract",
    "stored_values",
    "to_row",
    "undo_delete",
    "update_contract",
]
