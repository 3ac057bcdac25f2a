"""Obligations of a contract: add, change, record how they went, delete; all audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, RowMapping, select
from sqlalchemy.orm import Session, selectinload

from contract_desk.domain.obligations import ObligationStatus
from contract_desk.domain.recurrence import occurrences
from contract_desk.domain.validation import ValidationError
from contract_desk.i18n import _
from contract_desk.models import Attachment, Contract, Obligation
from contract_desk.services.register.audit import diff, record_event
from contract_desk.services.register.contracts import load_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.locking import check_version, flush_or_conflict
from contract_desk.services.register.obligation_fields import (
    clean_obligation,
    whole_obligation_problems,
)
from contract_desk.services.register.rows import ObligationRow

#: The obligation's own columns an ObligationRow shows.
_STORED = ("id", "uid", "kind", "performer", "title", "description", "due_date", "owner",
           "amount", "currency", "status", "met_on", "evidence_note", "recurrence",
           "reminder_offsets", "custom", "version_id", "created_at", "created_by", "updated_at",
           "updated_by")
#: Stored columns a caller may set directly (the evidence file is given by its uid).
_COLUMNS = ("kind", "performer", "title", "description", "due_date", "owner", "amount",
            "currency", "status", "met_on", "evidence_note", "recurrence", "reminder_offsets",
            "custom")


def obligation_row(obligation: Obligation, contract: Contract) -> ObligationRow:
    """An ObligationRow of a loaded obligation."""
    values = {name: getattr(obligation, name) for name in _STORED}
    evidence = obligation.evidence_attachment
    return _row(values, contract.uid, contract.reference, evidence.uid if evidence else None)


def _row(values: Mapping[str, Any] | RowMapping, contract_uid: str,
         contract_reference: str | None, evidence_uid: str | None) -> ObligationRow:
    offsets = values["reminder_offsets"]
    return ObligationRow(
        **{name: values[name] for name in _STORED if name not in {"reminder_offsets", "custom"}},
        contract_uid=contract_uid, contract_reference=contract_reference,
        evidence_attachment_uid=evidence_uid,
        reminder_offsets=None if offsets is None else tuple(offsets),
        custom=MappingProxyType(dict(values["custom"] or {})),
    )


def _committed_row(connection: Connection, uid: str) -> ObligationRow | None:
    query = (
        select(*(getattr(Obligation, name) for name in _STORED),
               Contract.uid.label("contract_uid"), Contract.reference.label("contract_reference"),
               Attachment.uid.label("evidence_uid"))
        .join(Contract, Obligation.contract_id == Contract.id)
        .outerjoin(Attachment, Obligation.evidence_attachment_id == Attachment.id)
        .where(Obligation.uid == uid)
    )
    found = connection.execute(query).mappings().first()
    if found is None:
        return None
    return _row(found, found["contract_uid"], found["contract_reference"], found["evidence_uid"])


def _evidence(session: Session, contract: Contract, clean: dict[str, Any],
              problems: dict[str, str]) -> Attachment | None:
    uid = clean.pop("evidence_attachment_uid", None)
    if uid is None:
        return None
    found = session.scalar(select(Attachment).where(
        Attachment.uid == uid, Attachment.contract_id == contract.id))
    if found is None:
        problems["evidence_attachment_uid"] = _("is not a file attached to this contract")
    return found


def add_obligation(
    session: Session, contract_uid: str, fields: Mapping[str, Any], *, user: str
) -> ObligationRow:
    """Add an obligation to a contract; its owner defaults to the contract's owner."""
    contract = load_contract(session, contract_uid)
    clean, problems = clean_obligation(fields)
    evidence = _evidence(session, contract, clean, problems)
    clean["owner"] = clean.get("owner") or contract.owner
    if clean.get("amount") is not None and not clean.get("currency"):
        clean["currency"] = contract.currency
    problems.update({k: v for k, v in whole_obligation_problems(clean).items()
                     if k not in problems})
    if problems:
        raise ValidationError(problems)
    obligation = Obligation(contract_id=contract.id, created_by=user, updated_by=user, **clean)
    obligation.evidence_attachment = evidence
    session.add(obligation)
    session.flush()
    audited = {k: v for k, v in clean.items() if v not in (None, {}, [])}
    if evidence is not None:
        audited["evidence_attachment_uid"] = evidence.uid
    record_event(session, user=user, entity="obligation", entity_uid=obligation.uid,
                 contract_uid=contract.uid, action="create", changes=diff({}, audited))
    return obligation_row(obligation, contract)


