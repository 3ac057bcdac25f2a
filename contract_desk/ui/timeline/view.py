"""The timeline view of the window: toolbar, legend and the canvas over the table's filtered rows.

The timeline shows exactly the contracts the table shows (same saved view,
search and sort): it reads ``ContractTableModel.visible_items()`` whenever the
model resets or re-sorts, and only while it is on screen.

Signals:
    current_changed(str): the user chose a contract on the timeline.
    open_requested(str): the user asked to open a contract's detail.
    changed(): the register changed from here (a milestone was marked met).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.models import Alert
from contract_desk.services import current_user, mark_obligation
from contract_desk.services.register.rows import ObligationRow
from contract_desk.services.timeline.layout import GROUP_FIELDS
from contract_desk.services.timeline.milestones import ObligationMark, load_marks
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.menu_button import MenuButton
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.save_to import ask_save, dated_name
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.table.model import ContractTableModel
from contract_desk.ui.timeline.canvas import TimelineView
from contract_desk.ui.timeline.export import export_pdf, export_png
from contract_desk.ui.timeline.paint import COLOURS

log = logging.getLogger(__name__)
#: Open obligations offered under "Mark milestone met", at most.
MENU_MILESTONES = 12
#: The spans of the "Show" menu: (text, days).
SPANS = ((QT_TRANSLATE_NOOP("ContractTimeline", "a month"), 31),
         (QT_TRANSLATE_NOOP("ContractTimeline", "a quarter"), 92),
         (QT_TRANSLATE_NOOP("ContractTimeline", "a year"), 366),
         (QT_TRANSLATE_NOOP("ContractTimeline", "two years"), 731),
         (QT_TRANSLATE_NOOP("ContractTimeline", "five years"), 1827),
         (QT_TRANSLATE_NOOP("ContractTimeline", "twenty years"), 7305))


def open_alert_ids(session: Session, uid: str, today: date) -> list[int] | None:
    """Ids of the contract's alerts not yet acknowledged (None: no alerts service)."""
    try:
        from contract_desk.services.reminders.inbox import contract_alerts
    except ImportError:  # a build without reminders
        return None
    rows = contract_alerts(session, uid, today=today)
    return [row.id for row in rows if row.acknowledged_at is None and not row.withdrawn]


