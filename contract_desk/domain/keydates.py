"""The key dates of one contract on one day: current term, notice deadline, send-by.

:func:`key_dates` rolls automatic renewals forward to the term that contains
``today`` so that the register always shows the deadline that still matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from contract_desk.domain.errors import TermError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import (
    ONE_DAY,
    RenewalMode,
    TermStatus,
    check_buffer_days,
    implied_term,
    notice_deadline,
    send_by,
    term_end,
)
from contract_desk.i18n import _

#: A guard against runaway loops: a century of daily renewals.
_MAX_ROLLS = 40_000


@dataclass(frozen=True, slots=True)
class TermSpec:
    """Everything the key dates of a contract depend on.

    ``end_date`` wins over ``initial_term`` when both are given. An automatic
    renewal without ``renewal_term`` renews for the initial term (or the span
    from start to end).
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

    def __post_init__(self) -> None:
        try:
            if type(self.renewal) is not RenewalMode:  # most callers pass the enum already
                object.__setattr__(self, "renewal", RenewalMode(self.renewal))
        except ValueError:  # a bare ValueError would escape the callers' DomainError handling
            modes = ", ".join(mode.value for mode in RenewalMode)
            raise TermError(_("unknown renewal {renewal}; use {modes}").format(
                renewal=repr(self.renewal), modes=modes)) from None
        check_buffer_days(self.notice_buffer_days)
        if self.end_date is not None and self.end_date < self.start_date:
            raise TermError(
                _("the end date {end} is before the start date {start}").format(
                    end=self.end_date.isoformat(),
                    start=self.start_date.isoformat())
            )
        if self.max_renewals is not None and self.max_renewals < 0:
            raise TermError(_("the number of renewals cannot be negative, got "
                              "{max_renewals}").format(
                max_renewals=self.max_renewals))
        if self.final_end_date is not None and self.final_end_date < self.start_date:
            raise TermError(
                _("the final end date {end} is before the start date "
                  "{start}").format(
                    end=self.final_end_date.isoformat(),
                    start=self.start_date.isoformat())
            )
        for name in ("initial_term", "renewal_term"):
            period = getattr(self, name)
            if period is not None and period.unit is PeriodUnit.BUSINESS_DAYS:
                raise TermError(_("the {field} cannot be counted in business days").format(
                    field=field_word(name)))
        if self.renewal is not RenewalMode.NONE and self.first_term_end is None:
            raise TermError(_("a renewing contract needs an end date or an initial term"))

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
        notice = self.spec.notice_period
        deadline = self.end if notice is None else notice_deadline(self.end, notice)
        return given <= deadline

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
    """The original and current term, notice deadline and send-by date on ``today``."""
    first_end = spec.first_term_end
    if first_end is None:
        status = TermStatus.UPCOMING if today < spec.start_date else TermStatus.ACTIVE
        return KeyDates(None, spec.start_date, None, None, None, 0, status, None)
    roller = _Roller(spec, first_end)
    roller.roll_to(today)
    deadline = None
    if spec.notice_period is not None:
        deadline = notice_deadline(roller.end, spec.notice_period)
    following = roller.next_term()
    return KeyDates(
        term_end=first_end,
        current_term_start=roller.start,
        current_term_end=roller.end,
        notice_deadline=deadline,
        send_by=None if deadline is None else send_by(deadline, spec.notice_buffer_days),
        renewals=roller.renewals,
        status=_term_status(spec.start_date, roller.end, today),
        next_renewal_start=None if following is None else following[0],
    )


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
