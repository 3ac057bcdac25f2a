"""A small bar chart painted with QPainter: grouped bars, a legend, click to pick a bar.

Signals:
    picked(str, object): the user clicked a bar; what it shows (text) and its contract uids.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from contract_desk.i18n.formats import current_formats
from contract_desk.services.dashboard.charts import Chart, ChartBar

#: A fallback sequence of distinguishable hues for series without a named colour.
CYCLE = (QColor(69, 98, 128), QColor(245, 166, 35), QColor(46, 125, 50), QColor(142, 36, 170),
         QColor(0, 137, 123), QColor(121, 85, 72))
RISK = QColor(211, 47, 47)
#: Pixels of a chart's width outside its bars (the painted area is inset 8 on each side).
AXIS_MARGIN = 16
#: Space between two labels under the bars.
AXIS_LABEL_SPACE = 6
#: Lines a label under the bars may take ("jan." over "2027" where the year changes).
AXIS_LINES = 2
#: Wide or tall enough for any label.
UNBOUNDED = 10_000
AXIS_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                      | Qt.TextFlag.TextWordWrap)


def compact(value: int | Decimal) -> str:
    """A short number in the person's formats: 1.2k, 2.5M (plain); "2,5 mill.", "250만"."""
    return current_formats().compact(value)


@dataclass(frozen=True)
class _Hit:
    rect: QRectF
    bar: ChartBar