#: The grouping choices: field → the words of the choice.
GROUP_CHOICES = {
    "counterparty": QT_TRANSLATE_NOOP("ContractTimeline", "By counterparty"),
    "owner": QT_TRANSLATE_NOOP("ContractTimeline", "By owner"),
    "department": QT_TRANSLATE_NOOP("ContractTimeline", "By department"),
    "contract_type": QT_TRANSLATE_NOOP("ContractTimeline", "By type"),
    "effective_status": QT_TRANSLATE_NOOP("ContractTimeline", "By status"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("ContractTimeline", text)


# U+2060 WORD JOINER: no line break on either side of it, and nothing shown.
JOINER = "\u2060"


def legend_html() -> str:
    """What the shapes and colours mean, as one line of rich text."""
    def swatch(key: str, text: str, shape: str = "■") -> str:
        colour = "#444" if key == "scheduled" else COLOURS[key].name()
        return (f'<span style="color:{colour}">{shape}</span>{JOINER}&nbsp;{JOINER}'
                f'{whole(_translated(text))}')

    def whole(text: str) -> str:
        # Lines break between the entries, never inside one. Chinese and Korean text
        # breaks between any two characters ("履" / "约义务"), English after a hyphen:
        # a word joiner between each two characters holds them. Qt breaks after a
        # space whatever follows: the spaces are no-break spaces.
        return escape(JOINER.join(text.replace(" ", "\u00a0")))

    parts = [
        swatch("term", QT_TRANSLATE_NOOP("ContractTimeline", "original term")),
        swatch("renewal", QT_TRANSLATE_NOOP("ContractTimeline", "renewed term")),
        swatch("notice", QT_TRANSLATE_NOOP("ContractTimeline",
                                           "notice window (deadline → end of term)")),
        swatch("send_by", QT_TRANSLATE_NOOP("ContractTimeline", "send notice by"), "▍"),
        swatch("earliest_end", QT_TRANSLATE_NOOP("ContractTimeline",
                                                 "earliest end (open-ended, notice today)"),
               "┆"),
        swatch("today", QT_TRANSLATE_NOOP("ContractTimeline", "today"), "▍"),
        whole(_translated(QT_TRANSLATE_NOOP("ContractTimeline", "obligations:"))),
        swatch("met", QT_TRANSLATE_NOOP("ContractTimeline", "met on time"), "◆"),
        swatch("late", QT_TRANSLATE_NOOP("ContractTimeline", "late"), "◆"),
        swatch("scheduled", QT_TRANSLATE_NOOP("ContractTimeline", "scheduled"), "◇"),
        swatch("waived", QT_TRANSLATE_NOOP("ContractTimeline", "waived"), "◆"),
    ]
    return "&nbsp;&nbsp; ".join(parts)


class ContractTimeline(QWidget):
    """The timeline view; see the module docstring for its signals."""

    #: current_changed(str): the uid of the contract chosen on the timeline.
    current_changed = Signal(str)
    #: open_requested(str): the uid of the contract whose detail to open.
    open_requested = Signal(str)
    #: changed(): the register changed from here (a milestone met, alerts acknowledged).
    changed = Signal()

    def __init__(self, model: ContractTableModel, register: Register, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.model = model
        self.register = register
        self.view = TimelineView(today, self)
        self.marks: dict[str, tuple[ObligationMark, ...]] = {}
        self._stale = True
        self._marks_stale = True
        self.marks_loading: Latest[dict[str, tuple[ObligationMark, ...]]] = Latest()
        self.menu: QMenu | None = None
        self._placed = False
        self.group = QComboBox(self)
        self.group.setObjectName("timeline_group")
        self.group.addItem(self.tr("No grouping"), None)
        for field in GROUP_FIELDS:
            self.group.addItem(_translated(GROUP_CHOICES[field]), field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._toolbar())
        self.legend = QLabel(legend_html(), self)
        self.legend.setObjectName("timeline_legend")
        self.legend.setContentsMargins(6, 0, 6, 0)
        self.legend.setWordWrap(True)  # a narrow window: a second line, never a cut legend
        self.legend.setToolTip(self.tr("Drag to scroll; Ctrl+wheel to zoom; click a group to "
                                       "fold it; right-click a contract for more"))
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self._connect()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self.group)
        # "−" and "+" are symbols, the same in every language; their tips are words.
        self.zoom_out_action = self._button(bar, "−", self.tr("Zoom out (−, Ctrl+wheel)"), "-")
        self.zoom_in_action = self._button(bar, "+", self.tr("Zoom in (+, Ctrl+wheel)"), "+")
        self.fit_action = self._button(
            bar, self.tr("Fit all"), self.tr("Show every contract shown, first start to last end"),
            "Ctrl+0")
        self.today_action = self._button(bar, self.tr("Today"), self.tr("Scroll to today (T)"),
                                         "T")
        bar.addWidget(self._span_button())
        self.export_action = self._button(bar, self.tr("Export…"),
                                          self.tr("Save the visible timeline as PNG or PDF"))
        bar.addStretch(1)
        return bar

    def _span_button(self) -> MenuButton:
        button = MenuButton(self.tr("Show"), self)
        button.setObjectName("timeline_span")
        button.setToolTip(self.tr("Zoom to a span of time starting a little before today"))
        menu = QMenu(button)
        for text, days in SPANS:
            menu.addAction(_translated(text), partial(self.show_days, days))
        button.setMenu(menu)
        return button

    def show_days(self, days: int) -> None:
        """Zoom so that ``days`` fill the chart, today a sixth of the way in."""
        today = self.view.today
        before = timedelta(days=days // 6)
        self.view.show_span(today - before, today - before + timedelta(days=days))

    def _button(self, bar: QHBoxLayout, text: str, tip: str, key: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        bar.addWidget(button)
        return action

    def _connect(self) -> None:
        self.group.currentIndexChanged.connect(self._on_group)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.fit_action.triggered.connect(self.view.fit_all)
        self.today_action.triggered.connect(self.view.go_today)
        self.export_action.triggered.connect(self.export)
        self.view.current_changed.connect(self.current_changed)
        self.view.open_requested.connect(self.open_requested)
        self.view.menu_requested.connect(self.open_menu)
        for signal in (self.model.modelReset, self.model.layoutChanged):
            signal.connect(self._on_model_changed)

    # -- data -------------------------------------------------------------------
    def _on_model_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the table's filtered rows again (cheap: plain rows already in memory)."""
        items = self.model.visible_items()
        self.view.set_rows([item.row for item in items], [item.health for item in items],
                           self.model.today)
        self._stale = False

    def invalidate_marks(self) -> None:
        """The obligations changed: read them again when the timeline is next shown."""
        self._marks_stale = True
        if self.isVisible():
            self.load_marks()

    def load_marks(self) -> Op[dict[str, tuple[ObligationMark, ...]]]:
        """Read every obligation in the background, then draw the diamonds."""
        op = QueryOp(self, self.register, load_marks).success(self.set_marks).failure(
            lambda error: log.error("reading obligations failed: %s", error))
        self._marks_stale = False
        return self.marks_loading.run(op)

    def set_marks(self, marks: dict[str, tuple[ObligationMark, ...]]) -> None:
        """Show ``marks`` as milestones."""
        self.marks = marks
        self.view.set_marks(marks)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self._marks_stale:
            self.load_marks()
        if not self._placed:
            self._placed = True
            self.view.go_today()

    def select_uid(self, uid: str | None) -> None:
        """Follow the table's current contract (no signal back)."""
        if self._stale and self.isVisible():
            self.refresh()
        self.view.set_current_uid(uid)

    def _on_group(self, _index: int) -> None:
        self.view.set_group(self.group.currentData())
        if self.view.current_uid:
            self.view.set_current_uid(self.view.current_uid)

    # -- right-click ------------------------------------------------------------
    def open_menu(self, uid: str, position: QPoint) -> Op[list[int] | None]:
        """Read the contract's open alerts in the background, then pop its menu up."""
        today = self.view.today
        op = QueryOp(self, self.register, lambda session: open_alert_ids(session, uid, today))
        op.success(lambda waiting: self._pop_up(uid, waiting, position))
        return op.failure(lambda error: self._pop_up(uid, None, position, error)).run()

    def _pop_up(self, uid: str, waiting: list[int] | None, position: QPoint,
                error: Exception | None = None) -> None:
        if error is not None:  # the menu must open even if the alerts cannot be read
            log.error("reading the alerts of %s failed: %s", uid, error)
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build_menu(uid, waiting)
        self.menu.popup(position)

    def build_menu(self, uid: str, waiting: list[int] | None) -> QMenu:
        """Open; acknowledge the ``waiting`` alerts (None: none can be read); mark one of the
        contract's open milestones met."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(uid))
        if waiting is not None:
            ack = menu.addAction(self.tr("Acknowledge alerts ({0})").format(len(waiting)),
                                 lambda: self.acknowledge_alerts(uid))
            ack.setEnabled(bool(waiting))
        open_marks = [mark for mark in self.marks.get(uid, ()) if mark.is_open][:MENU_MILESTONES]
        sub = menu.addMenu(self.tr("Mark milestone met"))
        sub.setEnabled(bool(open_marks))
        fmt = self.view.formatter
        for mark in open_marks:
            text = f"{fmt.date(mark.due_date)}  {mark.title}"
            sub.addAction(text, partial(self.mark_met, mark))
        return menu

    def acknowledge_alerts(self, uid: str) -> Op[None]:
        """Acknowledge every open alert of contract ``uid`` (audited), in the background."""
        today, user = self.view.today, current_user()

        def acknowledge_all(session: Session) -> None:
            from contract_desk.services.reminders.actions import acknowledge

            for alert_id in open_alert_ids(session, uid, today) or []:
                alert = session.get(Alert, alert_id)
                # One acknowledgement covers every alert of the same key date.
                if alert is not None and alert.acknowledged_at is None:
                    acknowledge(session, alert_id, user=user)

        return WriteOp(self, self.register, acknowledge_all).success(
            lambda _: self.changed.emit()).failure(self._not_saved).run()

    def mark_met(self, mark: ObligationMark) -> Op[ObligationRow]:
        """Record ``mark`` as met today, in the background (a message when it cannot be)."""
        today, user = self.view.today, current_user()
        return WriteOp(self, self.register, lambda session: mark_obligation(
            session, mark.uid, "met", met_on=today, expected_version=mark.version_id,
            user=user)).success(self._marked).failure(self._not_saved).run()

    def _marked(self, _row: ObligationRow) -> None:
        self.invalidate_marks()
        self.changed.emit()

    def _not_saved(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
        else:
            report(error)

    # -- export -----------------------------------------------------------------
    def export(self) -> None:
        """Ask for a file name and save the visible timeline as PNG or PDF."""
        path = ask_save(self, self.tr("Export timeline"), dated_name(
            QCoreApplication.translate("save_to", "timeline"), self.view.today, "png"),
            self.tr("PNG image (*.png);;PDF document (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Save to ``path`` (PDF when it ends in .pdf, else PNG); a message on failure."""
        pdf = path.suffix.lower() == ".pdf"
        if not pdf and path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        done = export_pdf(self.view, path) if pdf else export_png(self.view, path)
        if not done:
            QMessageBox.warning(self, self.tr("Not exported"),
                                self.tr("Could not write {0}.").format(path))
        return done
