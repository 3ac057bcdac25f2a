"""The lifecycle status a demo contract carries, given where its dates put it today.

Mostly what the dates say (active while running, expired or archived after),
with the drafts, reviews and terminations a real register has.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from contract_desk.domain import KeyDates, Lifecycle, TermSpec, TermStatus, key_dates
from contract_desk.services.demo.random_source import DemoRandom

ACTIVE, RENEWED = Lifecycle.ACTIVE.value, Lifecycle.RENEWED.value
TERMINATED = Lifecycle.TERMINATED.value
_UPCOMING = (Lifecycle.DRAFT.value, Lifecycle.IN_REVIEW.value, *[Lifecycle.APPROVED.value] * 2)
_ENDED = (Lifecycle.EXPIRED.value, Lifecycle.EXPIRED.value, Lifecycle.ARCHIVED.value, TERMINATED)
TERMINATED_SHARE = 0.05


def lifecycle_status(
    rng: DemoRandom, spec: TermSpec, today: date
) -> tuple[str, date | None, KeyDates | None]:
    """The stored status, the day notice was given (if it was) and the key dates today.

    The key dates are None for an open-ended contract.
    """
    if spec.first_term_end is None:
        return _open_ended(rng, spec, today), None, None
    keys = key_dates(spec, today)
    if keys.status is TermStatus.UPCOMING:
        return rng.pick(_UPCOMING), None, keys
    if keys.status is TermStatus.EXPIRED:
        return rng.pick(_ENDED), None, keys
    if rng.chance(TERMINATED_SHARE):
        given = _notice_day(rng, keys.current_term_start, keys.notice_deadline, today)
        keys = key_dates(replace(spec, notice_given_on=given), today)
        return TERMINATED, given, keys
    if keys.renewals and rng.chance(0.1):
        return RENEWED, None, keys
    return ACTIVE, None, keys


def _open_ended(rng: DemoRandom, spec: TermSpec, today: date) -> str:
    if spec.start_date > today:
        return rng.pick(_UPCOMING)
    return TERMINATED if rng.chance(TERMINATED_SHARE) else ACTIVE


def _notice_day(rng: DemoRandom, term_start: date, deadline: date | None, today: date) -> date:
    # Notice given in time for the current term (so it will not renew), never in the future.
    latest = min(today, deadline) if deadline is not None else today
    return max(term_start, latest - timedelta(days=rng.between(0, 30)))
