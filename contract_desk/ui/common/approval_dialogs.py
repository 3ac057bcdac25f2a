"""Approvals in the window: asking for one, answering one, and how a request reads.

The requests and votes are ``services.approvals``; these dialogs only gather
what the person chose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.approvals import Subject
from contract_desk.domain.errors import DomainError
from contract_desk.domain.reminders import Decision, relative_day
from contract_desk.services.approvals import ApprovalRow, request_approval
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.reminders.people import person_of
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import WriteOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

# The words below are in the "Approvals" translation context.
SUBJECT_LABELS = {
    Subject.CONTRACT: QT_TRANSLATE_NOOP("Approvals", "The contract itself (put it in force)"),
    Subject.NOTICE: QT_TRANSLATE_NOOP("Approvals", "A notice we give"),
    Subject.DECISION: QT_TRANSLATE_NOOP("Approvals", "A renewal decision"),
}
SHORT_SUBJECTS = {
    Subject.CONTRACT.value: QT_TRANSLATE_NOOP("Approvals", "Approval: new contract"),
    Subject.NOTICE.value: QT_TRANSLATE_NOOP("Approvals", "Approval: notice"),
    Subject.DECISION.value: QT_TRANSLATE_NOOP("Approvals", "Approval: decision"),
}
DECISION_LABELS = {
    Decision.RENEW: QT_TRANSLATE_NOOP("Approvals", "Renew"),
    Decision.TERMINATE: QT_TRANSLATE_NOOP("Approvals", "Terminate"),
    Decision.RENEGOTIATE: QT_TRANSLATE_NOOP("Approvals", "Renegotiate"),
    Decision.LET_RUN: QT_TRANSLATE_NOOP("Approvals", "Let it run"),
}
STATE_LABELS = {
    "pending": QT_TRANSLATE_NOOP("Approvals", "Waiting for {0}"),
    "approved": QT_TRANSLATE_NOOP("Approvals", "Approved: the step may be taken"),
    "rejected": QT_TRANSLATE_NOOP("Approvals", "Rejected by {0}: {1}"),
    "used": QT_TRANSLATE_NOOP("Approvals", "Approved and used"),
    "cancelled": QT_TRANSLATE_NOOP("Approvals", "Cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Approvals", text)


def what_text(row: ApprovalRow) -> str:
    """What a request is for: "Approval: decision (Terminate)"."""
    what = _tr(SHORT_SUBJECTS.get(row.subject, row.subject))
    if row.decision:
        label = DECISION_LABELS.get(Decision(row.decision))
        return f"{what} ({_tr(label) if label else row.decision})"
    return what


def default_subject(contract: ContractRow) -> str:
    """What a request for ``contract`` is for unless the person chooses otherwise: a draft
    (or one in review) the contract itself, else a notice we give."""
    return Subject.CONTRACT.value if contract.status in ("draft", "in_review") else (
        Subject.NOTICE.value)


def state_text(row: ApprovalRow) -> str:
    """Where a request stands, in a sentence."""
    source = STATE_LABELS.get(row.state)
    if source is None:
        return row.state
    if row.state == "pending":
        return _tr(source).format(", ".join(row.waiting_for))
    if row.state == "rejected":
        no = next((vote for vote in reversed(row.votes) if not vote.approve), None)
        return _tr(source).format(no.approver if no else "?", (no.comment or "") if no else "")
    return _tr(source)


# The inbox shows this many characters of a request's state (a rejection's reason can be
# long); the whole of it is in the line's tooltip.
STATE_CHARACTERS = 40


def approval_texts(row: ApprovalRow, formatter: Formatter, today: date) -> list[str]:
    """The inbox columns of a request: asked on, what, contract, when, state (shortened)."""
    asked = row.requested_at.date()
    contract = " ".join(part for part in (row.reference, row.title) if part)
    state = state_text(row)
    if len(state) > STATE_CHARACTERS:
        state = state[:STATE_CHARACTERS - 1].rstrip() + "…"
    return [formatter.date(asked), what_text(row), contract,
            relative_day((asked - today).days), state]


def approval_tooltip(row: ApprovalRow) -> str:
    """Where it stands, who asked, the note, and every answer so far."""
    asked = QCoreApplication.translate("Approvals", "Asked by {0}").format(row.requested_by)
    lines = [state_text(row), asked]
    if row.note:
        lines.append(row.note)
    lines.append(QCoreApplication.translate("Approvals", "Approval by {0}").format(row.needs))
    for vote in row.votes:
        answer = (QCoreApplication.translate("Approvals", "Yes") if vote.approve
                  else QCoreApplication.translate("Approvals", "No"))
        lines.append(f"{vote.approver}: {answer}" + (f" — {vote.comment}" if vote.comment else ""))
    return "\n".join(lines)


class RequestApprovalDialog(QDialog):
    """Edit → Request approval…: what to have approved, and a note for the approvers."""

    def __init__(self, parent: QWidget, contract_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request approval"))
        self.subject = QComboBox(self)
        self.subject.setObjectName("approval_subject")
        for subject, label in SUBJECT_LABELS.items():
            self.subject.addItem(_tr(label), subject.value)
        self.subject.setCurrentIndex(1)
        self.decision = QComboBox(self)
        self.decision.setObjectName("approval_decision")
        for decision, label in DECISION_LABELS.items():
            self.decision.addItem(_tr(label), decision.value)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("approval_note")
        self.note.setPlaceholderText(self.tr("What the approvers should know"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Contract:"), QLabel(contract_text, self))
        form.addRow(self.tr("Approve:"), self.subject)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Note:"), self.note)
        hint = QLabel(self.tr("The approvers the register's rules name see the request in "
                              "their alerts inbox; the step can be taken once they approve."),
                      self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self._subject_changed()

    def choose(self, subject: str, decision: str | None = None) -> None:
        """Preselect what to have approved."""
        self.subject.setCurrentIndex(max(0, self.subject.findData(subject)))
        if decision is not None:
            self.decision.setCurrentIndex(max(0, self.decision.findData(decision)))

    def _subject_changed(self) -> None:
        self.decision.setEnabled(self.subject.currentData() == Subject.DECISION.value)

    def choice(self) -> tuple[str, str | None, str]:
        """(subject, decision or None, note) as chosen."""
        subject = str(self.subject.currentData())
        decision = str(self.decision.currentData()) if subject == Subject.DECISION.value else None
        return subject, decision, self.note.toPlainText().strip()


class AnswerDialog(QDialog):
    """Approve or reject a request, with a comment (required to reject)."""

    def __init__(self, parent: QWidget, row: ApprovalRow, approve: bool) -> None:
        super().__init__(parent)
        self.approve = approve
        self.setWindowTitle(self.tr("Approve") if approve else self.tr("Reject"))
        contract = " ".join(part for part in (row.reference, row.title) if part)
        details = "<br>".join(escape(line) for line in approval_tooltip(row).splitlines())
        summary = QLabel(f"<b>{escape(what_text(row))}</b><br>{escape(contract)}<br>{details}",
                         self)
        summary.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("approval_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("A comment (optional)") if approve else self.tr("Why it is rejected"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Approve") if approve else self.tr("&Reject"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.comment)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(self._comment_changed)
        self._comment_changed()

    def _comment_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.approve or bool(self.comment.toPlainText().strip()))

    def text(self) -> str:
        """The comment typed."""
        return self.comment.toPlainText().strip()


def ask_for_approval(parent: QWidget, register: Register, contract_uid: str,
                     contract_text: str, *, subject: str | None = None,
                     decision: str | None = None,
                     done: Callable[[ApprovalRow], object] | None = None) -> RequestApprovalDialog:
    """Open the request dialog (on ``subject``/``decision`` when given); on Request, ask in
    the background and say whose answer it waits for (or why it cannot be asked)."""
    dialog = RequestApprovalDialog(parent, contract_text)
    if subject is not None:
        dialog.choose(subject, decision)

    def asked(row: ApprovalRow) -> None:
        QMessageBox.information(parent,
                                QCoreApplication.translate("Approvals", "Approval requested"),
                                QCoreApplication.translate(
                                    "Approvals", "Requested. It waits for {0}.").format(
                                    ", ".join(row.waiting_for)))
        if done is not None:
            done(row)

    def not_asked(error: Exception) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(parent, QCoreApplication.translate("Approvals", "Not requested"),
                                str(error))
        else:
            report(error)

    def request() -> None:
        what, chosen, note = dialog.choice()
        user = person_of(register)
        WriteOp(parent, register, lambda session: request_approval(
            session, contract_uid, what, decision=chosen, user=user, note=note or None)
                ).success(asked).failure(not_asked).run()

    dialog.accepted.connect(request)
    dialog.open()
    return dialog


__all__ = [
    "AnswerDialog",
    "RequestApprovalDialog",
    "approval_texts",
    "approval_tooltip",
    "ask_for_approval",
    "default_subject",
    "state_text",
    "what_text",
]
