"""The notices of one contract under its details: recorded (given or received), listed,
withdrawn when mistaken."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.services import current_user
from contract_desk.services.notice_records import (
    NoticeRow,
    acknowledge_notice,
    attach_proof,
    list_notices,
    record_notice,
    withdraw_notice,
)
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.save_to import ask_open_many
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.detail.notice_dialog import (
    AcknowledgeDialog,
    NoticeDialog,
    NoticeEntry,
    notice_word,
)

HEADERS = (QT_TRANSLATE_NOOP("NoticesSection", "Notice"), QT_TRANSLATE_NOOP("NoticesSection", "On"),
           QT_TRANSLATE_NOOP("NoticesSection", "Channel"),
           QT_TRANSLATE_NOOP("NoticesSection", "Ends the contract on"),
           QT_TRANSLATE_NOOP("NoticesSection", "Acknowledged on"),
           QT_TRANSLATE_NOOP("NoticesSection", "Proof"),
           QT_TRANSLATE_NOOP("NoticesSection", "Note"))


class NoticesSection(QGroupBox):
    """Lists the shown contract's notices; records a new one; withdraws a mistaken one."""

    #: changed(): a notice was recorded or withdrawn here (the contract's key dates moved).
    changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None,
                 formatter: Formatter | None = None) -> None:
        super().__init__(self.tr("Notices"), parent)
        self.register = register
        self.store = store_for(register)
        self.formatter = formatter or Formatter()
        self.contract: ContractRow | None = None
        self.rows: list[NoticeRow] = []
        self.loading: Latest[list[NoticeRow]] = Latest()
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("NoticesSection", header)
                                             for header in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(140)  # a few notices at most; the form stays in view
        self.record_button = QPushButton(self.tr("Record &notice…"), self)
        self.record_button.setToolTip(self.tr(
            "A notice given to or received from the counterparty: the contract then ends on "
            "the term end it reaches, and its notice reminders stop"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("Take back a notice recorded by mistake"))
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledged…"), self)
        self.acknowledge_button.setToolTip(self.tr(
            "Record the day the selected notice was acknowledged"))
        self.proof_button = QPushButton(self.tr("Add proo&f…"), self)
        self.proof_button.setToolTip(self.tr(
            "Attach a receipt or an e-mail to the selected notice"))
        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.proof_button.clicked.connect(self.add_proof_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.acknowledge_button, self.proof_button,
                       self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_contract(self, contract: ContractRow) -> Op[list[NoticeRow]]:
        """Read the notices of ``contract`` in the background, then list them."""
        uid = contract.uid
        return self.loading.run(QueryOp(self, self.register, lambda session: list_notices(
            session, uid)).success(lambda rows: self.fill(contract, rows)))

    def fill(self, contract: ContractRow, rows: Sequence[NoticeRow]) -> None:
        """List ``rows``, the notices of ``contract``; a withdrawn one is greyed."""
        self.contract, self.rows = contract, list(rows)
        fmt = self.formatter.date
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (notice_word(row.direction), fmt(row.sent_on), notice_word(row.channel),
                     fmt(row.effective_end), fmt(row.acknowledged_on),
                     str(len(row.proof_uids)) if row.proof_uids else "",
                     row.note or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.withdrawn_at is not None:
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(self.tr("Withdrawn by {0} on {1}").format(
                        row.withdrawn_by or "", self.formatter.timestamp(row.withdrawn_at)))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary())

    def clear(self) -> None:
        """No contract: nothing listed (a new contract's form)."""
        self.contract, self.rows = None, []
        self.table.setRowCount(0)
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        standing = [row for row in self.rows if row.withdrawn_at is None]
        if not standing:
            return self.tr("No notice recorded.")
        first = min(standing, key=lambda row: row.sent_on)
        return self.tr("Notice on {0}: the contract ends on {1}.").format(
            self.formatter.date(first.sent_on), self.formatter.date(first.effective_end))

    def set_read_only(self, read_only: bool) -> None:
        """Only listed: nothing recorded or withdrawn (a register only read here, or unsaved
        edits in the form: a notice changes the contract, so save or revert first)."""
        for button in (self.record_button, self.acknowledge_button, self.proof_button,
                       self.withdraw_button):
            button.setEnabled(not read_only)

    def record(self) -> Op[NoticeRow] | None:
        """Ask for the notice in the dialog, then record it in the background."""
        if self.contract is None:
            return None
        dialog = NoticeDialog(self, local_today(), self.formatter)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.record_entry(dialog.entry())

    def record_entry(self, entry: NoticeEntry) -> Op[NoticeRow] | None:
        """Record ``entry`` on the shown contract in the background."""
        if self.contract is None:
            return None
        contract, store, user, today = self.contract, self.store, current_user(), local_today()

        def write(session: Session) -> NoticeRow:
            return record_notice(
                session, contract.uid, direction=entry.direction, on=entry.on,
                channel=entry.channel, user=user, today=today, store=store,
                proofs=entry.proofs, acknowledged_on=entry.acknowledged_on, note=entry.note)

        return WriteOp(self, self.register, write).success(
            lambda _row: self._changed(contract)).disabling(self.record_button).run()

    def _selected(self) -> NoticeRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def _standing(self) -> NoticeRow | None:
        row = self._selected()
        if row is None or row.withdrawn_at is not None:
            return None
        return row

    def acknowledge_selected(self) -> Op[NoticeRow] | None:
        """Ask the day the selected notice was acknowledged, then record it."""
        row = self._standing()
        if row is None:
            return None
        dialog = AcknowledgeDialog(self, row.sent_on, local_today(), self.formatter)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.acknowledge(row, dialog.day())

    def acknowledge(self, row: NoticeRow, day: date) -> Op[NoticeRow] | None:
        """Record in the background that ``row`` was acknowledged on ``day``."""
        contract, user, today = self.contract, current_user(), local_today()
        if contract is None:
            return None
        return WriteOp(self, self.register, lambda session: acknowledge_notice(
            session, row.uid, day, user=user, today=today)).success(
            lambda _row: self._changed(contract)).disabling(self.acknowledge_button).run()

    def add_proof_selected(self) -> Op[NoticeRow] | None:
        """Ask for files and attach them as proof of the selected notice."""
        row = self._standing()
        if row is None:
            return None
        names = ask_open_many(self, self.tr("Proof of the notice"))
        return self.add_proofs(row, [Path(name) for name in names]) if names else None

    def add_proofs(self, row: NoticeRow, paths: Sequence[Path]) -> Op[NoticeRow] | None:
        """Attach ``paths`` to ``row`` in the background, in one write."""
        contract, store, user = self.contract, self.store, current_user()
        if contract is None or not paths:
            return None

        def write(session: Session) -> NoticeRow:
            for path in paths:
                updated = attach_proof(session, store, row.uid, path, user=user)
            return updated

        return WriteOp(self, self.register, write).success(
            lambda _row: self._changed(contract)).disabling(self.proof_button).run()

    def withdraw_selected(self) -> Op[NoticeRow] | None:
        """Withdraw the selected notice after asking."""
        row, contract = self._selected(), self.contract
        if row is None or contract is None or row.withdrawn_at is not None:
            return None
        question = self.tr("Withdraw the notice of {0}? It no longer counts; the contract's "
                           "key dates and reminders go back to what they were without it.").format(
            self.formatter.date(row.sent_on))
        answer = QMessageBox.question(self, self.tr("Withdraw notice"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.withdraw(row)

    def withdraw(self, row: NoticeRow) -> Op[NoticeRow] | None:
        """Withdraw ``row`` in the background (no question asked)."""
        contract, user, today = self.contract, current_user(), local_today()
        if contract is None:
            return None
        return WriteOp(self, self.register, lambda session: withdraw_notice(
            session, row.uid, user=user, today=today)).success(
            lambda _row: self._changed(contract)).disabling(self.withdraw_button).run()

    def _changed(self, contract: ContractRow) -> None:
        self.show_contract(contract)
        self.changed.emit()
