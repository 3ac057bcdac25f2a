"""Storing the next reminder days a check computed, and forgetting them all.

Each day is stored only if its row (and, for an obligation, its contract) is
still the version it was computed from; a day not stored is computed again by
the next check. Two kinds of day are stored by statement instead (after a big
import, most of the rows): one-offs due later than the window (the due date
less the longest offset) and obligations with no reminders (``date.max``),
each picking its rows by what they are when stored, and never a row with an
open alert (its alerts are judged first). The days count back from key dates
by the register's offsets: when those change every stored day is cleared
(``SCAN_OFFSETS`` remembers the offsets they were computed with; see
:mod:`contract_desk.services.reminders.scan`).

A computed day is stored with the key date it reminds of and the row's day
without it; a day stored by statement with none. The rows a check passed over
(their key date acknowledged since) are moved on to that later day by one
statement per table (:func:`move_passed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Null,
    Update,
    and_,
    bindparam,
    func,
    literal,
    null,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from contract_desk.models import Contract, Obligation, RegisterSetting
from contract_desk.models.base import REMINDER_DAY_UNKNOWN
from contract_desk.services.register.fast_insert import execute_many
from contract_desk.services.register.settings import put_setting
from contract_desk.services.reminders.scan import (
    SCAN_OFFSETS,
    Marks,
    fillable_now,
    idle_now,
    key_dealt_with,
    passed_over,
)
from contract_desk.services.reminders.settings import ReminderSettings


@contextmanager
def index_writes(session: Session) -> Iterator[None]:
    """The statements inside write the reminder index alone (next reminder days and
    what they are of): on PostgreSQL the change notices skip comparing their rows
    (schema 0018; nothing in them is a change a person sees). Turned off again after
    them: every other statement of the transaction is compared as before. (When one
    fails, the transaction is rolled back and the setting with it.)"""
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        session.execute(_BOOKKEEPING, {"on": "on"})
    yield
    if postgresql:
        session.execute(_BOOKKEEPING, {"on": "off"})


_BOOKKEEPING = text("SELECT set_config('contract_desk.bookkeeping', :on, true)")


def store_marks(session: Session, marks: Marks) -> None:
    """Store the computed next reminder days, unless the row (or, for an obligation,
    its contract) changed since it was read."""
    with index_writes(session):
        _store_marks(session, marks)


def _store_marks(session: Session, marks: Marks) -> None:
    if session.get_bind().dialect.name == "postgresql":
        _store_marks_by_arrays(session, marks)
    else:
        _store_marks_by_rows(session, marks)
    _fill(session, marks)
    if marks.passed_until is not None:
        move_passed(session, marks.passed_until)


def _store_marks_by_rows(session: Session, marks: Marks) -> None:
    """SQLite: the UPDATE bound per row through the driver's executemany (each step a
    lookup by the key in the process, no round trip)."""
    contract, obligation = Contract.__table__, Obligation.__table__
    owner_unchanged = (select(contract.c.id)
                       .where(contract.c.id == bindparam("of_contract"),
                              contract.c.version_id == bindparam("of_version"))
                       .exists())
    # In id order: two writers updating the same rows take their locks in one order
    # (another check's days, a bulk change), so they wait for each other, never deadlock.
    for table, rows, also in ((contract, sorted(marks.contracts, key=mark_row), None),
                              (obligation, sorted(marks.obligations, key=mark_row),
                               owner_unchanged)):
        statement = (update(table)
                     .where(table.c.id == bindparam("row"),
                            table.c.version_id == bindparam("version"))
                     # Not a change of the row: "last changed" stays as it was.
                     .values(next_reminder_on=bindparam("day"),
                             next_reminder_kind=bindparam("key_kind"),
                             next_reminder_key=bindparam("key_day"),
                             after_reminder_key_on=bindparam("after_day"),
                             updated_at=table.c.updated_at))
        if also is not None:
            statement = statement.where(also)
        for first in range(0, len(rows), 5000):
            execute_many(session, statement, [_bound(mark) for mark in rows[first:first + 5000]],
                         name=f"next reminder day and its key date of {table.name}")


#: Rows per statement of :func:`_store_marks_by_arrays`.
ARRAY_STEP = 20_000
#: PostgreSQL: the rows of a step locked in id order, as the per-row UPDATEs took them.
_LOCK_IN_ORDER = ("SELECT id FROM {table} WHERE id = ANY(CAST(:rows AS integer[])) "
                  "ORDER BY id FOR NO KEY UPDATE")
#: PostgreSQL: a step's days in one statement, each row only at the version computed
#: from (and an obligation only while its contract is at the version it was read with).
_UPDATE_FROM_ARRAYS = (
    "UPDATE {table} AS t SET next_reminder_on = v.day, next_reminder_kind = v.key_kind, "
    "next_reminder_key = v.key_day, after_reminder_key_on = v.after_day "
    "FROM unnest(CAST(:rows AS integer[]), CAST(:versions AS integer[]), "
    "CAST(:days AS date[]), CAST(:kinds AS varchar[]), CAST(:keys AS date[]), "
    "CAST(:afters AS date[]), CAST(:owners AS integer[]), CAST(:owner_versions AS integer[])) "
    "AS v(row_id, version, day, key_kind, key_day, after_day, of_contract, of_version) "
    "WHERE t.id = v.row_id AND t.version_id = v.version{also}")
_OWNER_UNCHANGED = (" AND EXISTS (SELECT 1 FROM contract AS c WHERE c.id = v.of_contract "
                    "AND c.version_id = v.of_version)")


def _store_marks_by_arrays(session: Session, marks: Marks) -> None:
    """PostgreSQL: a step's days as arrays in one UPDATE ... FROM unnest, where a
    statement per row was sent and run apart (a usual day of 100,000 contracts,
    1,775 rows: 0.31 s that way, 0.18 s this; measured). The rows are locked in id
    order first, as the per-row statements took them: two writers updating the same
    rows (another check's days, a bulk change) then wait for each other, never
    deadlock."""
    for table, rows in (("contract", sorted(marks.contracts, key=mark_row)),
                        ("obligation", sorted(marks.obligations, key=mark_row))):
        lock = text(_LOCK_IN_ORDER.format(table=table))
        statement = text(_UPDATE_FROM_ARRAYS.format(
            table=table, also=_OWNER_UNCHANGED if table == "obligation" else ""))
        for first in range(0, len(rows), ARRAY_STEP):
            step = rows[first:first + ARRAY_STEP]
            ids = [mark["row"] for mark in step]
            skips = [mark.get("skip") or _NO_SKIP for mark in step]
            session.execute(lock, {"rows": ids})
            session.execute(statement, {
                "rows": ids, "versions": [mark["version"] for mark in step],
                "days": [mark["day"] for mark in step],
                "kinds": [skip[0] for skip in skips], "keys": [skip[1] for skip in skips],
                "afters": [skip[2] for skip in skips],
                "owners": [mark.get("of_contract") for mark in step],
                "owner_versions": [mark.get("of_version") for mark in step]})


_NO_SKIP = (None, None, None)


def _bound(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark's bound values: its day, and its key date and day after it (or NULLs).

    Made a few thousand at a time while storing: a first check keeps hundreds of
    thousands of marks, and three more values each would be tens of megabytes.
    """
    kind, key, after = mark.get("skip") or _NO_SKIP
    return {**mark, "key_kind": kind, "key_day": key, "after_day": after}


def move_passed(session: Session, today: date) -> None:
    """Move every row a check on ``today`` passed over (``scan.passed_over``) on to its
    day after the acknowledged key date, which is then not known any more.

    Else it would be passed over again every day until then, each time tested
    against the alerts. One statement per table, picking its rows as they are:
    the move holds whenever it is made (acknowledging is never undone). On
    PostgreSQL the rows are locked in id order first.
    """
    for model in (Contract, Obligation):
        table = model.__table__
        moved = and_(table.c.next_reminder_on <= today, passed_over(model, today))
        lock_in_id_order(session, table, moved)
        session.execute(update(table).where(moved).values(**_moved_on(table)))


def lock_in_id_order(session: Session, table: Any, rows: ColumnElement[bool]) -> None:
    """On PostgreSQL, lock the ``rows`` of ``table`` in id order before a statement
    changes them (SQLite locks the whole register for a write: nothing to order).

    A statement picking rows by a condition locks them in the order its plan visits
    them (by day, by uid, where they lie on disk): two writers of the same rows
    could then each hold one the other waits for, and the server gives one up. In
    id order, as store_marks and a bulk change's unit of work take them, they wait
    for each other instead.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(table.c.id).where(rows).order_by(table.c.id).with_for_update())


def move_on_acknowledged(session: Session, targets: Iterable[tuple[str, str]]) -> int:
    """Move each row an alert is about (``(target type, uid)`` pairs) on to its day after
    the stored key date, when that key date was just acknowledged
    (``scan.key_dealt_with``): nothing more of it is raised, so the row's next
    reminder day is the one without it.

    What :func:`move_passed` does for the rows a check passes over, done by the
    person's own acknowledgement: the daily check then has no rows to move (it
    moved thousands at once, its write lock held for them). A day not moved here
    (acknowledged by an older version, or a check storing the day after) is
    still moved by the check. Returns how many rows were moved.
    """
    moved, pairs = 0, set(targets)
    for target_type, model in (("contract", Contract), ("obligation", Obligation)):
        uids = sorted({uid for kind, uid in pairs if kind == target_type})
        if len(uids) > 1:  # updated one by one by uid below
            lock_in_id_order(session, model.__table__, model.__table__.c.uid.in_(uids))
        if uids:  # one statement, bound per row: SQLite's executemany
            done = session.execute(_move_on(model), [{"target": uid} for uid in uids])
            moved += int(done.rowcount or 0)  # type: ignore[attr-defined]
    return moved


@cache
def _move_on(model: type[Contract] | type[Obligation]) -> Update:
    # Built once: the statement's subqueries took more time to build than to run.
    table = model.__table__
    return (update(table)
            .where(table.c.uid == bindparam("target"),
                   table.c.after_reminder_key_on.is_not(None),
                   table.c.next_reminder_key.is_not(None),
                   key_dealt_with(model))
            .values(**_moved_on(table)))


def _moved_on(table: Any) -> dict[str, Any]:
    """A row's values moved on to its day after the stored key date, which is then not
    known any more. Not a change of the row: its version and "last changed" stay."""
    return {"next_reminder_on": table.c.after_reminder_key_on, "next_reminder_kind": None,
            "next_reminder_key": None, "after_reminder_key_on": None,
            "updated_at": table.c.updated_at}


#: A day stored by statement is of no one key date: the row is looked at on it.
#: (Literal NULLs: the statements of many rows bind only the day and due date.)
_NOT_OF_A_KEY: dict[str, Null] = {"next_reminder_kind": null(), "next_reminder_key": null(),
                                  "after_reminder_key_on": null()}


def _fill(session: Session, marks: Marks) -> None:
    """Store the days the plan gave by statement (see Marks.one_offs, Marks.idle_until),
    for the obligations of ``Marks.fill_ids``.

    Each statement picks its rows by what they are when stored, not by the versions
    read: a row changed since that still qualifies gets the same day a fresh
    computation gives it, and one that no longer does is left unknown.
    """
    obligation = Obligation.__table__
    low, below = marks.fill_ids
    # No id condition unless a range is asked for: SQLite would walk the ids for it
    # instead of looking up the few rows with no day in its index.
    within: list[ColumnElement[bool]] = []
    if low > 0:
        within.append(obligation.c.id >= low)
    if below is not None:
        within.append(obligation.c.id < below)
    if marks.one_offs is not None:
        fill = marks.one_offs
        day = days_before(session, obligation.c.due_date, fill.shift)
        session.execute(update(obligation).where(fill.due(), fillable_now(), *within)
                        .values(next_reminder_on=day, **_NOT_OF_A_KEY,
                                updated_at=obligation.c.updated_at))
    if marks.idle_until is not None:
        session.execute(update(obligation).where(idle_now(marks.idle_until), *within)
                        .values(next_reminder_on=date.max, **_NOT_OF_A_KEY,
                                updated_at=obligation.c.updated_at))


def days_before(session: Session, column: ColumnElement[date], days: int) -> ColumnElement[date]:
    """``column`` (a day) less ``days``, computed by the database, as the day stored.

    SQLite's ``date()`` writes the ISO text SQLAlchemy stores (a fill's days are
    never near the calendar's ends: later than the check's day, earlier than a due
    date); PostgreSQL subtracts whole days from a date.
    """
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, f"-{int(days)} days")
    return column - literal(int(days), Integer)


def mark_row(mark: dict[str, Any]) -> int:
    """A mark's row id (marks are stored, and cut into steps, in id order)."""
    return int(mark["row"])


def offsets_changed(session: Session, settings: ReminderSettings) -> bool:
    """Whether the stored next reminder days were computed with other register offsets.

    Stored days count back from key dates by the register's offsets: computed
    with other ones, they could be too late, so they are all computed again.
    """
    setting = session.get(RegisterSetting, SCAN_OFFSETS)
    return setting is None or setting.value != _scan_offsets(settings)


def _scan_offsets(settings: ReminderSettings) -> dict[str, list[int]]:
    return {"contract": list(settings.contract_offsets),
            "obligation": list(settings.obligation_offsets)}


def forget_offsets(session: Session, settings: ReminderSettings) -> None:
    """Clear every stored next reminder day; remember the offsets the new ones use."""
    with index_writes(session):
        for model in (Contract, Obligation):
            table = model.__table__
            session.execute(update(table).where(table.c.next_reminder_on.is_not(None))
                            .values(**REMINDER_DAY_UNKNOWN, updated_at=table.c.updated_at))
    put_setting(session, SCAN_OFFSETS, _scan_offsets(settings))