class BarChart(QWidget):
    """Draws one :class:`Chart`; vertical bars for months, horizontal for named groups."""

    #: picked(str, frozenset[str]): a bar was clicked: what it counts, the uids behind it.
    picked = Signal(str, frozenset)

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.chart: Chart | None = None
        self.series_names: Mapping[str, str] = {}
        #: Short words after each value of a stacked bar ("2 on time · 1 late").
        self.series_short: Mapping[str, str] = {}
        self.series_colours: Mapping[str, QColor] = {}
        self.label_text: Callable[[str], str] = lambda label: label
        self.value_text: Callable[[ChartBar], str] = lambda bar: compact(bar.value)
        self.only_series: str | None = None
        self.empty_text = self.tr("Nothing to show")
        self._hits: list[_Hit] = []
        #: Each label's width under the bars of a vertical chart, on at most two lines.
        self._label_widths: dict[str, int] = {}
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(460, 260)

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart``."""
        self.chart = chart
        if self.horizontal:
            rows = max(1, len(chart.labels))
            self.setMinimumHeight(60 + rows * (self.fontMetrics().height() + 8))
        else:  # room for every month's name under its bars, in the person's language
            self._label_widths = {label: self._two_line_width(self.label_text(label))
                                  for label in chart.labels}
            self.setMinimumWidth(AXIS_MARGIN + len(chart.labels) * self.axis_label_width())
        self.update()

    def axis_label_width(self) -> int:
        """The slot each label under the bars needs so that no two labels touch: a wide
        one ("jan." over "2027") may reach into its narrower neighbours' slots."""
        widths = list(self._label_widths.values())
        if not widths:
            return 0
        halves = [(left + right) / 2 for left, right in pairwise(widths)]
        edges = [widths[0] - AXIS_MARGIN, widths[-1] - AXIS_MARGIN]
        return math.ceil(max([*halves, *edges, 0])) + AXIS_LABEL_SPACE

    def axis_captions(self) -> list[tuple[str, float, float]]:
        """What each label under the bars shows, and the left and width of its text: its
        slot, or wider (two lines, centred) where its neighbours leave room; elided only
        when the chart is squeezed below its minimum width."""
        labels = self.chart.labels if self.chart else ()
        slot, metrics = self.axis_slot(), self.fontMetrics()
        roomy = slot >= self.axis_label_width() - AXIS_LABEL_SPACE
        captions = []
        for index, label in enumerate(labels):
            text, centre = self.label_text(label), AXIS_MARGIN / 2 + (index + 0.5) * slot
            width = slot if metrics.horizontalAdvance(text) <= slot else (
                max(slot, self._label_widths.get(label, 0)) if roomy else slot)
            if not self._fits(text, int(width)):
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            captions.append((text, centre - width / 2, width))
        return captions

    def _two_line_width(self, text: str) -> int:
        """The narrowest width that shows ``text`` whole on at most two wrapped lines."""
        metrics = self.fontMetrics()
        narrow, wide = 1, metrics.horizontalAdvance(text) + 1
        while narrow < wide:
            middle = (narrow + wide) // 2
            if self._fits(text, middle):
                wide = middle
            else:
                narrow = middle + 1
        return wide

    def _fits(self, text: str, width: int) -> bool:
        shown = self._caption_rect(text, width)
        one_line = self._caption_rect(text, UNBOUNDED).height()  # a fallback font's height
        return shown.width() <= width and shown.height() <= AXIS_LINES * one_line

    def _caption_rect(self, text: str, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, width, UNBOUNDED), AXIS_TEXT_FLAGS,
                                               text)

    def _axis_height(self, captions: list[tuple[str, float, float]]) -> int:
        """The height the labels under the bars take (one or two lines)."""
        heights = [self._caption_rect(text, int(width)).height()
                   for text, _, width in captions]
        return max(heights, default=self.fontMetrics().height())

    def axis_slot(self) -> float:
        """The width each label of a vertical chart gets (its bars and its name)."""
        labels = self.chart.labels if self.chart else ()
        return (self.width() - AXIS_MARGIN) / max(1, len(labels))

    def _series(self) -> tuple[str, ...]:
        if self.chart is None:
            return ()
        if self.only_series is not None:
            return tuple(s for s in self.chart.series if s == self.only_series)
        return self.chart.series

    def colour(self, series: str) -> QColor:
        """The colour of ``series``."""
        if series in self.series_colours:
            return self.series_colours[series]
        names = self.chart.series if self.chart else ()
        index = names.index(series) if series in names else 0
        return CYCLE[index % len(CYCLE)]

    # -- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        # A long title (a Norwegian sentence) wraps onto more lines instead of being cut.
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(QRect(0, 0, self.width() - 8, 100 * line),
                                                flags, self.title).height()
        painter.drawText(QRectF(4, 4, self.width() - 8, title), flags, self.title)
        painter.setFont(self.font())
        self._hits = []
        series = self._series()
        bars = [b for b in (self.chart.bars if self.chart else ()) if b.series in series]
        legend_bottom = self._legend(painter, series, title + 8, text)
        area = QRectF(8, legend_bottom + 6, self.width() - 16, self.height() - legend_bottom - 10)
        if not bars:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
        elif self.horizontal:
            self._paint_horizontal(painter, area, series, metrics, text)
        else:
            self._paint_vertical(painter, area, series, metrics, text)
        painter.end()

    def _legend(self, painter: QPainter, series: tuple[str, ...], top: float, text: QColor
                ) -> float:
        x, metrics = 6.0, self.fontMetrics()
        for name in series:
            label = self.series_names.get(name, name)
            painter.fillRect(QRectF(x, top + 3, 10, 10), self.colour(name))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, top + metrics.ascent()), label)
            x += 28 + metrics.horizontalAdvance(label)
        return top + metrics.height() + 2

    def _max(self, series: tuple[str, ...]) -> float:
        """The longest bar; horizontal bars of several series stack, so their sum."""
        totals: dict[str, float] = {}
        for bar in self.chart.bars if self.chart else ():
            if bar.series in series:
                key = bar.label if self.horizontal else f"{bar.label}\n{bar.series}"
                totals[key] = totals.get(key, 0.0) + float(bar.value)
        return max([1.0, *totals.values()])

    def _paint_vertical(self, painter: QPainter, area: QRectF, series: tuple[str, ...],
                        metrics: QFontMetrics, text: QColor) -> None:
        assert self.chart is not None
        labels = self.chart.labels
        slot = self.axis_slot()
        captions = self.axis_captions()
        axis = self._axis_height(captions)
        bottom = area.bottom() - axis - 4
        top = area.top() + metrics.height() + 2  # room for the value above the tallest bar
        width = max(2.0, (slot - 8) / max(1, len(series)))
        highest = self._max(series)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(area.left(), bottom), QPointF(area.right(), bottom))
        for index, label in enumerate(labels):
            left = area.left() + index * slot + 4
            for position, name in enumerate(series):
                bar = self.chart.bar(label, name)
                if bar is None:
                    continue
                height = (bottom - top) * float(bar.value) / highest
                rect = QRectF(left + position * width, bottom - height, width - 1, height)
                self._draw_bar(painter, rect, bar)
                value = self.value_text(bar)
                if metrics.horizontalAdvance(value) <= slot and len(series) == 1:
                    painter.setPen(text)
                    painter.drawText(QRectF(rect.left() - 20, rect.top() - metrics.height(),
                                            rect.width() + 40, metrics.height()),
                                     int(Qt.AlignmentFlag.AlignCenter), value)
            painter.setPen(text)
            caption, left, caption_width = captions[index]
            painter.drawText(QRectF(left, bottom + 2, caption_width, axis), AXIS_TEXT_FLAGS,
                             caption)

    def _paint_horizontal(self, painter: QPainter, area: QRectF, series: tuple[str, ...],
                          metrics: QFontMetrics, text: QColor) -> None:
        assert self.chart is not None
        labels = self.chart.labels
        label_width = min(area.width() * 0.4, max(metrics.horizontalAdvance(
            self.label_text(label)) for label in labels) + 12)
        row = metrics.height() + 8
        left = area.left() + label_width
        highest = self._max(series)
        room = metrics.horizontalAdvance("00 on time · 00 late") + 8
        span = max(10.0, area.right() - left - room)
        for index, label in enumerate(labels):
            y = area.top() + index * row
            flagged = any(b.at_risk for b in self.chart.bars if b.label == label)
            painter.setPen(RISK if flagged else text)
            caption = metrics.elidedText(("⚠ " if flagged else "") + self.label_text(label),
                                         Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(QRectF(area.left(), y, label_width - 8, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             caption)
            x = left
            for name in series:
                bar = self.chart.bar(label, name)
                if bar is None:
                    continue
                length = span * float(bar.value) / highest
                rect = QRectF(x, y + 3, max(1.0, length), row - 6)
                self._draw_bar(painter, rect, bar)
                x += length
            values = [f"{self.value_text(b)} {self.series_short.get(n, '')}".strip()
                      for n in series if (b := self.chart.bar(label, n))]
            painter.setPen(text)
            painter.drawText(QRectF(x + 4, y, area.right() - x - 4, row),
                             int(Qt.AlignmentFlag.AlignVCenter), " · ".join(values))

    def _draw_bar(self, painter: QPainter, rect: QRectF, bar: ChartBar) -> None:
        painter.fillRect(rect, self.colour(bar.series))
        self._hits.append(_Hit(rect, bar))

    # -- interaction ------------------------------------------------------------
    def bar_at(self, point: QPointF) -> ChartBar | None:
        """The bar under ``point`` (widget coordinates)."""
        for hit in self._hits:
            if hit.rect.adjusted(-1, -2, 1, 2).contains(point):
                return hit.bar
        return None

    def describe(self, bar: ChartBar) -> str:
        """What a bar shows, in words."""
        series = self.series_names.get(bar.series, bar.series)
        return self.tr("{0}: {1} — {2} ({3})").format(
            self.title, self.label_text(bar.label), series, self.value_text(bar))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(self.describe(bar), bar.uids)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.bar_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                count = len(bar.uids)
                text = self.describe(bar) + "\n" + self.tr(
                    "{0} contract(s) — click to show them", "", count).format(
                        current_formats().number(count))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
