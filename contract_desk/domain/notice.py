"""Notice rules: to the end of a month, quarter or year; the earliest end; postal days.

One question underlies every rule here: is notice given on day D in time for
the contract to end on day X? It is when D is on or before
``notice_deadline(X)`` (see :mod:`terms`). From it:

* **Notice to the end of a month / quarter / year** ("3 months' notice to the
  end of a month", "zum Quartalsende"): the contract can end only on such a day.
  Notice given on D ends the contract on the first month (quarter, year) end on
  or after the day the plain notice period ends: :meth:`NoticeRule.earliest_end`.
  For notice in months this is the same day as the Norwegian "regnet fra
  utgangen av måneden" (the period counted from the end of the month the notice
  is given in).
* **The deadline of a term** ending on T is the last day on which notice still
  ends the contract on or before T: the plain deadline of the last month
  (quarter, year) end on or before T. A term that ends on a month end (the usual
  case) keeps its plain deadline; one ending mid-month must be ended at the month
  end before it, so its deadline comes earlier. Where a contract could be read
  either way, this is the earlier, safe deadline.
* **Postal days**: a letter arrives on a working day. The send-by date is the
  day to post it so that it arrives, N postal (working) days later, on or before
  the deadline; then the buffer days are taken off as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import days_in_month, notice_deadline, send_by, term_end
from contract_desk.domain.workdays import WEEKDAYS, WorkingDays
from contract_desk.i18n import _
from contract_desk.i18n.formats import day_text

ONE_DAY = timedelta(days=1)
#: More postal days than this is a typo, not a postal service.
MAX_POSTAL_DAYS = 60


class NoticeTo(StrEnum):
    """The only days a contract may end on when notice is given "to the end of" them."""

    MONTH_END = "month-end"
    QUARTER_END = "quarter-end"
    YEAR_END = "year-end"


def notice_to(value: NoticeTo | str) -> NoticeTo:
    """``value`` as a :class:`NoticeTo`; a clear TermError when it is none of them."""
    try:
        return NoticeTo(value)
    except ValueError:
        choices = ", ".join(choice.value for choice in NoticeTo)
        raise TermError(_("unknown notice rule {value}; use {choices}").format(
            value=repr(value), choices=choices)) from None


def _last_month_of(day: date, to: NoticeTo) -> int:
    if to is NoticeTo.MONTH_END:
        return day.month
    if to is NoticeTo.QUARTER_END:
        return (day.month + 2) // 3 * 3
    return 12


def period_end_on_or_after(day: date, to: NoticeTo) -> date:
    """The first month (quarter, year) end on or after ``day``."""
    month = _last_month_of(day, to)
    return date(day.year, month, days_in_month(day.year, month))


def period_end_on_or_before(day: date, to: NoticeTo) -> date:
    """The last month (quarter, year) end on or before ``day``."""
    end = period_end_on_or_after(day, to)
    if end == day:
        return day
    first_month = {NoticeTo.MONTH_END: day.month, NoticeTo.QUARTER_END: end.month - 2,
                   NoticeTo.YEAR_END: 1}[to]
    try:
        return date(day.year, first_month, 1) - ONE_DAY
    except OverflowError:
        raise TermError(_("there is no month end before {day}").format(
            day=day_text(day))) from None


@dataclass(frozen=True, slots=True)
class NoticeRule:
    """How notice ends a contract: its period, the day it must end on, the working days."""

    period: Period
    to: NoticeTo | None = None
    workdays: WorkingDays = WEEKDAYS

    def deadline(self, end: date) -> date:
        """The last day notice may be given so that the contract ends on or before ``end``."""
        if self.to is None:
            return notice_deadline(end, self.period, self.workdays)
        last_end = period_end_on_or_before(end, self.to)
        return notice_deadline(last_end, self.period, self.workdays)

    def earliest_end(self, given_on: date) -> date:
        """The first day the contract can end on when notice is given on ``given_on``."""
        plain = self._plain_end(given_on)
        return plain if self.to is None else period_end_on_or_after(plain, self.to)

    def _plain_end(self, given_on: date) -> date:
        # The first day X whose plain deadline is on or after the day notice is
        # given: notice given then is in time for X and for no earlier day.
        period = self.period
        if period.unit is PeriodUnit.BUSINESS_DAYS:
            return _next_day(self.workdays.count_forward(given_on, period.count))
        if period.months is None:
            days = period.count * (7 if period.unit is PeriodUnit.WEEKS else 1)
            return _next_day(given_on, days)
        # Month arithmetic clamps at month ends; the plain term end is at most a
        # few days off the answer, which is then found by stepping.
        guess = term_end(_next_day(given_on), period)
        while notice_deadline(guess, period) < given_on:
            guess = _next_day(guess)
        while notice_deadline(guess - ONE_DAY, period) >= given_on:
            guess -= ONE_DAY
        return guess


def _next_day(day: date, count: int = 1) -> date:
    try:
        return day + timedelta(days=count)
    except OverflowError:
        raise TermError(_("notice given on {day} would end the contract after the "
                          "calendar's last day").format(day=day_text(day))) from None


def check_postal_days(postal_days: int) -> None:
    """Refuse a negative or absurd number of postal days."""
    if postal_days < 0:
        raise TermError(_("the postal days cannot be negative, got {count}").format(
            count=postal_days))
    if postal_days > MAX_POSTAL_DAYS:
        raise TermError(_("{count} postal days is more than {most}; check the number").format(
            count=postal_days, most=MAX_POSTAL_DAYS))


def send_by_post(deadline: date, postal_days: int, buffer_days: int,
                 workdays: WorkingDays = WEEKDAYS) -> date:
    """The day to send the notice: ``postal_days`` working days before it must arrive,
    less ``buffer_days``.

    A letter arrives on a working day: a deadline on a weekend or holiday means
    it must arrive on the working day before. No postal days (e-mail, by hand):
    the deadline itself, less the buffer.
    """
    check_postal_days(postal_days)
    posted = deadline
    if postal_days:
        arrives_by = deadline
        while not workdays.is_working_day(arrives_by):
            arrives_by = _step_back(arrives_by)
        posted = workdays.count_back(arrives_by, postal_days)
    return send_by(posted, buffer_days)


def _step_back(day: date) -> date:
    try:
        return day - ONE_DAY
    except OverflowError:
        raise TermError(_("counting working days from {day} leaves the calendar").format(
            day=day_text(day))) from None
