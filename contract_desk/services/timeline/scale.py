"""The timeline's time axis: date <-> x at a zoom, and the header bands. No Qt.

A :class:`TimeScale` maps a day to a horizontal pixel position: ``left`` is the
(fractional) ordinal day at x = 0 and ``px_per_day`` is the zoom. Day ``d``
covers the columns ``[x_of(d), x_of(d) + px_per_day)``. Zooming keeps the day
under the mouse where it is; scrolling moves ``left``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta

from contract_desk.i18n import _
from contract_desk.i18n.formats import Formats, current_formats

#: The closest zoom: about three weeks on a 1,000-pixel screen.
MAX_PX_PER_DAY = 48.0
#: The widest zoom: about six decades on a 1,000-pixel screen.
MIN_PX_PER_DAY = 0.045
#: One step of Ctrl+wheel, + or -.
ZOOM_STEP = 1.25
#: Days shown either side of the contracts' span when scrolling or fitting.
MARGIN_DAYS = 30


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Where each day sits horizontally."""

    left: float
    px_per_day: float

    @classmethod
    def around(cls, day: date, px_per_day: float, width: float, at: float = 0.3) -> TimeScale:
        """A scale showing ``day`` at the fraction ``at`` of ``width``."""
        zoom = clamp_zoom(px_per_day)
        return cls(day.toordinal() - at * width / zoom, zoom)

    @classmethod
    def fitting(cls, first: date, last: date, width: float) -> TimeScale:
        """A scale showing every day from ``first`` to ``last`` (plus a margin) in ``width``."""
        margin = min(MARGIN_DAYS, max(1, (last - first).days // 20))
        start = first.toordinal() - margin
        days = max(1, last.toordinal() + 1 + margin - start)
        return cls(start, clamp_zoom(max(1.0, width) / days))

    def x_of(self, day: date) -> float:
        """The left edge of ``day``."""
        return (day.toordinal() - self.left) * self.px_per_day

    def x_after(self, day: date) -> float:
        """The right edge of ``day`` (end dates are inclusive)."""
        return self.x_of(day) + self.px_per_day

    def date_at(self, x: float) -> date:
        """The day covering column ``x``."""
        return _from_ordinal(math.floor(self.left + x / self.px_per_day))

    def days_between(self, x0: float, x1: float) -> tuple[date, date]:
        """The first and last day touching the columns [x0, x1)."""
        return self.date_at(x0), self.date_at(max(x0, x1 - 1e-6))

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Zoom by ``factor`` keeping the moment at ``anchor_x`` in place."""
        zoom = clamp_zoom(self.px_per_day * factor)
        moment = self.left + anchor_x / self.px_per_day
        return TimeScale(moment - anchor_x / zoom, zoom)

    def scrolled(self, dx: float) -> TimeScale:
        """The scale after the content moved ``dx`` pixels to the left."""
        return replace(self, left=self.left + dx / self.px_per_day)


def clamp_zoom(px_per_day: float) -> float:
    """A zoom within the timeline's limits (weeks to decades)."""
    return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))


def _from_ordinal(ordinal: int) -> date:
    return date.fromordinal(min(date.max.toordinal(), max(1, ordinal)))


# -- header bands ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class HeaderCell:
    """One cell of a header band: a week, month, quarter, year or decade."""

    start: date
    end: date  # inclusive
    x0: float
    x1: float
    label: str


@dataclass(frozen=True, slots=True)
class HeaderBand:
    """One row of the header: its unit and its cells on screen."""

    unit: str
    cells: tuple[HeaderCell, ...]


#: (smallest px per day, upper unit, lower unit): the first row that fits is used.
_BANDS = (
    (3.0, "month", "week"),
    (0.5, "year", "month"),
    (0.16, "year", "quarter"),
    (0.0, "decade", "year"),
)


def band_units(px_per_day: float) -> tuple[str, str]:
    """The units of the upper and lower header bands at a zoom."""
    for smallest, upper, lower in _BANDS:
        if px_per_day >= smallest:
            return upper, lower
    return "decade", "year"  # pragma: no cover - the last row takes every zoom


def unit_start(day: date, unit: str, first_weekday: int = 0) -> date:
    """The first day of the week, month, quarter, year or decade holding ``day``.

    A week starts on ``first_weekday`` (0 = Monday, 6 = Sunday: the locale's)."""
    if unit == "week":
        return day - timedelta(days=(day.weekday() - first_weekday) % 7)
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    if unit == "decade":
        return date(max(1, day.year - day.year % 10), 1, 1)
    raise ValueError(f"unknown unit {unit!r}")


def next_unit(day: date, unit: str) -> date:
    """The first day of the unit after the one starting on ``day``."""
    if unit == "week":
        return day + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    index = day.year * 12 + day.month - 1 + months
    year = index // 12
    if year > date.max.year:
        return date.max
    return date(year, index % 12 + 1, 1)


def unit_label(start: date, unit: str, formats: Formats | None = None) -> str:
    """The text of a header cell, in the person's formats ("des", "1월", "Q1", "2020s")."""
    if unit == "week":  # the first day's day of the month reads as a date under its month
        return str(start.day)
    formats = formats or current_formats()
    if unit == "month":
        return formats.month_names[start.month - 1]
    if unit == "quarter":
        return formats.quarter_names[(start.month - 1) // 3]
    if unit == "year":
        return str(start.year)
    # Translators: a decade on the timeline's scale, {year} its first year ("the 2020s").
    return _("{year}s").format(year=start.year)


def header_band(scale: TimeScale, width: float, unit: str,
                formats: Formats | None = None) -> HeaderBand:
    """The cells of ``unit`` covering the columns [0, width), labelled in ``formats``
    (default: the person's; month names are worked out once per locale, not per paint)."""
    formats = formats or current_formats()
    first, last = scale.days_between(0, width)
    cells = []
    start = unit_start(first, unit, formats.first_weekday)
    while start <= last:
        following = next_unit(start, unit)
        end = following - timedelta(days=1) if following != date.max else date.max
        cells.append(HeaderCell(start, end, scale.x_of(start), scale.x_after(end),
                                unit_label(start, unit, formats)))
        if following == date.max:
            break
        start = following
    return HeaderBand(unit, tuple(cells))


def header_bands(scale: TimeScale, width: float,
                 formats: Formats | None = None) -> tuple[HeaderBand, HeaderBand]:
    """The upper and lower header bands chosen by the zoom."""
    upper, lower = band_units(scale.px_per_day)
    return header_band(scale, width, upper, formats), header_band(scale, width, lower, formats)
