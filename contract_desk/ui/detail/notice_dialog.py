"""The dialog that records a notice: given or received, the day, the channel, proof, a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.notice_record import NoticeChannel, NoticeDirection
from contract_desk.ui.common.fields import DateField
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.save_to import ask_open_many
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

DIRECTION_LABELS: dict[NoticeDirection | NoticeChannel, str] = {
    NoticeDirection.GIVEN: QT_TRANSLATE_NOOP("NoticeDialog", "Given by us"),
    NoticeDirection.RECEIVED: QT_TRANSLATE_NOOP("NoticeDialog", "Received from the counterparty"),
}
CHANNEL_LABELS: dict[NoticeDirection | NoticeChannel, str] = {
    NoticeChannel.REGISTERED_POST: QT_TRANSLATE_NOOP("NoticeDialog", "Registered post"),
    NoticeChannel.EMAIL: QT_TRANSLATE_NOOP("NoticeDialog", "E-mail"),
    NoticeChannel.PORTAL: QT_TRANSLATE_NOOP("NoticeDialog", "Portal"),
    NoticeChannel.HAND_DELIVERY: QT_TRANSLATE_NOOP("NoticeDialog", "Hand delivery"),
    NoticeChannel.OTHER: QT_TRANSLATE_NOOP("NoticeDialog", "Other"),
}


_LABELS = {choice.value: label for labels in (DIRECTION_LABELS, CHANNEL_LABELS)
           for choice, label in labels.items()}


def notice_word(code: str) -> str:
    """A direction or channel code as the person reads it (an unknown code as it is)."""
    label = _LABELS.get(code)
    return QCoreApplication.translate("NoticeDialog", label) if label else code


@dataclass(frozen=True, slots=True)
class NoticeEntry:
    """A notice as entered in the dialog, in the shapes record_notice takes."""

    direction: str
    on: date
    channel: str
    proofs: tuple[Path, ...]
    acknowledged_on: date | None
    note: str | None


class NoticeDialog(QDialog):
    """Asks how a notice went: who gave it, on which day, how, its proof and acknowledgement."""

    def __init__(self, parent: QWidget | None, today: date,
                 formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a notice"))
        self.today = today
        self.direction = QComboBox(self)
        for direction, label in DIRECTION_LABELS.items():
            self.direction.addItem(QCoreApplication.translate("NoticeDialog", label),
                                   direction.value)
        self.on = DateField(self, formatter)
        self.on.set_value(today)
        self.channel = QComboBox(self)
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(QCoreApplication.translate("NoticeDialog", label), channel.value)
        self.acknowledged_on = DateField(self, formatter)
        self.note = QLineEdit(self)
        self.proofs = QListWidget(self)
        self.proofs.setMaximumHeight(80)
        self.add_proof = QPushButton(self.tr("Add &proof…"), self)
        self.add_proof.setToolTip(self.tr("A receipt, the e-mail sent or received"))
        self.add_proof.clicked.connect(self._choose_proofs)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self._build()
        self._paths: list[Path] = []

    def _build(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Notice:"), self.direction)
        form.addRow(self.tr("Sent or received on:"), self.on)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Acknowledged on:"), self.acknowledged_on)
        proof = QVBoxLayout()
        proof.addWidget(self.proofs)
        row = QHBoxLayout()
        row.addWidget(self.add_proof)
        row.addStretch(1)
        proof.addLayout(row)
        form.addRow(self.tr("Proof:"), proof)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def add_proofs(self, paths: list[Path]) -> None:
        """Add files to attach as proof."""
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                self.proofs.addItem(path.name)

    def _choose_proofs(self) -> None:
        names = ask_open_many(self, self.tr("Proof of the notice"))
        self.add_proofs([Path(name) for name in names])

    def problems(self) -> list[str]:
        """What must be fixed before OK (the services check the rest)."""
        found = [p for p in (self.on.problem(), self.acknowledged_on.problem()) if p]
        on, acknowledged = self.on.value(), self.acknowledged_on.value()
        if on is None and not self.on.problem():
            found.append(self.tr("Enter the day the notice was sent or received."))
        if on is not None and on > self.today:
            found.append(self.tr("Record a notice once it is given: the day is after today."))
        if on is not None and acknowledged is not None and acknowledged < on:
            found.append(self.tr("It cannot be acknowledged before it was given."))
        return found

    def entry(self) -> NoticeEntry:
        """The notice as entered (call after OK)."""
        on = self.on.value()
        if on is None:  # OK is refused without one
            raise ValueError("no date entered")
        return NoticeEntry(self.direction.currentData(), on, self.channel.currentData(),
                           tuple(self._paths), self.acknowledged_on.value(),
                           self.note.text().strip() or None)

    def _accept_if_valid(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        if not found:
            self.accept()


class AcknowledgeDialog(QDialog):
    """Asks the day a notice was acknowledged (not before it was given, not after today)."""

    def __init__(self, parent: QWidget | None, given_on: date, today: date,
                 formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notice acknowledged"))
        self.given_on, self.today = given_on, today
        self.on = DateField(self, formatter)
        self.on.set_value(today)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Acknowledged on:"), self.on)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def problems(self) -> list[str]:
        """What must be fixed before OK."""
        problem, day = self.on.problem(), self.on.value()
        if problem:
            return [problem]
        if day is None:
            return [self.tr("Enter the day the notice was acknowledged.")]
        if day < self.given_on:
            return [self.tr("It cannot be acknowledged before it was given.")]
        if day > self.today:
            return [self.tr("The day is after today.")]
        return []

    def day(self) -> date:
        """The day entered (call after OK)."""
        day = self.on.value()
        if day is None:  # OK is refused without one
            raise ValueError("no date entered")
        return day

    def _accept_if_valid(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        if not found:
            self.accept()
