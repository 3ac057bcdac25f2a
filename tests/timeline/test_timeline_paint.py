"""The painted timeline: pixels at known dates (bars, notice window, today line)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from contract_desk.domain.health import Health
from contract_desk.services.register.contract_records import contract_row
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.milestones import ObligationMark
from contract_desk.services.timeline.scale import TimeScale
from contract_desk.ui.timeline.canvas import TimelineView
from contract_desk.ui.timeline.paint import COLOURS

TODAY = date(2026, 6, 15)
SIZE = QSize(1000, 300)


def row(uid: str, **values: Any) -> ContractRow:
    base = {"id": 1, "uid": uid, "reference": uid, "title": "Cleaning", "renewal": "none"}
    return contract_row({**base, **values}, TODAY)


ROWS = [
    row("A", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31), notice_period="2 months",
        notice_buffer_days=14),
    row("B", start_date=date(2026, 3, 1)),  # open-ended
    row("C", start_date=date(2024, 1, 1), initial_term="1 year", renewal="automatic"),
]


@pytest.fixture
def view(qtbot: Any) -> TimelineView:
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(SIZE)
    view.set_rows(ROWS, [Health.ATTENTION, Health.ON_TRACK, Health.ON_TRACK], TODAY)
    view.scale = TimeScale(date(2025, 12, 1).toordinal(), 1.5)  # one day = 1.5 px
    view.verticalScrollBar().setValue(0)
    return view


def x_of(view: TimelineView, day: date, offset: float = 0.75) -> int:
    scene = view.scene(SIZE.width(), SIZE.height())
    return round(scene.left_width + view.scale.x_of(day) + offset)


def y_of(view: TimelineView, lane: int) -> int:
    geometry = view.geometry_
    return geometry.lane_top(lane, 0) + geometry.lane_height // 2 + 1


def pixel(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def near(colour: QColor, expected: QColor, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3],
                                                       expected.getRgb()[:3], strict=True))


def is_notice(colour: QColor) -> bool:
    # the notice amber, or its lighter diagonal stripes
    return colour.red() > 230 and 150 < colour.green() < 215 and colour.blue() < 140


def test_the_bar_covers_exactly_its_term(view: TimelineView) -> None:
    image = view.render_image(SIZE)
    y = y_of(view, 0) - 3  # above the middle: clear of the milestone diamonds
    assert near(pixel(image, x_of(view, date(2026, 1, 1)), y), COLOURS["term"])
    assert near(pixel(image, x_of(view, date(2026, 7, 1)), y), COLOURS["term"])
    assert not near(pixel(image, x_of(view, date(2025, 12, 30)), y), COLOURS["term"])
    assert not near(pixel(image, x_of(view, date(2027, 1, 3)), y), COLOURS["term"])


def test_the_notice_window_is_shaded_from_the_deadline_to_the_term_end(view: TimelineView
                                                                        ) -> None:
    image = view.render_image(SIZE)
    y = y_of(view, 0) - 3
    inside = [pixel(image, x_of(view, date(2026, 11, d)), y) for d in range(2, 30, 3)]
    assert sum(is_notice(colour) for colour in inside) >= len(inside) - 1
    # the deadline is 2026-10-31 (two months before the end): the day before is plain term
    assert bar_deadline(view) == date(2026, 10, 31)
    assert near(pixel(image, x_of(view, date(2026, 10, 30)), y), COLOURS["term"])
    assert is_notice(pixel(image, x_of(view, date(2026, 10, 31)), y)) or is_notice(
        pixel(image, x_of(view, date(2026, 10, 31)) + 1, y))
    assert not is_notice(pixel(image, x_of(view, date(2027, 1, 5)), y))


def bar_deadline(view: TimelineView) -> date:
    window = view.bar_of(0).notice_window
    assert window is not None
    return window[0]


def test_the_send_by_marker_is_on_its_day(view: TimelineView) -> None:
    image = view.render_image(SIZE)
    x = x_of(view, date(2026, 10, 17))  # deadline 2026-10-31 minus 14 days
    assert near(pixel(image, x, y_of(view, 0) + 4), COLOURS["send_by"], 30)


def test_the_today_line_is_at_today_in_every_lane(view: TimelineView) -> None:
    image = view.render_image(SIZE)
    x = x_of(view, TODAY)
    for lane in (0, 1, 2):
        assert near(pixel(image, x, y_of(view, lane) + 6), COLOURS["today"], 20)
    assert not near(pixel(image, x_of(view, TODAY) + 8, y_of(view, 1) + 9), COLOURS["today"], 20)


def test_renewals_are_drawn_as_separate_segments(view: TimelineView) -> None:
    image = view.render_image(SIZE)
    y = y_of(view, 2) - 3
    assert near(pixel(image, x_of(view, date(2025, 12, 20)), y), COLOURS["renewal"])
    seam = [pixel(image, x, y) for x in range(x_of(view, date(2026, 1, 1), 0) - 1,
                                              x_of(view, date(2026, 1, 1), 0) + 2)]
    assert any(colour.lightness() > 200 for colour in seam)


def test_an_open_ended_bar_fades_out(view: TimelineView) -> None:
    image = view.render_image(SIZE)
    y = y_of(view, 1) - 3
    start = pixel(image, x_of(view, date(2026, 3, 5)), y)
    far = pixel(image, SIZE.width() - 8, y)  # the right edge of the chart
    assert near(start, COLOURS["term"], 25)
    assert far.lightness() > start.lightness() + 60


def test_milestones_are_diamonds_coloured_by_status(view: TimelineView) -> None:
    late = ObligationMark("o1", "A", None, "payment", "us", "Advance", date(2026, 2, 1),
                          "scheduled", None, None, None, None, 1)
    met = ObligationMark("o2", "A", None, "delivery", "us", "Delivery", date(2026, 4, 1),
                         "met", date(2026, 3, 30), None, None, None, 1)
    # Late again after one met, then one still to come: each diamond its own colour.
    again = ObligationMark("o3", "A", None, "report", "us", "Report", date(2026, 5, 1),
                           "scheduled", None, None, None, None, 1)
    coming = ObligationMark("o4", "A", None, "payment", "us", "Fee", date(2026, 8, 1),
                            "scheduled", None, None, None, None, 1)
    view.set_marks({"A": (late, met, again, coming)})
    image = view.render_image(SIZE)
    y = y_of(view, 0) - 1
    assert near(pixel(image, x_of(view, date(2026, 2, 1)), y), COLOURS["late"], 30)
    assert near(pixel(image, x_of(view, date(2026, 4, 1)), y), COLOURS["met"], 30)
    assert near(pixel(image, x_of(view, date(2026, 5, 1)), y), COLOURS["late"], 30)
    assert near(pixel(image, x_of(view, date(2026, 8, 1)), y), COLOURS["scheduled"], 30)


def test_only_visible_lanes_are_laid_out(qtbot: Any) -> None:
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(SIZE)
    many = [row(f"R{i}", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))
            for i in range(5000)]
    view.set_rows(many, [Health.ON_TRACK] * len(many), TODAY)
    view.render_image(SIZE)
    assert 0 < len(view._bars) < 20
