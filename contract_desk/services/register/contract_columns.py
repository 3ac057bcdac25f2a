"""The columns the contract list selects, and one fetched record turned into a ContractRow.

Dates, timestamps, amounts and JSON are fetched as the driver gives them (text
on SQLite, native values on PostgreSQL) and decoded here with the C parsers of
the standard library: SQLAlchemy's generic per-value result processing costs
more than computing every key date of 100,000 contracts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute

from contract_desk.domain.currency import canonical_amount
from contract_desk.domain.terms import TermStatus
from contract_desk.models import Contract, ContractKeyDates, Party
from contract_desk.services.register.contract_records import (
    StoredDates,
    period_text,
    row_from_stored,
)
from contract_desk.services.register.key_dates_rules import computed_with
from contract_desk.services.register.rows import STORED_FIELDS, ContractRow

PERIODS = ("initial_term", "renewal_term", "notice_period")
_DATES = frozenset({"signed_on", "start_date", "end_date", "final_end_date", "notice_given_on",
                    "confidential_until"})
_MOMENTS = frozenset({"created_at", "updated_at"})
_JSON = frozenset({"tags", "custom", "reminder_offsets"})
_MONEY = frozenset({"value"})
_RAW = _DATES | _MOMENTS | _JSON | _MONEY


def _date(value: Any) -> date:
    return _parsed_date(value) if value.__class__ is str else value


@lru_cache(maxsize=65536)
def _parsed_date(text: str) -> date:
    # Registers repeat dates (1 January, month ends): one object per distinct day
    # keeps 100,000 listed contracts smaller and faster to decode.
    return date.fromisoformat(text)


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


def _decoder(name: str) -> Callable[[Any], Any] | None:
    for names, decode in ((_DATES, _date), (_MOMENTS, _moment), (_JSON, _json),
                          (_MONEY, _money)):
        if name in names:
            return decode
    return None


_DECODERS: tuple[tuple[int, Callable[[Any], Any]], ...] = tuple(
    (index, decode) for index, name in enumerate(STORED_FIELDS)
    if (decode := _decoder(name)) is not None
)
_DATE_AT = tuple(index for index, name in enumerate(STORED_FIELDS) if name in _DATES)
_OTHER_DECODERS = tuple((index, decode) for index, decode in _DECODERS
                        if index not in _DATE_AT)
#: Text fields with few distinct values: one shared string each instead of one per row.
_SHARED_TEXT = tuple(STORED_FIELDS.index(name) for name in (
    "counterparty", "counterparty_uid", "contract_type", "direction", "department", "project",
    "owner", "status", "renewal", "currency", "payment_terms", "created_by", "updated_by",
))
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
    return type_coerce(column, String).label(name) if name in _RAW else column.label(name)


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
             "earliest_end")
_KNOWN_AT = _WIDTH + len(PERIODS)
_KNOWN_DATES = tuple(index for index, name in enumerate(KEY_DATES)
                     if name not in ("has_dates", "renewals", "status"))
_STATUSES = frozenset(status.value for status in TermStatus)


def _stored_column(name: str) -> ColumnElement[Any]:
    column: InstrumentedAttribute[Any] = getattr(ContractKeyDates, name)
    is_day = name not in ("has_dates", "renewals", "status")
    return (type_coerce(column, String) if is_day else column).label(f"known_{name}")


def _known(record: Sequence[Any]) -> StoredDates | None:
    known = list(record[_KNOWN_AT:])
    if not known or known[0] is None or (known[0] and known[7] not in _STATUSES):
        return None  # not stored for this day: computed
    days = _DAYS
    for index in _KNOWN_DATES:
        value = known[index]
        if value.__class__ is str:
            day = days.get(value)
            known[index] = _day(value) if day is None else day
    return tuple(known)


#: ISO text -> date, one object per distinct day (see _parsed_date), bounded.
_DAYS: dict[str, date] = {}


def _day(text: str) -> date:
    day = date.fromisoformat(text)
    if len(_DAYS) < 65536:
        _DAYS[text] = day
    return day


def decode_record(record: Sequence[Any], today: date) -> ContractRow:
    """The ContractRow of one record of ``contract_select()`` on ``today``."""
    return row_from_stored(decode_stored(record), today, _known(record))


def decode_stored(record: Sequence[Any]) -> list[Any]:
    """The values of ``STORED_FIELDS`` of one record of ``contract_select()``, decoded."""
    stored = list(record[:_WIDTH])
    days = _DAYS
    for index in _DATE_AT:  # the most frequent decoding, inlined: a dict look-up a day
        value = stored[index]
        if value.__class__ is str:
            day = days.get(value)
            stored[index] = _day(value) if day is None else day
    for index, decode in _OTHER_DECODERS:
        value = stored[index]
        if value is not None:
            stored[index] = decode(value)
    for index, unit_at in _PERIOD_AT:
        stored[index] = period_text(stored[index], record[unit_at])
    for index in _SHARED_TEXT:
        value = stored[index]
        if value.__class__ is str:
            stored[index] = sys.intern(value)
    return stored
