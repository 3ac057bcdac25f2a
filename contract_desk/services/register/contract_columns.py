"""The columns the contract list selects, and one fetched record turned into a ContractRow.

Dates and timestamps are fetched as the driver gives them (text on SQLite, native
values on PostgreSQL), amounts and JSON as their text on both (``TextOnServer``),
and decoded here with the C parsers of the standard library, each distinct text
once: SQLAlchemy's generic per-value result processing costs more than computing
every key date of 100,000 contracts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, and_, select, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.visitors import InternalTraversal

from contract_desk.domain.currency import canonical_amount
from contract_desk.domain.lifecycle import Lifecycle
from contract_desk.domain.terms import RenewalMode, TermStatus
from contract_desk.models import Contract, ContractKeyDates, Party
from contract_desk.services.register.contract_records import (
    StoredDates,
    moving_end,
    period_text,
    row_from_stored,
    shared_tuple,
    shown_status,
    status_without_dates,
)
from contract_desk.services.register.key_dates_rules import computed_with
from contract_desk.services.register.rows import STORED_FIELDS, ContractRow, new_contract_row

PERIODS = ("initial_term", "renewal_term", "notice_period")
_DATES = frozenset({"signed_on", "start_date", "end_date", "final_end_date", "notice_given_on",
                    "confidential_until"})
_MOMENTS = frozenset({"created_at", "updated_at"})
_JSON = frozenset({"tags", "custom", "reminder_offsets"})
_MONEY = frozenset({"value"})
_RAW = _DATES | _MOMENTS | _JSON | _MONEY


def _moment(value: Any) -> datetime:
    if value.__class__ is str:
        return _parsed_moment(value)
    moment: datetime = value  # not text: the driver's datetime
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@lru_cache(maxsize=16384)
def _parsed_moment(text: str) -> datetime:
    # Bulk writes (imports, demo data) stamp many rows with the same moment.
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:  # SQLite keeps UTC without an offset
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _json(value: Any) -> Any:
    # Shared between rows: row_from_stored copies tags and custom fields before use.
    return _parsed_json(value) if value.__class__ is str else value


@lru_cache(maxsize=8192)
def _parsed_json(text: str) -> Any:
    # The same few tag sets and empty custom fields repeat across a register.
    return json.loads(text)


def _money(value: Any) -> Decimal:
    if value.__class__ is str:
        amount = _AMOUNTS.get(value)
        if amount is None:
            amount = canonical_amount(Decimal(value))
            if len(_AMOUNTS) < 65536:  # registers repeat round amounts
                _AMOUNTS[value] = amount
        return amount
    return canonical_amount(value if value.__class__ is Decimal else Decimal(str(value)))


_AMOUNTS: dict[str, Decimal] = {}
_T = TypeVar("_T")


def _decoder(name: str) -> Callable[[Any], Any] | None:
    for names, decode in ((_MOMENTS, _moment), (_JSON, _json), (_MONEY, _money)):
        if name in names:
            return decode
    return None


_DECODERS: tuple[tuple[int, Callable[[Any], Any]], ...] = tuple(
    (index, decode) for index, name in enumerate(STORED_FIELDS)
    if (decode := _decoder(name)) is not None
)
_DATE_AT = tuple(index for index, name in enumerate(STORED_FIELDS) if name in _DATES)
#: Text fields with few distinct values: one shared string each instead of one per row.
_SHARED_TEXT = tuple(STORED_FIELDS.index(name) for name in (
    "counterparty", "counterparty_uid", "contract_type", "direction", "department", "project",
    "owner", "status", "renewal", "currency", "payment_terms", "created_by", "updated_by",
    "notice_to", "holiday_country",
))
#: Free text that often repeats: shared within one listing (see shared_texts).
_LISTING_TEXT = tuple(STORED_FIELDS.index(name) for name in ("title", "scope", "notes"))
_PERIOD_AT = tuple((STORED_FIELDS.index(name), len(STORED_FIELDS) + offset)
                   for offset, name in enumerate(PERIODS))
_WIDTH = len(STORED_FIELDS)


def _column(name: str) -> ColumnElement[Any]:
    if name == "counterparty":
        return Party.name.label(name)
    if name == "counterparty_uid":
        return Party.uid.label(name)
    if name in PERIODS:  # the count here; the unit follows after the stored fields
        count: InstrumentedAttribute[Any] = getattr(Contract, f"{name}_count")
        return count.label(name)
    column: InstrumentedAttribute[Any] = getattr(Contract, name)
    if name in _AS_TEXT:
        return TextOnServer(column.expression).label(name)
    return type_coerce(column, String).label(name) if name in _RAW else column.label(name)


#: Fetched as text on every backend: the few distinct texts a register repeats (tag
#: sets, custom fields, amounts) are decoded once each (``_kept``, ``_money``), where
#: PostgreSQL's driver would decode JSONB and NUMERIC anew for every row (a fifth of
#: a team window's load at 100,000 contracts; measured).
_AS_TEXT = _JSON | _MONEY


class TextOnServer(ColumnElement[str]):
    """``column`` fetched as its text: ``CAST(column AS TEXT)`` on PostgreSQL; the column
    itself on SQLite, which stores these values as text already."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012
    type = String()

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column


