"""Building a ContractRow from stored values, with its key dates, fast enough for 100,000.

The list query hands over one mapping per contract (periods as text); this
module turns it into a frozen row. Everything that repeats across rows (period
texts, parsed periods, status words) is looked up in small caches instead of
being rebuilt per row, and a contract whose stored terms no longer make sense
lists without key dates instead of failing the whole list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import (
    KeyDates,
    TermSpec,
    key_dates,
    key_dates_held,
)
from contract_desk.domain.lifecycle import Lifecycle, effective_status
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode, TermStatus
from contract_desk.services.register.rows import STORED_FIELDS, ContractRow, contract_row_of

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_AT = {name: position for position, name in enumerate(STORED_FIELDS)}
_START, _END, _FINAL_END = _AT["start_date"], _AT["end_date"], _AT["final_end_date"]
_INITIAL_TERM, _RENEWAL_TERM = _AT["initial_term"], _AT["renewal_term"]
_NOTICE_PERIOD, _NOTICE_GIVEN = _AT["notice_period"], _AT["notice_given_on"]
_RENEWAL, _MAX_RENEWALS, _BUFFER = _AT["renewal"], _AT["max_renewals"], _AT["notice_buffer_days"]
_STATUS, _TAGS, _CUSTOM = _AT["status"], _AT["tags"], _AT["custom"]
_OFFSETS = _AT["reminder_offsets"]
_NOTICE_TO, _HOLIDAYS, _POSTAL = _AT["notice_to"], _AT["holiday_country"], _AT["postal_days"]
_CREATED_BY, _UPDATED_BY = _AT["created_by"], _AT["updated_by"]
_RENEWALS = {mode.value: mode for mode in RenewalMode}
#: (lifecycle, status by dates) -> the status shown, for every known pair.
_SHOWN = {
    (lifecycle.value, by_dates): effective_status(lifecycle, by_dates)
    for lifecycle in Lifecycle for by_dates in TermStatus
}
#: Lifecycle states that say the contract runs, when the dates cannot tell.
_RUNNING = frozenset({Lifecycle.ACTIVE.value, Lifecycle.RENEWED.value})


@lru_cache(maxsize=4096)
def period_text(count: int | None, unit: str | None) -> str | None:
    """A stored period (count + unit columns) as text like "12 months".

    A stored pair the rules refuse (say 0 months, written by another tool) is
    shown as it is rather than hidden; its key dates then stay empty.
    """
    if count is None or unit is None:
        return None
    try:
        return str(Period(count, PeriodUnit(unit)))
    except (DomainError, ValueError):
        return f"{count} {unit}"


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Period:
    return Period.parse(text)


def _period(value: Any) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    return _parsed(value)


def term_spec(values: Mapping[str, Any]) -> TermSpec | None:
    """The term rules of a contract's stored values (periods as text), or None without a start."""
    return _spec([values.get(name) for name in STORED_FIELDS])


def _spec(stored: list[Any]) -> TermSpec | None:
    return spec_of(stored[_START], stored[_END], stored[_INITIAL_TERM], stored[_RENEWAL],
                   stored[_RENEWAL_TERM], stored[_MAX_RENEWALS], stored[_FINAL_END],
                   stored[_NOTICE_PERIOD], stored[_BUFFER], stored[_NOTICE_GIVEN],
                   stored[_NOTICE_TO], stored[_HOLIDAYS], stored[_POSTAL])


def spec_of(start_date: date | None, end_date: date | None, initial_term: Any,
            renewal: str | None, renewal_term: Any, max_renewals: int | None,
            final_end_date: date | None, notice_period: Any, notice_buffer_days: int | None,
            notice_given_on: date | None, notice_to: Any,
            holiday_country: str | None, postal_days: int | None) -> TermSpec | None:
    """:func:`term_spec` of the stored values alone, in this order (periods as text or
    ``Period``): for a caller that reads them as columns (a reminder check, 100,000
    contracts after a big import), without a mapping of every field first."""
    start = start_date
    if start is None:
        # Known only by its end: the key dates count from the end date (the term
        # before it is unknown, see _dates).
        start = end_date
    if start is None:
        return None
    renewal = renewal or RenewalMode.NONE.value
    return TermSpec(
        start_date=start,
        end_date=end_date,
        initial_term=_period(initial_term),
        renewal=_RENEWALS.get(renewal) or RenewalMode(renewal),
        renewal_term=_period(renewal_term),
        max_renewals=max_renewals,
        final_end_date=final_end_date,
        notice_period=_period(notice_period),
        notice_buffer_days=notice_buffer_days or 0,
        notice_given_on=notice_given_on,
        notice_to=notice_to or None,
        holiday_country=holiday_country or None,
        postal_days=postal_days or 0,
    )


def key_dates_of(values: Mapping[str, Any], today: date) -> tuple[TermSpec, KeyDates] | None:
    """The term rules and key dates of a contract's values, exactly as it is listed.

    Periods may be text or ``Period``. None without a start or an end date.
    Raises ``DomainError`` (or ``ValueError``) when the values contradict each
    other: the editor shows why, where a listing shows no dates.
    """
    return _spec_and_dates([values.get(name) for name in STORED_FIELDS], today)


def _spec_and_dates(stored: list[Any], today: date) -> tuple[TermSpec, KeyDates] | None:
    spec = _spec(stored)
    if spec is None:
        return None
    dates = key_dates(spec, today)
    return spec, (_without_start(dates) if stored[_START] is None else dates)


def _dates(stored: list[Any], today: date) -> KeyDates | None:
    try:
        found = _spec_and_dates(stored, today)
        return None if found is None else found[1]
    except (DomainError, ValueError):
        # A contract stored before a rule tightened (or by another tool) must
        # still list, just without dates.
        return None


