"""Is an open alert still about a real key date? Checked against the current data.

A contract whose dates changed, ended or gave notice; an obligation met, waived,
re-dated or deleted: its open alerts are withdrawn rather than left nagging.
Only open alerts are looked at (``ix_alert_open_due``), a small set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.health import ENDED_STATUSES
from contract_desk.domain.obligations import OPEN_STATUSES
from contract_desk.domain.recurrence import next_occurrence
from contract_desk.domain.reminders import KeyKind, contract_key_dates
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.reminders.scan import CONTRACT_COLUMNS, Scope, contract_spec, records


def stale_alert_ids(session: Session, *, contract_id: int | None = None,
                    changed_only: bool = False, scope: Scope | None = None,
                    seen: dict[tuple[str, int], int] | None = None) -> list[int]:
    """Ids of open alerts whose key date no longer exists.

    ``changed_only``: only alerts of contracts and obligations changed since the
    last reminder check (their next reminder day unknown). The others were
    checked then and every change clears that day (the models' hooks), so the
    reminder check passes it. ``scope``: only alerts of its contracts and obligations.
    ``seen`` collects the version of each contract and obligation judged, by
    ("contract" | "obligation", id): a check must not store the next reminder
    day of a row changed after this judgement (see ``plan.plan_check``).

    Alerts, contracts and obligations are read as columns, not as ORM objects:
    over the 61,442 open alerts of the 100,000-contract demo register, 3.1-5.3 s
    and a process of 192 MB at its peak; as objects 8.4-10.5 s and 401 MB (measured).
    """
    query = select(*_ALERT_COLUMNS).where(Alert.acknowledged_at.is_(None),
                                          Alert.withdrawn_at.is_(None))
    if contract_id is not None:
        query = query.where(Alert.contract_id == contract_id)
    if scope is not None:
        query = query.where(scope.of_alerts(Alert))
    if changed_only:
        query = query.where(or_(
            Alert.contract_id.in_(select(Contract.id).where(Contract.next_reminder_on.is_(None))),
            Alert.obligation_id.in_(
                select(Obligation.id).where(Obligation.next_reminder_on.is_(None)))))
    alerts = list(records(column_rows(session, query)))
    contracts = _by_id(session, _JUDGED_CONTRACT,
                       {a.contract_id for a in alerts if a.contract_id})
    obligations = _by_id(session, _JUDGED_OBLIGATION,
                         {a.obligation_id for a in alerts if a.obligation_id})
    if seen is not None:
        seen.update({("contract", row.id): row.version_id for row in contracts.values()})
        seen.update({("obligation", row.id): row.version_id for row in obligations.values()})
    contract_keys = _current_contract_keys(alerts, contracts)
    stale = []
    for alert in alerts:
        contract = contracts.get(alert.contract_id or 0)
        if contract is None or contract.status in ENDED_STATUSES:
            stale.append(alert.id)
        elif alert.target_type == "obligation":
            obligation = obligations.get(alert.obligation_id or 0)
            if obligation is None or not _obligation_has(obligation, alert):
                stale.append(alert.id)
        elif (alert.key_kind, alert.key_date) not in contract_keys.get(contract.id, set()):
            stale.append(alert.id)
    return stale


#: What the judgement reads of an alert, a contract and an obligation.
_ALERT_COLUMNS = (Alert.id, Alert.target_type, Alert.contract_id, Alert.obligation_id,
                  Alert.key_kind, Alert.key_date)
_JUDGED_CONTRACT = (*CONTRACT_COLUMNS, Contract.status, Contract.version_id)
_JUDGED_OBLIGATION = (Obligation.id, Obligation.status, Obligation.due_date,
                      Obligation.recurrence, Obligation.version_id)


def _by_id(session: Session, columns: tuple[Any, ...], ids: set[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    wanted = sorted(ids)
    key = columns[0]  # the table's id
    for start in range(0, len(wanted), 500):
        query = select(*columns).where(key.in_(wanted[start:start + 500]))
        found.update({row.id: row for row in records(column_rows(session, query))})
    return found


def _current_contract_keys(alerts: list[Any],
                           contracts: dict[int, Any]) -> dict[int, set[tuple[str, date]]]:
    """Per contract, its key dates now, over the span of its open alerts' dates (one pass)."""
    spans: dict[int, tuple[date, date]] = {}
    for alert in alerts:
        if alert.target_type == "contract" and alert.contract_id in contracts:
            low, high = spans.get(alert.contract_id, (alert.key_date, alert.key_date))
            spans[alert.contract_id] = (min(low, alert.key_date), max(high, alert.key_date))
    keys: dict[int, set[tuple[str, date]]] = {}
    for contract_id, (first, last) in spans.items():
        contract = contracts[contract_id]
        try:
            found = contract_key_dates(contract_spec(contract),
                                       confidential_until=contract.confidential_until,
                                       first=first, last=last)
        except (DomainError, ValueError, OverflowError):
            found = []
        keys[contract_id] = {(key.kind.value, key.day) for key in found}
    return keys


def _obligation_has(obligation: Any, alert: Any) -> bool:
    if obligation.status not in OPEN_STATUSES or alert.key_kind != KeyKind.DUE.value:
        return False
    first_due: date | None = obligation.due_date
    if first_due is None:
        return False
    key_date: date = alert.key_date
    try:
        return next_occurrence(first_due, obligation.recurrence, key_date) == key_date
    except (DomainError, ValueError, OverflowError):
        return True  # an unreadable stored rule: keep the alert rather than hide it
