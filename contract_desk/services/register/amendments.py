"""Amendments of a contract: recorded, taking effect on their day, the terms of any day.

An amendment effective today or earlier takes effect when it is recorded: the
contract's fields change through the contract update service (validated,
version-checked, audited with the amendment named), and the values it
replaced are kept on the amendment. One effective later waits, and takes
effect on the first reminder check on or after its day (``apply_due``), the
same way. The contract's own fields are therefore always the terms in force
today; ``terms_on`` gives any other day's, ``amendment_versions`` every
version. Amendments take effect in the order of their days: one effective
before an amendment already in force is refused (record what came later as a
later amendment).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.amendments import AMENDABLE, Dated, versions
from contract_desk.domain.amendments import terms_on as terms_in_force
from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.json_values import json_value
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import ValidationError
from contract_desk.i18n import _
from contract_desk.models import Contract, ContractAmendment, utcnow
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contract_records import contract_row
from contract_desk.services.register.contracts import load_contract, stored_values, update_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.rows import ContractRow

log = logging.getLogger(__name__)
_DATES = frozenset({"end_date", "final_end_date"})


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    """One amendment of a contract, as recorded.

    ``changes``/``before``: field -> value as JSON keeps it; ``state`` is
    ``in_force`` (taken effect), ``coming`` (effective later) or ``withdrawn``.
    """

    uid: str
    contract_uid: str
    reference: str | None
    signed_on: date | None
    effective_on: date
    changes: Mapping[str, Any]
    before: Mapping[str, Any] | None
    state: str
    note: str | None
    recorded_at: datetime
    recorded_by: str

    def to_json(self) -> dict[str, object]:
        """The row as a JSON object keyed by field name."""
        return {name: json_value(getattr(self, name)) for name in self.__dataclass_fields__}


def _row(amendment: ContractAmendment, contract_uid: str) -> AmendmentRow:
    state = ("withdrawn" if amendment.withdrawn_at is not None
             else "in_force" if amendment.applied_at is not None else "coming")
    return AmendmentRow(
        uid=amendment.uid, contract_uid=contract_uid, reference=amendment.reference,
        signed_on=amendment.signed_on, effective_on=amendment.effective_on,
        changes=dict(amendment.changes or {}),
        before=None if amendment.before is None else dict(amendment.before), state=state,
        note=amendment.note, recorded_at=amendment.recorded_at,
        recorded_by=amendment.recorded_by)


def _stored(name: str, value: Any) -> Any:
    """A JSON-kept value in the type the contract's stored values use."""
    if value is None:
        return None
    if name in _DATES:
        return date.fromisoformat(value) if isinstance(value, str) else value
    if name == "value":
        return Decimal(str(value))
    return value


def _named(amendment: ContractAmendment) -> str:
    return amendment.reference or _("the amendment effective {day}").format(
        day=amendment.effective_on.isoformat())


def _live(session: Session, contract: Contract) -> list[ContractAmendment]:
    return list(session.scalars(select(ContractAmendment).where(
        ContractAmendment.contract_id == contract.id, ContractAmendment.withdrawn_at.is_(None))
        .order_by(ContractAmendment.effective_on, ContractAmendment.id)))


def _take_effect(session: Session, contract: Contract, amendment: ContractAmendment, *,
                 user: str, today: date) -> None:
    before = stored_values(contract)
    amendment.before = {name: json_value(before.get(name)) for name in amendment.changes}
    update_contract(session, contract.uid, dict(amendment.changes),
                    expected_version=contract.version_id, user=user, today=today,
                    note=_("amendment {name}, effective {day}").format(
                        name=_named(amendment), day=amendment.effective_on.isoformat()))
    amendment.applied_at = utcnow()
    session.flush()


def record_amendment(session: Session, contract_uid: str, effective_on: date,
                     changes: Mapping[str, Any], *, user: str, today: date | None = None,
                     reference: str | None = None, signed_on: date | None = None,
                     note: str | None = None) -> AmendmentRow:
    """Record an amendment changing ``changes`` from ``effective_on``.

    ValidationError, nothing written, when a value is wrong or the terms it
    makes break a rule (checked on the contract as it would be); DomainError
    when it changes nothing, a field no amendment changes, or comes before an
    amendment already in force.
    """
    day = today or local_today()
    unknown = sorted(set(changes) - set(AMENDABLE))
    if unknown:
        raise DomainError(_("an amendment changes the term, renewal, notice and money fields, "
                            "not {fields}").format(fields=", ".join(unknown)))
    if not changes:
        raise DomainError(_("an amendment changes at least one field"))
    contract = load_contract(session, contract_uid)
    later = [a for a in _live(session, contract)
             if a.applied_at is not None and a.effective_on > effective_on]
    if later and effective_on <= day:
        raise DomainError(_("{name} is in force from {day} already; an amendment effective "
                            "{effective} comes before it: record the change as a later "
                            "amendment").format(name=_named(later[-1]),
                                                day=later[-1].effective_on.isoformat(),
                                                effective=effective_on.isoformat()))
    with session.begin_nested() as trial:  # the terms it makes, checked and taken back
        update_contract(session, contract.uid, dict(changes),
                        expected_version=contract.version_id, user=user, today=day)
        trial.rollback()
    session.refresh(contract)
    kept = {name: str(value) if isinstance(value, Period) else json_value(value)
            for name, value in changes.items()}
    amendment = ContractAmendment(
        contract_id=contract.id, reference=(reference or "").strip() or None,
        signed_on=signed_on, effective_on=effective_on, changes=kept,
        note=(note or "").strip() or None, recorded_by=user)
    session.add(amendment)
    session.flush()
    record_event(session, user=user, entity="amendment", entity_uid=amendment.uid,
                 contract_uid=contract.uid, action="record", note=amendment.note,
                 changes={"effective_on": [None, effective_on],
                          **{name: [None, value] for name, value in kept.items()}})
    if effective_on <= day:
        _take_effect(session, contract, amendment, user=user, today=day)
    return _row(amendment, contract.uid)


