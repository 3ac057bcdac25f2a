"""Working days: Monday to Friday, or a country's working days without its public holidays.

Business-day notice and postal days are counted in working days. Without a
country they are the weekdays Monday to Friday. With a country (an ISO 3166
two-letter code: NO, SE, DK, DE, KR, CN, US, GB, FR, ES, …) the public holidays
of that country are skipped too, as the ``holidays`` package knows them, and its
own weekend is used; a weekend day the country declares a working day (China's
make-up working Saturdays and Sundays) counts as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from contract_desk.domain.errors import TermError
from contract_desk.i18n import _
from contract_desk.i18n.formats import day_text

if TYPE_CHECKING:
    import holidays

ONE_DAY = timedelta(days=1)
_WEEKEND = frozenset({5, 6})


@lru_cache(maxsize=64)
def _country_calendar(country: str) -> holidays.HolidayBase:
    # One calendar per country, filled year by year as days are asked about. The
    # holiday tables (9 MB) are imported when a contract first counts with one.
    import holidays

    return holidays.country_holidays(country)


@lru_cache(maxsize=256)
def normal_country(code: str) -> str:
    """``code`` as the two upper-case letters of a country the holiday tables know.

    Raises TermError with a sentence naming the code when there is no such table.
    """
    country = code.strip().upper()
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise TermError(_("{code} is not a country code; give the two letters of an ISO "
                          "3166 code, e.g. NO, SE, DE or US").format(code=repr(code)))
    import holidays

    if country not in holidays.list_supported_countries():
        raise TermError(_("there is no public-holiday calendar for {code}; give the two "
                          "letters of an ISO 3166 code, e.g. NO, SE, DE or US").format(
            code=repr(code)))
    return country


def _leave_calendar(day: date, count: int) -> date:
    try:
        return day + timedelta(days=count)
    except OverflowError:
        raise TermError(_("counting working days from {day} leaves the calendar").format(
            day=day_text(day))) from None


@dataclass(frozen=True, slots=True)
class WorkingDays:
    """The working days of one country (``country``), or Monday to Friday (None)."""

    country: str | None = None
    _calendar: holidays.HolidayBase | None = field(
        default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.country is not None:
            country = normal_country(self.country)
            object.__setattr__(self, "country", country)
            object.__setattr__(self, "_calendar", _country_calendar(country))

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day: not a weekend day, not a public holiday."""
        calendar = self._calendar
        if calendar is None:
            return day.weekday() < 5
        holiday = day in calendar  # asking fills in that year, make-up working days too
        if day.weekday() in (getattr(calendar, "weekend", None) or _WEEKEND):
            return day in getattr(calendar, "weekend_workdays", ())
        return not holiday

    def count_back(self, end: date, count: int) -> date:
        """The ``count``-th working day before ``end`` (``end`` itself not counted)."""
        if self._calendar is None:
            return _weekdays_before(end, count)
        day, remaining = end, count
        while remaining:
            day = _leave_calendar(day, -1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def count_forward(self, first: date, count: int) -> date:
        """The ``count``-th working day on or after ``first`` (``first`` counted if it is one)."""
        day, remaining = _leave_calendar(first, -1), count
        while remaining:
            day = _leave_calendar(day, 1)
            if self.is_working_day(day):
                remaining -= 1
        return day


def _weekdays_before(end: date, count: int) -> date:
    # Any seven consecutive days hold exactly five weekdays, so whole weeks can
    # be skipped; the last few are stepped one day at a time.
    day, remaining = end, count
    while remaining > 5:
        day, remaining = _leave_calendar(day, -7), remaining - 5
    while remaining:
        day = _leave_calendar(day, -1)
        if day.weekday() < 5:
            remaining -= 1
    return day


#: Monday to Friday, no holidays: what business days meant before countries were known.
WEEKDAYS = WorkingDays()
