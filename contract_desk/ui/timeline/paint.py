"""Painting the timeline: only the lanes and days on screen, onto any QPainter.

The widget, the PNG/PDF export, the painter tests and the benchmark all call
:func:`paint_timeline` with a :class:`TimelineScene`; the geometry comes from the
Qt-free ``services.timeline_*`` modules, this file only draws.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
)

from contract_desk.domain.health import ENDED_STATUSES, Health
from contract_desk.i18n.formats import Formats
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.bars import Bar
from contract_desk.services.timeline.layout import GroupHeader, Lane, LaneGeometry
from contract_desk.services.timeline.milestones import LATE, MET, SCHEDULED, WAIVED, Milestone
from contract_desk.services.timeline.scale import HeaderBand, TimeScale, header_bands
from contract_desk.ui.common.health_style import health_color

#: Fixed hues: they mean the same on every machine and in the legend.
COLOURS = {
    "term": QColor(69, 98, 128),
    "renewal": QColor(112, 144, 176),
    "ended": QColor(150, 150, 150),
    "notice": QColor(245, 166, 35),
    "send_by": QColor(198, 40, 40),
    "earliest_end": QColor(106, 27, 154),
    "today": QColor(30, 136, 229),
    "selection": QColor(30, 136, 229, 48),
    "group": QColor(128, 128, 128, 40),
    "grid": QColor(128, 128, 128, 50),
    SCHEDULED: QColor(255, 255, 255),
    MET: QColor(46, 125, 50),
    LATE: QColor(211, 47, 47),
    WAIVED: QColor(158, 158, 158),
}
#: Pixels over which an open-ended bar fades out.
FADE_PX = 140.0


@dataclass
class TimelineScene:
    """Everything one paint needs; the lanes index into ``rows``."""

    rows: Sequence[ContractRow]
    healths: Sequence[Health]
    lanes: Sequence[Lane]
    scale: TimeScale
    top: int
    geometry: LaneGeometry
    left_width: int
    today: date
    bar_of: Callable[[int], Bar]
    milestones_of: Callable[[int, date, date], Sequence[Milestone]]
    current_uid: str | None = None
    group_title: str = ""
    column_title: str = "Contract"
    #: A group's title when its contracts have no value in the grouped field.
    no_value: str = "(none)"
    #: How the header writes months and quarters, and where its weeks start (the person's).
    formats: Formats = field(default_factory=Formats)
    #: Elided left-column texts by (lane text, width): eliding is the dearest text call.
    elided: dict[tuple[str, int, int], str] = field(default_factory=dict)
    text: QColor = field(default_factory=lambda: QColor(30, 30, 30))
    base: QColor = field(default_factory=lambda: QColor(255, 255, 255))
    alternate: QColor = field(default_factory=lambda: QColor(246, 246, 246))


def paint_timeline(painter: QPainter, width: int, height: int, scene: TimelineScene) -> None:
    """Draw the header, the lanes on screen and the frozen left column."""
    painter.fillRect(QRectF(0, 0, width, height), scene.base)
    chart = QRectF(scene.left_width, 0, width - scene.left_width, height)
    lanes = scene.geometry.visible_lanes(scene.top, height - scene.geometry.header_height,
                                         len(scene.lanes))
    bands = header_bands(scene.scale, chart.width(), scene.formats)
    painter.save()
    painter.setClipRect(chart)
    painter.translate(scene.left_width, 0)
    _grid(painter, bands[1], height, scene)
    for lane in lanes:
        _lane(painter, lane, chart.width(), scene)
    _today(painter, height, scene)
    _header(painter, bands, chart.width(), scene)
    painter.restore()
    _left_column(painter, lanes, height, scene)


def _grid(painter: QPainter, band: HeaderBand, height: int, scene: TimelineScene) -> None:
    painter.setPen(QPen(COLOURS["grid"], 1))
    for cell in band.cells:
        painter.drawLine(QPointF(cell.x0, scene.geometry.header_height), QPointF(cell.x0, height))


def _lane(painter: QPainter, lane: int, width: float, scene: TimelineScene) -> None:
    y = scene.geometry.lane_top(lane, scene.top)
    h = scene.geometry.lane_height
    item = scene.lanes[lane]
    if isinstance(item, GroupHeader):
        painter.fillRect(QRectF(0, y, width, h), COLOURS["group"])
        return
    row = scene.rows[item]
    if row.uid == scene.current_uid:
        painter.fillRect(QRectF(0, y, width, h), COLOURS["selection"])
    bar = scene.bar_of(item)
    # An ended contract's notice window and send-by date no longer ask anything of anyone.
    ended = row.effective_status in ENDED_STATUSES
    top, bar_h = y + 5, h - 10
    _segments(painter, bar, top, bar_h, width, ended, scene.scale)
    if not ended:
        _notice(painter, bar, top, bar_h, scene.scale)
        _send_by(painter, bar, y, h, scene.scale)
        _earliest_end(painter, bar, y, h, scene.scale)
    first, last = scene.scale.days_between(-8, width + 8)
    _diamonds(painter, scene.milestones_of(item, first, last), y + h / 2, scene.scale)


def _segments(painter: QPainter, bar: Bar, top: float, bar_h: float, width: float, ended: bool,
              scale: TimeScale) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for segment in bar.segments:
        x0, x1 = max(-2.0, scale.x_of(segment.start)), min(width + 2, scale.x_after(segment.end))
        if x1 <= x0:
            continue
        colour = COLOURS["ended"] if ended else COLOURS["term" if segment.renewal == 0 else
                                                       "renewal"]
        painter.fillRect(QRectF(x0, top, x1 - x0, bar_h), colour)
        if segment.renewal > 0 and x1 - x0 > 3:  # a light seam where a renewal starts
            painter.fillRect(QRectF(scale.x_of(segment.start), top, 1.5, bar_h),
                             QColor(255, 255, 255, 220))
    if bar.open_from is not None:
        x0 = max(-2.0, scale.x_of(bar.open_from))
        end = max(x0 + FADE_PX, min(width, x0 + 4 * FADE_PX))
        gradient = QLinearGradient(end - FADE_PX, 0, end, 0)
        colour = QColor(COLOURS["ended"] if ended else COLOURS["term"])
        gradient.setColorAt(0, colour)
        colour.setAlpha(0)
        gradient.setColorAt(1, colour)
        painter.fillRect(QRectF(x0, top, end - x0, bar_h), QBrush(gradient))


def _notice(painter: QPainter, bar: Bar, top: float, bar_h: float, scale: TimeScale) -> None:
    if bar.notice_window is None:
        return
    start, end = bar.notice_window
    x0, x1 = scale.x_of(start), scale.x_after(end)
    painter.fillRect(QRectF(x0, top - 2, x1 - x0, bar_h + 4), COLOURS["notice"])
    painter.fillRect(QRectF(x0, top - 2, x1 - x0, bar_h + 4),
                     QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))


def _send_by(painter: QPainter, bar: Bar, y: float, h: float, scale: TimeScale) -> None:
    if bar.send_by is None:
        return
    x = scale.x_of(bar.send_by) + scale.px_per_day / 2
    painter.setPen(QPen(COLOURS["send_by"], 2))
    painter.drawLine(QPointF(x, y + 2), QPointF(x, y + h - 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(COLOURS["send_by"])
    painter.drawPolygon(QPolygonF([QPointF(x, y + 2), QPointF(x + 6, y + 5), QPointF(x, y + 8)]))


def _earliest_end(painter: QPainter, bar: Bar, y: float, h: float, scale: TimeScale) -> None:
    """An open-ended contract's earliest end if notice went today: a dashed line with a
    bracket facing left (the contract could run up to here)."""
    if bar.earliest_end is None:
        return
    x = scale.x_after(bar.earliest_end)
    pen = QPen(COLOURS["earliest_end"], 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, y + 2), QPointF(x, y + h - 2))
    painter.setPen(QPen(COLOURS["earliest_end"], 2))
    painter.drawLine(QPointF(x - 5, y + 2), QPointF(x, y + 2))
    painter.drawLine(QPointF(x - 5, y + h - 2), QPointF(x, y + h - 2))


def _diamonds(painter: QPainter, milestones: Sequence[Milestone], middle: float,
              scale: TimeScale) -> None:
    """One lane's milestones as diamonds: one pen, a brush per state, one shape moved."""
    if not milestones:
        return
    r = min(5.0, max(3.0, scale.px_per_day * 8))  # monthly diamonds stay apart when zoomed out
    shape = QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)])
    half_day, x_of, state = scale.px_per_day / 2, scale.x_of, None
    painter.setPen(QPen(QColor(40, 40, 40), 1))
    for milestone in milestones:
        if milestone.state != state:  # the brush changes only with the state
            state = milestone.state
            painter.setBrush(COLOURS[state])
        painter.drawPolygon(shape.translated(x_of(milestone.day) + half_day, middle))


