"""Changes to many contracts at once (the window's bulk actions), each contract audited."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.validation import ValidationError, clean_fields
from contract_desk.i18n import N_, _, ngettext
from contract_desk.models import Contract, Obligation
from contract_desk.services.register.approval_gate import status_problem
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.limits import too_long
from contract_desk.services.register.locking import flush_or_conflict

_RACE = (N_("some of the chosen contracts were changed by someone else meanwhile; nothing was "
            "changed. Reload and try again."))


def _chosen(session: Session, uids: Iterable[str]) -> list[Contract]:
    wanted = list(dict.fromkeys(uids))
    found = {c.uid: c for c in session.scalars(select(Contract).where(Contract.uid.in_(wanted)))}
    missing = [uid for uid in wanted if uid not in found]
    if missing:
        raise NotFoundError(_("{count} of the chosen contracts no longer exist; reload").format(
            count=len(missing)))
    return [found[uid] for uid in wanted]


def _flush(session: Session, mine: dict[str, Any]) -> None:
    flush_or_conflict(session, mine, lambda connection: None, _(_RACE))


def _label(value: str, field: str, what: str) -> str:
    label = " ".join(value.split())
    if not label:
        raise ValidationError({field: _("the {what} is empty").format(what=_(what))})
    problems = too_long(Contract.__table__, {field: label})
    if problems:
        raise ValidationError(problems)
    return label


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
    many contracts changed; each gets one audit event.
    """
    owner = _label(new_owner, "owner", N_("new owner's name"))
    changed = 0
    for contract in _chosen(session, contract_uids):
        old = contract.owner
        if old == owner or (only_from is not None and old != only_from):
            continue
        moved = _move_obligations(session, contract, old, owner, user) if include_obligations else 0
        contract.owner, contract.updated_by = owner, user
        record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                     contract_uid=contract.uid, action="handover",
                     changes={"owner": [old, owner]},
                     note=ngettext("{moved} obligation moved with it",
                                   "{moved} obligations moved with it", moved).format(
                         moved=moved) if moved else None)
        changed += 1
    _flush(session, {"owner": owner})
    return changed


def _move_obligations(session: Session, contract: Contract, old: str | None, owner: str,
                      user: str) -> int:
    # Obligations someone else was given stay with that person.
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
    if problems or clean["status"] is None:
        raise ValidationError(problems or {"status": _("choose a status")})
    changed = 0
    chosen = list(_chosen(session, uids))
    waiting = [(contract, problem) for contract in chosen
               if (problem := status_problem(session, contract, contract.status, {
                   **clean, "contract_type": contract.contract_type, "value": contract.value,
                   "currency": contract.currency}))]
    if waiting:
        contract, problem = waiting[0]
        raise ValidationError({"status": _("{reference}: {problem}").format(
            reference=contract.reference or contract.title, problem=problem)
            + ("" if len(waiting) == 1 else " " + _("({count} chosen contracts wait for "
                                                    "approval; nothing was changed)").format(
                count=len(waiting)))})
    for contract in chosen:
        if contract.status != clean["status"]:
            record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                         contract_uid=contract.uid, action="update",
                         changes={"status": [contract.status, clean["status"]]})
            contract.status, contract.updated_by = clean["status"], user
            changed += 1
    _flush(session, {"status": clean["status"]})
    return changed


def add_tag(session: Session, uids: Iterable[str], tag: str, *, user: str) -> int:
    """Add ``tag`` to several contracts (where missing); returns how many changed."""
    label = _label(tag, "tags", N_("tag"))
    changed = 0
    for contract in _chosen(session, uids):
        tags = list(contract.tags or [])
        if label not in tags:
            record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                         contract_uid=contract.uid, action="update",
                         changes={"tags": [tags, [*tags, label]]})
            contract.tags, contract.updated_by = [*tags, label], user
            changed += 1
    _flush(session, {"tags": label})
    return changed