def _load(session: Session, uid: str) -> tuple[Obligation, Contract]:
    obligation = session.scalar(select(Obligation).where(Obligation.uid == uid))
    if obligation is None:
        raise NotFoundError(_("no obligation with id {uid}").format(uid=uid))
    return obligation, obligation.contract


def update_obligation(
    session: Session, uid: str, changes: Mapping[str, Any], *, expected_version: int, user: str,
    action: str = "update",
) -> ObligationRow:
    """Change an obligation read at ``expected_version`` (ConflictError if changed since)."""
    obligation, contract = _load(session, uid)
    check_version(obligation.version_id, expected_version, changes,
                  lambda: obligation_row(obligation, contract))
    clean, problems = clean_obligation(changes)
    linking = "evidence_attachment_uid" in clean
    evidence = _evidence(session, contract, clean, problems)
    if "owner" in clean:
        clean["owner"] = clean["owner"] or contract.owner
    before = {name: getattr(obligation, name) for name in _COLUMNS}
    problems.update({k: v for k, v in whole_obligation_problems({**before, **clean}).items()
                     if k not in problems})
    if problems:
        raise ValidationError(problems)
    delta = diff({name: before[name] for name in clean}, clean)
    for name in delta:
        setattr(obligation, name, clean[name])
    if linking and evidence is not obligation.evidence_attachment:
        old = obligation.evidence_attachment
        delta["evidence_attachment_uid"] = [old.uid if old else None,
                                            evidence.uid if evidence else None]
        obligation.evidence_attachment = evidence
    if delta:
        obligation.updated_by = user
        flush_or_conflict(session, changes, lambda connection: _committed_row(connection, uid))
        record_event(session, user=user, entity="obligation", entity_uid=uid,
                     contract_uid=contract.uid, action=action, changes=delta)
    return obligation_row(obligation, contract)


def mark_obligation(
    session: Session, uid: str, status: str, *, met_on: date | None = None,
    evidence_note: str | None = None, expected_version: int, user: str,
) -> ObligationRow:
    """Record how an obligation went: met (on a day, with evidence), partly, not met, waived.

    A note already recorded is kept unless a new one is given.
    """
    clean, problems = clean_obligation({"status": status})
    if problems:
        raise ValidationError(problems)
    changes: dict[str, Any] = {"status": clean["status"]}
    met = clean["status"] in {ObligationStatus.MET.value, ObligationStatus.PARTIALLY_MET.value}
    changes["met_on"] = met_on if met else None
    if evidence_note is not None:
        changes["evidence_note"] = evidence_note
    return update_obligation(session, uid, changes, expected_version=expected_version,
                             user=user, action="mark")


def delete_obligation(session: Session, uid: str, *, user: str) -> None:
    """Delete an obligation; the audit event keeps what it was."""
    obligation, contract = _load(session, uid)
    snapshot = obligation_row(obligation, contract).to_json()
    session.delete(obligation)
    flush_or_conflict(session, {"deleted": True},
                      lambda connection: _committed_row(connection, uid))
    record_event(session, user=user, entity="obligation", entity_uid=uid,
                 contract_uid=contract.uid, action="delete", snapshot=snapshot,
                 note=obligation.title)


def list_obligations(session: Session, contract_uid: str) -> list[ObligationRow]:
    """The obligations of a contract, by due date."""
    contract = load_contract(session, contract_uid)
    query = (select(Obligation).where(Obligation.contract_id == contract.id)
             .options(selectinload(Obligation.evidence_attachment))
             .order_by(Obligation.due_date, Obligation.id))
    return [obligation_row(o, contract) for o in session.scalars(query)]


def obligation_occurrences(row: ObligationRow, start: date, end: date) -> list[date]:
    """The due dates of ``row`` within [start, end] (each occurrence of a recurring one)."""
    if row.due_date is None:
        return []
    return occurrences(row.due_date, row.recurrence, start, end)
