"""Recurring obligations: RFC 5545 RRULEs expanded with dateutil, month ends kept.

A payment due on the 31st is due on 30 April and on 28 or 29 February, never
skipped. dateutil follows RFC 5545, which skips months without that day, so a
monthly or yearly rule on a late day of the month is rewritten to "that day, or
the month's last day when the month is shorter" (BYMONTHDAY=d,-1;BYSETPOS=1).
"""

from __future__ import annotations

from datetime import date, datetime

from dateutil.rrule import rrulestr

from contract_desk.domain.errors import DomainError

FREQUENCIES = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
KNOWN_PARTS = frozenset({
    "FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS",
    "BYYEARDAY", "BYWEEKNO", "WKST",
})
#: Parts that already say which day of the month: then the rule is taken as written.
_DAY_CHOOSERS = frozenset({"BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"})
#: More occurrences than this from one rule is a mistake, not a schedule.
DEFAULT_LIMIT = 1000


class RecurrenceError(DomainError):
    """A recurrence rule that cannot be read."""


def _parts(text: str) -> dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:"):]
    parts: dict[str, str] = {}
    for piece in filter(None, (p.strip() for p in body.split(";"))):
        key, sep, value = piece.partition("=")
        if not sep or not value:
            raise RecurrenceError(f"{piece!r} is not KEY=VALUE in the rule {text!r}")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def _check(parts: dict[str, str], text: str) -> None:
    if "FREQ" not in parts:
        raise RecurrenceError(f"FREQ is missing in the rule {text!r} (e.g. FREQ=MONTHLY)")
    if parts["FREQ"] not in FREQUENCIES:
        raise RecurrenceError(
            f"unknown frequency {parts['FREQ']!r}; use one of {', '.join(sorted(FREQUENCIES))}"
        )
    unknown = sorted(set(parts) - KNOWN_PARTS)
    if unknown:
        raise RecurrenceError(f"unknown part {unknown[0]!r} in the rule {text!r}")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError("a rule has COUNT or UNTIL, not both")


def _with_month_end_fallback(parts: dict[str, str], first_due: date) -> dict[str, str]:
    if parts["FREQ"] not in {"MONTHLY", "YEARLY"} or first_due.day <= 28:
        return parts
    if _DAY_CHOOSERS & set(parts):
        return parts
    adjusted = {**parts, "BYMONTHDAY": f"{first_due.day},-1", "BYSETPOS": "1"}
    if parts["FREQ"] == "YEARLY":
        adjusted.setdefault("BYMONTH", str(first_due.month))
    return adjusted


def _rule(first_due: date, text: str) -> object:
    parts = _parts(text)
    _check(parts, text)
    parts = _with_month_end_fallback(parts, first_due)
    if "UNTIL" in parts:
        parts["UNTIL"] = parts["UNTIL"].rstrip("Z")  # all-day dates: no time zone
    body = ";".join(f"{key}={value}" for key, value in parts.items())
    # All-day dates: a naive midnight is what dateutil expects for floating dates.
    start = datetime(first_due.year, first_due.month, first_due.day)  # noqa: DTZ001
    try:
        return rrulestr(body, dtstart=start)
    except (ValueError, TypeError) as error:
        raise RecurrenceError(f"cannot read the rule {text!r}: {error}") from None


def occurrences(
    first_due: date, rule: str | None, start: date, end: date, *, limit: int = DEFAULT_LIMIT
) -> list[date]:
    """The due dates of a (possibly recurring) obligation within [start, end], at most ``limit``.

    ``first_due`` is the first occurrence (DTSTART); no rule means just that date.
    """
    if not rule or not rule.strip():
        return [first_due] if start <= first_due <= end else []
    found: list[date] = []
    for moment in _rule(first_due, rule):  # type: ignore[attr-defined]
        day = moment.date()
        if day > end or len(found) >= limit:
            break
        if day >= start:
            found.append(day)
    return found


def validate_rrule(text: str) -> str | None:
    """Why ``text`` is not a usable rule, or None when it is."""
    try:
        _rule(date(2000, 1, 31), text)
    except RecurrenceError as error:
        return str(error)
    return None