@compiles(TextOnServer)
def _column_itself(element: TextOnServer, compiler: Any, **kw: Any) -> str:
    text: str = compiler.process(element.column, **kw)
    return text


@compiles(TextOnServer, "postgresql")
def _cast_to_text(element: TextOnServer, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.column, **kw)} AS TEXT)"


def contract_select(today: date | None = None) -> Select[Any]:
    """Every stored field of a contract in ``STORED_FIELDS`` order, then the period units.

    With ``today``, then its stored key dates valid on that day (``KEY_DATES``,
    all None when none are stored for it: ``decode_record`` computes them).
    """
    columns = [_column(name) for name in STORED_FIELDS]
    units = [getattr(Contract, f"{name}_unit") for name in PERIODS]
    query = select(*columns, *units).outerjoin(Party, Contract.counterparty_id == Party.id)
    if today is None:
        return query
    known = [_stored_column(name) for name in KEY_DATES]
    return query.add_columns(*known).outerjoin(ContractKeyDates, valid_on(today))


def valid_on(today: date) -> ColumnElement[bool]:
    """A contract's stored key dates hold on ``today`` (the join condition)."""
    return and_(ContractKeyDates.contract_id == Contract.id,
                ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today,
                ContractKeyDates.computed_with == computed_with())


#: The stored key dates read with a contract, in ``StoredDates`` order.
KEY_DATES = ("has_dates", "term_end", "current_term_start", "current_term_end",
             "notice_deadline", "send_by", "renewals", "status", "next_renewal_start",
             "earliest_end", "earliest_end_moves")
#: The stored key dates that are not days.
_NOT_DAYS = frozenset({"has_dates", "renewals", "status", "earliest_end_moves"})
_KNOWN_AT = _WIDTH + len(PERIODS)
_KNOWN_DATES = tuple(index for index, name in enumerate(KEY_DATES) if name not in _NOT_DAYS)
_EARLIEST_END, _MOVES = KEY_DATES.index("earliest_end"), KEY_DATES.index("earliest_end_moves")
_STATUSES = frozenset(status.value for status in TermStatus)


def _stored_column(name: str) -> ColumnElement[Any]:
    column: InstrumentedAttribute[Any] = getattr(ContractKeyDates, name)
    is_day = name not in _NOT_DAYS
    return (type_coerce(column, String) if is_day else column).label(f"known_{name}")


def _known(record: Sequence[Any], today: date) -> StoredDates | None:
    known = list(record[_KNOWN_AT:])
    if not known or known[0] is None or (known[0] and known[7] not in _STATUSES):
        return None  # not stored for this day: computed
    _decode_days(known, _KNOWN_DATES)
    if known[_MOVES]:
        end = _moving_end(record, today)
        if end is None:
            return None
        known[_EARLIEST_END] = end
    return tuple(known[:_MOVES])


