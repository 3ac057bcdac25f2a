"""The arithmetic expansion of plain rules gives exactly what the rule engine gives."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from contract_desk.domain.recurrence import occurrences
from contract_desk.services.timeline.recurrence_fast import fast_occurrences, plain_rule

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
rules = st.builds(
    lambda freq, interval, end, count, until: ";".join(
        [f"FREQ={freq}", *([f"INTERVAL={interval}"] if interval > 1 else []),
         *([f"COUNT={count}"] if end == "count" else []),
         *([f"UNTIL={until:%Y%m%d}"] if end == "until" else [])]),
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]), st.integers(1, 4),
    st.sampled_from(["count", "until", "none"]), st.integers(1, 40), days,
)


@settings(max_examples=300, deadline=None)
@given(first=days, rule=rules, start=days, span=st.integers(0, 3000))
def test_plain_rules_match_the_rule_engine(first: date, rule: str, start: date, span: int
                                           ) -> None:
    end = start + timedelta(days=span)
    expected = occurrences(first, rule, start, end, limit=60)
    assert fast_occurrences(first, rule, start, end, 60) == expected


def test_month_ends_fall_back_to_the_last_day() -> None:
    found = fast_occurrences(date(2024, 1, 31), "FREQ=MONTHLY;COUNT=4", date(2024, 1, 1),
                             date(2024, 12, 31), 100)
    assert found == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]


def test_rules_with_other_parts_are_left_to_the_rule_engine() -> None:
    assert plain_rule("FREQ=MONTHLY;BYDAY=MO") is None
    assert plain_rule("FREQ=HOURLY") is None
    assert plain_rule("FREQ=MONTHLY;COUNT=2;UNTIL=20250101") is None
    assert fast_occurrences(date(2025, 1, 1), "FREQ=MONTHLY;BYMONTHDAY=1", date(2025, 1, 1),
                            date(2025, 12, 31), 10) is None
