"""The dashboard: tiles and bar charts of the whole register; a click filters the table.

The numbers come from :mod:`contract_desk.services.dashboard.figures` (Qt-free, tested
against hand-built registers), computed in the background from the rows the
window already holds plus one read of obligations and alerts.

Signals:
    picked(str, object): the user clicked a number or a bar: what it counts and the uids.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contract_desk.i18n.formats import current_formats
from contract_desk.services.dashboard.charts import Chart
from contract_desk.services.dashboard.figures import Dashboard, Figure, build_dashboard
from contract_desk.storage import Register
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Op, QueryOp
from contract_desk.ui.dashboard.bar_chart import BarChart, compact
from contract_desk.ui.table.model import ContractTableModel
from contract_desk.ui.timeline.paint import COLOURS

log = logging.getLogger(__name__)
#: The tiles in reading order, as many a row as fit; the annual value spans a row below.
TILE_ORDER = ("active", "notices", "expiring", "overdue", "alerts", "on_time")
#: Tiles a row, widest first.
TILE_COLUMNS = (3, 2, 1)


class Tile(QFrame):
    """A titled box of one or more clickable numbers."""

    #: picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.
    picked = Signal(str, frozenset)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.values = QHBoxLayout()
        self.values.setSpacing(12)
        layout.addLayout(self.values)

    def set_values(self, parts: Sequence[tuple[str, str, Figure | None, str]]) -> None:
        """(big text, caption, figure behind it or None, what a click shows) per number."""
        while self.values.count():
            item = self.values.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        for text, caption, figure, meaning in parts:
            button = QToolButton(self)
            button.setText(f"{text}\n{caption}" if caption else text)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.35)
            font.setBold(True)
            button.setFont(font)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setEnabled(figure is not None)
            if figure is not None and figure.uids:
                count = len(figure.uids)
                button.setToolTip(
                    self.tr("Show these {0} contract(s)", "", count).format(
                        current_formats().number(count)))
                button.clicked.connect(partial(self.picked.emit, meaning, figure.uids))
            self.values.addWidget(button)
        self.values.addStretch(1)


class DashboardView(QScrollArea):
    """The dashboard; see the module docstring for its signal."""

    #: picked(str, frozenset[str]): a number or a bar was clicked: what it counts, the uids.
    picked = Signal(str, frozenset)

    def __init__(self, model: ContractTableModel, register: Register,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.model = model
        self.register = register
        self.formatter = Formatter()
        self.board: Dashboard | None = None
        self._stale = True
        self._op: Op[Dashboard] | None = None
        # Sized here (_fit_body), not by QScrollArea, which ignores a minimum width that
        # grows after it was shown: narrower than its longest words (a 12-month axis,
        # Norwegian captions), the board scrolls sideways instead of clipping them.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = self.body = QWidget(self)
        self.layout_ = QVBoxLayout(body)
        self.status = QLabel(self.tr("Computing…"), body)
        self.status.setWordWrap(True)  # a sentence: it wraps rather than widen the board
        self.layout_.addWidget(self.status)
        self.tiles = self._build_tiles(body)
        self.charts = self._build_charts(body)
        self.layout_.addStretch(1)
        self.setWidget(body)
        body.installEventFilter(self)

    def _build_tiles(self, body: QWidget) -> dict[str, Tile]:
        titles = {
            "active": self.tr("Active contracts"),
            "value": self.tr("Annual value of active contracts"),
            "notices": self.tr("Notice deadlines within"),
            "expiring": self.tr("Ending for good within"),
            "overdue": self.tr("Overdue obligations"),
            "alerts": self.tr("Alerts waiting"),
            "on_time": self.tr("Met on time (last 12 months)"),
        }
        self.tile_grid = QGridLayout()
        tiles = {}
        for key, title in titles.items():
            tile = Tile(title, body)
            tile.picked.connect(self.picked)
            tiles[key] = tile
        self.layout_.addLayout(self.tile_grid)
        self._tile_columns = 0
        self._place_tiles(tiles, TILE_COLUMNS[0])
        return tiles

    def _place_tiles(self, tiles: dict[str, Tile], columns: int) -> None:
        """Tiles in reading order, ``columns`` a row; the annual value spans the last row."""
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in tiles.values():
            self.tile_grid.removeWidget(tile)
        for index, key in enumerate(TILE_ORDER):
            self.tile_grid.addWidget(tiles[key], index // columns, index % columns)
        rows = -(-len(TILE_ORDER) // columns)
        self.tile_grid.addWidget(tiles["value"], rows, 0, 1, columns)

    def _fit_tiles(self) -> None:
        """As many tiles a row as the width shows whole (the words of some languages make
        them wide): three, else two, else one."""
        margins = self.layout_.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        fitting = [columns for columns in TILE_COLUMNS if self._tiles_width(columns) <= room]
        self._place_tiles(self.tiles, fitting[0] if fitting else TILE_COLUMNS[-1])

    def _tiles_width(self, columns: int) -> int:
        widths = [0] * columns
        for index, key in enumerate(TILE_ORDER):
            width = self.tiles[key].minimumSizeHint().width()
            widths[index % columns] = max(widths[index % columns], width)
        spacing = max(0, self.tile_grid.horizontalSpacing())
        return sum(widths) + spacing * (columns - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_body()

    def _fit_body(self) -> None:
        """The body as wide as the view, or as its minimum when that is wider; as tall as
        its contents need at that width."""
        self._fit_tiles()
        body, layout = self.body, self.layout_
        width = max(self.viewport().width(), layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else (
            layout.totalSizeHint().height())
        body.resize(width, max(height, layout.totalMinimumSize().height()))

    def _build_charts(self, body: QWidget) -> dict[str, BarChart]:
        charts = {
            "key_dates_by_month": BarChart(self.tr("Key dates per month, next 12 months"),
                                           parent=body),
            "payments_by_month": BarChart(self.tr("Payments due per month"), parent=body),
            "counterparty_performance": BarChart(
                self.tr("What counterparties had to do: met on time vs late (⚠ at risk: "
                   "late again and again)"), True, body),
            "by_status": BarChart(self.tr("Contracts by status"), True, body),
            "by_type": BarChart(self.tr("Contracts by type"), True, body),
        }
        months = charts["key_dates_by_month"]
        months.series_names = {"expiring": self.tr("terms ending for good"),
                               "notice": self.tr("notice deadlines")}
        months.series_colours = {"expiring": QColor(69, 98, 128), "notice": COLOURS["notice"]}
        performance = charts["counterparty_performance"]
        performance.series_names = {"on_time": self.tr("met on time"),
                                    "late": self.tr("late or overdue")}
        performance.series_colours = {"on_time": COLOURS["met"], "late": COLOURS["late"]}
        performance.series_short = {"on_time": self.tr("on time"), "late": self.tr("late")}
        for key in ("key_dates_by_month", "payments_by_month"):
            charts[key].label_text = self._month_text
        for key in ("by_status", "by_type"):
            charts[key].series_names = {"contracts": self.tr("contracts")}
        self.currency = QComboBox(body)
        self.currency.setObjectName("dashboard_currency")
        self.currency.currentTextChanged.connect(self._on_currency)
        grid = QGridLayout()
        # One month chart above the other: each gets the whole width for its 12 names.
        grid.addWidget(months, 0, 0, 1, 2)
        payments = QWidget(body)
        column = QVBoxLayout(payments)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Currency:"), payments))
        row.addWidget(self.currency)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(charts["payments_by_month"], 1)
        grid.addWidget(payments, 1, 0, 1, 2)
        grid.addWidget(performance, 2, 0, 1, 2)
        grid.addWidget(charts["by_status"], 3, 0)
        grid.addWidget(charts["by_type"], 3, 1)
        self.layout_.addLayout(grid)
        for chart in charts.values():
            chart.picked.connect(self.picked)
        return charts

    def _month_text(self, label: str) -> str:
        # The year only where it changes: "Nov Dec Jan 2027 Feb" (the status line says
        # today); month and year as the person's formats write them ("2027년 1월").
        year, month = (int(part) for part in label.split("-"))
        formats = self.formatter.formats
        return formats.month_year(date(year, 1, 1)) if month == 1 else (
            formats.month_names[month - 1])

    # -- data -------------------------------------------------------------------
    def invalidate(self) -> None:
        """The register was read again: recompute now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The body is sized here, not by the scroll area: when new numbers or charts change
        # its minimum (longer words), it is sized again once its layout took the request.
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_body)  # once the layout took the request
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the dashboard of every listed contract in the background."""
        if self._op is not None and self._op.running:
            self._stale = True
            return
        rows = [item.row for item in self.model.all_items()]
        today = self.model.today
        self._op = QueryOp(self, self.register, lambda session: build_dashboard(
            session, rows, today)).success(self.show_board).failure(self._failed)
        self._stale = False
        self.status.setText(self.tr("Computing…"))
        self._op.run()

    def _failed(self, error: Exception) -> None:
        log.error("computing the dashboard failed: %s", error)
        self.status.setText(self.tr("The dashboard could not be computed: {0}").format(error))

    def show_board(self, board: Dashboard) -> None:
        """Show the numbers and charts of ``board``."""
        self.board = board
        self.status.setText(self.tr("The whole register on {0}. Click a number or a bar to "
                                    "list those contracts.").format(
                                        self.formatter.date(board.today)))
        self._fill_tiles(board)
        for chart in board.charts:
            self.charts[chart.key].set_chart(chart)
        self._fill_currencies(board)
        if self._stale and self.isVisible():
            self.refresh()

    def _fill_tiles(self, board: Dashboard) -> None:
        number = self.formatter.formats.number
        self.tiles["active"].set_values([(number(board.active.value), "", board.active,
                                          self.tr("Active contracts"))])
        values = [(compact(figure.value), code, figure,
                   self.tr("Active contracts in {0}").format(code))
                  for code, figure in list(board.annual_value.items())[:4]]
        self.tiles["value"].set_values(values or [("—", "", None, "")])
        self.tiles["notices"].set_values([
            (number(figure.value), self._days(days), figure,
             self.tr("Notice deadline within {0} days", "", days).format(days))
            for days, figure in board.notices_due.items()])
        self.tiles["expiring"].set_values([
            (number(figure.value), self._days(days), figure,
             self.tr("Ending for good within {0} days", "", days).format(days))
            for days, figure in board.expiring.items()])
        self.tiles["overdue"].set_values([(number(board.overdue_obligations.value), "",
                                           board.overdue_obligations,
                                           self.tr("Contracts with overdue obligations"))])
        self.tiles["alerts"].set_values([(number(board.alerts_waiting.value), "",
                                          board.alerts_waiting, self.tr("Contracts with alerts "
                                                                   "waiting"))])
        rate = board.on_time
        text = "—" if rate.percent is None else self.formatter.formats.percent(rate.percent)
        caption = self.tr("{0} of {1} met", "", rate.met).format(rate.on_time, rate.met)
        self.tiles["on_time"].set_values([(text, caption, Figure(rate.met, rate.uids),
                                           self.tr("Obligations met in the last 12 months"))])

    def _days(self, days: int) -> str:
        return self.tr("{0} days", "", days).format(days)

    def _fill_currencies(self, board: Dashboard) -> None:
        chart = next(c for c in board.charts if c.key == "payments_by_month")
        current = self.currency.currentText()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(list(chart.series))
        wanted = current if current in chart.series else self._main_currency(chart)
        if wanted:
            self.currency.setCurrentText(wanted)
        self.currency.blockSignals(False)
        self._on_currency(self.currency.currentText())

    @staticmethod
    def _main_currency(chart: Chart) -> str:
        counts: dict[str, int] = {}
        for bar in chart.bars:
            counts[bar.series] = counts.get(bar.series, 0) + len(bar.uids)
        return max(counts, key=counts.__getitem__) if counts else ""

    def _on_currency(self, code: str) -> None:
        chart = self.charts["payments_by_month"]
        chart.only_series = code or None
        chart.series_names = {code: self.tr("open payments in {0}").format(code)} if code else {}
        chart.value_text = lambda bar: compact(bar.value)
        chart.update()

    def today(self) -> date | None:
        """The day the numbers were computed for."""
        return None if self.board is None else self.board.today
