"""The health colour rules: worst first, dates in the reminder window, ended contracts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from contract_desk.domain.health import Health, HealthWindow, action_dates, contract_health

TODAY = date(2026, 3, 10)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def health(**kwargs: object) -> Health:
    return contract_health(today=TODAY, status=kwargs.pop("status", "active"), **kwargs)  # type: ignore[arg-type]


def test_nothing_ahead_is_on_track() -> None:
    assert health(action_dates=[]) is Health.ON_TRACK
    assert health(action_dates=[days(-5)]) is Health.ON_TRACK  # passed dates no longer warn


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, Health.AT_RISK), (7, Health.AT_RISK), (8, Health.ATTENTION),
     (90, Health.ATTENTION), (91, Health.ON_TRACK)],
)
def test_the_soonest_date_decides(offset: int, expected: Health) -> None:
    assert health(action_dates=[days(400), days(offset)]) is expected


def test_obligation_due_dates_count_like_contract_dates() -> None:
    assert health(action_dates=[days(200)], obligation_due_dates=[days(3)]) is Health.AT_RISK


def test_overdue_beats_everything_even_an_ended_contract() -> None:
    assert health(action_dates=[days(1)], has_overdue_obligation=True) is Health.OVERDUE
    assert health(status="terminated", action_dates=[], has_overdue_obligation=True) is (
        Health.OVERDUE
    )


@pytest.mark.parametrize("status", ["expired", "terminated", "archived"])
def test_ended_contracts_do_not_warn_about_dates(status: str) -> None:
    assert health(status=status, action_dates=[days(1)]) is Health.ENDED


def test_a_custom_window_moves_the_thresholds() -> None:
    narrow = HealthWindow(attention_days=30, risk_days=3)
    assert health(action_dates=[days(4)], window=narrow) is Health.ATTENTION
    assert health(action_dates=[days(31)], window=narrow) is Health.ON_TRACK


def test_a_self_renewing_term_end_is_not_an_action_date() -> None:
    dates = action_dates(
        send_by=days(20), notice_deadline=days(30), current_term_end=days(120),
        renews_by_itself=True,
    )
    assert dates == [days(20), days(30)]


def test_a_term_that_ends_for_good_counts_its_end() -> None:
    dates = action_dates(
        send_by=None, notice_deadline=None, current_term_end=days(5), renews_by_itself=False
    )
    assert dates == [days(5)]


def test_rank_orders_worst_first_and_labels_are_words() -> None:
    ordered = sorted(Health, key=lambda state: state.rank)
    assert ordered[0] is Health.OVERDUE
    assert ordered[-1] is Health.ENDED
    assert Health.AT_RISK.label == "At risk"