def _moving_end(record: Sequence[Any], today: date) -> date | None:
    """The earliest end on ``today`` of a record whose stored key dates say it moves with
    the day: the same for every contract with the same notice rule, computed once a day."""
    notice = _MOVING_RULE(record)
    end = _MOVING.get((notice, today))
    if end is None:
        end = moving_end(decode_stored(record), today)
        if end is not None:
            if len(_MOVING) >= 4096:  # bounded: one per notice rule and day read
                _MOVING.clear()
            _MOVING[notice, today] = end
    return end


#: ISO text -> date: registers repeat days (1 January, month ends), and one object
#: per distinct day keeps 100,000 listed contracts smaller and faster to decode. Bounded.
_DAYS: dict[str | date, date] = {}


def _decode_days(values: list[Any], indexes: tuple[int, ...]) -> None:
    for index in indexes:
        value = values[index]
        if value.__class__ is str:
            values[index] = _DAYS.get(value) or _day(value)


def day_of(value: str | date) -> date:
    """A date as the driver fetched it (ISO text on SQLite) as one shared date object."""
    return _DAYS.get(value) or _day(value)


def _day(value: str | date) -> date:
    # A date from the driver (PostgreSQL) is shared the same way, under itself.
    day = date.fromisoformat(value) if isinstance(value, str) else value
    if len(_DAYS) < 65536:
        _DAYS[value] = day
    return day


def decode_record(record: Sequence[Any], today: date,
                  texts: dict[str, str] | None = None) -> ContractRow:
    """The ContractRow of one record of ``contract_select()`` on ``today``.

    ``texts``: a dict kept for one listing; equal titles, scopes and notes are then
    one shared string (see :func:`shared_texts`)."""
    if len(record) == _RECORD_WIDTH:
        row = _row_of_stored_dates(record, today, texts)
        if row is not None:
            return row
    return row_from_stored(decode_stored(record, texts), today, _known(record, today))


def decode_computed(record: Sequence[Any], today: date) -> ContractRow:
    """The row of one record of ``contract_select()`` with its key dates computed afresh,
    whatever is stored (what the register check compares the stored ones with)."""
    return row_from_stored(decode_stored(record), today)


_RECORD_WIDTH = _KNOWN_AT + len(KEY_DATES)
#: (notice period count and unit, notice to, holiday country) of a record: what the
#: earliest end of an open-ended contract depends on beside the day (NoticeRule).
_MOVING_RULE = itemgetter(STORED_FIELDS.index("notice_period"),
                          _WIDTH + PERIODS.index("notice_period"),
                          STORED_FIELDS.index("notice_to"),
                          STORED_FIELDS.index("holiday_country"))
#: ((notice rule, day) -> the earliest end notice given that day brings. Bounded.
_MOVING: dict[tuple[Any, date], date] = {}
_EMPTY: Mapping[str, Any] = MappingProxyType({})
_ACTIVE, _NO_RENEWAL = Lifecycle.ACTIVE.value, RenewalMode.NONE.value
#: JSON text as fetched -> the shared immutable value a row keeps (tags, custom, offsets).
_TAGS: dict[str, tuple[str, ...]] = {}
_CUSTOM: dict[str, Mapping[str, Any]] = {}
_OFFSETS: dict[str, tuple[int, ...]] = {}
#: (lifecycle word, status word by the dates) -> the status shown.
_SHOWN: dict[tuple[str, str], str] = {}


