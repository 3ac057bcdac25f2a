"""The timeline canvas: a scroll area that paints only the lanes and days on screen.

Signals:
    current_changed(str): the user chose a contract (its uid) by clicking or with the keys.
    open_requested(str): the user double-clicked a contract or pressed Enter.
    menu_requested(str, QPoint): right-click on a contract (uid, global position).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from contract_desk.domain.health import Health
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.bars import Bar, bar_for
from contract_desk.services.timeline.layout import (
    GROUP_FIELDS,
    GroupHeader,
    Lane,
    LaneGeometry,
    build_lanes,
)
from contract_desk.services.timeline.milestones import Milestone, ObligationMark, milestones_between
from contract_desk.services.timeline.scale import ZOOM_STEP, TimeScale
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.timeline.export import render_image
from contract_desk.ui.timeline.paint import TimelineScene, paint_timeline
from contract_desk.ui.timeline.tips import lane_tooltip

#: Width of the frozen column with reference and title.
LEFT_WIDTH = 300
#: A year fills about this share of the chart when the timeline first opens.
YEAR_PX_PER_DAY = 2.4
#: Pixels the mouse must move before a press becomes a drag.
DRAG_START = 4
#: Open-ended bars and very long terms stop counting towards "fit all" here.
FIT_HORIZON_YEARS = 15


def _clamped(day: date, shift: timedelta) -> date:
    try:
        return day + shift
    except OverflowError:
        return date.max if shift > timedelta(0) else date.min

#: The chart's title of a grouping, by grouped field.
GROUPED_BY = {
    "counterparty": QT_TRANSLATE_NOOP("TimelineView", "grouped by counterparty"),
    "owner": QT_TRANSLATE_NOOP("TimelineView", "grouped by owner"),
    "department": QT_TRANSLATE_NOOP("TimelineView", "grouped by department"),
    "contract_type": QT_TRANSLATE_NOOP("TimelineView", "grouped by type"),
    "effective_status": QT_TRANSLATE_NOOP("TimelineView", "grouped by status"),
}

class TimelineView(QAbstractScrollArea):
    """Contracts as lanes of bars over time; see the module docstring for the signals."""

    #: current_changed(str): the uid of the contract the user chose.
    current_changed = Signal(str)
    #: open_requested(str): the uid of the contract to open (double click, Enter).
    open_requested = Signal(str)
    #: menu_requested(str, QPoint): right-click on a contract: its uid, the global position.
    menu_requested = Signal(str, QPoint)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.formatter = Formatter()
        self.today = today
        height = self.fontMetrics().height()
        self.geometry_ = LaneGeometry(lane_height=height + 12, header_height=2 * (height + 8))
        self.scale = TimeScale.around(today, YEAR_PX_PER_DAY, 1000)
        self.rows: list[ContractRow] = []
        self.healths: list[Health] = []
        self.lanes: list[Lane] = []
        self.group_by: str | None = None
        self.collapsed: set[str] = set()
        self.current_uid: str | None = None
        self._marks: Mapping[str, tuple[ObligationMark, ...]] = {}
        self._bars: dict[int, Bar] = {}
        self._milestones: dict[int, tuple[date, date, list[date], list[Milestone]]] = {}
        self._lane_of_uid: dict[str, int] | None = None
        self._elided: dict[tuple[str, int, int], str] = {}
        self._span = (today.toordinal() - 365, today.toordinal() + 365)
        self._press: QPoint | None = None
        self._dragging = False
        self._syncing = False
        self.horizontalScrollBar().valueChanged.connect(self._on_hbar)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    # -- contents ---------------------------------------------------------------
    def set_rows(self, rows: Sequence[ContractRow], healths: Sequence[Health], today: date
                 ) -> None:
        """Show ``rows`` (already filtered and sorted) as lanes."""
        self.rows, self.healths, self.today = list(rows), list(healths), today
        self._bars.clear()
        self._milestones.clear()
        if len(self._elided) > 10_000:
            self._elided.clear()
        self._span = self._data_span()
        self._relayout()

    def set_marks(self, marks: Mapping[str, tuple[ObligationMark, ...]]) -> None:
        """The obligations to show as diamonds, per contract uid."""
        self._marks = marks
        self._milestones.clear()
        self.viewport().update()

    def set_group(self, field: str | None) -> None:
        """Group the lanes by one of ``GROUP_FIELDS`` (None: no groups)."""
        if field is not None and field not in GROUP_FIELDS:
            raise ValueError(f"cannot group by {field!r}")
        self.group_by = field
        self.collapsed.clear()
        self._relayout()

    def toggle_group(self, key: str) -> None:
        """Collapse or expand the group ``key``."""
        self.collapsed.symmetric_difference_update({key})
        self._relayout()

    def _relayout(self) -> None:
        self.lanes = build_lanes(self.rows, self.group_by, self.collapsed)
        self._lane_of_uid = None
        self._sync_scrollbars()
        self.viewport().update()

    def _data_span(self) -> tuple[int, int]:
        today = self.today.toordinal()
        horizon = today + 366 * FIT_HORIZON_YEARS
        # The earliest start and the latest term end as days, then as day numbers once
        # (not one number per contract: 100,000 of them at every relayout).
        earliest = min(filter(None, [r.start_date or r.current_term_start for r in self.rows]),
                       default=None)
        latest = max(filter(None, [r.current_term_end for r in self.rows]), default=None)
        first = min(today - 365, today if earliest is None else earliest.toordinal())
        last = max(today + 365, min(horizon, today if latest is None else latest.toordinal()))
        return first, last

    # -- lookups the painter uses -----------------------------------------------
    def bar_of(self, position: int) -> Bar:
        """The (cached) bar of the contract at ``position``."""
        bar = self._bars.get(position)
        if bar is None:
            bar = self._bars[position] = bar_for(self.rows[position])
        return bar

    def milestones_of(self, position: int, first: date, last: date) -> Sequence[Milestone]:
        """The milestones of the contract at ``position`` within [first, last].

        Cached per contract for the days on screen and one screen either side, so
        scrolling sideways a little reuses them.
        """
        cached = self._milestones.get(position)
        if cached is None or not cached[0] <= first <= last <= cached[1]:
            pad = last - first
            low, high = _clamped(first, -pad), _clamped(last, pad)
            marks = self._marks.get(self.rows[position].uid, ())
            found = milestones_between(marks, low, high, self.today) if marks else []
            cached = self._milestones[position] = (low, high, [m.day for m in found], found)
        _, _, days, found = cached
        return found[bisect.bisect_left(days, first):bisect.bisect_right(days, last)]

    def lane_of_uid(self, uid: str) -> int | None:
        """The lane showing contract ``uid`` (None when filtered out or collapsed)."""
        if self._lane_of_uid is None:
            self._lane_of_uid = {self.rows[lane].uid: index for index, lane
                                 in enumerate(self.lanes) if isinstance(lane, int)}
        return self._lane_of_uid.get(uid)

    def lane_at(self, point: QPoint) -> int | None:
        """The lane under a point of the viewport."""
        return self.geometry_.lane_at(point.y(), self.verticalScrollBar().value(),
                                      len(self.lanes))

    def scene(self, width: int, height: int) -> TimelineScene:
        """What :func:`paint_timeline` needs to draw the current state at a size."""
        palette = self.palette()
        grouped = GROUPED_BY.get(self.group_by or "")
        return TimelineScene(
            rows=self.rows, healths=self.healths, lanes=self.lanes, scale=self.scale,
            top=self.verticalScrollBar().value(), geometry=self.geometry_,
            left_width=min(LEFT_WIDTH, width // 2), today=self.today, bar_of=self.bar_of,
            milestones_of=self.milestones_of, current_uid=self.current_uid, elided=self._elided,
            group_title=QCoreApplication.translate("TimelineView", grouped) if grouped else "",
            column_title=self.tr("Contract (reference, title)"), formats=self.formatter.formats,
            no_value=self.tr("(none)"),
            text=palette.color(QPalette.ColorRole.Text),
            base=palette.color(QPalette.ColorRole.Base),
            alternate=palette.color(QPalette.ColorRole.AlternateBase),
        )

    # -- zoom and scroll --------------------------------------------------------
    def chart_width(self) -> int:
        """The width of the dated part of the viewport."""
        return max(1, self.viewport().width() - min(LEFT_WIDTH, self.viewport().width() // 2))

    def zoom_by(self, factor: float, anchor: float | None = None) -> None:
        """Zoom in (factor > 1) or out around ``anchor`` (chart x; default: the middle)."""
        at = self.chart_width() / 2 if anchor is None else anchor
        self.scale = self.scale.zoomed(factor, at)
        self._sync_scrollbars()
        self.viewport().update()

    def zoom_in(self) -> None:
        """One step closer."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step wider."""
        self.zoom_by(1 / ZOOM_STEP)

    def show_span(self, first: date, last: date) -> None:
        """Zoom and scroll so that ``first`` to ``last`` fill the chart."""
        self.scale = TimeScale.fitting(first, last, self.chart_width())
        self._sync_scrollbars()
        self.viewport().update()

    def fit_all(self) -> None:
        """Show the contracts shown from the first start to the last end (15 years at most)."""
        first, last = self._span
        self.show_span(date.fromordinal(first), date.fromordinal(last))

    def go_today(self) -> None:
        """Scroll so that today is near the left third, keeping the zoom."""
        self.scale = TimeScale.around(self.today, self.scale.px_per_day, self.chart_width())
        self._sync_scrollbars()
        self.viewport().update()

    def _sync_scrollbars(self) -> None:
        self._syncing = True
        try:
            bar, zoom, width = self.horizontalScrollBar(), self.scale.px_per_day, self.chart_width()
            first, last = self._span
            left = round((self.scale.left - first) * zoom)
            total = round((last + 1 - first) * zoom)
            bar.setRange(min(0, left), max(left, total - width, 0))
            bar.setPageStep(width)
            bar.setSingleStep(max(1, width // 20))
            bar.setValue(left)
            vbar = self.verticalScrollBar()
            visible = max(0, self.viewport().height() - self.geometry_.header_height)
            vbar.setRange(0, max(0, self.geometry_.content_height(len(self.lanes)) - visible))
            vbar.setPageStep(visible)
            vbar.setSingleStep(self.geometry_.lane_height)
        finally:
            self._syncing = False

    def _on_hbar(self, value: int) -> None:
        if not self._syncing:
            self.scale = TimeScale(self._span[0] + value / self.scale.px_per_day,
                                   self.scale.px_per_day)
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- selection --------------------------------------------------------------
    def set_current_uid(self, uid: str | None, *, scroll: bool = True) -> None:
        """Mark ``uid`` as the current contract (no signal) and bring its lane into view."""
        self.current_uid = uid
        lane = None if uid is None else self.lane_of_uid(uid)
        if scroll and lane is not None:
            vbar = self.verticalScrollBar()
            vbar.setValue(self.geometry_.top_showing(lane, vbar.value(), self.viewport().height()))
        self.viewport().update()

    def _choose_lane(self, lane: int | None) -> None:
        if lane is None:
            return
        item = self.lanes[lane]
        if isinstance(item, GroupHeader):
            self.toggle_group(item.key)
            return
        uid = self.rows[item].uid
        self.set_current_uid(uid)
        self.current_changed.emit(uid)

    def _step(self, delta: int) -> None:
        lane = None if self.current_uid is None else self.lane_of_uid(self.current_uid)
        index = (-1 if delta > 0 else len(self.lanes)) if lane is None else lane
        while 0 <= index + delta < len(self.lanes):
            index += delta
            if isinstance(self.lanes[index], int):
                self._choose_lane(index)
                return

    def render_image(self, size: QSize | None = None) -> QImage:
        """The timeline as it shows now (or at ``size``) as an image."""
        return render_image(self, size or self.viewport().size())

    # -- events -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        size = self.viewport().size()
        paint_timeline(painter, size.width(), size.height(),
                       self.scene(size.width(), size.height()))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_scrollbars()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                anchor = event.position().x() - (self.viewport().width() - self.chart_width())
                self.zoom_by(ZOOM_STEP ** steps, max(0.0, anchor))
            event.accept()
            return
        sideways = delta.x() or (delta.y() if event.modifiers()
                                 & Qt.KeyboardModifier.ShiftModifier else 0)
        over_header = event.position().y() < self.geometry_.header_height
        if sideways or over_header:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round((sideways or delta.y()) / 120 * bar.singleStep()))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragging = event.position().toPoint(), False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        point = event.position().toPoint()
        moved = point - self._press
        if not self._dragging and moved.manhattanLength() < DRAG_START:
            return
        self._dragging = True
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - moved.y())
        self._press = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._choose_lane(self.lane_at(event.position().toPoint()))
            self._press, self._dragging = None, False
            self.viewport().unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        lane = self.lane_at(event.position().toPoint())
        if lane is not None and isinstance(self.lanes[lane], int):
            self._choose_lane(lane)
            if self.current_uid is not None:
                self.open_requested.emit(self.current_uid)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = event.pos()
        lane = self.lane_at(position)
        if lane is None or not isinstance(self.lanes[lane], int):
            return
        self._choose_lane(lane)
        if self.current_uid is not None:
            self.menu_requested.emit(self.current_uid, self.viewport().mapToGlobal(position))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_uid:
            self.open_requested.emit(self.current_uid)
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().viewportEvent(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        position = event.pos()
        lane = self.lane_at(position)
        left = self.viewport().width() - self.chart_width()
        item = None if lane is None else self.lanes[lane]
        if not isinstance(item, int):
            QToolTip.hideText()
            return
        position_in_chart = position.x() - left
        day = self.scale.date_at(position_in_chart) if position_in_chart >= 0 else None
        near = []
        if day is not None:
            reach = timedelta(days=max(0, round(6 / self.scale.px_per_day)))
            near = list(self.milestones_of(item, day - reach, day + reach))
        text = lane_tooltip(self.rows[item], self.healths[item], self.bar_of(item), near,
                            self.formatter)
        QToolTip.showText(event.globalPos(), text, self.viewport())
