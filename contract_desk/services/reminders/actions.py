"""What a person does with an alert: acknowledge, snooze, decide. Each is audited.

Every action applies to the key date the alert is about (all its open alerts:
the 30-day, 7-day and overdue reminders of one notice deadline are one thing to
deal with), never to other key dates: acknowledging one occurrence of a monthly
payment leaves the other months' alerts as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from contract_desk.domain.approvals import Subject
from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.lifecycle import Lifecycle
from contract_desk.domain.reminders import DECISION_KINDS, Decision, KeyKind
from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.models import Alert, Contract, utcnow
from contract_desk.services.register.approval_gate import require_approval
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contracts import update_contract
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.reminders.days import move_on_acknowledged
from contract_desk.services.reminders.inbox import AlertRow, get_alert
from contract_desk.services.reminders.raising import withdraw_stale

#: The snooze choices the inbox offers, in days.
SNOOZE_DAY, SNOOZE_WEEK = 1, 7


def _load(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFoundError(_("no alert with id {alert_id}").format(alert_id=alert_id))
    if alert.withdrawn_at is not None:
        raise DomainError(_("alert {alert_id} was withdrawn: its date no longer applies").format(
            alert_id=alert_id))
    return alert


def _open_of_key(session: Session, alert: Alert) -> list[Alert]:
    query = select(Alert).where(
        Alert.target_type == alert.target_type, Alert.target_uid == alert.target_uid,
        Alert.key_kind == alert.key_kind, Alert.key_date == alert.key_date,
        Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
    return list(session.scalars(query))


def _contract_uid(session: Session, alert: Alert) -> str | None:
    if alert.contract_id is None:
        return None
    return session.scalar(select(Contract.uid).where(Contract.id == alert.contract_id))


def _audit(session: Session, alert: Alert, *, user: str, action: str,
           changes: dict[str, object], note: str | None = None) -> None:
    key = _key_text(alert.key_kind, alert.key_date)
    record_event(session, user=user, entity="alert", entity_uid=alert.target_uid,
                 contract_uid=_contract_uid(session, alert), action=action,
                 changes={"key": [None, key], **changes}, note=note)


def _key_text(key_kind: str, key_date: date) -> str:
    # The key date as the audit trail names it.
    return f"{key_kind} {key_date.isoformat()}"


def acknowledge(session: Session, alert_id: int, *, user: str, note: str | None = None,
                now: datetime | None = None, today: date | None = None) -> AlertRow:
    """Mark the alert's key date as dealt with: no more reminders or overdue alerts for it.

    ``today`` (default: the local date) is the day the returned row's title counts from.
    """
    alert = _load(session, alert_id)
    _acknowledge_open(session, [(alert.target_type, alert.target_uid, alert.key_kind,
                                 alert.key_date)], user=user, moment=now or utcnow())
    if alert.acknowledged_at is None and alert.withdrawn_at is not None:
        # A check withdrew it after it was read (a colleague changed the date): nothing
        # was acknowledged, so nothing is audited as acknowledged.
        raise DomainError(_("alert {alert_id} was withdrawn: its date no longer applies").format(
            alert_id=alert_id))
    _audit(session, alert, user=user, action="acknowledge",
           changes={"acknowledged": [False, True]}, note=note)
    session.flush()
    move_on_acknowledged(session, [(alert.target_type, alert.target_uid)])
    return _row(session, alert_id, today or local_today())


def acknowledge_many(session: Session, alert_ids: Iterable[int], *, user: str,
                     now: datetime | None = None) -> int:
    """:func:`acknowledge` the key date of each of these alerts (the inbox's selection),
    once per key date; returns how many key dates were acknowledged.

    Alerts withdrawn or acknowledged meanwhile (by a colleague, another window) are
    left as they are, as a notification's answer leaves them. Audited like
    :func:`acknowledge`, an event per key date; made in a few statements, not a few
    per alert (a thousand selected took seconds).
    """
    moment = now or utcnow()
    ids = sorted(set(alert_ids))
    keys: dict[tuple[str, str, str, date], int | None] = {}  # contract id per key date
    for start in range(0, len(ids), _IN_CHUNK):
        for kind, uid, key_kind, key_date, contract_id in session.execute(select(
                Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                Alert.contract_id).where(
                Alert.id.in_(ids[start:start + _IN_CHUNK]), Alert.acknowledged_at.is_(None),
                Alert.withdrawn_at.is_(None)).order_by(Alert.id)):
            keys.setdefault((kind, uid, key_kind, key_date), contract_id)
    if not keys:
        return 0
    _acknowledge_open(session, keys, user=user, moment=moment)
    contract_uids = _contract_uids(session, set(keys.values()))
    for (_kind, uid, key_kind, key_date), contract_id in keys.items():
        record_event(session, user=user, entity="alert", entity_uid=uid,
                     contract_uid=contract_uids.get(contract_id), action="acknowledge",
                     changes={"key": [None, _key_text(key_kind, key_date)],
                              "acknowledged": [False, True]}, flush=False)
    session.flush()
    move_on_acknowledged(session, [(kind, uid) for kind, uid, _k, _d in keys])
    return len(keys)


#: Ids per IN list.
_IN_CHUNK = 500


def _acknowledge_open(session: Session, keys: Iterable[tuple[str, str, str, date]], *,
                      user: str, moment: datetime) -> None:
    """Every open alert of these key dates ((target type, uid, kind, day)) acknowledged by
    ``user`` at ``moment``, its snooze ended."""
    table = Alert.__table__
    session.flush()  # what the session holds first: the statement writes past it
    session.execute(
        update(table)
        .where(table.c.target_type == bindparam("kind_of"),
               table.c.target_uid == bindparam("uid_of"),
               table.c.key_kind == bindparam("key_kind_of"),
               table.c.key_date == bindparam("key_date_of"),
               table.c.acknowledged_at.is_(None), table.c.withdrawn_at.is_(None))
        .values(acknowledged_at=moment, acknowledged_by=user, snoozed_until=None),
        [{"kind_of": kind, "uid_of": uid, "key_kind_of": key_kind, "key_date_of": key_date}
         for kind, uid, key_kind, key_date in keys])
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Alert):
            session.expire(loaded)  # written by statement: read again when next used


def _contract_uids(session: Session, contract_ids: set[int | None]) -> dict[int | None, str]:
    wanted = sorted(found for found in contract_ids if found is not None)
    uids: dict[int | None, str] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        uids.update(session.execute(select(Contract.id, Contract.uid).where(
            Contract.id.in_(wanted[start:start + _IN_CHUNK]))).all())
    return uids


def snooze(session: Session, alert_id: int, *, user: str, today: date,
           days: int | None = None, until: date | None = None) -> AlertRow:
    """Hide the alert's key date until ``until`` (or ``days`` from ``today``: 1 or 7).

    It comes back (and is notified again) on the first check on or after that day.
    """
    if (days is None) == (until is None):
        raise DomainError(_("snooze for a number of days or until a date (one of them)"))
    wake = until if until is not None else today + timedelta(days=days or 0)
    if wake <= today:
        formats = current_formats()
        raise DomainError(_("snooze until a day after today ({today}), not "
                            "{day}").format(
                                today=formats.date(today), day=formats.date(wake)))
    alert = _load(session, alert_id)
    if alert.acknowledged_at is not None:
        raise DomainError(_("alert {alert_id} is acknowledged already").format(alert_id=alert_id))
    for each in _open_of_key(session, alert):
        each.snoozed_until = wake
    _audit(session, alert, user=user, action="snooze",
           changes={"snoozed_until": [None, wake.isoformat()]})
    session.flush()
    return _row(session, alert_id, today)


def answer_notification(session: Session, answer: str, alert_ids: Iterable[int], *,
                        user: str, today: date) -> int:
    """Acknowledge (``"acknowledge"``) or snooze for a day (``"snooze"``) what a notification
    was about, as its buttons say; returns how many key dates were dealt with.

    A notification may be answered long after it was shown: alerts dealt with
    in the meantime (acknowledged, withdrawn, snoozed past tomorrow) are left as
    they are; each key date is acted on once, audited like the inbox's actions.
    """
    if answer not in ("acknowledge", "snooze"):
        raise DomainError(_("a notification is answered by acknowledge or snooze, not "
                            "{answer}").format(
            answer=repr(answer)))
    done: set[tuple[str, str, str, date]] = set()
    for alert_id in sorted(set(alert_ids)):
        alert = session.get(Alert, alert_id)
        if alert is None or alert.withdrawn_at is not None or alert.acknowledged_at is not None:
            continue
        key = (alert.target_type, alert.target_uid, alert.key_kind, alert.key_date)
        if key in done:
            continue
        done.add(key)
        if answer == "acknowledge":
            acknowledge(session, alert_id, user=user, note="from the notification", today=today)
        elif alert.snoozed_until is None or alert.snoozed_until <= today + timedelta(days=1):
            snooze(session, alert_id, user=user, today=today, days=SNOOZE_DAY)
    return len(done)


def decide(session: Session, alert_id: int, decision: Decision | str, *, user: str,
           today: date, note: str | None = None, notice_given_on: date | None = None,
           mark_terminated: bool = True) -> AlertRow:
    """Record renew / terminate / renegotiate / let run for a notice or term-end alert.

    ApprovalNeeded, nothing written, when the register's rules want this
    decision approved and no approved request allows it (the request is then
    used; ``terminate`` needs the notice rules' approvers too). The key date is
    acknowledged with it. ``terminate`` records the notice as
    given (``notice_given_on``, default today) through the contract update
    service (audited, version-checked) and, with ``mark_terminated``, sets the
    contract's status to terminated; alerts that no longer apply are withdrawn.
    """
    try:
        chosen = Decision(decision)
    except ValueError:
        choices = ", ".join(d.value for d in Decision)
        raise DomainError(_("unknown decision {decision}; use {choices}").format(
            decision=repr(decision), choices=choices)) from None
    alert = _load(session, alert_id)
    if alert.target_type != "contract" or KeyKind(alert.key_kind) not in DECISION_KINDS:
        raise DomainError(_("a decision belongs to a notice deadline, send-by date or term end"))
    contract = session.get(Contract, alert.contract_id)
    if contract is None:
        raise NotFoundError(_("the contract of this alert is gone"))
    approval = require_approval(session, contract, Subject.DECISION, decision=chosen.value)
    for each in _open_of_key(session, alert):
        each.decision, each.decision_note = chosen.value, note
    alert.decision, alert.decision_note = chosen.value, note
    changes: dict[str, object] = {"decision": [None, chosen.value]}
    if approval is not None:
        changes["approval"] = [None, approval.uid]
    _audit(session, alert, user=user, action="decide", changes=changes, note=note)
    acknowledge(session, alert_id, user=user, note=f"decision: {chosen.value}")
    if chosen is Decision.TERMINATE:
        _terminate(session, alert, user=user, today=today, given=notice_given_on or today,
                   mark_terminated=mark_terminated)
    return _row(session, alert_id, today)


def _terminate(session: Session, alert: Alert, *, user: str, today: date, given: date,
               mark_terminated: bool) -> None:
    contract = session.get(Contract, alert.contract_id)
    if contract is None:
        raise NotFoundError(_("the contract of this alert is gone"))
    changes: dict[str, object] = {"notice_given_on": given}
    if mark_terminated and contract.status != Lifecycle.TERMINATED.value:
        changes["status"] = Lifecycle.TERMINATED.value
    update_contract(session, contract.uid, changes, expected_version=contract.version_id,
                    user=user, today=today, note=f"terminate decided on alert {alert.id}")
    withdraw_stale(session, contract_id=contract.id)


def _row(session: Session, alert_id: int, today: date) -> AlertRow:
    row = get_alert(session, alert_id, today=today)
    if row is None:
        raise NotFoundError(_("no alert with id {alert_id}").format(alert_id=alert_id))
    return row
