"""Due dates of the plainest recurrence rules by arithmetic, for painting many at once. No Qt.

``FREQ=DAILY|WEEKLY|MONTHLY|YEARLY`` with only ``INTERVAL`` and ``COUNT`` or
``UNTIL`` (what the register's forms and the demo write) needs no rule engine:
the n-th due date is the first one plus n steps, and a due day the month lacks
falls back to the month's last day — the same rule as
:func:`contract_desk.domain.recurrence.occurrences`, which handles everything
else (and is checked against this in the tests). The timeline asks for the due
dates of every obligation on screen at each paint; dateutil takes ~25 µs per
occurrence, this a fraction of that.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from contract_desk.domain.terms import days_in_month

_PLAIN_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL"})
_DAYS = {"DAILY": 1, "WEEKLY": 7}
_MONTHS = {"MONTHLY": 1, "YEARLY": 12}

PlainRule = tuple[str, int, int | None, date | None]


@lru_cache(maxsize=4096)
def plain_rule(text: str) -> PlainRule | None:
    """(frequency, interval, count, until) of a plain rule; None for anything else."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for piece in filter(None, (p.strip() for p in body.split(";"))):
        key, _, value = piece.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if key in parts or key not in _PLAIN_PARTS or not value:
            return None
        parts[key] = value
    freq = parts.get("FREQ", "")
    if (freq not in _DAYS and freq not in _MONTHS) or ("COUNT" in parts and "UNTIL" in parts):
        return None
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = _until(parts["UNTIL"]) if "UNTIL" in parts else None
    except ValueError:
        return None
    if not 1 <= interval <= 1000 or (count is not None and not 1 <= count <= 100_000):
        return None
    return freq, interval, count, until


def _until(text: str) -> date:
    digits = text.rstrip("Z")
    if len(digits) < 8 or not digits[:8].isdigit() or (len(digits) > 8 and digits[8] != "T"):
        raise ValueError(text)
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _nth_month(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(first.day, days_in_month(year, month)))


def fast_occurrences(first: date, rule: str | None, start: date, end: date, limit: int
                     ) -> list[date] | None:
    """The due dates within [start, end] (at most ``limit``), or None when the rule is not plain."""
    if not rule or not rule.strip():
        return [first] if start <= first <= end and limit > 0 else []
    plain = plain_rule(rule)
    if plain is None:
        return None
    freq, interval, count, until = plain
    last = end if until is None else min(end, until)
    found: list[date] = []
    day_of: Callable[[int], date]
    if freq in _DAYS:
        step = _DAYS[freq] * interval
        n = max(0, -(-(start - first).days // step))
        day_of = lambda k: first + timedelta(days=k * step)  # noqa: E731
    else:
        step = _MONTHS[freq] * interval
        months_apart = (start.year - first.year) * 12 + start.month - first.month
        n = max(0, months_apart // step - 1)
        day_of = lambda k: _nth_month(first, k * step)  # noqa: E731
    while len(found) < limit and (count is None or n < count):
        try:
            day = day_of(n)
        except (ValueError, OverflowError):  # past the year 9999
            break
        if day > last:
            break
        if day >= start:
            found.append(day)
        n += 1
    return found
