"""Recurring obligations: RFC 5545 RRULEs expanded with dateutil, month ends kept.

A payment due on the 31st is due on 30 April and on 28 or 29 February, never
skipped. dateutil follows RFC 5545, which skips months without that day, so a
monthly or yearly rule on a late day of the month is expanded as "that day and
the month's last day" (BYMONTHDAY=d,-1) and only the first date of each month
is kept. COUNT is then applied here, to the kept dates, so that a fallen-back
date counts as one occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import rrule as DateutilRule
from dateutil.rrule import rrulestr

from contract_desk.domain.errors import DomainError
from contract_desk.domain.terms import days_in_month
from contract_desk.i18n import _

FREQUENCIES = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
#: Parts holding a list of whole numbers, with the range each number must fall in.
_NUMBER_LISTS: dict[str, tuple[int, int]] = {
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYSETPOS": (-366, 366),
}
#: Parts holding one positive whole number, with the largest sensible value.
_COUNTS: dict[str, int] = {"INTERVAL": 1000, "COUNT": 100_000}
KNOWN_PARTS = frozenset({"FREQ", "UNTIL", "BYDAY", "WKST", *_NUMBER_LISTS, *_COUNTS})
#: Parts that already say which day of the month: then the rule is taken as written.
_DAY_CHOOSERS = frozenset({"BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"})
#: The longest month each calendar month can have (February in a leap year).
_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: More occurrences than this from one rule is a mistake, not a schedule.
DEFAULT_LIMIT = 1000


class RecurrenceError(DomainError):
    """A recurrence rule that cannot be read or never gives a date."""


def _parts(text: str) -> dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:"):]
    parts: dict[str, str] = {}
    for piece in filter(None, (p.strip() for p in body.split(";"))):
        key, sep, value = piece.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not key or not value:
            raise RecurrenceError(_("{piece} is not KEY=VALUE in the rule {text}").format(
                piece=repr(piece), text=repr(text)))
        if key in parts:
            raise RecurrenceError(_("{key} is given twice in the rule {text}").format(
                key=key, text=repr(text)))
        parts[key] = value
    return parts


def _check(parts: dict[str, str], text: str) -> None:
    if "FREQ" not in parts:
        raise RecurrenceError(_("FREQ is missing in the rule {text} (e.g. FREQ=MONTHLY)").format(
            text=repr(text)))
    if parts["FREQ"] not in FREQUENCIES:
        raise RecurrenceError(
            _("unknown frequency {frequency}; use one of {frequencies}").format(
                frequency=repr(parts["FREQ"]), frequencies=", ".join(sorted(FREQUENCIES)))
        )
    unknown = sorted(set(parts) - KNOWN_PARTS)
    if unknown:
        raise RecurrenceError(_("unknown part {unknown} in the rule {text}").format(
            unknown=repr(unknown[0]), text=repr(text)))
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(_("a rule has COUNT or UNTIL, not both"))
    for key, largest in _COUNTS.items():
        if key in parts:
            _whole_number(key, parts[key], 1, largest)
    for key, (lowest, highest) in _NUMBER_LISTS.items():
        for value in parts.get(key, "").split(",") if key in parts else ():
            if _whole_number(key, value, lowest, highest) == 0:
                raise RecurrenceError(_("{key} cannot be 0; count from 1 (or back from -1)").format(
                    key=key))
    _check_days_exist(parts)


def _whole_number(key: str, value: str, lowest: int, highest: int) -> int:
    try:
        number = int(value)
    except ValueError:
        message = _("cannot read {key}: it needs a whole number, got {value}").format(
            key=key, value=repr(value))
        raise RecurrenceError(message) from None
    if not lowest <= number <= highest:
        raise RecurrenceError(_("{key}={number} is outside {lowest}..{highest}").format(
            key=key, number=number, lowest=lowest, highest=highest))
    return number


def _check_days_exist(parts: dict[str, str]) -> None:
    # dateutil would search up to the year 9999 for a 30 February, for seconds.
    if "BYMONTH" not in parts or "BYMONTHDAY" not in parts:
        return
    longest = max(_LONGEST_MONTH[int(month) - 1] for month in parts["BYMONTH"].split(","))
    days = [int(day) for day in parts["BYMONTHDAY"].split(",")]
    if all(abs(day) > longest for day in days):
        raise RecurrenceError(
            _("BYMONTHDAY={days} never occurs in BYMONTH={months}").format(
                days=parts["BYMONTHDAY"], months=parts["BYMONTH"])
        )


def _falls_back(parts: dict[str, str], first_due: date) -> bool:
    return (parts["FREQ"] in {"MONTHLY", "YEARLY"} and first_due.day > 28
            and not _DAY_CHOOSERS & set(parts))


def _build(parts: dict[str, str], first_due: date, text: str) -> DateutilRule:
    if "UNTIL" in parts:
        parts = {**parts, "UNTIL": parts["UNTIL"].rstrip("Z")}  # all-day dates: no time zone
    body = ";".join(f"{key}={value}" for key, value in parts.items())
    # All-day dates: a naive midnight is what dateutil expects for floating dates.
    start = datetime(first_due.year, first_due.month, first_due.day)  # noqa: DTZ001
    try:
        rule = rrulestr(body, dtstart=start)
    except (ValueError, TypeError) as error:
        raise RecurrenceError(_("cannot read the rule {text}: {error}").format(
            text=repr(text), error=error)) from None
    assert isinstance(rule, DateutilRule)  # one RRULE line, never a set
    return rule


def _due_dates(first_due: date, text: str) -> Iterator[date]:
    """Every due date of the rule, in order, the month-end fallback applied."""
    parts = _parts(text)
    _check(parts, text)
    if not _falls_back(parts, first_due):
        return (moment.date() for moment in _build(parts, first_due, text))
    count = int(parts.pop("COUNT")) if "COUNT" in parts else None
    parts["BYMONTHDAY"] = f"{first_due.day},-1"
    if parts["FREQ"] == "YEARLY":
        parts.setdefault("BYMONTH", str(first_due.month))
    return _first_of_each_month(_build(parts, first_due, text), count)


def _first_of_each_month(rule: DateutilRule, count: int | None) -> Iterator[date]:
    # In a long month both the due day and the last day match; the due day comes first.
    month, kept = (0, 0), 0
    for moment in rule:
        if (moment.year, moment.month) == month:
            continue
        if count is not None and kept >= count:
            return
        month, kept = (moment.year, moment.month), kept + 1
        yield moment.date()


def occurrences(
    first_due: date, rrule: str | None, start: date, end: date, *, limit: int = DEFAULT_LIMIT
) -> list[date]:
    """The due dates of a (possibly recurring) obligation within [start, end], at most ``limit``.

    ``first_due`` is the first occurrence (DTSTART); no rule means just that date.
    Raises :class:`RecurrenceError` for a rule that cannot be read.
    """
    if not rrule or not rrule.strip():
        return [first_due] if start <= first_due <= end and limit > 0 else []
    found: list[date] = []
    try:
        for day in _due_dates(first_due, rrule):
            if day > end or len(found) >= limit:
                break
            if day >= start:
                found.append(day)
    except RecurrenceError:
        raise
    except (ValueError, OverflowError) as error:  # dateutil's own, e.g. past the year 9999
        raise RecurrenceError(_("the rule {rrule} runs off the calendar: {error}").format(
            rrule=repr(rrule), error=error)) from None
    return found


@lru_cache(maxsize=256)
def _simple_steps(text: str) -> tuple[str, int, int | None, date | None] | None:
    """(FREQ, INTERVAL, COUNT, UNTIL) of a rule without BY* parts, else None.

    Most schedules in a register are "every N months" or "every year"; their
    dates follow from arithmetic, so the next one is found without walking
    every earlier occurrence through dateutil.
    """
    try:
        parts = _parts(text)
        _check(parts, text)
    except RecurrenceError:
        return None
    if set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}:
        return None
    until = None
    if "UNTIL" in parts:
        raw = parts["UNTIL"].rstrip("Z")[:8]
        try:
            until = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            return None
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    return parts["FREQ"], int(parts.get("INTERVAL", "1")), count, until


def _nth(first_due: date, freq: str, interval: int, n: int) -> date:
    if freq in {"DAILY", "WEEKLY"}:
        return first_due + timedelta(days=n * interval * (7 if freq == "WEEKLY" else 1))
    months = n * interval * (12 if freq == "YEARLY" else 1)
    index = first_due.year * 12 + first_due.month - 1 + months
    year, month = divmod(index, 12)
    last = days_in_month(year, month + 1)
    return date(year, month + 1, min(first_due.day, last))  # the month-end fallback


def _first_index_on_or_after(first_due: date, freq: str, interval: int, day: date) -> int:
    if freq in {"DAILY", "WEEKLY"}:
        span = interval * (7 if freq == "WEEKLY" else 1)
        return max(0, -(-(day - first_due).days // span))
    step = interval * (12 if freq == "YEARLY" else 1)
    months = (day.year - first_due.year) * 12 + day.month - first_due.month
    n = max(0, months // step)
    while _nth(first_due, freq, interval, n) < day:
        n += 1
    return n


def next_occurrence(first_due: date, rule: str | None, on_or_after: date) -> date | None:
    """The first due date on or after ``on_or_after``, or None when the series has ended.

    Same dates as :func:`occurrences`; simple rules are computed, the rest expanded.
    """
    if not rule or not rule.strip():
        return first_due if first_due >= on_or_after else None
    simple = _simple_steps(rule)
    if simple is None:
        found = occurrences(first_due, rule, on_or_after, date.max, limit=1)
        return found[0] if found else None
    freq, interval, count, until = simple
    n = _first_index_on_or_after(first_due, freq, interval, on_or_after)
    if count is not None and n >= count:
        return None
    try:
        due = _nth(first_due, freq, interval, n)
    except (ValueError, OverflowError):
        return None  # past the year 9999
    return None if until is not None and due > until else due


def validate_rrule(text: str) -> str | None:
    """Why ``text`` is not a usable rule, or None when it is.

    A rule must also give at least one date (BYSETPOS=2 with one day a month never does).
    """
    # A 31st, so the month-end fallback is checked too; early, so that any UNTIL is after it.
    probe_start = date(1900, 1, 31)
    try:
        if next(_due_dates(probe_start, text), None) is None:
            return _("the rule {text} never gives a date").format(text=repr(text))
    except RecurrenceError as error:
        return str(error)
    except (ValueError, OverflowError) as error:
        return _("cannot read the rule {text}: {error}").format(text=repr(text), error=error)
    return None
