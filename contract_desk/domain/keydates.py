"""The key dates of one contract on one day: current term, notice deadline, send-by.

:func:`key_dates` rolls automatic renewals forward to the term that contains
``today`` so that the register always shows the deadline that still matters.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from contract_desk.domain.errors import TermError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.notice import (
    NoticeRule,
    NoticeTo,
    check_postal_days,
    notice_to,
    send_by_post,
)
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import (
    ONE_DAY,
    RenewalMode,
    TermStatus,
    check_buffer_days,
    implied_term,
    send_by,
    term_end,
)
from contract_desk.domain.workdays import WEEKDAYS, WorkingDays, normal_country
from contract_desk.i18n import _
from contract_desk.i18n.formats import day_text

#: A guard against runaway loops: a century of daily renewals.
_MAX_ROLLS = 40_000


@dataclass(frozen=True, slots=True)
class TermSpec:
    """Everything the key dates of a contract depend on.

    ``end_date`` wins over ``initial_term`` when both are given. An automatic
    renewal without ``renewal_term`` renews for the initial term (or the span
    from start to end). With neither, the contract is open-ended: it runs until
    notice ends it. ``notice_to`` makes notice end the contract only on a month
    (quarter, year) end; ``holiday_country`` makes business days and postal days
    skip that country's public holidays; ``postal_days`` are the working days a
    letter takes to arrive (see :mod:`notice`).
    """

    start_date: date
    end_date: date | None = None
    initial_term: Period | None = None
    renewal: RenewalMode = RenewalMode.NONE
    renewal_term: Period | None = None
    max_renewals: int | None = None
    final_end_date: date | None = None
    notice_period: Period | None = None
    notice_buffer_days: int = 0
    notice_given_on: date | None = None
    notice_to: NoticeTo | None = None
    holiday_country: str | None = None
    postal_days: int = 0
    # Made once here: key dates of 100,000 contracts ask for them many times each.
    _workdays: WorkingDays = field(default=WEEKDAYS, init=False, repr=False, compare=False)
    _rule: NoticeRule | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            if type(self.renewal) is not RenewalMode:  # most callers pass the enum already
                object.__setattr__(self, "renewal", RenewalMode(self.renewal))
        except ValueError:  # a bare ValueError would escape the callers' DomainError handling
            modes = ", ".join(mode.value for mode in RenewalMode)
            raise TermError(_("unknown renewal {renewal}; use {modes}").format(
                renewal=repr(self.renewal), modes=modes)) from None
        check_buffer_days(self.notice_buffer_days)
        self._check_notice_rule()
        if self.end_date is not None and self.end_date < self.start_date:
            raise TermError(
                _("the end date {end} is before the start date {start}").format(
                    end=day_text(self.end_date),
                    start=day_text(self.start_date))
            )
        if self.max_renewals is not None and self.max_renewals < 0:
            raise TermError(_("the number of renewals cannot be negative, got "
                              "{max_renewals}").format(
                max_renewals=self.max_renewals))
        if self.final_end_date is not None and self.final_end_date < self.start_date:
            raise TermError(
                _("the final end date {end} is before the start date "
                  "{start}").format(
                    end=day_text(self.final_end_date),
                    start=day_text(self.start_date))
            )
        for name in ("initial_term", "renewal_term"):
            period = getattr(self, name)
            if period is not None and period.unit is PeriodUnit.BUSINESS_DAYS:
                raise TermError(_("the {field} cannot be counted in business days").format(
                    field=field_word(name)))
        if self.renewal is not RenewalMode.NONE and self.first_term_end is None:
            raise TermError(_("a renewing contract needs an end date or an initial term"))

    def _check_notice_rule(self) -> None:
        check_postal_days(self.postal_days)
        if self.notice_to is not None:
            object.__setattr__(self, "notice_to", notice_to(self.notice_to))
            if self.notice_period is None:
                raise TermError(_("notice to the end of a month, quarter or year needs a "
                                  "notice period"))
        if self.holiday_country is not None:
            object.__setattr__(self, "holiday_country", normal_country(self.holiday_country))
            object.__setattr__(self, "_workdays", WorkingDays(self.holiday_country))
        if self.notice_period is not None:
            object.__setattr__(self, "_rule", NoticeRule(self.notice_period, self.notice_to,
                                                         self._workdays))

    @property
    def workdays(self) -> WorkingDays:
        """The working days business-day notice and postal days are counted in."""
        return self._workdays

    @property
    def notice_rule(self) -> NoticeRule | None:
        """How notice ends this contract, or None when it states no notice period."""
        return self._rule

    def deadline_for(self, end: date) -> date | None:
        """The notice deadline of a term ending on ``end`` (None without a notice period)."""
        rule = self._rule
        return None if rule is None else rule.deadline(end)

    def send_by_for(self, deadline: date) -> date:
        """The send-by date for ``deadline``: postal days, then buffer days before it."""
        if not self.postal_days:
            return send_by(deadline, self.notice_buffer_days)
        return send_by_post(deadline, self.postal_days, self.notice_buffer_days,
                            self._workdays)

    @property
    def first_term_end(self) -> date | None:
        """The inclusive last day of the original term (None for an open-ended contract)."""
        if self.end_date is not None:
            return self.end_date
        if self.initial_term is not None:
            return term_end(self.start_date, self.initial_term)
        return None

    @property
    def effective_renewal_term(self) -> Period | None:
        """The length of each renewal: as stated, else the initial term."""
        if self.renewal_term is not None:
            return self.renewal_term
        if self.initial_term is not None:
            return self.initial_term
        end = self.first_term_end
        return None if end is None else implied_term(self.start_date, end)


@dataclass(frozen=True, slots=True)
class KeyDates:
    """The computed dates of a contract as seen on ``today``."""

    term_end: date | None
    current_term_start: date
    current_term_end: date | None
    notice_deadline: date | None
    send_by: date | None
    renewals: int
    status: TermStatus
    next_renewal_start: date | None
    #: The first day the contract can end if notice is given on ``today`` (the day
    #: notice ends it, once given): see :func:`key_dates`.
    earliest_end: date | None = None


class _Roller:
    """Walks the sequence of terms: the initial one, then each automatic renewal."""

    def __init__(self, spec: TermSpec, first_end: date) -> None:
        self.spec = spec
        self.start, self.end, self.renewals = spec.start_date, first_end, 0
        # Only an automatic renewal needs a renewal term: deriving one for any other
        # contract turned an "indefinite" end (9999-12-31) into a TermError.
        automatic = spec.renewal is RenewalMode.AUTOMATIC
        self.term = spec.effective_renewal_term if automatic else None

    def next_term(self) -> tuple[date, date] | None:
        """The term that would follow the current one, or None when none will."""
        spec = self.spec
        if spec.renewal is not RenewalMode.AUTOMATIC or self.term is None:
            return None
        if spec.max_renewals is not None and self.renewals >= spec.max_renewals:
            return None
        if self._notice_stops_renewal():
            return None
        if self.end == date.max:  # the calendar's last day: nothing can follow it
            return None
        start = self.end + ONE_DAY
        if spec.final_end_date is not None and start > spec.final_end_date:
            return None
        end = term_end(start, self.term)
        if spec.final_end_date is not None:
            end = min(end, spec.final_end_date)
        return start, end

    def _notice_stops_renewal(self) -> bool:
        given = self.spec.notice_given_on
        if given is None:
            return False
        deadline = self.spec.deadline_for(self.end)
        return given <= (self.end if deadline is None else deadline)

    def roll_to(self, today: date) -> None:
        """Advance to the term containing ``today`` (or the last one there is)."""
        for _roll in range(_MAX_ROLLS):
            if today <= self.end:
                return
            following = self.next_term()
            if following is None:
                return
            self.start, self.end = following
            self.renewals += 1
        raise TermError(_("the renewal term is too short to roll over this many years"))


def key_dates(spec: TermSpec, today: date) -> KeyDates:
    """The original and current term, notice deadline and send-by date on ``today``.

    ``earliest_end`` is the first day the contract can end if notice is given on
    ``today``: for a term, the end of the first term (the current one or a
    renewal) whose notice deadline is today or later, else of the last term; for
    an open-ended contract, notice counted from today (or from its start, when
    that is later) by its notice rule, and None without a notice period.
    """
    first_end = spec.first_term_end
    if first_end is None:
        return _open_ended(spec, today)
    return _term_dates(spec, today, first_end)[0]


def key_dates_until(spec: TermSpec, today: date) -> tuple[KeyDates, date]:
    """The key dates on ``today`` and the last day they stay exactly the same.

    For every day from ``today`` to the day returned, :func:`key_dates` gives
    what it gives on ``today``: a register stores them with that day and
    computes them again only once it has passed (``date.max``: never by
    itself). The day is exact where the dates say when they change (the
    start, the current term's end, the notice deadline that moves the earliest
    end); never later than the truth.
    """
    first_end = spec.first_term_end
    if first_end is None:
        return _open_ended_until(spec, today)
    return _term_dates_until(spec, today, first_end)


def key_dates_held(spec: TermSpec, today: date) -> tuple[KeyDates, date, bool]:
    """:func:`key_dates_until`, and whether the earliest end alone moves with the day.

    True for an open-ended contract, started, that notice was not given for: its
    earliest end is the end notice given that day would bring, a day later each
    day, while its other key dates never change (nothing else counts from today).
    For every day ``day`` from ``today`` to the day returned (``date.max``) its key
    dates are then those of ``today`` with the earliest end ``key_dates(spec, day)``
    gives: a register stores them once instead of on every new day.
    """
    if (spec.first_term_end is None and spec.notice_rule is not None
            and spec.notice_given_on is None and today >= spec.start_date):
        return _open_ended(spec, today), date.max, True
    dates, until = key_dates_until(spec, today)
    return dates, until, False


def _term_dates_until(spec: TermSpec, today: date, first_end: date) -> tuple[KeyDates, date]:
    dates, end, earliest_until = _term_dates(spec, today, first_end)
    # Upcoming until the start; on the day after the current term's end the
    # term rolls on or the contract has expired; the earliest end moves once
    # the deadline it depends on has passed.
    until = earliest_until
    if today < spec.start_date:
        until = min(until, spec.start_date - ONE_DAY)
    if today <= end:
        until = min(until, end)
    return dates, until


def _term_dates(spec: TermSpec, today: date,
                first_end: date) -> tuple[KeyDates, date, date]:
    # The key dates of a contract with a term, its current term's end, and the last
    # day its earliest end holds.
    roller = _Roller(spec, first_end)
    roller.roll_to(today)
    deadline = spec.deadline_for(roller.end)
    following = roller.next_term()
    earliest, earliest_until = _earliest_end_until(roller, today, deadline, following)
    dates = KeyDates(
        term_end=first_end,
        current_term_start=roller.start,
        current_term_end=roller.end,
        notice_deadline=deadline,
        send_by=None if deadline is None else spec.send_by_for(deadline),
        renewals=roller.renewals,
        status=_term_status(spec.start_date, roller.end, today),
        next_renewal_start=None if following is None else following[0],
        earliest_end=earliest,
    )
    return dates, roller.end, earliest_until


def _open_ended_until(spec: TermSpec, today: date) -> tuple[KeyDates, date]:
    dates = _open_ended(spec, today)
    start, rule, given = spec.start_date, spec.notice_rule, spec.notice_given_on
    if today < start:  # notice counts from the start: nothing moves before it
        return dates, start - ONE_DAY
    if rule is None:
        return dates, date.max
    end = dates.earliest_end
    assert end is not None  # a notice rule always gives an earliest end
    if given is not None:  # the day notice ends it is fixed; running until then
        return dates, end if today <= end else date.max
    # Notice given on day d ends it on the first possible end whose deadline is
    # d or later: the same end for every day up to its deadline.
    until = max(rule.deadline(end), today)
    if until > today and rule.earliest_end(until) != end:
        until = today  # never trust a bound the rule itself contradicts
    return dates, until


def _earliest_end_until(roller: _Roller, today: date, deadline: date | None,
                        following: tuple[date, date] | None) -> tuple[date, date]:
    # The earliest end (see key_dates) and the last day it stays: the day notice is
    # no longer in time for the term it names (date.max when it names the last).
    # ``following`` is the term after the current one (None: there is none).
    in_time_until = roller.end if deadline is None else deadline
    if today <= in_time_until:
        # Once too late for this term, notice ends the next one; with none to come, this one.
        return roller.end, (in_time_until if following is not None else date.max)
    probe = copy.copy(roller)
    for _roll in range(_MAX_ROLLS):
        probe_deadline = probe.spec.deadline_for(probe.end)
        in_time_until = probe.end if probe_deadline is None else probe_deadline
        following = probe.next_term()
        if following is None:  # the last term: its end, however late the notice
            return probe.end, date.max
        if today <= in_time_until:
            return probe.end, in_time_until
        probe.start, probe.end = following
        probe.renewals += 1
    raise TermError(_("the renewal term is too short to roll over this many years"))


def _open_ended(spec: TermSpec, today: date) -> KeyDates:
    # No term: notice alone ends it. Once notice is given, the day it ends the
    # contract is its end; until then, the end notice given today would bring.
    rule, start, given = spec.notice_rule, spec.start_date, spec.notice_given_on
    status = TermStatus.UPCOMING if today < start else TermStatus.ACTIVE
    if rule is None:
        return KeyDates(None, start, None, None, None, 0, status, None)
    end = rule.earliest_end(max(today if given is None else given, start))
    if given is None:
        return KeyDates(None, start, None, None, None, 0, status, None, end)
    status = _term_status(start, end, today)
    return KeyDates(None, start, end, None, None, 0, status, None, end)


def _term_status(start: date, end: date, today: date) -> TermStatus:
    if today < start:
        return TermStatus.UPCOMING
    if today <= end:
        return TermStatus.ACTIVE
    return TermStatus.EXPIRED


def term_sequence(spec: TermSpec, until: date) -> list[tuple[date, date]]:
    """Every term (initial and renewals) that starts on or before ``until``.

    The timeline draws these as segments of one bar.
    """
    first_end = spec.first_term_end
    if first_end is None:
        return []
    roller = _Roller(spec, first_end)
    terms = [(roller.start, roller.end)]
    while len(terms) < _MAX_ROLLS:
        following = roller.next_term()
        if following is None or following[0] > until:
            break
        roller.start, roller.end = following
        roller.renewals += 1
        terms.append(following)
    return terms


def terms_between(spec: TermSpec, first: date, last: date) -> list[tuple[date, date, bool]]:
    """(start, end, renews after it) of each term ending on or after ``first`` and
    starting on or before ``last``: the terms whose dates a reminder window can see.

    Rolls once to ``first`` instead of listing every term since the start.
    """
    first_end = spec.first_term_end
    if first_end is None:
        return []
    roller = _Roller(spec, first_end)
    roller.roll_to(first)
    found: list[tuple[date, date, bool]] = []
    while roller.start <= last and len(found) < _MAX_ROLLS:
        following = roller.next_term()
        if roller.end >= first:
            found.append((roller.start, roller.end, following is not None))
        if following is None:
            break
        roller.start, roller.end = following
        roller.renewals += 1
    return found
