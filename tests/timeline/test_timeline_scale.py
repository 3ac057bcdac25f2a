"""The time axis: date <-> x, zoom about a point, header bands by zoom."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.services.timeline.scale import (
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    TimeScale,
    band_units,
    header_band,
    header_bands,
    next_unit,
    unit_label,
    unit_start,
)


def scale_at(day: date, px_per_day: float) -> TimeScale:
    return TimeScale(day.toordinal(), px_per_day)


def test_a_day_starts_where_the_previous_one_ends() -> None:
    scale = scale_at(date(2026, 1, 1), 4.0)
    assert scale.x_of(date(2026, 1, 1)) == 0
    assert scale.x_after(date(2026, 1, 1)) == 4
    assert scale.x_of(date(2026, 2, 1)) == 31 * 4
    assert scale.x_of(date(2025, 12, 31)) == -4


@pytest.mark.parametrize("x, expected", [(0, date(2026, 1, 1)), (3.99, date(2026, 1, 1)),
                                         (4, date(2026, 1, 2)), (-0.5, date(2025, 12, 31))])
def test_date_at_finds_the_day_covering_a_column(x: float, expected: date) -> None:
    assert scale_at(date(2026, 1, 1), 4.0).date_at(x) == expected


def test_date_and_x_round_trip_across_leap_days() -> None:
    scale = scale_at(date(2023, 12, 1), 2.5)
    for day in (date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1), date(2030, 6, 15)):
        assert scale.date_at(scale.x_of(day)) == day
        assert scale.date_at(scale.x_after(day) - 0.01) == day


def test_zoom_keeps_the_day_under_the_mouse() -> None:
    scale = scale_at(date(2026, 1, 1), 2.0)
    anchor = 300.0
    before = scale.date_at(anchor)
    zoomed = scale.zoomed(3.0, anchor)
    assert zoomed.px_per_day == 6.0
    assert zoomed.date_at(anchor) == before


def test_zoom_stops_at_weeks_and_decades() -> None:
    scale = scale_at(date(2026, 1, 1), 2.0)
    assert scale.zoomed(1e6, 0).px_per_day == MAX_PX_PER_DAY
    assert scale.zoomed(1e-6, 0).px_per_day == MIN_PX_PER_DAY
    assert 1000 / MAX_PX_PER_DAY < 31  # "weeks": under a month on a wide screen
    assert 1000 / MIN_PX_PER_DAY > 365 * 20  # "decades"


def test_scrolling_moves_the_dates_left() -> None:
    scale = scale_at(date(2026, 1, 1), 4.0).scrolled(40)
    assert scale.date_at(0) == date(2026, 1, 11)


def test_fitting_shows_first_and_last_day() -> None:
    scale = TimeScale.fitting(date(2020, 1, 1), date(2030, 12, 31), 1000)
    assert 0 < scale.x_of(date(2020, 1, 1)) < scale.x_after(date(2030, 12, 31)) <= 1000 + 1e-6


def test_around_puts_the_day_at_the_fraction() -> None:
    scale = TimeScale.around(date(2026, 5, 1), 2.0, 1000, at=0.5)
    assert scale.x_of(date(2026, 5, 1)) == pytest.approx(500)


@pytest.mark.parametrize("zoom, units", [(10.0, ("month", "week")), (1.0, ("year", "month")),
                                         (0.3, ("year", "quarter")), (0.05, ("decade", "year"))])
def test_header_units_follow_the_zoom(zoom: float, units: tuple[str, str]) -> None:
    assert band_units(zoom) == units


@pytest.mark.parametrize("unit, day, start, following", [
    ("week", date(2026, 1, 1), date(2025, 12, 29), date(2026, 1, 5)),
    ("month", date(2024, 2, 29), date(2024, 2, 1), date(2024, 3, 1)),
    ("quarter", date(2026, 11, 5), date(2026, 10, 1), date(2027, 1, 1)),
    ("year", date(2026, 11, 5), date(2026, 1, 1), date(2027, 1, 1)),
    ("decade", date(2026, 11, 5), date(2020, 1, 1), date(2030, 1, 1)),
])
def test_unit_boundaries(unit: str, day: date, start: date, following: date) -> None:
    assert unit_start(day, unit) == start
    assert next_unit(start, unit) == following


def test_a_month_band_covers_the_screen_with_adjacent_cells() -> None:
    scale = scale_at(date(2026, 1, 15), 5.0)
    band = header_band(scale, 400, "month")
    assert [cell.label for cell in band.cells] == ["Jan", "Feb", "Mar", "Apr"]
    assert band.cells[0].x0 < 0 and band.cells[-1].x1 >= 400
    for left, right in zip(band.cells, band.cells[1:], strict=False):
        assert left.x1 == right.x0
    assert band.cells[1].x1 - band.cells[1].x0 == 28 * 5


def test_header_bands_at_a_year_zoom_are_years_over_months() -> None:
    scale = scale_at(date(2026, 1, 1), 1000 / 365)
    upper, lower = header_bands(scale, 1000)
    assert upper.unit == "year" and lower.unit == "month"
    assert [cell.label for cell in upper.cells] == ["2026"]
    assert len(lower.cells) == 12


def test_the_header_speaks_the_persons_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    from contract_desk import i18n
    from contract_desk.i18n import formats

    monkeypatch.setenv(formats.FORMATS_ENV, "ko_KR")
    try:
        i18n.use_language("ko")
        scale = scale_at(date(2026, 1, 15), 5.0)
        months = header_band(scale, 400, "month")
        assert [cell.label for cell in months.cells] == ["1월", "2월", "3월", "4월"]
        weeks = header_band(scale, 400, "week")
        assert {cell.start.weekday() for cell in weeks.cells} == {6}  # Korean weeks: Sunday
        quarters = header_band(scale_at(date(2026, 1, 15), 0.3), 400, "quarter")
        assert quarters.cells[0].label.endswith("분기")
    finally:
        i18n.use_language("en")


def test_quarters_and_decades_in_norwegian() -> None:
    from babel import Locale

    from contract_desk.i18n.formats import Formats

    norwegian = Formats(Locale.parse("nb_NO"))
    assert unit_label(date(2026, 10, 1), "quarter", norwegian) == "K4"
    assert unit_label(date(2026, 10, 1), "month", norwegian) == "okt"
    assert unit_label(date(2020, 1, 1), "decade", Formats()) == "2020s"
