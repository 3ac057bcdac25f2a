"""The main window: saved views, the contract table, the detail pane, menus and status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import date
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk import APP_NAME
from contract_desk.domain.clock import local_today
from contract_desk.gc_pause import paused_gc
from contract_desk.importers.read.sniff import IMPORTABLE_SUFFIXES
from contract_desk.services.listing.saved_views import Listed, ViewSummary, summarize
from contract_desk.services.listing.totals import CurrencyTotal, money_totals
from contract_desk.services.listing.window_list import (
    load_listed,
    load_listed_many,
    load_listing,
)
from contract_desk.storage import Register
from contract_desk.storage.sqlite_setup import hand_back_page_caches
from contract_desk.ui.common.approval_dialogs import (
    RequestApprovalDialog,
    ask_for_approval,
    default_subject,
)
from contract_desk.ui.common.connection_watch import ConnectionWatch, take
from contract_desk.ui.common.health_style import clear_style_cache
from contract_desk.ui.common.ops import Op, QueryOp
from contract_desk.ui.common.worker import Progress, StatusProgress
from contract_desk.ui.dashboard.view import DashboardView
from contract_desk.ui.detail.pane import DetailPane
from contract_desk.ui.reminders.window_part import WindowReminders
from contract_desk.ui.shell.actions import Actions, build_actions, build_menus
from contract_desk.ui.shell.damage_banner import DamageBanner, disable_editing
from contract_desk.ui.shell.file_current import FileCurrent
from contract_desk.ui.shell.live_changes import LiveChanges
from contract_desk.ui.shell.memory import (
    collect_what_loads_kept,
    freeze_survivors,
    return_free_pages,
)
from contract_desk.ui.shell.offline_copy import OfflineCopies
from contract_desk.ui.shell.read_only_banner import ReadOnlyBanner
from contract_desk.ui.shell.register_menu import RegisterCommands, recent_label, register_key
from contract_desk.ui.shell.write_wait import WriteWaitNotice
from contract_desk.ui.table.bulk_actions import BulkActions
from contract_desk.ui.table.pick_bar import PickBar
from contract_desk.ui.table.sidebar import ALERTS_KEY, Sidebar
from contract_desk.ui.table.view import ContractTable
from contract_desk.ui.timeline.view import ContractTimeline

if TYPE_CHECKING:
    from contract_desk.ui.detail.amend_dialog import AmendDialog
    from contract_desk.ui.importing.wizard import ImportWizard
    from contract_desk.ui.shell.export_dialog import ExportDialog
    from contract_desk.ui.shell.letter_dialog import LetterDialog

log = logging.getLogger(__name__)
# Above this many contracts, freed memory is handed back to the OS after a load.
LARGE_REGISTER = 10_000


# Between two currencies' totals in the status bar.
TOTALS_SEPARATOR = "  ·  "


def fitted_totals(shown: str, totals: list[str], room: int, width: Callable[[str], int],
                  more: Callable[[int], str]) -> str:
    """The status bar's text: ``shown`` and as many ``totals`` as fit in ``room`` pixels,
    the rest counted by ``more`` (only ``shown`` when not even that fits)."""
    for kept in range(len(totals), -1, -1):
        parts = totals[:kept] + ([more(len(totals) - kept)] if kept < len(totals) else [])
        text = f"{shown}   {TOTALS_SEPARATOR.join(parts)}" if parts else shown
        if width(text) <= room:
            return text
    return shown


# A listed contract's row (map() over 100,000 of them runs in C).
_ROW_OF = attrgetter("row")


class MainWindow(QMainWindow):
    """One register: saved views on the left, contracts in the middle, the detail on the right."""

    # Ignored: the window's named actions hide QWidget.actions(), which no caller uses.
    actions: Actions  # type: ignore[assignment]

    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register
        # A window lives for days: its pooled connections do not keep what they read
        # (storage.sqlite_setup.hand_back_page_caches).
        hand_back_page_caches(register.engine)
        self.setWindowTitle(f"{APP_NAME} — {recent_label(register_key(register))}")
        self.resize(1400, 860)
        self.today = local_today()
        self.loading: Op[tuple[list[Listed], ViewSummary]] | None = None
        self.actions = build_actions(self)
        self.menus = build_menus(self, self.actions)
        self.sidebar = Sidebar(self)
        self.table = ContractTable(self)
        self.model = self.table.model()
        self.detail = DetailPane(register, self)
        self.timeline = ContractTimeline(self.model, register, self.today, self)
        self.dashboard = DashboardView(self.model, register, self)
        self.stack = QStackedWidget(self)
        self.reminders = WindowReminders(self)
        for view in (self.table, self.timeline, self.dashboard, self.reminders.panel):
            self.stack.addWidget(view)
        self.pick_bar = PickBar(self)
        self.centre = QWidget(self)
        centre_layout = QVBoxLayout(self.centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.pick_bar)
        centre_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        # Wide enough for its longest labels and counts without clipping.
        metrics = self.sidebar.fontMetrics()
        self.sidebar.setMinimumWidth(metrics.horizontalAdvance(
            self.tr("Overdue obligations") + "  100,000") + 4 * self.sidebar.indentation())
        for widget, stretch in ((self.sidebar, 0), (self.centre, 3), (self.detail, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([250, 760, 520])
        self.damage = DamageBanner(self)
        self.read_only = ReadOnlyBanner(self)
        self.setCentralWidget(self.damage.wrap(self.read_only.wrap(self.splitter)))
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search reference, title, counterparty, owner, "
                                               "notes, tags… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.summary = QLabel(self)
        self.load_status = StatusProgress(self)
        self.write_wait = WriteWaitNotice(register, self)
        self.statusBar().addPermanentWidget(self.write_wait)
        self.connection_watch = ConnectionWatch(register, self)  # a team server out of reach
        self.statusBar().addPermanentWidget(self.connection_watch)
        self.statusBar().addPermanentWidget(self.load_status)
        self.statusBar().addPermanentWidget(self.summary)
        self.statusBar().messageChanged.connect(self._fit_summary)
        self.bulk = BulkActions(self)
        self.commands = RegisterCommands(self)
        self._build_toolbar()
        self._connect()
        self._restore_state()
        self.read_only.check()  # a viewer's team register, a file moved to a server
        self.reload()
        self.damage.check()  # SQLite quick-checks the file in the background
        self.live = LiveChanges(self)  # a team register: colleagues' changes as they happen
        self.live.start()
        self.offline = OfflineCopies(self)  # ...and a copy of it for when it is out of reach
        self.offline.start()
        self.file_current = FileCurrent(self)  # a register file: a copy of it is current
        self.file_current.start()

    # -- building ---------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions
        for action in (a.new_contract, a.save, a.delete, None, a.reload, None, a.show_table,
                       a.show_timeline, a.show_dashboard, a.show_alerts, None):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        bar.addWidget(self.search)
        self.addToolBar(bar)

    def _connect(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.reload.triggered.connect(self.reload)
        a.find.triggered.connect(self._focus_search)
        a.new_contract.triggered.connect(self.new_contract)
        a.save.triggered.connect(self.detail.save)
        a.show_table.triggered.connect(lambda: self.show_view(0))
        a.show_timeline.triggered.connect(lambda: self.show_view(1))
        a.show_dashboard.triggered.connect(lambda: self.show_view(2))
        a.show_alerts.triggered.connect(lambda: self.show_view(3))
        a.columns.triggered.connect(self.table.choose_columns)
        a.legend.triggered.connect(self.table.show_legend)
        a.about.triggered.connect(self.commands.about)
        a.import_file.triggered.connect(lambda: self.open_import())
        a.import_history.triggered.connect(self.open_import_history)
        a.export_file.triggered.connect(lambda: self.open_export())
        a.notice_letter.triggered.connect(lambda: self.open_letter())
        a.record_notice.triggered.connect(lambda: self.record_notice())
        a.request_approval.triggered.connect(lambda: self.request_approval())
        a.amend.triggered.connect(lambda: self.open_amend())
        self.setAcceptDrops(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.sidebar.view_chosen.connect(self._apply_view)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.activated.connect(self._open_detail)
        self.detail.saved.connect(self.refresh_contract)
        self.detail.approvals.asked.connect(lambda: self.reminders.panel.refresh(self.today))
        self.connection_watch.has_pending = lambda: self.detail.dirty
        self.connection_watch.save_requested.connect(self.detail.save)
        self._connect_views()
        self._update_actions()

    def _connect_views(self) -> None:
        # The timeline and the dashboard select through the table, so the detail
        # pane, the actions and the table follow whichever view the user clicked.
        self.timeline.current_changed.connect(self.select_uid)
        self.timeline.open_requested.connect(self._open_from_view)
        self.timeline.changed.connect(self.reload)
        # A milestone marked met there shows at once in the open detail pane's tabs.
        self.timeline.changed.connect(self.detail.refresh)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.timeline.select_uid(self.current_uid()))
        self.dashboard.picked.connect(self.show_picked)
        self.pick_bar.clear.clicked.connect(self.clear_pick)

    # -- loading ----------------------------------------------------------------
    def reload(self) -> None:
        """Read the register again in the background, then show it."""
        if self.loading is not None and self.loading.running:
            return
        today = local_today()

        reading = self.tr("Reading the register…")

        def read(session: Session, progress: Progress) -> tuple[list[Listed], ViewSummary]:
            progress.report(0, 0, reading)
            # Off the GUI thread, and with no collection in between: what an earlier
            # large load kept is collected first, what this one keeps is frozen at once
            # (see ui/shell/memory.py).
            collect_what_loads_kept()
            with paused_gc():
                items = load_listing(session, today=today)
                progress.check()
                summary = summarize(items, today)
                if len(items) > LARGE_REGISTER:
                    freeze_survivors()
            return items, summary

        # Loading is not modal: the window (and what it showed before) stays usable;
        # the status bar says what is happening and offers Cancel.
        op = QueryOp(self, self.register, read, reporting=True)
        op.success(lambda result: self.show_items(result[0], today, result[1]))
        op.failure(self._load_failed)
        self.load_status.follow(op.task, self.tr("Loading contracts…"))
        self.loading = op
        op.run()

    def load_now(self) -> None:
        """Read the register again and wait until it is shown (tests, a window reopened)."""
        if self.loading is not None and self.loading.running:
            self.loading.wait()  # it may have started before the latest change
        self.reload()
        if self.loading is not None:
            self.loading.wait()

    def show_items(
        self, items: list[Listed], today: Any, summary: ViewSummary | None = None
    ) -> None:
        """Show freshly loaded contracts, keeping the selection where possible."""
        self.today = today
        current = self.current_uid()
        self.model.set_items(items, today)
        summary = summary or summarize(items, today)
        self.sidebar.update_counts(summary)
        self.timeline.invalidate_marks()
        self.dashboard.invalidate()
        if len(items) > LARGE_REGISTER:
            return_free_pages()  # the earlier listing's pages, freed just now
        if current is not None:
            self.select_uid(current)
        self._update_summary(summary.totals)
        self.statusBar().showMessage(self.tr("{0} contracts loaded", "", len(items)).format(
            self.model.formatter.number(len(items))), 4000)

    def _load_failed(self, error: Exception) -> None:
        log.error("loading the register failed: %s", error)
        if take(self.register, error):  # the status bar says so and retries
            return
        QMessageBox.critical(self, self.tr("Cannot read the register"), str(error))

    # -- filtering --------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _apply_search(self) -> None:
        current = self.current_uid()
        self.model.set_filter(search=self.search.text())
        self._after_filter(current)

    def _apply_view(self, key: str) -> None:
        if key == ALERTS_KEY:  # the inbox, not a view of the table
            self.show_view(3)
            return
        if self.stack.currentIndex() == 3:
            self.show_view(0)
        current = self.current_uid()
        self.model.set_filter(view_key=key)
        self.pick_bar.hide()  # a saved view replaces a dashboard pick
        self._after_filter(current)

    def show_picked(self, meaning: str, uids: frozenset[str]) -> None:
        """Show only the contracts picked on the dashboard, in the table."""
        current = self.current_uid()
        self.sidebar.select_key("all")
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter(view_key="all", search="")
        self.model.set_only(frozenset(uids))
        self.pick_bar.show_pick(meaning, len(uids))
        self.show_view(0)
        self._after_filter(current)

    def clear_pick(self) -> None:
        """Back to every contract of the saved view."""
        current = self.current_uid()
        self.model.set_only(None)
        self.pick_bar.hide()
        self._after_filter(current)

    def _after_filter(self, current: str | None) -> None:
        if current is not None:
            self.select_uid(current)
        self._update_summary()

    def _update_summary(self, of_all: tuple[CurrencyTotal, ...] | None = None) -> None:
        """The status bar's count and money totals of the contracts shown (``of_all``: the
        totals of every listed contract, summed with the load, used when all are shown)."""
        total, shown_count = self.model.total_count(), self.model.rowCount()
        lines = of_all if of_all is not None and shown_count == total else money_totals(
            map(_ROW_OF, self.model.visible_items()))
        totals = [self.model.formatter.money(line.total, line.currency) for line in lines]
        number = self.model.formatter.number
        shown = self.tr("{0} of {1} contracts", "", total).format(number(shown_count),
                                                                  number(total))
        self._summary_texts = (shown, totals)
        self._fit_summary(self.statusBar().currentMessage())
        self.summary.setToolTip("\n".join(
            [self.tr("Total value of the contracts shown, per currency"), *totals]))

    def _fit_summary(self, message: str) -> None:
        """The money totals take the room there is, never clipped: those that fit, then
        "+N more" (the tooltip lists them all); none while a message needs the room."""
        shown, totals = getattr(self, "_summary_texts", ("", []))
        metrics = self.summary.fontMetrics()
        room = self.statusBar().width() - 48 - sum(  # margins, the size grip
            widget.sizeHint().width() for widget in (self.write_wait, self.connection_watch,
                                                     self.load_status) if widget.isVisible())
        if not self.isVisible():
            room = 1 << 30  # nothing is clipped before the window shows; resizeEvent fits it
        elif message:
            # A message needs the room: the totals stay whole beside it or step aside whole.
            full = f"{shown}   {TOTALS_SEPARATOR.join(totals)}" if totals else shown
            needed = metrics.horizontalAdvance(message) + metrics.horizontalAdvance(full)
            self.summary.setText(full if needed <= room else shown)
            return
        self.summary.setText(fitted_totals(shown, totals, room, metrics.horizontalAdvance,
                                           self._more_totals))

    def _more_totals(self, count: int) -> str:
        return self.tr("+{0} more", "", count).format(count)

    # -- selection and detail ---------------------------------------------------
    def current_uid(self) -> str | None:
        """The contract under the table's cursor."""
        index = self.table.currentIndex()
        return self.model.item_at(index.row()).row.uid if index.isValid() else None

    def selected_items(self) -> list[Listed]:
        """The contracts selected in the table."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item_at(row) for row in rows]

    def select_uid(self, uid: str) -> bool:
        """Select and show contract ``uid`` when it is in the current view."""
        row = self.model.row_of_uid(uid)
        if row is None:
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        uid = self.model.item_at(current.row()).row.uid
        if self.detail.row is not None and self.detail.row.uid == uid:
            return
        if not self.detail.may_leave():
            if previous.isValid() and self.detail.row is not None:
                QTimer.singleShot(0, partial(self.select_uid, self.detail.row.uid))
            return
        self.detail.show_contract(uid)

    def _open_from_view(self, uid: str) -> None:
        if self.select_uid(uid):
            self._open_detail(QModelIndex())

    def _open_detail(self, _index: QModelIndex) -> None:
        self.detail.tabs.setCurrentIndex(0)
        self.detail.form.widgets["title"].setFocus()

    def new_contract(self) -> None:
        """Start a new contract in the detail pane."""
        if self.detail.may_leave():
            self.table.clearSelection()
            self.detail.start_new()

    def refresh_contract(self, uid: str) -> None:
        """Read the one contract that changed (saved, decided), not the whole register."""
        today = self.today
        QueryOp(self, self.register, lambda session: load_listed(session, uid, today=today)
                ).success(lambda listed: self._replace_listed({uid: listed}, today)).run()

    def refresh_contracts(self, uids: Collection[str], gone: Collection[str] = ()) -> Op[Any]:
        """Read these contracts again and drop ``gone`` ones (a colleague changed them)."""
        today, wanted, removed = self.today, sorted(set(uids) - set(gone)), set(gone)

        def read(session: Session) -> dict[str, Listed | None]:
            return {**load_listed_many(session, wanted, today=today),
                    **dict.fromkeys(removed)}

        return QueryOp(self, self.register, read).success(
            lambda found: self._replace_listed(found, today)).run()

    def _replace_listed(self, found: dict[str, Listed | None], today: date) -> None:
        items = [item for item in self.model.all_items() if item.row.uid not in found]
        # Not listed before: just created (here, or by a colleague).
        new = {uid for uid, listed in found.items() if listed is not None} - {
            item.row.uid for item in self.model.all_items()}
        items.extend(listed for listed in found.values() if listed is not None)
        self.show_items(items, today)  # keeps the selection
        # A new contract is selected once listed; but not over a contract the person
        # chose meanwhile (after "Save the changes?" on the way to another one).
        if self.detail.row is not None and self.detail.row.uid in new:
            self.select_uid(self.detail.row.uid)

    def show_view(self, index: int) -> None:
        """Switch between table (0), timeline (1), dashboard (2) and the alerts inbox (3)."""
        if index == 3:
            self.reminders.show_inbox()
        self.stack.setCurrentIndex(index)
        a = self.actions
        for position, action in enumerate(
            (a.show_table, a.show_timeline, a.show_dashboard, a.show_alerts)
        ):
            action.setChecked(position == index)

    def reveal(self, uid: str) -> bool:
        """Select contract ``uid``, leaving the saved view, search or pick that hides it.

        False when it is not listed (just imported): the detail pane then reads it
        on its own, and says so if it is gone.
        """
        if self.select_uid(uid):
            return True
        self.sidebar.select_key("all")
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_only(None)
        self.pick_bar.hide()
        self.model.set_filter(view_key="all", search="")
        self._update_summary()
        if self.select_uid(uid):
            return True
        self.detail.show_contract(uid)  # not listed yet (just imported): load it
        return False

    def _update_actions(self) -> None:
        has_selection = self.table.selectionModel().hasSelection()
        for action in (self.actions.delete, self.actions.handover, self.actions.set_status,
                       self.actions.add_tag):
            action.setEnabled(has_selection)
        self.actions.notice_letter.setEnabled(self.current_uid() is not None)
        self.actions.record_notice.setEnabled(self.current_uid() is not None)
        self.actions.request_approval.setEnabled(self.current_uid() is not None)
        self.actions.amend.setEnabled(self.current_uid() is not None)
        self.actions.undo_delete.setEnabled(bool(self.bulk.deleted))
        if self.register.read_only:  # damaged, moved to a server, or a viewer's
            disable_editing(self.actions)

    # -- state ------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.table.restore_columns(settings.value("table/header"))

    def save_state(self) -> None:
        """Remember geometry, splitter and columns (QSettings holds only these)."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("table/header", self.table.horizontalHeader().saveState())

    # -- exporting --------------------------------------------------------------
    def open_export(self) -> ExportDialog:
        """File → Export…: the current view, the selection or everything."""
        from contract_desk.ui.shell.export_dialog import ExportDialog

        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        columns = [self.model.columns[index].key for index in logical
                   if not header.isSectionHidden(index)]
        dialog = ExportDialog(
            self.register, self, view_uids=[item.row.uid for item in self.model.visible_items()],
            selected_uids=[item.row.uid for item in self.selected_items()], view_columns=columns)
        dialog.accepted.connect(lambda: self._exported(dialog))
        dialog.open()
        return dialog

    def open_letter(self) -> LetterDialog | None:
        """Edit → Write notice letter…: for the contract under the cursor."""
        from contract_desk.ui.shell.letter_dialog import LetterDialog

        uid = self.current_uid()
        if uid is None:
            return None
        dialog = LetterDialog(self.register, self.detail.attachments.store, uid, self,
                              today=self.today)
        dialog.attached.connect(self._letter_attached)
        dialog.open()
        return dialog

    def record_notice(self) -> None:
        """Edit → Record notice…: the dialog of the Notices section under the contract's
        details (once the contract under the cursor is shown there, without unsaved edits)."""
        notices, uid = self.detail.notices, self.current_uid()
        if uid is None or notices.contract is None or notices.contract.uid != uid:
            return
        self.detail.tabs.setCurrentIndex(0)
        if not notices.record_button.isEnabled():
            self.statusBar().showMessage(self.tr(
                "Save or revert the changes first: a notice changes the contract."), 8000)
            return
        notices.record()

    def request_approval(self) -> RequestApprovalDialog | None:
        """Edit → Request approval…: for the contract under the cursor (a draft: the
        contract itself; else a notice)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.item_at(index.row()).row
        text = " ".join(part for part in (row.reference, row.title) if part)
        return ask_for_approval(self, self.register, row.uid, text, subject=default_subject(row),
                                done=lambda _row: self._asked_for_approval())

    def _asked_for_approval(self) -> None:
        """A request was made (from Edit or the detail pane): the inbox shows it, and the
        shown contract's list of requests."""
        self.reminders.panel.refresh(self.today)
        self.detail.approvals.reload()

    def open_amend(self) -> AmendDialog | None:
        """Edit → Amend contract…: the amendments of the contract under the cursor."""
        from contract_desk.ui.detail.amend_dialog import AmendDialog

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.item_at(index.row()).row
        text = " ".join(part for part in (row.reference, row.title) if part)
        dialog = AmendDialog(self.register, row.uid, text, self, today=self.today,
                             formatter=self.model.formatter)
        dialog.amended.connect(self.refresh_contract)
        dialog.open()
        return dialog

    def _letter_attached(self, uid: str) -> None:
        shown = self.detail.attachments.contract
        if shown is not None and shown.uid == uid:
            self.detail.attachments.show_contract(shown)

    def _exported(self, dialog: ExportDialog) -> None:
        if dialog.result is not None:
            self.statusBar().showMessage(self.tr("Exported {0} contracts to {1}", "",
                                                  dialog.result.contracts).format(
                self.model.formatter.number(dialog.result.contracts), dialog.result.path),
                10_000)

    # -- importing --------------------------------------------------------------
    def open_import(self, path: Path | None = None) -> ImportWizard:
        """The import wizard, on ``path`` when a file was dropped."""
        from contract_desk.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.register, self)
        wizard.imported.connect(lambda _result: self.reload())
        if path is not None:
            wizard.file_page.open_file(path)
        wizard.show()
        return wizard

    def open_import_history(self) -> Op[Any]:
        """The list of past imports, with Undo (read first, then shown)."""
        from contract_desk.services.importing.batches import list_import_batches
        from contract_desk.ui.importing.history import ImportHistoryDialog

        def show(batches: list[Any]) -> None:
            dialog = ImportHistoryDialog(self.register, self, batches=batches)
            dialog.changed.connect(self.reload)
            dialog.exec()

        return QueryOp(self, self.register, list_import_batches).success(show).disabling(
            self.actions.import_history).run()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        one_file = len(urls) == 1 and urls[0].isLocalFile()
        if one_file and Path(urls[0].toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_import(Path(urls[0].toLocalFile()))

    def changeEvent(self, event: QEvent) -> None:
        # The OS switched between light and dark: re-tint the rows from the new palette.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            clear_style_cache()
            self.table.viewport().update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower or wider: the totals step aside for a message, or come back."""
        super().resizeEvent(event)
        self._fit_summary(self.statusBar().currentMessage())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders.keep_running(event):  # the user keeps it in the tray
            return
        if not self.detail.may_leave():
            event.ignore()
            return
        self.save_state()
        self.reminders.shutdown()
        self.write_wait.detach()
        self.connection_watch.stop()
        self.live.stop()
        self.offline.stop()
        self.file_current.stop()
        event.accept()
