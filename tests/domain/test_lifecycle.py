"""The status a contract shows: lifecycle states a person sets versus what the dates say."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.domain.keydates import TermSpec, key_dates
from contract_desk.domain.lifecycle import OVERRIDING, Direction, Lifecycle, effective_status
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import TermStatus

DECIDED_BY_PEOPLE = [Lifecycle.DRAFT, Lifecycle.IN_REVIEW, Lifecycle.TERMINATED,
                     Lifecycle.ARCHIVED]
DECIDED_BY_DATES = [Lifecycle.APPROVED, Lifecycle.ACTIVE, Lifecycle.RENEWED, Lifecycle.EXPIRED]


def test_the_lifecycle_has_the_designs_eight_states() -> None:
    assert {state.value for state in Lifecycle} == {
        "draft", "in_review", "approved", "active", "renewed", "terminated", "expired",
        "archived",
    }
    assert set(OVERRIDING) | set(DECIDED_BY_DATES) == set(Lifecycle)
    assert not set(OVERRIDING) & set(DECIDED_BY_DATES)


@pytest.mark.parametrize("lifecycle", DECIDED_BY_PEOPLE)
@pytest.mark.parametrize("by_dates", list(TermStatus))
def test_terminated_archived_draft_and_in_review_win_over_the_dates(
    lifecycle: Lifecycle, by_dates: TermStatus
) -> None:
    assert effective_status(lifecycle, by_dates) == lifecycle.value
    assert effective_status(lifecycle.value, by_dates) == lifecycle.value


@pytest.mark.parametrize("lifecycle", [*DECIDED_BY_DATES, None])
@pytest.mark.parametrize("by_dates", list(TermStatus))
def test_the_other_states_follow_the_dates(
    lifecycle: Lifecycle | None, by_dates: TermStatus
) -> None:
    assert effective_status(lifecycle, by_dates) == by_dates.value


def test_a_contract_marked_active_whose_last_term_ended_shows_expired() -> None:
    spec = TermSpec(date(2024, 1, 1), initial_term=Period(1, PeriodUnit.YEARS))
    by_dates = key_dates(spec, date(2025, 3, 1)).status
    assert effective_status("active", by_dates) == "expired"
    assert effective_status("terminated", key_dates(spec, date(2024, 6, 1)).status) == (
        "terminated")


def test_an_unknown_lifecycle_word_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match="bogus"):
        effective_status("bogus", TermStatus.ACTIVE)


def test_directions() -> None:
    assert [direction.value for direction in Direction] == ["buy", "sell", "other"]
    assert Direction("sell") is Direction.SELL
