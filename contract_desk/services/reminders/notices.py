"""Who was notified of which alert: each person of each of their due alerts, once.

A check raises alerts for the whole register (whoever's window or scheduled
run makes it); notifying is per person. After each check (and, for a viewer
who may not store a check, instead of one) the run asks :func:`to_notify` for
the alerts due by today that its person has not been notified of, notifies
them, and records that with :func:`record_notices`. Snoozed alerts that wake
and withdrawn ones that come back are news again: the check forgets their
notices (:func:`forget_notices`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Executable, Select, String, delete, exists, or_, select, type_coerce
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from contract_desk.models import Alert, AlertNotice, utcnow
from contract_desk.services.reminders.inbox import (
    CONTRACT,
    OBLIGATION,
    AlertRow,
    alert_columns_select,
    alert_rows,
    alert_rows_of,
    owner_of,
)
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.settings import reminder_settings

#: The person of notices recorded before they were kept per person: nobody again.
ANYONE = ""
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def to_notify(session: Session, me: Me, *, today: date) -> list[AlertRow]:
    """Open, awake alerts due by ``today`` that ``me`` was not notified of and that are
    theirs; oldest due first."""
    query = _untold_due(alert_columns_select(), me, today)
    rows = list(alert_rows_of(session, query, today=today))
    if me.names:
        contact = reminder_settings(session).escalation_contact
        rows = [row for row in rows if me.concerns(row.owner, row.escalated, contact)]
    return rows


def _untold_due(query: _Query, me: Me, today: date) -> _Query:
    """``query`` of alerts narrowed to those of :func:`to_notify`, oldest due first
    (before the owner names are applied)."""
    told = exists().where(AlertNotice.alert_id == Alert.id,
                          AlertNotice.person.in_((me.person, ANYONE)))
    return (query.where(Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None),
                        Alert.due_on <= today,
                        or_(Alert.snoozed_until.is_(None), Alert.snoozed_until <= today), ~told)
            .order_by(Alert.due_on, Alert.key_date, Alert.id))


@dataclass(frozen=True, slots=True)
class DueNotices:
    """What :func:`to_notify` finds, read lean: enough to notify without every alert in full.

    ``ids``: every alert to notify of, oldest due first (as ``to_notify`` orders
    them); ``first``: the first of them as full rows (all of them when there are no
    more than were asked for); ``deadlines``: how many distinct key dates they
    remind of; ``escalated``: how many are escalated.
    """

    ids: tuple[int, ...]
    first: tuple[AlertRow, ...]
    deadlines: int
    escalated: int


def due_notices(session: Session, me: Me, *, today: date, keep: int) -> DueNotices:
    """The alerts of :func:`to_notify`, only the first ``keep`` read in full.

    A notification of more than a few alerts is one summary: a count, how many
    are escalated and the first few titles. A register's first morning after a
    big import has 100,000 alerts to notify of; reading each in full (its title
    composed, a row made) took two seconds and 100 MB for a summary of three lines.
    """
    query = _untold_due(
        select(Alert.id, Alert.target_type, Alert.target_uid, Alert.key_kind,
               type_coerce(Alert.key_date, String), Alert.escalated_at.is_not(None),
               Alert.obligation_id, CONTRACT.owner, OBLIGATION.owner)
        .outerjoin(CONTRACT, CONTRACT.id == Alert.contract_id)
        .outerjoin(OBLIGATION, OBLIGATION.id == Alert.obligation_id), me, today)
    contact = reminder_settings(session).escalation_contact if me.names else None
    ids: list[int] = []
    keys: set[tuple[str, str, str, Any]] = set()
    escalated = 0
    records = session.connection().execute(query.execution_options(yield_per=5000))
    for (alert_id, target_type, target_uid, kind, key_date, is_escalated, obligation_id,
         contract_owner, obligation_owner) in records:
        if me.names and not me.concerns(owner_of(obligation_id, contract_owner,
                                                  obligation_owner),
                                         bool(is_escalated), contact):
            continue
        ids.append(alert_id)
        keys.add((target_type, target_uid, kind, key_date))
        escalated += bool(is_escalated)
    first = alert_rows(session, ids[:keep], today=today)
    return DueNotices(tuple(ids), tuple(first), len(keys), escalated)


def record_notices(session: Session, alert_ids: Iterable[int], person: str, *,
                   at: datetime | None = None) -> None:
    """Record that ``person`` was notified of these alerts (those recorded already stay)."""
    wanted = sorted(set(alert_ids))
    moment = at or utcnow()
    dialect = session.get_bind().dialect.name
    # The same person's window and scheduled run may record the same alert at once.
    statement: Executable
    if dialect == "postgresql":  # imported here: the dialect costs ~20 ms to import
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(AlertNotice).on_conflict_do_nothing()
    else:
        statement = sqlite_insert(AlertNotice).on_conflict_do_nothing()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = [{"alert_id": alert_id, "person": person, "notified_at": moment}
                for alert_id in chunk]
        session.execute(statement, rows)


def forget_notices(session: Session, alert_ids: Iterable[int]) -> None:
    """These alerts are news again (woke from a snooze, came back): notify everyone anew."""
    wanted = sorted(set(alert_ids))
    for start in range(0, len(wanted), 500):
        session.execute(delete(AlertNotice).where(
            AlertNotice.alert_id.in_(wanted[start:start + 500])))


__all__ = ["ANYONE", "DueNotices", "due_notices", "forget_notices", "record_notices",
           "to_notify"]
