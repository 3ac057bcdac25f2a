"""Terms, notice deadlines and renewals: the rules a missed deadline depends on.

Pure functions over ``datetime.date``; no database, no Qt. The rules:

* A term of N months or years starting on day S ends on the day before the same
  day-of-month N months later; when that day does not exist in the target
  month, the term ends on the last day of that month (2024-01-31 + 1 month ends
  2024-02-29). Day and week terms end on start + N days - 1.
* The notice period is the period of the given length that ends on the term's
  last day; the notice deadline is the day before it begins. Business-day
  notice counts back N working days before the end date (see ``workdays``).
* Send-by = notice deadline - buffer days.
* Automatic renewal rolls the current term forward by the renewal term, up to
  ``max_renewals`` or ``final_end_date``; renewal by option never rolls by itself.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.workdays import WEEKDAYS, WorkingDays
from contract_desk.i18n import _
from contract_desk.i18n.formats import day_text

ONE_DAY = timedelta(days=1)
#: The longest buffer between send-by and the notice deadline that still makes sense.
MAX_BUFFER_DAYS = 3660


class RenewalMode(StrEnum):
    """How a contract continues when its term ends."""

    NONE = "none"
    AUTOMATIC = "automatic"  # tacit: renews unless notice is given
    OPTION = "option"  # express: renews only if someone acts


class TermStatus(StrEnum):
    """Where a contract stands on a given day, by its dates alone."""

    UPCOMING = "upcoming"
    ACTIVE = "active"
    EXPIRED = "expired"


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (calendar.monthrange also computes a weekday)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise TermError(_("{day} shifted by {months} months leaves the calendar").format(
            day=day_text(day), months=months))
    return year, month0 + 1


def _days(day: date, count: int) -> date:
    try:
        return day + timedelta(days=count)
    except OverflowError:
        raise TermError(_("{day} shifted by {count} days leaves the calendar").format(
            day=day_text(day), count=count)) from None


def term_end(start: date, term: Period) -> date:
    """The inclusive last day of a term of length ``term`` starting on ``start``."""
    months = term.months
    if months is None:
        if term.unit is PeriodUnit.BUSINESS_DAYS:
            raise TermError(_("a contract term cannot be counted in business days"))
        days = term.count * (7 if term.unit is PeriodUnit.WEEKS else 1)
        return _days(start, days - 1)
    year, month = _shift_month(start, months)
    last_day = days_in_month(year, month)
    if start.day > last_day:
        return date(year, month, last_day)
    return _days(date(year, month, start.day), -1)


def chained_start_on_or_before(start: date, term: Period, day: date) -> tuple[int, date] | None:
    """In a chain of terms of length ``term`` from ``start`` (each starting the day
    after the one before ends, :func:`term_end`), the last start on or before
    ``day`` and how many terms after ``start`` it is, without walking the terms.

    None when the chain cannot be counted so: ``day`` before ``start``, business
    days, or a month term starting on the 29th to 31st (a short month ends such a
    term on its last day and moves the next start to the 1st). From a start on the
    1st to the 28th, every later start falls on the same day of the month.
    """
    if day < start:
        return None
    months = term.months
    if months is None:
        if term.unit is PeriodUnit.BUSINESS_DAYS:
            return None
        length = term.count * (7 if term.unit is PeriodUnit.WEEKS else 1)
        if length <= 0:
            return None
        count = (day - start).days // length
        return count, start + timedelta(days=count * length)
    if months <= 0 or start.day > 28:
        return None
    count = ((day.year - start.year) * 12 + day.month - start.month) // months
    year, month = _shift_month(start, count * months)
    found = date(year, month, start.day)
    if found > day:  # the same month as ``day``, on a later day of it
        count -= 1
        year, month = _shift_month(start, count * months)
        found = date(year, month, start.day)
    return count, found


def months_before(day: date, months: int) -> date:
    """``day`` moved back whole months, clamped to the month's last day."""
    year, month = _shift_month(day, -months)
    return date(year, month, min(day.day, days_in_month(year, month)))


def notice_deadline(end: date, notice: Period, workdays: WorkingDays = WEEKDAYS) -> date:
    """The last day notice may be given for a term ending on ``end``.

    Business-day notice counts back the working days of ``workdays`` (Monday to
    Friday unless a country's public holidays are skipped too).
    """
    if notice.unit is PeriodUnit.BUSINESS_DAYS:
        return workdays.count_back(end, notice.count)
    months = notice.months
    if months is None:
        days = notice.count * (7 if notice.unit is PeriodUnit.WEEKS else 1)
        return _days(end, -days)
    if end == date.max:
        # The day after is off the calendar, but it would be a 1st: step back from
        # the 1st of this month instead ("indefinite" ends are written 9999-12-31).
        period_start = months_before(end.replace(day=1), months - 1)
    else:
        period_start = months_before(_days(end, 1), months)
    return _days(period_start, -1)


def send_by(deadline: date, buffer_days: int) -> date:
    """The day the notice should go out so it arrives by ``deadline``."""
    check_buffer_days(buffer_days)
    return _days(deadline, -buffer_days)


def check_buffer_days(buffer_days: int) -> None:
    """Refuse a negative or absurdly long notice buffer."""
    if buffer_days < 0:
        raise TermError(_("the notice buffer cannot be negative, got {buffer_days} days").format(
            buffer_days=buffer_days))
    if buffer_days > MAX_BUFFER_DAYS:
        raise TermError(_("a notice buffer of {buffer_days} days is longer than ten years").format(
            buffer_days=buffer_days))


def implied_term(start: date, end: date) -> Period:
    """The term a start and an end date describe: whole months when they fit, else days."""
    if end < start:
        raise TermError(_("the end date {end} is before the start {start}").format(
            end=day_text(end), start=day_text(start)))
    months = (end.year - start.year) * 12 + end.month - start.month
    for candidate in (months, months + 1):
        if candidate > 0 and term_end(start, Period(candidate, PeriodUnit.MONTHS)) == end:
            if candidate % 12 == 0:
                return Period(candidate // 12, PeriodUnit.YEARS)
            return Period(candidate, PeriodUnit.MONTHS)
    return Period((end - start).days + 1, PeriodUnit.DAYS)