def _today(painter: QPainter, height: int, scene: TimelineScene) -> None:
    x = scene.scale.x_of(scene.today) + scene.scale.px_per_day / 2
    painter.fillRect(QRectF(x - 1, scene.geometry.header_height, 2, height), COLOURS["today"])


def _header(painter: QPainter, bands: tuple[HeaderBand, HeaderBand], width: float,
            scene: TimelineScene) -> None:
    band_h = scene.geometry.header_height / 2
    painter.fillRect(QRectF(0, 0, width, scene.geometry.header_height), scene.alternate)
    metrics = QFontMetrics(painter.font(), painter.device())
    for index, band in enumerate(bands):
        y = index * band_h
        for cell in band.cells:
            painter.setPen(QPen(COLOURS["grid"].darker(200), 1))
            painter.drawLine(QPointF(cell.x0, y), QPointF(cell.x0, y + band_h))
            label = cell.label
            x0, x1 = max(cell.x0, 0.0), min(cell.x1, width)
            if metrics.horizontalAdvance(label) + 4 > x1 - x0:
                continue  # a label that does not fit is left out, never clipped
            painter.setPen(scene.text)
            painter.drawText(QRectF(x0 + 2, y, x1 - x0 - 4, band_h),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)
    painter.setPen(QPen(COLOURS["grid"].darker(200), 1))
    painter.drawLine(QPointF(0, band_h), QPointF(width, band_h))
    painter.drawLine(QPointF(0, 2 * band_h), QPointF(width, 2 * band_h))
    x = scene.scale.x_of(scene.today) + scene.scale.px_per_day / 2
    painter.fillRect(QRectF(x - 1, band_h, 2, band_h), COLOURS["today"])