def _row_of_stored_dates(record: Sequence[Any], today: date,
                         texts: dict[str, str] | None = None) -> ContractRow | None:
    """The row of a record whose key dates are stored for its day, decoded in one pass.

    The same row as ``row_from_stored(decode_stored(record), today, _known(record, today))``
    (tests/services/register/test_record_decoding.py holds them equal), in half the
    time: this is most of what listing 100,000 contracts costs. None when the
    record's stored dates do not hold (the general path computes them).
    """
    (id_, uid, reference, title, scope, counterparty, counterparty_uid, contract_type,
     direction, department, project, owner, tags, status, signed_on, start_date, end_date,
     initial_term, renewal, renewal_term, max_renewals, final_end_date, notice_period,
     notice_buffer_days, notice_given_on, notice_to, holiday_country, postal_days, value,
     currency, payment_terms, secret_until, notes, custom, reminder_offsets, version_id,
     created_at, created_by, updated_at, updated_by, initial_unit, renewal_unit, notice_unit,
     has_dates, term_end, term_start, current_term_end, notice_deadline, send_by,
     renewals, by_dates, next_start, earliest_end, earliest_moves) = record
    if has_dates is None:
        return None
    intern, day, new_day = sys.intern, _DAYS.get, _day
    lifecycle = (status and intern(status)) or _ACTIVE
    if has_dates:
        shown = _SHOWN.get((lifecycle, by_dates))
        if shown is None:
            if by_dates not in _STATUSES:
                return None  # a word no version stores: computed
            shown = shown_status(lifecycle, TermStatus(by_dates))
            if len(_SHOWN) < 1024:  # bounded: another tool may store any lifecycle word
                _SHOWN[lifecycle, by_dates] = shown
        # Each distinct day is one shared object (see _DAYS).
        term_end = term_end and (day(term_end) or new_day(term_end))
        term_start = term_start and (day(term_start) or new_day(term_start))
        current_term_end = current_term_end and (day(current_term_end) or new_day(current_term_end))
        notice_deadline = notice_deadline and (day(notice_deadline) or new_day(notice_deadline))
        send_by = send_by and (day(send_by) or new_day(send_by))
        next_start = next_start and (day(next_start) or new_day(next_start))
        if earliest_moves:
            earliest_end = _moving_end(record, today)
            if earliest_end is None:
                return None  # computed whole
        else:
            earliest_end = earliest_end and (day(earliest_end) or new_day(earliest_end))
    else:
        shown = shown_status(lifecycle, status_without_dates(lifecycle))
        term_end = term_start = current_term_end = notice_deadline = send_by = None
        renewals = next_start = earliest_end = None
    signed_on = signed_on and (day(signed_on) or new_day(signed_on))
    start_date = start_date and (day(start_date) or new_day(start_date))
    end_date = end_date and (day(end_date) or new_day(end_date))
    final_end_date = final_end_date and (day(final_end_date) or new_day(final_end_date))
    notice_given_on = notice_given_on and (day(notice_given_on) or new_day(notice_given_on))
    secret_until = secret_until and (day(secret_until) or new_day(secret_until))
    # The JSON texts, amounts and moments a register repeats, found without a call
    # (the helpers below decode and keep what is not found).
    tag_set = _TAGS.get(tags) if tags.__class__ is str else None
    tags = tag_set if tag_set is not None else _tags(tags)
    custom_fields = _CUSTOM.get(custom) if custom.__class__ is str else None
    custom = custom_fields if custom_fields is not None else _custom(custom)
    if reminder_offsets is not None:
        offsets = _OFFSETS.get(reminder_offsets) if reminder_offsets.__class__ is str else None
        reminder_offsets = offsets if offsets is not None else _offsets(reminder_offsets)
    if value is not None:
        amount = _AMOUNTS.get(value) if value.__class__ is str else None
        value = amount if amount is not None else _money(value)
    if texts is not None:
        share = texts.setdefault
        title = title and share(title, title)
        scope = scope and share(scope, scope)
        notes = notes and share(notes, notes)
    if created_at is not None:
        created_at = (_parsed_moment(created_at) if created_at.__class__ is str
                      else _moment(created_at))
    if updated_at is not None:
        updated_at = (_parsed_moment(updated_at) if updated_at.__class__ is str
                      else _moment(updated_at))
    return new_contract_row(ContractRow, (
        id_, uid, reference, title, scope,
        counterparty and intern(counterparty),
        counterparty_uid and intern(counterparty_uid),
        contract_type and intern(contract_type),
        direction and intern(direction),
        department and intern(department),
        project and intern(project),
        owner and intern(owner),
        tags, lifecycle, signed_on, start_date, end_date,
        period_text(initial_term, initial_unit),
        (renewal and intern(renewal)) or _NO_RENEWAL,
        period_text(renewal_term, renewal_unit), max_renewals, final_end_date,
        period_text(notice_period, notice_unit), notice_buffer_days or 0, notice_given_on,
        notice_to and intern(notice_to), holiday_country and intern(holiday_country),
        postal_days or 0,
        value,
        currency and intern(currency),
        payment_terms and intern(payment_terms),
        secret_until, notes, custom, reminder_offsets, version_id,
        created_at,
        (created_by and intern(created_by)) or "",
        updated_at,
        (updated_by and intern(updated_by)) or "",
        term_end, term_start, current_term_end, notice_deadline, send_by, renewals,
        next_start, earliest_end, shown))


