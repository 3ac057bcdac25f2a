"""Reading alerts back: frozen AlertRows, the inbox grouped overdue / today / upcoming.

The inbox shows one entry per key date (the latest alert raised for it), so a
payment reminded 7, 3 and 0 days before is one line, and the badge counts
deadlines, not reminders.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from contract_desk.domain.json_values import json_value
from contract_desk.domain.reminders import describe, describer
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.register.held_rows import dense
from contract_desk.services.register.rows import positional_maker
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.scan import subject
from contract_desk.services.reminders.settings import reminder_settings

_CONTRACT = aliased(Contract)
_OBLIGATION = aliased(Obligation)
#: The contract and obligation an alert is about, as alert queries join them.
CONTRACT, OBLIGATION = _CONTRACT, _OBLIGATION


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One stored alert with what it is about, for the inbox, the CLI and notifications."""

    id: int
    target_type: str
    target_uid: str
    contract_uid: str | None
    reference: str | None
    contract_title: str | None
    obligation_uid: str | None
    obligation_title: str | None
    kind: str
    key_date: date
    offset_days: int
    due_on: date
    title: str
    escalated: bool
    notified_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    snoozed_until: date | None
    decision: str | None
    decision_note: str | None
    withdrawn: bool
    #: Who answers for it: the obligation's owner, else (none given) the contract's.
    owner: str | None = None

    @property
    def key(self) -> tuple[str, str, str, date]:
        """What the alert reminds of: (target type, target uid, kind, key date)."""
        return (self.target_type, self.target_uid, self.kind, self.key_date)

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object (dates ISO)."""
        return {field.name: json_value(getattr(self, field.name)) for field in fields(self)}


@dataclass(frozen=True, slots=True)
class AlertInbox:
    """Open alerts, one per key date, in three groups plus the snoozed ones.

    ``badge`` is what the sidebar and tray show: overdue plus today.
    """

    overdue: tuple[AlertRow, ...]
    today: tuple[AlertRow, ...]
    upcoming: tuple[AlertRow, ...]
    snoozed: tuple[AlertRow, ...]

    @property
    def badge(self) -> int:
        """How many deadlines need attention now."""
        return len(self.overdue) + len(self.today)

    def counts(self) -> dict[str, int]:
        """Counts per group, plus escalated and total (the CLI's ``pending``)."""
        open_rows = (*self.overdue, *self.today, *self.upcoming)
        return {
            "overdue": len(self.overdue), "today": len(self.today),
            "upcoming": len(self.upcoming), "snoozed": len(self.snoozed),
            "escalated": sum(row.escalated for row in open_rows), "total": len(open_rows),
        }


def alert_select() -> Select[Alert, str, str | None, str, str, str, str | None, str | None]:
    """Alerts with the reference, titles and owners of what they are about."""
    return (
        select(Alert, _CONTRACT.uid, _CONTRACT.reference, _CONTRACT.title, _OBLIGATION.uid,
               _OBLIGATION.title, _CONTRACT.owner, _OBLIGATION.owner)
        .outerjoin(_CONTRACT, _CONTRACT.id == Alert.contract_id)
        .outerjoin(_OBLIGATION, _OBLIGATION.id == Alert.obligation_id)
    )


#: The Alert columns an AlertRow shows (read as columns, not as whole ORM objects).
_ALERT_COLUMNS = ("id", "target_type", "target_uid", "obligation_id", "key_kind", "key_date",
                  "offset_days", "due_on", "escalated_at", "notified_at", "acknowledged_at",
                  "acknowledged_by", "snoozed_until", "decision", "decision_note", "withdrawn_at")


#: An alert's columns as read by :func:`alert_rows`, by name: a field of a named tuple is
#: read in a tenth of the time of a Row attribute (about 20 of them per alert made).
_AlertColumns = namedtuple("_AlertColumns", _ALERT_COLUMNS)  # type: ignore[misc]


def alert_columns_select() -> Select[Any]:
    """As :func:`alert_select`, the alert as its columns (by the Alert attributes' names)
    followed by the same seven: several times faster to read than Alert objects, and
    nothing kept in the session (a big import's first check notifies of 60,000 alerts:
    as ORM objects, 70 MB held until the session closed)."""
    return (
        select(*(getattr(Alert, name) for name in _ALERT_COLUMNS),
               _CONTRACT.uid.label("about_contract_uid"),
               _CONTRACT.reference.label("about_reference"),
               _CONTRACT.title.label("about_contract_title"),
               _OBLIGATION.uid.label("about_obligation_uid"),
               _OBLIGATION.title.label("about_obligation_title"),
               _CONTRACT.owner.label("about_contract_owner"),
               _OBLIGATION.owner.label("about_obligation_owner"))
        .outerjoin(_CONTRACT, _CONTRACT.id == Alert.contract_id)
        .outerjoin(_OBLIGATION, _OBLIGATION.id == Alert.obligation_id)
    )


def alert_row(alert: Any, contract_uid: str | None, reference: str | None,
              contract_title: str | None, obligation_uid: str | None,
              obligation_title: str | None, contract_owner: str | None = None,
              obligation_owner: str | None = None, *, today: date) -> AlertRow:
    """The AlertRow of one record of :func:`alert_select`, its title as seen on ``today``.

    ``alert``: an Alert, or a row with (at least) its columns of ``_ALERT_COLUMNS``.

    The title counts the days from ``today``, not from the day the reminder was
    due: a 90-day reminder raised late (the app was closed, or the contract was
    imported inside its notice window) must not say "in 90 days" a month before
    the deadline.
    """
    return _alert_row(alert, contract_uid, reference, contract_title, obligation_uid,
                      obligation_title, contract_owner, obligation_owner, today, describe)


#: ``AlertRow(*values)``, faster (see positional_maker): a first check after a big import
#: reads tens of thousands back to notify of them.
_alert_row_of = positional_maker(AlertRow)


def _alert_row(alert: Any, contract_uid: str | None, reference: str | None,
               contract_title: str | None, obligation_uid: str | None,
               obligation_title: str | None, contract_owner: str | None,
               obligation_owner: str | None, today: date,
               line: Callable[[str, date, int, str], str]) -> AlertRow:
    key_date = alert.key_date
    about = subject(reference, contract_title or "", obligation_title)
    # In AlertRow's order of fields (positional_maker).
    return _alert_row_of(
        alert.id, alert.target_type, alert.target_uid, contract_uid, reference,
        contract_title, obligation_uid, obligation_title, alert.key_kind, key_date,
        alert.offset_days, alert.due_on,
        line(alert.key_kind, key_date, (key_date - today).days, about),
        alert.escalated_at is not None, alert.notified_at, alert.acknowledged_at,
        alert.acknowledged_by, alert.snoozed_until, alert.decision, alert.decision_note,
        alert.withdrawn_at is not None,
        owner_of(alert.obligation_id, contract_owner, obligation_owner))


def owner_of(obligation_id: int | None, contract_owner: str | None,
             obligation_owner: str | None) -> str | None:
    """Who answers for an alert: its obligation's owner, else (none given) its contract's."""
    return (obligation_owner or contract_owner) if obligation_id is not None else contract_owner


def alert_rows(session: Session, ids: Iterable[int], *, today: date) -> list[AlertRow]:
    """The rows of these alert ids, in the order given (titles as seen on ``today``)."""
    wanted = list(ids)
    found: dict[int, AlertRow] = {}
    ordered = sorted(set(wanted))
    if dense(ordered):
        # The alerts a check just stored (one statement's ids): one range (159 statements
        # of 500 ids for a first check's 79,000 alerts otherwise).
        asked = set(ordered)
        for row in alert_rows_of(session, alert_columns_select().where(
                Alert.id.between(ordered[0], ordered[-1])), today=today):
            if row.id in asked:
                found[row.id] = row
    else:
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            for row in alert_rows_of(session, alert_columns_select().where(
                    Alert.id.in_(chunk)), today=today):
                found[row.id] = row
    return [found[alert_id] for alert_id in wanted if alert_id in found]


def alert_rows_of(session: Session, query: Select[Any], *, today: date) -> Iterator[AlertRow]:
    """The AlertRow of each record of ``query``, a filtered :func:`alert_columns_select`."""
    width, columns, line = len(_ALERT_COLUMNS), _AlertColumns._make, describer()
    # A chunk of records at a time: not every record of 60,000 alerts at once.
    for record in column_rows(session, query, yield_per=2000):
        uid, reference, title, obligation_uid, obligation_title, owner, obligation_owner = (
            record[width:])
        yield _alert_row(columns(record[:width]), uid, reference, title, obligation_uid,
                         obligation_title, owner, obligation_owner, today, line)


def get_alert(session: Session, alert_id: int, *, today: date) -> AlertRow | None:
    """One alert by id (its title as seen on ``today``), or None."""
    rows = alert_rows(session, [alert_id], today=today)
    return rows[0] if rows else None


def open_alerts(session: Session, *, today: date, mine: Me | None = None) -> AlertInbox:
    """The inbox: unacknowledged, not withdrawn alerts, latest per key date, grouped.

    ``mine``: only the alerts of what that person owns, and escalations to them
    (see :class:`~contract_desk.services.reminders.people.Me`).
    """
    query = alert_columns_select().where(Alert.acknowledged_at.is_(None),
                                         Alert.withdrawn_at.is_(None))
    latest: dict[tuple[str, str, str, date], AlertRow] = {}
    for row in alert_rows_of(session, query.order_by(Alert.due_on, Alert.id), today=today):
        latest[row.key] = row  # ordered by due_on: the last one wins
    rows: Iterable[AlertRow] = latest.values()
    if mine is not None and mine.names:
        contact = reminder_settings(session).escalation_contact
        rows = [row for row in rows if mine.concerns(row.owner, row.escalated, contact)]
    return _grouped(rows, today)


def _grouped(rows: Iterable[AlertRow], today: date) -> AlertInbox:
    ordered = sorted(rows, key=lambda row: (row.key_date, row.kind, row.id))
    snoozed = tuple(r for r in ordered if _asleep(r.snoozed_until, today))
    awake = [r for r in ordered if not _asleep(r.snoozed_until, today)]
    return AlertInbox(
        overdue=tuple(r for r in awake if r.key_date < today),
        today=tuple(r for r in awake if r.key_date == today),
        upcoming=tuple(r for r in awake if r.key_date > today),
        snoozed=snoozed,
    )


def contract_alerts(session: Session, contract_uid: str, *, today: date) -> list[AlertRow]:
    """Every alert of a contract and its obligations, newest key date first (detail view)."""
    query = alert_columns_select().where(_CONTRACT.uid == contract_uid)
    rows = list(alert_rows_of(session, query, today=today))
    return sorted(rows, key=lambda row: (row.key_date, row.due_on, row.id), reverse=True)


def _asleep(snoozed_until: date | None, today: date) -> bool:
    return snoozed_until is not None and snoozed_until > today


#: The key of :func:`pending_counts`-like counts the window adds: requests for approval
#: waiting for this person's answer (``services.approvals.waiting_for_answer``).
APPROVALS_WAITING = "approvals"


def needs_attention(counts: dict[str, int]) -> int:
    """What the badge shows: deadlines overdue or due today, and requests for approval
    waiting for this person's answer (when the counts carry them)."""
    return (counts.get("overdue", 0) + counts.get("today", 0)
            + counts.get(APPROVALS_WAITING, 0))


def pending_counts(session: Session, *, today: date) -> dict[str, int]:
    """Counts of the inbox groups, as :meth:`AlertInbox.counts` of :func:`open_alerts`.

    Counted by the database: of each key date's open alerts the latest (by due
    day, then id, as the inbox keeps it) is ranked first by a window function and
    only those are summed (every check ends with these counts, and each action in
    the inbox reads them again: after an import, tens of thousands of open alerts,
    which read into Python took a fifth of a second and 25 MB each time).
    """
    ranked = (
        select(Alert.key_date, Alert.snoozed_until, Alert.escalated_at,
               func.row_number().over(
                   partition_by=(Alert.target_type, Alert.target_uid, Alert.key_kind,
                                 Alert.key_date),
                   order_by=(Alert.due_on.desc(), Alert.id.desc())).label("rank"))
        .where(Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
        .subquery()
    )
    asleep = and_(ranked.c.snoozed_until.is_not(None), ranked.c.snoozed_until > today)
    awake = ~asleep

    def how_many(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    found = session.execute(
        select(how_many(and_(awake, ranked.c.key_date < today)),
               how_many(and_(awake, ranked.c.key_date == today)),
               how_many(and_(awake, ranked.c.key_date > today)),
               how_many(asleep),
               how_many(and_(awake, ranked.c.escalated_at.is_not(None))),
               how_many(awake))
        .where(ranked.c.rank == 1)).one()
    names = ("overdue", "today", "upcoming", "snoozed", "escalated", "total")
    return {name: int(value) for name, value in zip(names, found, strict=True)}

