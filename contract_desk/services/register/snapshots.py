"""A deleted contract kept whole in its audit event, and brought back from there."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, object_session

from contract_desk.domain.json_values import json_value
from contract_desk.models import Attachment, Contract, ContractNotice, Obligation

#: Snapshot layout version, so a later release can still undo an older delete.
SNAPSHOT_VERSION = 1


def _columns(row: Any, table: Table, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {column.key: json_value(getattr(row, column.key))
            for column in table.columns if column.key not in skip}


def contract_snapshot(contract: Contract, values: Mapping[str, Any]) -> dict[str, Any]:
    """Everything needed to bring ``contract`` back: its row, obligations, attachment records."""
    return {
        "version": SNAPSHOT_VERSION,
        "contract": _columns(contract, Contract.__table__, frozenset({"id", "counterparty_id"})),
        "counterparty": values.get("counterparty"),
        "obligations": [
            _columns(o, Obligation.__table__, frozenset({"id", "contract_id",
                                                         "evidence_attachment_id"}))
            for o in contract.obligations
        ],
        "attachments": [
            {**_columns(a, Attachment.__table__, frozenset({"id", "contract_id",
                                                            "obligation_id"})),
             "obligation_uid": _obligation_uid(contract, a.obligation_id)}
            for a in contract.attachments
        ],
        "notices": [_columns(n, ContractNotice.__table__, frozenset({"id", "contract_id"}))
                    for n in _notices(contract)],
    }


def _notices(contract: Contract) -> list[ContractNotice]:
    session = object_session(contract)
    if session is None or contract.id is None:
        return []
    return list(session.scalars(select(ContractNotice)
                                .where(ContractNotice.contract_id == contract.id)
                                .order_by(ContractNotice.id)))


def _obligation_uid(contract: Contract, obligation_id: int | None) -> str | None:
    for obligation in contract.obligations:
        if obligation.id == obligation_id:
            return obligation.uid
    return None


def _typed(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in data:
            continue
        typed[column.key] = _from_json(column.type, data[column.key])
    return typed


def _from_json(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    base = getattr(column_type, "impl", column_type)  # a TypeDecorator names its storage type
    try:
        python_type = base.python_type
    except NotImplementedError:
        return value
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is Decimal:
        return Decimal(value)
    return value


def restore_snapshot(session: Session, snapshot: Mapping[str, Any], *, user: str) -> Contract:
    """Recreate the contract of ``snapshot`` with the same ids (uids) as before."""
    from contract_desk.services.register.parties import party_for_name

    contract = Contract(**_typed(Contract.__table__, snapshot["contract"]))
    if snapshot.get("counterparty"):
        contract.counterparty = party_for_name(session, snapshot["counterparty"], user=user)
    contract.updated_by = user
    session.add(contract)
    session.flush()
    by_uid = {}
    for data in snapshot.get("obligations", []):
        obligation = Obligation(**_typed(Obligation.__table__, data), contract_id=contract.id)
        session.add(obligation)
        by_uid[obligation.uid] = obligation
    session.flush()
    for data in snapshot.get("attachments", []):
        attachment = Attachment(**_typed(Attachment.__table__, data), contract_id=contract.id)
        linked = by_uid.get(data.get("obligation_uid") or "")
        attachment.obligation_id = linked.id if linked is not None else None
        session.add(attachment)
    for data in snapshot.get("notices", []):  # none in a snapshot taken before notices existed
        session.add(ContractNotice(**_typed(ContractNotice.__table__, data),
                                   contract_id=contract.id))
    session.flush()
    return contract
