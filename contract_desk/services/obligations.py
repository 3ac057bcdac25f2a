"""Obligations of a contract: add, change, record how they went, delete; all audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from contract_desk.domain.currency import CurrencyError, normalize_currency
from contract_desk.domain.errors import DomainError
from contract_desk.domain.obligations import ObligationKind, ObligationStatus, Performer
from contract_desk.domain.recurrence import occurrences, validate_rrule
from contract_desk.domain.validation import ValidationError, to_amount, to_date
from contract_desk.models import Contract, Obligation
from contract_desk.services.audit import diff, record_event
from contract_desk.services.contracts import load_contract
from contract_desk.services.errors import ConflictError, NotFoundError
from contract_desk.services.rows import ObligationRow

FIELDS = frozenset({"kind", "performer", "title", "description", "due_date", "owner", "amount",
                    "currency", "status", "met_on", "evidence_note", "recurrence",
                    "reminder_offsets", "custom"})


def obligation_row(obligation: Obligation, contract: Contract) -> ObligationRow:
    """An ObligationRow of a loaded obligation."""
    return ObligationRow(
        id=obligation.id, uid=obligation.uid, contract_uid=contract.uid,
        contract_reference=contract.reference, kind=obligation.kind,
        performer=obligation.performer, title=obligation.title,
        description=obligation.description, due_date=obligation.due_date,
        owner=obligation.owner, amount=obligation.amount, currency=obligation.currency,
        status=obligation.status, met_on=obligation.met_on,
        evidence_note=obligation.evidence_note, recurrence=obligation.recurrence,
        reminder_offsets=(None if obligation.reminder_offsets is None
                          else tuple(obligation.reminder_offsets)),
        custom=MappingProxyType(dict(obligation.custom or {})),
        version_id=obligation.version_id, created_at=obligation.created_at,
        created_by=obligation.created_by, updated_at=obligation.updated_at,
        updated_by=obligation.updated_by,
    )


def _enum(enum: type[Any], value: Any, problems: dict[str, str], name: str) -> Any:
    try:
        return enum(str(value).strip().lower()).value
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        problems[name] = f"{value!r} is not one of: {allowed}"
        return None


def _convert(name: str, value: Any, problems: dict[str, str]) -> Any:
    converters = {
        "kind": lambda v: _enum(ObligationKind, v, problems, name),
        "performer": lambda v: _enum(Performer, v, problems, name),
        "status": lambda v: _enum(ObligationStatus, v, problems, name),
        "due_date": to_date, "met_on": to_date, "amount": to_amount,
        "currency": lambda v: normalize_currency(v) if v else None,
        "title": lambda v: (v or "").strip(),
        "owner": lambda v: (v or "").strip() or None,
        "recurrence": lambda v: (v or "").strip() or None,
        "custom": lambda v: dict(v or {}),
        "reminder_offsets": lambda v: None if v is None else [int(x) for x in v],
    }
    convert = converters.get(name, lambda v: v)
    try:
        return convert(value)
    except (ValueError, TypeError, DomainError, CurrencyError) as error:
        problems[name] = str(error)
        return None


def clean_obligation(fields: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Convert obligation fields to stored types; returns (clean values, problems)."""
    unknown = sorted(set(fields) - FIELDS)
    problems: dict[str, str] = dict.fromkeys(unknown, "is not an obligation field")
    clean = {name: _convert(name, value, problems)
             for name, value in fields.items() if name in FIELDS}
    rule = clean.get("recurrence")
    if rule:
        message = validate_rrule(rule)
        if message:
            problems["recurrence"] = message
    if clean.get("amount") is not None and clean["amount"] < 0:
        problems["amount"] = "the amount cannot be negative"
    return clean, problems


def _check_whole(values: Mapping[str, Any], problems: dict[str, str]) -> None:
    if not values.get("title"):
        problems.setdefault("title", "an obligation needs a title")
    if values.get("due_date") is None:
        problems.setdefault("due_date", "an obligation needs a due date")
    if not values.get("owner"):
        problems.setdefault("owner", "an obligation needs exactly one owner; the contract has none")
    if values.get("recurrence") and values.get("due_date") is None:
        problems.setdefault("due_date", "a recurring obligation needs its first due date")
    if values.get("amount") is not None and not values.get("currency"):
        problems.setdefault("currency", "give the currency of the amount")


