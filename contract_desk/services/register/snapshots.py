"""A deleted contract kept whole in its audit event, and brought back from there."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, exists, select
from sqlalchemy.orm import Session, object_session

from contract_desk.domain.json_values import json_value
from contract_desk.models import (
    Alert,
    AlertNotice,
    Approval,
    ApprovalVote,
    Attachment,
    Contract,
    ContractAmendment,
    ContractNotice,
    Obligation,
)
from contract_desk.services.register.driver_records import column_rows

#: Snapshot layout version, so a later release can still undo an older delete. A part
#: added later (notices; amendments, approvals and alerts) is simply absent from an
#: older snapshot: that delete is undone with what it kept.
SNAPSHOT_VERSION = 1
#: The tables deleting a contract deletes with it (their rows refer to it, its
#: obligations, its alerts or its approvals) that a snapshot keeps. The others are
#: derived: the key dates and obligation summaries are computed again.
KEPT_TABLES = frozenset({"obligation", "attachment", "contract_notice", "contract_amendment",
                         "approval", "approval_vote", "alert", "alert_notice"})
DERIVED_TABLES = frozenset({"contract_key_dates", "contract_obligation_summary"})


def _columns(row: Any, table: Table, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {column.key: json_value(getattr(row, column.key))
            for column in table.columns if column.key not in skip}


def contract_snapshot(contract: Contract, values: Mapping[str, Any]) -> dict[str, Any]:
    """Everything needed to bring ``contract`` back: its row, obligations, attachment
    records, notices, amendments, approval requests with their votes, and alerts with
    who was notified of them (an alert acknowledged stays acknowledged)."""
    present = _present(contract)
    contract_notices = _of_contract(contract, ContractNotice, present)
    amendments = _of_contract(contract, ContractAmendment, present)
    approvals = _of_contract(contract, Approval, present)
    alerts = _of_contract(contract, Alert, present)
    votes = _by_parent(contract, ApprovalVote, ApprovalVote.approval_id, Approval) if (
        approvals) else {}
    notices = _by_parent(contract, AlertNotice, AlertNotice.alert_id, Alert) if alerts else {}
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
                    for n in contract_notices],
        "amendments": [_columns(a, ContractAmendment.__table__, frozenset({"id", "contract_id"}))
                       for a in amendments],
        "approvals": [
            {**_columns(a, Approval.__table__, frozenset({"id", "contract_id"})),
             "votes": [_columns(v, ApprovalVote.__table__, frozenset({"id", "approval_id"}))
                       for v in votes.get(a.id, [])]}
            for a in approvals
        ],
        "alerts": [
            {**_columns(a, Alert.__table__, frozenset({"id", "contract_id", "obligation_id"})),
             "obligation_uid": _obligation_uid(contract, a.obligation_id),
             "notices": [_columns(n, AlertNotice.__table__, frozenset({"alert_id"}))
                         for n in notices.get(a.id, [])]}
            for a in alerts
        ],
    }


#: The tables a contract's snapshot reads beside its obligations and attachments. Their
#: rows are read as columns (Core rows), not ORM objects: an import's undo deletes
#: thousands of contracts.
_OPTIONAL = (ContractNotice, ContractAmendment, Approval, Alert)


def _present(contract: Contract) -> set[str]:
    """Which of those hold rows of the contract: one statement (most contracts have none
    of some, and an import's undo deletes thousands)."""
    session = object_session(contract)
    if session is None or contract.id is None:
        return set()
    query = select(*(exists().where(model.contract_id == contract.id)
                     for model in _OPTIONAL))
    found = next(iter(column_rows(session, query)))
    return {model.__tablename__ for model, there in zip(_OPTIONAL, found, strict=True) if there}


def _of_contract(contract: Contract, model: Any, present: set[str]) -> list[Any]:
    session = object_session(contract)
    if session is None or contract.id is None or model.__tablename__ not in present:
        return []
    table = model.__table__
    return list(column_rows(session, select(table).where(table.c.contract_id == contract.id)
                            .order_by(table.c.id)))


def _by_parent(contract: Contract, model: Any, parent: Any, parent_model: Any
               ) -> dict[int, list[Any]]:
    """The rows of ``model`` under the contract's ``parent_model`` rows, by parent id."""
    session = object_session(contract)
    found: dict[int, list[Any]] = {}
    if session is None or contract.id is None:
        return found
    query = (select(model.__table__).join(parent_model, parent == parent_model.id)
             .where(parent_model.contract_id == contract.id))
    for row in column_rows(session, query):
        found.setdefault(getattr(row, parent.key), []).append(row)
    return found


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
    for data in snapshot.get("amendments", []):
        session.add(ContractAmendment(**_typed(ContractAmendment.__table__, data),
                                      contract_id=contract.id))
    # Approvals and alerts first, all in one flush; then their votes and notices, which
    # need the new ids.
    approvals = [(Approval(**_typed(Approval.__table__, data), contract_id=contract.id),
                  data["votes"]) for data in snapshot.get("approvals", [])]
    alerts = []
    for data in snapshot.get("alerts", []):
        linked = by_uid.get(data.get("obligation_uid") or "")
        if data.get("obligation_uid") and linked is None:
            continue  # its obligation is not in the snapshot: the check raises it anew
        alerts.append((Alert(**_typed(Alert.__table__, data), contract_id=contract.id,
                             obligation_id=linked.id if linked is not None else None),
                       data["notices"]))
    session.add_all([approval for approval, _votes in approvals])
    session.add_all([alert for alert, _notices in alerts])
    session.flush()
    for approval, votes in approvals:
        session.add_all(ApprovalVote(**_typed(ApprovalVote.__table__, vote),
                                     approval_id=approval.id) for vote in votes)
    for alert, notices in alerts:
        session.add_all(AlertNotice(**_typed(AlertNotice.__table__, notice), alert_id=alert.id)
                        for notice in notices)
    session.flush()
    return contract
