"""File → Connect to a team register…: server, port, database, user, encryption, password.

"Test connection" and Connect try the login in the background (a server that
does not answer takes seconds) and say what they found in one sentence. On
Connect the password goes to the operating system's keyring; what the dialog
gives the window is the register's URL without it (see ``storage.credentials``).
When this computer has no keyring, the window is told so and may open the
register with the password held in memory for this session only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from contract_desk.storage.credentials import CredentialsError, remember_password, saved_password
from contract_desk.storage.server import DEFAULT_PORT, TLS_MODES, ServerLogin, Trial, try_login
from contract_desk.ui.common.worker import Progress, Task


class ConnectDialog(QDialog):
    """Asks for a team register's login; ``chosen`` holds the URL once connected."""

    #: Emitted with the Trial of each attempt (tests and the status line follow it).
    tried = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, login: ServerLogin | None = None,
                 moving: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move this register to a team server") if moving
                            else self.tr("Connect to a team register"))
        self.chosen: URL | None = None
        #: Set when the keyring could not keep the password: open with it in memory.
        self.unsaved_password: str | None = None
        self._task: Task | None = None
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox(self)
        labels = {"prefer": self.tr("Encrypted if the server offers it"),
                  "require": self.tr("Always encrypted"),
                  "verify-full": self.tr("Encrypted, server certificate checked"),
                  "disable": self.tr("Not encrypted (only on a trusted network)")}
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Encryption"), self.tls)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(lambda: self._try(connect=False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Move here…") if moving else self.tr("Connect"))
        self.buttons.accepted.connect(lambda: self._try(connect=True))
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "The team register to copy this one into: set up with `contract-desk team init` "
            "and still empty. Your login must be the team's admin or the database's owner. "
            "The password is kept in this computer's keyring.") if moving else self.tr(
            "A register your team shares on a PostgreSQL server. The password is kept in "
            "this computer's keyring, never in Contract Desk's own files."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        if login is not None:
            self.fill(login)

    def fill(self, login: ServerLogin) -> None:
        """Show ``login`` (a recent server); the password kept for it is not shown, only used."""
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.user.setText(login.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(login.tls)))

    def login(self) -> ServerLogin:
        """The login as typed."""
        return ServerLogin(self.host.text().strip(), self.database.text().strip(),
                           self.user.text().strip(), self.port.value(),
                           str(self.tls.currentData()))

    def _try(self, *, connect: bool) -> None:
        if self._task is not None and self._task.running:
            return
        login = self.login()
        typed = self.password.text()

        def job(_progress: Progress) -> tuple[Trial, str | None]:
            password = typed or saved_password(login.url())
            return try_login(login, password), password

        self._set_busy(True)
        self.status.setText(self.tr("Connecting to {0}…").format(login.host or "…"))
        task = Task(job, self)
        task.succeeded.connect(lambda found: self._tried(login, *found, connect=connect))
        task.failed.connect(lambda error: self._tried(login, Trial(False, str(error)), None,
                                                      connect=False))
        for signal in (task.succeeded, task.failed):
            signal.connect(task.deleteLater)
        self._task = task
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _tried(self, login: ServerLogin, trial: Trial, password: str | None, *,
               connect: bool) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setText(trial.sentence)
        self.tried.emit(trial)
        if not (connect and trial.ok and trial.is_register):
            return
        if password and password == self.password.text():
            try:
                remember_password(login.url(), password)
            except CredentialsError as error:
                self.unsaved_password = password
                self.status.setText(self.tr("{0} The password is used for this session only.")
                                    .format(str(error)[:1].upper() + str(error)[1:] + "."))
        self.chosen = login.url()
        self.accept()
