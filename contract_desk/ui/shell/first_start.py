"""The welcome dialog of an empty register: import a spreadsheet, load demo data, or start empty."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from contract_desk import APP_NAME


class FirstStartChoice(Enum):
    """How the user wants to begin."""

    IMPORT = "import"
    DEMO = "demo"
    EMPTY = "empty"


class FirstStartDialog(QDialog):
    """Three large buttons; closing the dialog means "start empty"."""

    def __init__(self, parent: QWidget | None = None, *, can_import: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {0}").format(APP_NAME))
        self.choice = FirstStartChoice.EMPTY
        intro = QLabel(self.tr("This register is empty. How would you like to begin?"), self)
        intro.setWordWrap(True)
        self.import_button = QCommandLinkButton(
            self.tr("Import a spreadsheet"),
            self.tr("Bring in the Excel or CSV register you kept until now."), self)
        if not can_import:
            self.import_button.setEnabled(False)
            self.import_button.setDescription(
                self.tr("Importing Excel and CSV registers arrives with the importer."))
        self.demo_button = QCommandLinkButton(
            self.tr("Load demo data"),
            self.tr("250 realistic sample contracts to look around; start a new register "
                    "for your own."), self)
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"), self.tr("Add your first contract with Ctrl+N."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button, choice in ((self.import_button, FirstStartChoice.IMPORT),
                               (self.demo_button, FirstStartChoice.DEMO),
                               (self.empty_button, FirstStartChoice.EMPTY)):
            layout.addWidget(button)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.demo_button.setDefault(True)
        self.resize(480, self.sizeHint().height())

    def _choose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()