def _left_column(painter: QPainter, lanes: range, height: int, scene: TimelineScene) -> None:
    width, geometry = scene.left_width, scene.geometry
    painter.fillRect(QRectF(0, 0, width, height), scene.base)
    painter.save()
    painter.setClipRect(QRectF(0, geometry.header_height, width, height))
    plain = QFont(painter.font())
    metrics = QFontMetrics(plain, painter.device())
    dpi = painter.device().logicalDpiY()
    bold = QFont(plain)
    bold.setBold(True)
    for lane in lanes:
        y = geometry.lane_top(lane, scene.top)
        rect = QRectF(0, y, width, geometry.lane_height)
        item = scene.lanes[lane]
        if isinstance(item, GroupHeader):
            painter.fillRect(rect, COLOURS["group"])
            painter.setFont(bold)
            marker = "▸" if item.collapsed else "▾"
            name = item.key or scene.no_value
            text = QFontMetrics(bold, painter.device()).elidedText(
                f"{marker} {name}", Qt.TextElideMode.ElideRight, width - 70)
            painter.setPen(scene.text)
            painter.drawText(rect.adjusted(6, 0, -8, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             text)
            painter.drawText(rect.adjusted(6, 0, -8, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             scene.formats.number(item.count))
            painter.setFont(plain)
            continue
        row = scene.rows[item]
        if row.uid == scene.current_uid:
            painter.fillRect(rect, COLOURS["selection"])
        elif lane % 2:
            painter.fillRect(rect, scene.alternate)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(health_color(scene.healths[item]))
        painter.drawEllipse(QRectF(8, y + geometry.lane_height / 2 - 4, 8, 8))
        painter.setPen(scene.text)
        text = f"{row.reference or '—'}  {row.title}"
        shown = scene.elided.get((text, width, dpi))
        if shown is None:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 30)
            scene.elided[(text, width, dpi)] = shown
        painter.drawText(rect.adjusted(22, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter), shown)
    painter.restore()
    _left_header(painter, height, scene)


def _left_header(painter: QPainter, height: int, scene: TimelineScene) -> None:
    width, header = scene.left_width, scene.geometry.header_height
    painter.fillRect(QRectF(0, 0, width, header), scene.alternate)
    painter.setPen(scene.text)
    painter.drawText(QRectF(8, 0, width - 16, header / 2), int(Qt.AlignmentFlag.AlignVCenter),
                     scene.column_title)
    if scene.group_title:
        painter.drawText(QRectF(8, header / 2, width - 16, header / 2),
                         int(Qt.AlignmentFlag.AlignVCenter), scene.group_title)
    painter.setPen(QPen(COLOURS["grid"].darker(200), 1))
    painter.drawLine(QPointF(width - 0.5, 0), QPointF(width - 0.5, height))
    painter.drawLine(QPointF(0, header), QPointF(width, header))
