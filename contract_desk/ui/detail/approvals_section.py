"""The requests for approval of one contract under its details: every one asked (closed
ones too), where each stands, and a button to ask for another."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.clock import local_today
from contract_desk.services.approvals import ApprovalRow, contract_approvals
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register
from contract_desk.ui.common.approval_dialogs import (
    RequestApprovalDialog,
    approval_texts,
    approval_tooltip,
    ask_for_approval,
    default_subject,
)
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Latest, Op, QueryOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

HEADERS = (QT_TRANSLATE_NOOP("ApprovalsSection", "Asked on"),
           QT_TRANSLATE_NOOP("ApprovalsSection", "For"),
           QT_TRANSLATE_NOOP("ApprovalsSection", "Asked by"),
           QT_TRANSLATE_NOOP("ApprovalsSection", "Where it stands"))
#: States of a request that is over: listed greyed, below nothing.
CLOSED = frozenset({"used", "cancelled"})


class ApprovalsSection(QGroupBox):
    """Lists the shown contract's requests for approval; asks for a new one.

    Answering is done where the approver's requests wait, the alerts inbox.
    """

    #: asked(): a request was made here (the inbox shows it to its approvers).
    asked = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None,
                 formatter: Formatter | None = None) -> None:
        super().__init__(self.tr("Approvals"), parent)
        self.register = register
        self.formatter = formatter or Formatter()
        self.contract: ContractRow | None = None
        self.rows: list[ApprovalRow] = []
        self.loading: Latest[list[ApprovalRow]] = Latest()
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ApprovalsSection", header) for header in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Where a request stands takes the width left and wraps (a reason can be long; the
        # whole of it, with every answer, is in the line's tooltip): nothing scrolls sideways.
        for column in range(len(HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setMaximumHeight(140)  # a few requests at most; the form stays in view
        self.request_button = QPushButton(self.tr("Re&quest approval…"), self)
        self.request_button.setToolTip(self.tr(
            "Ask the approvers the register's rules name for their yes: to put the contract "
            "in force, to give notice, or to a renewal decision"))
        self.request_button.clicked.connect(lambda: self.request())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_contract(self, contract: ContractRow) -> Op[list[ApprovalRow]]:
        """Read the requests of ``contract`` in the background, then list them."""
        uid = contract.uid
        return self.loading.run(QueryOp(self, self.register, lambda session: contract_approvals(
            session, uid)).success(lambda rows: self.fill(contract, rows)))

    def reload(self) -> Op[list[ApprovalRow]] | None:
        """Read the shown contract's requests again (answered or asked elsewhere)."""
        return None if self.contract is None else self.show_contract(self.contract)

    def fill(self, contract: ContractRow, rows: Sequence[ApprovalRow]) -> None:
        """List ``rows``, the requests of ``contract``, newest first; closed ones greyed."""
        self.contract, self.rows = contract, sorted(rows, key=lambda row: row.requested_at,
                                                    reverse=True)
        self.table.setRowCount(len(self.rows))
        today = local_today()
        for index, row in enumerate(self.rows):
            asked_on, what, _contract, _when, state = approval_texts(row, self.formatter, today)
            cells = (asked_on, what, row.requested_by, state)
            tooltip = approval_tooltip(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip)
                if row.state in CLOSED:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary())

    def clear(self) -> None:
        """No contract: nothing listed (a new contract's form)."""
        self.contract, self.rows = None, []
        self.table.setRowCount(0)
        self.summary.setText("")

    def _summary(self) -> str:
        if not self.rows:
            return self.tr("No request for approval.")
        pending = sum(1 for row in self.rows if row.state == "pending")
        if pending:
            return self.tr("{0} request(s) wait for an answer; answer them in the alerts inbox.",
                           "", pending).format(pending)
        return ""

    def set_read_only(self, read_only: bool) -> None:
        """Only listed: nothing asked (a register only read here, or no contract)."""
        self.request_button.setEnabled(not read_only)

    def request(self) -> RequestApprovalDialog | None:
        """Ask for approval of a step of the shown contract (the request dialog)."""
        contract = self.contract
        if contract is None or not self.request_button.isEnabled():
            return None
        text = " ".join(part for part in (contract.reference, contract.title) if part)

        def done(_row: ApprovalRow) -> None:
            self.show_contract(contract)
            self.asked.emit()

        return ask_for_approval(self, self.register, contract.uid, text,
                                subject=default_subject(contract), done=done)
