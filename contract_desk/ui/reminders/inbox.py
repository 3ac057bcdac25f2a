"""The alerts inbox: every open reminder, grouped overdue / today / upcoming / snoozed.

One line per key date (a payment reminded 7, 3 and 0 days before is one
line). Acknowledge, snooze, record a decision, or open the contract; each is
written to the audit trail by the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.reminders import DECISION_KINDS, Decision, KeyKind, relative_day
from contract_desk.i18n.formats import current_formats
from contract_desk.services.approvals import (
    ApprovalInbox,
    ApprovalNeeded,
    ApprovalRow,
    approval_inbox,
    cancel_request,
    vote,
)
from contract_desk.services.register.errors import ConflictError
from contract_desk.services.register.users import current_user
from contract_desk.services.reminders.actions import (
    SNOOZE_DAY,
    SNOOZE_WEEK,
    acknowledge_many,
    answer_notification,
    decide,
    snooze,
)
from contract_desk.services.reminders.inbox import AlertInbox, AlertRow, open_alerts
from contract_desk.services.reminders.people import approver, me_for, person_of
from contract_desk.storage import Register
from contract_desk.ui.common.approval_dialogs import (
    AnswerDialog,
    approval_texts,
    approval_tooltip,
    ask_for_approval,
)
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.menu_button import MenuButton
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
# An approval request's line holds the request's uid here (an alert's line holds its id).
APPROVAL_ROLE = Qt.ItemDataRole.UserRole + 1
_APPROVALS_COLOUR = "#6a1b9a"
#: Lines shown per group: a first check over a big register can open tens of
#: thousands of reminders, and the earliest are the ones to act on.
GROUP_LIMIT = 1_000
COLUMNS = (QT_TRANSLATE_NOOP("AlertsPanel", "Date"), QT_TRANSLATE_NOOP("AlertsPanel", "What"),
           QT_TRANSLATE_NOOP("AlertsPanel", "Contract"), QT_TRANSLATE_NOOP("AlertsPanel", "When"),
           QT_TRANSLATE_NOOP("AlertsPanel", "State"))
#: Whether the inbox shows only my alerts (kept across restarts).
MINE_KEY = "reminders/inbox_mine"
GROUPS = (("overdue", QT_TRANSLATE_NOOP("AlertsPanel", "Overdue")),
          ("today", QT_TRANSLATE_NOOP("AlertsPanel", "Today")),
          ("upcoming", QT_TRANSLATE_NOOP("AlertsPanel", "Upcoming")),
          ("snoozed", QT_TRANSLATE_NOOP("AlertsPanel", "Snoozed")))
_GROUP_COLOURS = {"overdue": "#c62828", "today": "#e65100", "upcoming": "#1565c0",
                  "snoozed": "#616161"}
DECISIONS = ((Decision.RENEW, QT_TRANSLATE_NOOP("AlertsPanel", "Renew")),
             (Decision.TERMINATE, QT_TRANSLATE_NOOP("AlertsPanel", "Terminate…")),
             (Decision.RENEGOTIATE, QT_TRANSLATE_NOOP("AlertsPanel", "Renegotiate")),
             (Decision.LET_RUN, QT_TRANSLATE_NOOP("AlertsPanel", "Let it run")))

#: A recorded decision in a sentence ("Decided: let run").
DECIDED = {
    Decision.RENEW.value: QT_TRANSLATE_NOOP("AlertsPanel", "renew"),
    Decision.TERMINATE.value: QT_TRANSLATE_NOOP("AlertsPanel", "terminate"),
    Decision.RENEGOTIATE.value: QT_TRANSLATE_NOOP("AlertsPanel", "renegotiate"),
    Decision.LET_RUN.value: QT_TRANSLATE_NOOP("AlertsPanel", "let run"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("AlertsPanel", text)


def _decided(decision: str) -> str:
    word = DECIDED.get(decision)
    return decision.replace("_", " ") if word is None else _translated(word)


def subject_text(alert: AlertRow) -> str:
    """What the alert is about: "C-7 Cleaning · Monthly fee"."""
    contract = " ".join(part for part in (alert.reference, alert.contract_title) if part)
    if alert.obligation_title:
        return f"{contract} · {alert.obligation_title}" if contract else alert.obligation_title
    return contract


class SnoozeUntilDialog(QDialog):
    """Pick the day the alert comes back."""

    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        earliest, proposed = today + timedelta(days=1), today + timedelta(days=14)
        self.calendar.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.calendar.setSelectedDate(QDate(proposed.year, proposed.month, proposed.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        """The day picked."""
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())


class AlertsPanel(QWidget):
    """The inbox; ``open_contract`` carries a contract uid, ``changed`` follows every action
    (with the inbox as it is now), ``contract_changed`` a contract a decision changed."""

    #: open_contract(str): the uid of the contract to open.
    open_contract = Signal(str)
    #: changed(AlertInbox): the inbox as read after an action (acknowledge, snooze, decide).
    changed = Signal(AlertInbox)
    #: contract_changed(str): the uid of a contract a decision changed (terminate).
    contract_changed = Signal(str)
    #: check_requested(): "Check now" was pressed.
    check_requested = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None,
                 formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = formatter or Formatter()
        self.today = local_today()
        self.inbox = AlertInbox((), (), (), ())
        self.approvals = ApprovalInbox((), ())
        self.loading: Latest[AlertInbox] = Latest()
        self.approvals_loading: Latest[ApprovalInbox] = Latest()
        self._approval_rows: dict[str, ApprovalRow] = {}
        self._deciding: tuple[AlertRow, Decision] | None = None
        self._acted = False
        self._rows: dict[int, AlertRow] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("alerts_summary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("alerts_tree")
        self.tree.setHeaderLabels([_translated(name) for name in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The stretched column shrinks to the minimum: never below its title.
        header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(2)))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.open_button = QPushButton(self.tr("&Open contract"), self)
        self.ack_button = QPushButton(self.tr("&Acknowledge"), self)
        self.ack_button.setToolTip(self.tr("The date is dealt with: no more reminders for it"))
        self.snooze_button = MenuButton(self.tr("&Snooze"), self)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze_selected(
            days=SNOOZE_DAY))
        self.snooze_menu.addAction(self.tr("For a week"), lambda: self.snooze_selected(
            days=SNOOZE_WEEK))
        self.snooze_menu.addAction(self.tr("Until a date…"), self._snooze_until)
        self.snooze_button.setMenu(self.snooze_menu)
        self.decide_button = MenuButton(self.tr("&Decide"), self)
        self.decide_button.setToolTip(self.tr("Record what was decided about a notice deadline "
                                              "or term end"))
        self.decide_menu = QMenu(self.decide_button)
        for decision, label in DECISIONS:
            action = QAction(_translated(label), self.decide_menu)
            action.triggered.connect(lambda _=False, d=decision: self.decide_selected(d))
            self.decide_menu.addAction(action)
        self.decide_button.setMenu(self.decide_menu)
        # One button for requests for approval (a row of its own would widen the window).
        self.approval_button = MenuButton(self.tr("Appro&val"), self)
        self.approval_button.setObjectName("approval_button")
        self.approval_button.setToolTip(self.tr("Answer the request for approval selected, or "
                                                "cancel your own"))
        self.approval_menu = QMenu(self.approval_button)
        self.approve_action = self.approval_menu.addAction(
            self.tr("Approve…"), lambda: self.answer_selected(approve=True))
        self.approve_action.setToolTip(self.tr("Say yes to the request for approval selected"))
        self.reject_action = self.approval_menu.addAction(
            self.tr("Reject…"), lambda: self.answer_selected(approve=False))
        self.reject_action.setToolTip(self.tr("Say no to the request for approval selected, "
                                              "and why"))
        self.cancel_action = self.approval_menu.addAction(self.tr("Cancel the request"),
                                                          self.cancel_selected)
        self.approval_button.setMenu(self.approval_menu)
        self.check_button = QPushButton(self.tr("&Check now"), self)
        self.check_button.setToolTip(self.tr("Look for reminders that came due"))
        self.open_button.clicked.connect(self.open_selected)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.check_button.clicked.connect(self.check_requested)
        buttons = QHBoxLayout()
        for widget in (self.open_button, self.ack_button, self.snooze_button,
                       self.decide_button, self.approval_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        # Everyone's alerts, or only mine (what I own, escalations to me): in a team.
        self.whose = QComboBox(self)
        self.whose.setObjectName("alerts_whose")
        self.whose.addItem(self.tr("Everyone's"), False)
        self.whose.addItem(self.tr("Mine"), True)
        self.whose.setToolTip(self.tr(
            "Mine: contracts and obligations you own, and escalations to you. Say which "
            "owner names are yours in Settings → Reminders…"))
        self.whose.setCurrentIndex(1 if QSettings().value(MINE_KEY, False, type=bool) else 0)
        self.whose.currentIndexChanged.connect(self._whose_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.whose)
        top.addWidget(self.check_button)  # up here: the row of actions below is full
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------
    def refresh(self, today: date | None = None) -> Op[AlertInbox]:
        """Read the open alerts again in the background, then show them."""
        day = today or local_today()
        mine = me_for(self.register) if self.mine_only else None
        everyone = not self.mine_only
        person, names, team = approver(self.register)
        approvals = QueryOp(self, self.register, lambda session: approval_inbox(
            session, person=person, names=names, team=team, everyone=everyone))
        self.approvals_loading.run(approvals.success(self._show_approvals))
        op = QueryOp(self, self.register,
                     lambda session: open_alerts(session, today=day, mine=mine))
        return self.loading.run(op.success(lambda inbox: self._show(inbox, day)))

    def _show_approvals(self, approvals: ApprovalInbox) -> None:
        self.approvals = approvals
        self._fill()

    @property
    def mine_only(self) -> bool:
        """Whether only my alerts are shown ("Mine")."""
        return bool(self.whose.currentData())

    def _whose_changed(self) -> None:
        QSettings().setValue(MINE_KEY, self.mine_only)
        self.refresh(self.today)

    def _show(self, inbox: AlertInbox, today: date) -> None:
        self.today, self.inbox = today, inbox
        self._fill()
        if self._acted:  # the first inbox read after an action (whichever read it was)
            self._acted = False
            self.changed.emit(inbox)

    def _fill(self) -> None:
        selected = set(self.selected_ids())
        chosen = {row.uid for row in self.selected_approvals()}
        self.tree.clear()
        self._rows = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._fill_approvals(bold, chosen)
        for key, label in GROUPS:
            rows: tuple[AlertRow, ...] = getattr(self.inbox, key)
            group = QTreeWidgetItem(self.tree, [self.tr("{0} ({1})").format(_translated(label),
                                                                             len(rows))])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setForeground(0, QBrush(QColor(_GROUP_COLOURS[key])))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in rows[:GROUP_LIMIT]:
                item = QTreeWidgetItem(group, self._texts(row))
                item.setData(0, ID_ROLE, row.id)
                item.setToolTip(1, row.title)
                item.setToolTip(2, row.title)
                if row.escalated:
                    item.setForeground(4, QBrush(QColor("#c62828")))
                self._rows[row.id] = row
                item.setSelected(row.id in selected)
            if len(rows) > GROUP_LIMIT:
                hidden = len(rows) - GROUP_LIMIT
                more = QTreeWidgetItem(group, ["", self.tr(
                    "… and {0} more, later in this group", "", hidden).format(
                        current_formats().number(hidden))])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                more.setToolTip(1, self.tr("Acknowledge or snooze the ones above to see them"))
            group.setExpanded(key != "snoozed" and bool(rows))
        badge = self.inbox.badge
        waiting = len(self.approvals.awaiting)
        if waiting and not badge:
            self.summary.setText(self.tr("{0} request(s) for approval wait for your answer", "",
                                         waiting).format(waiting))
        elif badge:
            self.summary.setText(self.tr("{0} deadline(s) need attention now", "", badge).format(
                badge))
        elif self.inbox.upcoming:
            self.summary.setText(self.tr("Nothing due today; {0} coming up").format(
                len(self.inbox.upcoming)))
        else:
            self.summary.setText(self.tr("No open reminders"))
        self._update_buttons()

    def _fill_approvals(self, bold: QFont, chosen: set[str]) -> None:
        self._approval_rows = {}
        rows = (*self.approvals.awaiting, *self.approvals.others)
        if not rows:
            return
        title = self.tr("Approvals ({0} waiting for you)").format(len(self.approvals.awaiting))
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        group.setFont(0, bold)
        group.setForeground(0, QBrush(QColor(_APPROVALS_COLOUR)))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for row in rows:
            item = QTreeWidgetItem(group, approval_texts(row, self.formatter, self.today))
            item.setData(0, APPROVAL_ROLE, row.uid)
            for column in range(len(COLUMNS)):
                item.setToolTip(column, approval_tooltip(row))
            if row in self.approvals.awaiting:
                for column in range(len(COLUMNS)):
                    item.setFont(column, bold)
            self._approval_rows[row.uid] = row
            item.setSelected(row.uid in chosen)
        group.setExpanded(True)

    def _texts(self, row: AlertRow) -> list[str]:
        state = []
        if row.escalated:
            state.append(self.tr("Escalated"))
        if row.snoozed_until is not None and row.snoozed_until > self.today:
            state.append(self.tr("Snoozed until {0}").format(
                self.formatter.date(row.snoozed_until)))
        if row.decision:
            state.append(self.tr("Decided: {0}").format(_decided(row.decision)))
        return [self.formatter.date(row.key_date), KeyKind(row.kind).label,
                subject_text(row), relative_day((row.key_date - self.today).days),
                ", ".join(state)]

    # -- selection --------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The alerts selected (group headers are not selectable)."""
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems()
                if item.data(0, ID_ROLE) is not None]

    def selected_approvals(self) -> list[ApprovalRow]:
        """The requests for approval selected."""
        uids = [item.data(0, APPROVAL_ROLE) for item in self.tree.selectedItems()]
        return [self._approval_rows[uid] for uid in uids if uid in self._approval_rows]

    def select_approval(self, uid: str) -> bool:
        """Select one request for approval (False when it is not in the inbox)."""
        self.tree.clearSelection()
        group = self.tree.topLevelItem(0)
        for index in range(group.childCount() if group is not None else 0):
            item = group.child(index) if group is not None else None
            if item is not None and item.data(0, APPROVAL_ROLE) == uid:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
                return True
        return False

    def selected_rows(self) -> list[AlertRow]:
        """The AlertRows selected."""
        return [self._rows[i] for i in self.selected_ids() if i in self._rows]

    def select_alert(self, alert_id: int) -> bool:
        """Select one alert (False when it is not in the inbox)."""
        self.tree.clearSelection()
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            if parent is None:
                continue
            for index in range(parent.childCount()):
                item = parent.child(index)
                if item is not None and item.data(0, ID_ROLE) == alert_id:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _update_buttons(self) -> None:
        rows, requests = self.selected_rows(), self.selected_approvals()
        self.open_button.setEnabled((len(rows) == 1 and rows[0].contract_uid is not None
                                     and not requests) or (len(requests) == 1 and not rows))
        writing = len(requests) == 1 and not rows and not self.register.read_only
        answering = writing and requests[0] in self.approvals.awaiting
        self.approve_action.setEnabled(answering)
        self.reject_action.setEnabled(answering)
        self.cancel_action.setEnabled(writing and person_of(self.register).casefold()
                                      == requests[0].requested_by.casefold())
        self.approval_button.setEnabled(any(action.isEnabled() for action in (
            self.approve_action, self.reject_action, self.cancel_action)))
        acting = bool(rows) and not self.register.read_only  # a viewer's: only read
        self.ack_button.setEnabled(acting)
        self.snooze_button.setEnabled(acting)
        deciding = acting and len(rows) == 1 and rows[0].target_type == "contract" and (
            KeyKind(rows[0].kind) in DECISION_KINDS)
        self.decide_button.setEnabled(deciding)

    def _context_menu(self, position: Any) -> None:
        requests = self.selected_approvals()
        if len(requests) == 1 and not self.selected_rows():
            self._approval_menu(position)
            return
        if not self.selected_rows():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open contract"), self.open_selected).setEnabled(
            self.open_button.isEnabled())
        menu.addAction(self.tr("Acknowledge"), self.acknowledge_selected).setEnabled(
            self.ack_button.isEnabled())
        snoozing = menu.addMenu(self.snooze_menu)
        snoozing.setText(self.tr("Snooze"))
        snoozing.setEnabled(self.snooze_button.isEnabled())
        if self.decide_button.isEnabled():
            menu.addMenu(self.decide_menu).setText(self.tr("Decide"))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _approval_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open contract"), self.open_selected)
        for action in (self.approve_action, self.reject_action, self.cancel_action):
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- acting -----------------------------------------------------------------
    def open_selected(self) -> None:
        """Open the selected alert's (or request's) contract."""
        rows, requests = self.selected_rows(), self.selected_approvals()
        if len(rows) == 1 and rows[0].contract_uid and not requests:
            self.open_contract.emit(rows[0].contract_uid)
        elif len(requests) == 1 and not rows:
            self.open_contract.emit(requests[0].contract_uid)

    def answer_selected(self, *, approve: bool) -> AnswerDialog | None:
        """Approve or reject the request selected: the comment dialog, then the vote."""
        requests = self.selected_approvals()
        if len(requests) != 1 or requests[0] not in self.approvals.awaiting:
            return None
        row = requests[0]
        dialog = AnswerDialog(self, row, approve)
        dialog.accepted.connect(lambda: self.answer(row.uid, approve, dialog.text()))
        dialog.open()
        return dialog

    def answer(self, uid: str, approve: bool, comment: str) -> Op[object]:
        """Record this person's yes or no on a request (then read the inbox again)."""
        person, names, team = approver(self.register)
        row = self._approval_rows.get(uid)
        op = self._act(lambda session: vote(session, uid, approve, person=person, names=names,
                                            team=team, comment=comment or None))
        if row is not None and row.subject == "contract":  # a yes may put it in force
            contract = row.contract_uid
            op.success(lambda _: self.contract_changed.emit(contract))
        return op

    def cancel_selected(self) -> None:
        """Withdraw the selected request (one's own), e.g. to clear a rejected one away."""
        requests = self.selected_approvals()
        if len(requests) == 1:
            uid, person = requests[0].uid, person_of(self.register)
            self._act(lambda session: cancel_request(session, uid, user=person))

    def acknowledge_selected(self) -> None:
        """The selected dates are dealt with."""
        ids = self.selected_ids()
        self._act(lambda session: acknowledge_many(session, ids, user=current_user()))

    def snooze_selected(self, *, days: int | None = None, until: date | None = None) -> None:
        """Hide the selected dates for ``days`` or until a day."""
        ids, today = self.selected_ids(), self.today
        self._act(lambda session: [snooze(session, i, user=current_user(), today=today,
                                          days=days, until=until) for i in ids])

    def answer_notification(self, answer: str, alert_ids: tuple[int, ...]) -> bool:
        """A notification's Acknowledge or Snooze 1 day was clicked: act on its alerts
        (those still open), then read the inbox again. False when this register is only
        read here (a viewer, a damaged register): the inbox still holds them."""
        if self.register.read_only:
            return False
        today = self.today
        self._act(lambda session: answer_notification(session, answer, alert_ids,
                                                      user=current_user(), today=today))
        return True

    def _snooze_until(self) -> None:
        dialog = SnoozeUntilDialog(self, self.today)
        if dialog.exec():
            self.snooze_selected(until=dialog.chosen())

    def decide_selected(self, decision: Decision) -> None:
        """Record a decision about the selected notice or term-end date."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row, today = rows[0], self.today
        if decision is Decision.TERMINATE:
            answer = QMessageBox.question(
                self, self.tr("Terminate the contract?"),
                self.tr("Record the notice as given today ({0}) and mark {1} as terminated? "
                        "The change is in the contract's history.").format(
                    self.formatter.date(today), subject_text(row)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._deciding = (row, decision)
        op = self._act(lambda session: decide(session, row.id, decision, user=current_user(),
                                              today=today))
        if row.contract_uid:  # terminate changes the contract
            uid = row.contract_uid
            op.success(lambda _: self.contract_changed.emit(uid))

    def _act(self, action: Callable[[Session], object]) -> Op[object]:
        """Write ``action`` in the background, then read the inbox again (done or not)."""
        op = WriteOp(self, self.register, action).failure(self._not_done)
        op.ended(self._after_act).disabling(self.ack_button, self.snooze_button,
                                            self.decide_button, self.approval_button)
        return op.run()

    def _not_done(self, error: Exception) -> None:
        deciding, self._deciding = self._deciding, None
        if isinstance(error, ApprovalNeeded) and deciding and deciding[0].contract_uid:
            row, decision = deciding
            answer = QMessageBox.question(
                self, self.tr("Approval needed"),
                self.tr("{0}\n\nRequest approval now?").format(error),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes and row.contract_uid:
                ask_for_approval(self, self.register, row.contract_uid, subject_text(row),
                                 subject="decision", decision=decision.value,
                                 done=lambda _row: self._after_act())
            return
        if isinstance(error, ConflictError):
            QMessageBox.warning(self, self.tr("Not done"), self.tr(
                "Someone changed the contract meanwhile; open it, check, and decide again."))
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not done"), str(error))
        else:
            report(error)

    def _after_act(self) -> None:
        self._acted = True
        self.refresh(self.today)
