"""Settings → Team…: the people of a team register, their roles, adding and removing them.

The same as ``contract-desk team users | add-user | remove-user``, for the
register open in the window. The database decides who may do it (an admin or
the database's owner); anyone else is told so in one sentence. Every read and
change runs off the window's thread. A password typed here goes to the server
only as a salted SCRAM verifier (``storage.team``), never into a file or a log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.storage import Register
from contract_desk.storage.environment import classify
from contract_desk.storage.team import ROLES, TeamUser, add_user, remove_user, users
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.common.room import room_for_titles
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

#: A role inside a sentence ("kari is now editor"), translated; the code stays in the database.
ROLE_WORDS = {"viewer": QT_TRANSLATE_NOOP("TeamDialog", "viewer"),
              "editor": QT_TRANSLATE_NOOP("TeamDialog", "editor"),
              "admin": QT_TRANSLATE_NOOP("TeamDialog", "admin")}


class PersonDialog(QDialog):
    """A login to add (or whose role to change): name, role, password twice."""

    def __init__(self, parent: QWidget, *, name: str = "", role: str = "editor") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person") if not name else self.tr("Change role"))
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("e.g. kari (lower-case letters, digits, _)"))
        self.name.setReadOnly(bool(name))
        self.role = QComboBox(self)
        labels = {"viewer": self.tr("Viewer: reads everything"),
                  "editor": self.tr("Editor: also changes contracts and imports"),
                  "admin": self.tr("Admin: also settings and people")}
        for word in ROLES.values():
            self.role.addItem(labels[word], word)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if name:
            self.password.setPlaceholderText(self.tr("leave empty to keep the password"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the person's user name."))
        elif self.password.text() != self.repeat.text():
            self.problem.setText(self.tr("The two passwords differ; type them again."))
        elif not self.name.isReadOnly() and not self.password.text():
            self.problem.setText(self.tr("A new person needs a password (said to them "
                                         "separately, not by e-mail with the rest)."))
        else:
            self.accept()


class TeamDialog(QDialog):
    """The team's people and roles; add, change a role, remove.

    Signals:
        changed(str): a change was made; the sentence that says what.
    """

    #: changed(str): someone was added, changed or removed; what was done.
    changed = Signal(str)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Team"))
        self.people: list[TeamUser] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Role"),
                                              self.tr("May log in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        room_for_titles(self.table.horizontalHeader())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add a person…"), self)
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.clicked.connect(lambda: self.add_person())
        self.role_button.clicked.connect(lambda: self.change_role())
        self.remove_button.clicked.connect(lambda: self.remove_person())
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Who may open this team register, and what they may do. The database enforces "
            "it: a viewer cannot change anything, even with other tools."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(560, 420)
        self._update_buttons()

    # -- reading ----------------------------------------------------------------
    def refresh(self) -> Op[list[TeamUser]]:
        """Read the team's people again (in the background)."""
        op = QueryOp(self, self.register, lambda session: users(session.connection()))
        return op.success(self._show).failure(self._failed).run()

    def _show(self, people: list[TeamUser]) -> None:
        self.people = people
        words = {"viewer": self.tr("Viewer"), "editor": self.tr("Editor"),
                 "admin": self.tr("Admin")}
        self.table.setRowCount(len(people))
        for index, person in enumerate(people):
            for column, value in enumerate((person.name, words.get(person.role, person.role),
                                            self.tr("yes") if person.can_login
                                            else self.tr("no"))):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> TeamUser | None:
        """The person selected in the list."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.people[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.role_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- changing ---------------------------------------------------------------
    def add_person(self) -> Op[object] | None:
        """Ask for a new person and add them."""
        dialog = PersonDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._from(dialog)

    def change_role(self) -> Op[object] | None:
        """Give the selected person another role (a new password if one is typed)."""
        person = self.selected()
        if person is None:
            return None
        dialog = PersonDialog(self, name=person.name, role=person.role)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._from(dialog)

    def _from(self, dialog: PersonDialog) -> Op[object]:
        name, role = dialog.name.text().strip(), str(dialog.role.currentData())
        password = dialog.password.text() or None
        dialog.password.clear()
        dialog.repeat.clear()
        return self.save_person(name, role, password)

    def save_person(self, name: str, role: str, password: str | None) -> Op[object]:
        """Add ``name`` with ``role`` (or change their role; a password if given)."""
        url = self.register.url
        said = self.tr(
            "Give {0}: File → Connect to a team register…, server {1}, port {2}, database "
            "{3}, user {0} (and the password, said separately).").format(
            name, url.host or "localhost", url.port or 5432, url.database or "")
        role_word = QCoreApplication.translate("TeamDialog", ROLE_WORDS.get(role, role))
        return self._write(lambda session: add_user(session.connection(), name, role, password),
                           lambda created: (self.tr("{0} was added as {1}.") if created
                                            else self.tr("{0} is now {1}.")).format(
                               name, role_word) + " " + said)

    def remove_person(self) -> Op[object] | None:
        """Take the selected person out of the team, after asking."""
        person = self.selected()
        if person is None:
            return None
        answer = QMessageBox.question(
            self, self.tr("Remove from the team"), self.tr(
                "Take {0} out of the team? They can no longer open this register; what they "
                "did stays in the history.").format(person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        name = person.name
        return self._write(lambda session: remove_user(session.connection(), name),
                           lambda done: f"{done}.")  # it starts with the login's name

    def _write(self, change: Callable[[Session], object],
               saying: Callable[[object], str]) -> Op[object]:
        op = WriteOp(self, self.register, change).disabling(
            self.add_button, self.role_button, self.remove_button)
        op.success(lambda result: self._done(saying(result))).failure(self._failed)
        return op.run()

    def _done(self, said: str) -> None:
        self.status.setText(said)
        self.changed.emit(said)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        failure = classify(error, self.register.location, self.register.url)
        if isinstance(error, DomainError) or failure is not None:
            said = str(failure or error)
            self.status.setText(said[:1].upper() + said[1:])
        else:
            report(error)
        self._update_buttons()


__all__ = ["PersonDialog", "TeamDialog"]