def _tags(value: Any) -> tuple[str, ...]:
    return _kept(_TAGS, value, shared_tuple)


def _custom(value: Any) -> Mapping[str, Any]:
    return _kept(_CUSTOM, value, _read_only)


def _offsets(value: Any) -> tuple[int, ...] | None:
    return None if value is None else _kept(_OFFSETS, value, shared_tuple)


#: The decoders of a value as the driver fetched it, for other readers of raw records
#: (exports): the same functions, not wrappers, since they run once per value read.
#: An amount (text on SQLite) as the Money type gives it; a timestamp as UTCDateTime
#: gives it; reminder offsets as a row keeps them (one shared tuple per distinct list,
#: None for none); custom fields as a row keeps them (read-only, shared).
money_of = _money
moment_of = _moment
offsets_of = _offsets
custom_of = _custom


def _read_only(value: Any) -> Mapping[str, Any]:
    # A private copy behind a read-only view: safe to share between rows.
    return MappingProxyType(dict(value)) if value else _EMPTY


def _kept(cache: dict[str, _T], value: Any, make: Callable[[Any], _T]) -> _T:
    # JSON as fetched (text on SQLite, decoded on PostgreSQL) -> the value a row keeps;
    # the same few texts repeat across a register: each is decoded once (bounded).
    if value.__class__ is not str:
        return make(value)
    kept = cache.get(value)
    if kept is None:
        kept = make(json.loads(value))
        if len(cache) < 8192:
            cache[value] = kept
    return kept


def decode_stored(record: Sequence[Any], texts: dict[str, str] | None = None) -> list[Any]:
    """The values of ``STORED_FIELDS`` of one record of ``contract_select()``, decoded
    (``texts``: as for :func:`decode_record`)."""
    stored = list(record[:_WIDTH])
    _decode_days(stored, _DATE_AT)
    for index, decode in _DECODERS:
        value = stored[index]
        if value is not None:
            stored[index] = decode(value)
    for index, unit_at in _PERIOD_AT:
        stored[index] = period_text(stored[index], record[unit_at])
    for index in _SHARED_TEXT:
        value = stored[index]
        if value.__class__ is str:
            stored[index] = sys.intern(value)
    if texts is not None:
        for index in _LISTING_TEXT:
            value = stored[index]
            if value.__class__ is str:
                stored[index] = texts.setdefault(value, value)
    return stored


def shared_texts() -> dict[str, str]:
    """A new dict for one listing's :func:`decode_record` calls.

    Titles, scopes and notes repeat across a register (a standard service
    agreement, a scope pasted into every call-off): the driver gives a new
    string for each row, and 100,000 listed contracts kept about 15 MB of
    copies. Not ``sys.intern``, which keeps a table of every distinct title
    while they live: this dict goes with the listing."""
    return {}