def add_obligation(
    session: Session, contract_uid: str, fields: Mapping[str, Any], *, user: str
) -> ObligationRow:
    """Add an obligation to a contract; its owner defaults to the contract's owner."""
    contract = load_contract(session, contract_uid)
    clean, problems = clean_obligation(fields)
    clean.setdefault("owner", None)
    clean["owner"] = clean["owner"] or contract.owner
    if clean.get("amount") is not None and not clean.get("currency"):
        clean["currency"] = contract.currency
    _check_whole(clean, problems)
    if problems:
        raise ValidationError(problems)
    obligation = Obligation(contract_id=contract.id, created_by=user, updated_by=user, **clean)
    session.add(obligation)
    session.flush()
    record_event(session, user=user, entity="obligation", entity_uid=obligation.uid,
                 contract_uid=contract.uid, action="create",
                 changes=diff({}, {k: v for k, v in clean.items() if v is not None}))
    return obligation_row(obligation, contract)


def _load(session: Session, uid: str) -> tuple[Obligation, Contract]:
    obligation = session.scalar(select(Obligation).where(Obligation.uid == uid))
    if obligation is None:
        raise NotFoundError(f"no obligation with id {uid}")
    return obligation, obligation.contract


def update_obligation(
    session: Session, uid: str, changes: Mapping[str, Any], *, expected_version: int, user: str,
    action: str = "update",
) -> ObligationRow:
    """Change an obligation read at ``expected_version`` (ConflictError if changed since)."""
    obligation, contract = _load(session, uid)
    if obligation.version_id != expected_version:
        raise ConflictError(changes, obligation_row(obligation, contract))
    clean, problems = clean_obligation(changes)
    before = {name: getattr(obligation, name) for name in FIELDS}
    _check_whole({**before, **clean}, problems)
    if problems:
        raise ValidationError(problems)
    delta = diff({name: before[name] for name in clean}, clean)
    if delta:
        for name in delta:
            setattr(obligation, name, clean[name])
        obligation.updated_by = user
        try:
            session.flush()
        except StaleDataError:
            raise ConflictError(changes, obligation_row(obligation, contract)) from None
        record_event(session, user=user, entity="obligation", entity_uid=uid,
                     contract_uid=contract.uid, action=action, changes=delta)
    return obligation_row(obligation, contract)


def mark_obligation(
    session: Session, uid: str, status: str, *, met_on: date | None = None,
    evidence_note: str | None = None, expected_version: int, user: str,
) -> ObligationRow:
    """Record how an obligation went: met (on a day, with evidence), partly, not met, waived."""
    changes: dict[str, Any] = {"status": status, "evidence_note": evidence_note}
    met = status in {ObligationStatus.MET.value, ObligationStatus.PARTIALLY_MET.value}
    changes["met_on"] = met_on if met else None
    if met and met_on is None:
        raise ValidationError({"met_on": "say on which day it was met"})
    return update_obligation(session, uid, changes, expected_version=expected_version,
                             user=user, action="mark")


def delete_obligation(session: Session, uid: str, *, user: str) -> None:
    """Delete an obligation; the audit event keeps what it was."""
    obligation, contract = _load(session, uid)
    snapshot = obligation_row(obligation, contract).to_json()
    session.delete(obligation)
    session.flush()
    record_event(session, user=user, entity="obligation", entity_uid=uid,
                 contract_uid=contract.uid, action="delete", snapshot=snapshot,
                 note=obligation.title)


def list_obligations(session: Session, contract_uid: str) -> list[ObligationRow]:
    """The obligations of a contract, by due date."""
    contract = load_contract(session, contract_uid)
    query = (select(Obligation).where(Obligation.contract_id == contract.id)
             .order_by(Obligation.due_date, Obligation.id))
    return [obligation_row(o, contract) for o in session.scalars(query)]


def obligation_occurrences(row: ObligationRow, start: date, end: date) -> list[date]:
    """The due dates of ``row`` within [start, end] (each occurrence of a recurring one)."""
    if row.due_date is None:
        return []
    return occurrences(row.due_date, row.recurrence, start, end)