def shown_status(lifecycle: str, by_dates: TermStatus) -> str:
    """The effective status; an unknown stored lifecycle word falls back to the dates."""
    shown = _SHOWN.get((lifecycle, by_dates))
    return shown if shown is not None else by_dates.value


def status_without_dates(lifecycle: str) -> TermStatus:
    # Without computable dates the dates say nothing: keep what the person set.
    if lifecycle == Lifecycle.EXPIRED.value:
        return TermStatus.EXPIRED
    return TermStatus.ACTIVE if lifecycle in _RUNNING else TermStatus.UPCOMING


def contract_row(values: Mapping[str, Any], today: date) -> ContractRow:
    """A ContractRow from stored values (periods already as text) and ``today``."""
    return row_from_stored([values.get(name) for name in STORED_FIELDS], today)


def dates_held(stored: list[Any], today: date) -> tuple[KeyDates | None, date, bool]:
    """The key dates a contract lists with on ``today`` (as ``row_from_stored`` computes
    them), the last day they stay the same, and whether only the earliest end moves
    with the day until then (``domain.keydates.key_dates_held``): what
    ``key_dates_store`` keeps."""
    try:
        spec = _spec(stored)
        if spec is None:
            return None, date.max, False  # nothing to count from, whatever the day
        dates, until, moves = key_dates_held(spec, today)
    except (DomainError, ValueError):
        return None, today, False  # as _dates: listed without dates; ask again tomorrow
    return (_without_start(dates) if stored[_START] is None else dates), until, moves


def moving_end(stored: list[Any], today: date) -> date | None:
    """The earliest end on ``today`` of a contract whose stored key dates say it moves
    with the day (see ``dates_held``), as ``row_from_stored`` computes it; None when it
    cannot be told (the row is then computed whole)."""
    dates = _dates(stored, today)
    return None if dates is None else dates.earliest_end


#: The stored key dates of a contract in ``contract_key_dates``' order, after
#: ``has_dates``: term end, current term start and end, notice deadline, send-by,
#: renewals, status by the dates, next renewal start, earliest end.
StoredDates = tuple[Any, ...]


def row_from_stored(stored: list[Any], today: date,
                    known: StoredDates | None = None) -> ContractRow:
    """A ContractRow from the values of ``STORED_FIELDS`` in order (the list is reused).

    ``known``: the key dates stored for ``today`` (``has_dates`` first), read
    instead of computed; None computes them.
    """
    lifecycle = stored[_STATUS] or Lifecycle.ACTIVE.value
    custom = stored[_CUSTOM]
    stored[_CUSTOM] = MappingProxyType(dict(custom)) if custom else _EMPTY
    stored[_TAGS] = shared_tuple(stored[_TAGS])
    offsets = stored[_OFFSETS]
    if offsets is not None:
        stored[_OFFSETS] = shared_tuple(offsets)
    stored[_STATUS] = lifecycle
    stored[_RENEWAL] = stored[_RENEWAL] or RenewalMode.NONE.value
    stored[_BUFFER] = stored[_BUFFER] or 0
    stored[_POSTAL] = stored[_POSTAL] or 0
    stored[_CREATED_BY] = stored[_CREATED_BY] or ""
    stored[_UPDATED_BY] = stored[_UPDATED_BY] or ""
    if known is not None:
        return _row_with_known(stored, lifecycle, known)
    dates = _dates(stored, today)
    if dates is None:
        stored += (None, None, None, None, None, None, None, None,
                   shown_status(lifecycle, status_without_dates(lifecycle)))
        return contract_row_of(*stored)
    share = _SHARED.setdefault
    stored += (
        share(dates.term_end, dates.term_end),
        share(dates.current_term_start, dates.current_term_start),
        share(dates.current_term_end, dates.current_term_end),
        share(dates.notice_deadline, dates.notice_deadline),
        share(dates.send_by, dates.send_by), dates.renewals,
        share(dates.next_renewal_start, dates.next_renewal_start),
        share(dates.earliest_end, dates.earliest_end),
        shown_status(lifecycle, dates.status),
    )
    return contract_row_of(*stored)


def _row_with_known(stored: list[Any], lifecycle: str, known: StoredDates) -> ContractRow:
    if not known[0]:
        stored += (None, None, None, None, None, None, None, None,
                   shown_status(lifecycle, status_without_dates(lifecycle)))
        return contract_row_of(*stored)
    # The days are shared objects already (contract_columns decodes each distinct day once).
    stored += known[1:7]
    stored += (known[8], known[9], shown_status(lifecycle, _TERM_STATUS[known[7]]))
    return contract_row_of(*stored)


_TERM_STATUS = {status.value: status for status in TermStatus}


def shared_tuple(values: Any) -> tuple[Any, ...]:
    """``tuple(values)`` (empty for None), one shared object per distinct value."""
    found = tuple(values or ())
    shared: tuple[Any, ...] = _SHARED.setdefault(found, found)
    return shared


#: Equal immutable values (computed dates, tag sets) shared between rows: a register
#: repeats them, and 100,000 listed contracts must stay small in memory. Bounded by
#: the number of distinct days and tag sets, not by the number of contracts.
_SHARED: dict[Any, Any] = {}


def _without_start(dates: KeyDates) -> KeyDates:
    # The first term's start is unknown: do not show the end date as its start,
    # and before the end the contract is running, not "upcoming".
    status = TermStatus.ACTIVE if dates.status is TermStatus.UPCOMING else dates.status
    start = dates.current_term_start if dates.renewals else None
    # Ignored: KeyDates says a start is always known, as key_dates() gives it; a listing's
    # KeyDates has none when none is stored, and whoever shows it checks.
    return replace(dates, current_term_start=start, status=status)  # type: ignore[arg-type]
