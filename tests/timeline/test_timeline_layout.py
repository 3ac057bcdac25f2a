"""Lanes: grouping, collapsed groups, which lanes are on screen."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from contract_desk.services.register.contract_records import contract_row
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.layout import GroupHeader, LaneGeometry, build_lanes


def row(**values: Any) -> ContractRow:
    base = {"id": 1, "uid": values.get("reference", "x"), "title": "T", "renewal": "none",
            "start_date": date(2026, 1, 1), "end_date": date(2026, 12, 31)}
    return contract_row({**base, **values}, date(2026, 6, 1))


ROWS = [row(reference="A", counterparty="Beta"), row(reference="B", counterparty="alpha"),
        row(reference="C", counterparty=None), row(reference="D", counterparty="Beta")]


def test_ungrouped_lanes_keep_the_order() -> None:
    assert build_lanes(ROWS) == [0, 1, 2, 3]


def test_groups_sorted_by_name_empty_last_order_kept_inside() -> None:
    lanes = build_lanes(ROWS, "counterparty")
    assert lanes == [GroupHeader("alpha", 1, False), 1, GroupHeader("Beta", 2, False), 0, 3,
                     GroupHeader("", 1, False), 2]


def test_a_collapsed_group_shows_only_its_header() -> None:
    lanes = build_lanes(ROWS, "counterparty", collapsed={"Beta"})
    assert lanes == [GroupHeader("alpha", 1, False), 1, GroupHeader("Beta", 2, True),
                     GroupHeader("", 1, False), 2]


def test_grouping_by_status_uses_the_effective_status() -> None:
    lanes = build_lanes([row(reference="E", end_date=date(2026, 3, 1)), ROWS[0]],
                        "effective_status")
    assert [lane.key for lane in lanes if isinstance(lane, GroupHeader)] == ["active", "expired"]


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot group"):
        build_lanes(ROWS, "notes")


GEOMETRY = LaneGeometry(lane_height=20, header_height=40)


def test_visible_lanes_of_a_huge_register_are_only_those_on_screen() -> None:
    assert GEOMETRY.visible_lanes(0, 100, 100_000) == range(5)
    assert GEOMETRY.visible_lanes(1_000_010, 100, 100_000) == range(50_000, 50_006)
    assert GEOMETRY.visible_lanes(1_999_990, 100, 100_000) == range(99_999, 100_000)
    assert GEOMETRY.visible_lanes(0, 100, 0) == range(0)


def test_lane_at_and_lane_top_agree() -> None:
    top = 35
    for lane in (2, 3, 7):
        y = GEOMETRY.lane_top(lane, top)
        assert GEOMETRY.lane_at(y + 1, top, 10) == lane
    assert GEOMETRY.lane_at(39, top, 10) is None  # the header
    assert GEOMETRY.lane_at(GEOMETRY.lane_top(10, top), top, 10) is None


def test_top_showing_scrolls_as_little_as_possible() -> None:
    assert GEOMETRY.top_showing(3, 0, 240) == 0  # already visible
    assert GEOMETRY.top_showing(50, 0, 240) == 51 * 20 - 200
    assert GEOMETRY.top_showing(2, 500, 240) == 40