def apply_due(session: Session, today: date) -> int:
    """Let every amendment whose day has come take effect, in order; how many did.

    One that cannot (its terms break a rule with the contract as it is now:
    changed since it was recorded) waits, is logged, and is tried again on the
    next check.
    """
    due = session.execute(
        select(ContractAmendment, Contract)
        .join(Contract, Contract.id == ContractAmendment.contract_id)
        .where(ContractAmendment.applied_at.is_(None), ContractAmendment.withdrawn_at.is_(None),
               ContractAmendment.effective_on <= today)
        .order_by(ContractAmendment.effective_on, ContractAmendment.id)).all()
    done = 0
    for amendment, contract in due:
        try:
            with session.begin_nested():
                _take_effect(session, contract, amendment, user=amendment.recorded_by,
                             today=today)
            done += 1
        except (ValidationError, DomainError) as error:
            session.refresh(contract)
            log.warning("amendment %s of contract %s waits: %s", amendment.uid, contract.uid,
                        error)
    return done


def withdraw_amendment(session: Session, amendment_uid: str, *, user: str,
                       reason: str | None = None) -> AmendmentRow:
    """Withdraw an amendment that has not taken effect."""
    found = session.execute(select(ContractAmendment, Contract)
                            .join(Contract, Contract.id == ContractAmendment.contract_id)
                            .where(ContractAmendment.uid == amendment_uid)).first()
    if found is None:
        raise NotFoundError(_("no amendment with id {uid}").format(uid=amendment_uid))
    amendment, contract = found[0], found[1]
    if amendment.withdrawn_at is not None:
        raise DomainError(_("this amendment was already withdrawn"))
    if amendment.applied_at is not None:
        raise DomainError(_("this amendment is in force; change the terms again with a later "
                            "amendment"))
    amendment.withdrawn_at, amendment.withdrawn_by = utcnow(), user
    session.flush()
    record_event(session, user=user, entity="amendment", entity_uid=amendment.uid,
                 contract_uid=contract.uid, action="withdraw",
                 changes={"withdrawn": [False, True]}, note=reason)
    return _row(amendment, contract.uid)


def list_amendments(session: Session, contract_uid: str) -> list[AmendmentRow]:
    """A contract's amendments by the day they take effect (withdrawn ones too, marked)."""
    contract = load_contract(session, contract_uid)
    query = (select(ContractAmendment).where(ContractAmendment.contract_id == contract.id)
             .order_by(ContractAmendment.effective_on, ContractAmendment.id))
    return [_row(amendment, contract.uid) for amendment in session.scalars(query)]


def _dated(session: Session, contract: Contract) -> list[Dated]:
    return [Dated(a.effective_on,
                  {name: _stored(name, value) for name, value in (a.changes or {}).items()},
                  None if a.before is None else {name: _stored(name, value)
                                                 for name, value in a.before.items()})
            for a in _live(session, contract)]


def terms_on(session: Session, contract_uid: str, day: date) -> ContractRow:
    """The contract as its terms stood on ``day`` (amendments taken back or laid on), with
    the key dates those terms give seen from that day."""
    contract = load_contract(session, contract_uid)
    values = stored_values(contract)
    return contract_row(terms_in_force(values, _dated(session, contract), day), day)


def amendment_versions(session: Session, contract_uid: str
                       ) -> list[tuple[date | None, dict[str, Any]]]:
    """Every version of the contract's terms: the original, then one per amendment (the
    day it takes effect and the amendable fields from then)."""
    contract = load_contract(session, contract_uid)
    return versions(stored_values(contract), _dated(session, contract))


__all__ = [
    "AmendmentRow",
    "amendment_versions",
    "apply_due",
    "list_amendments",
    "record_amendment",
    "terms_on",
    "withdraw_amendment",
]
