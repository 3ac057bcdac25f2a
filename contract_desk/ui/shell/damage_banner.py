"""The banner of a damaged register: what is wrong, and the newest good backup to restore.

After a register opens, SQLite quick-checks its file in the background. When
it finds damage, the register is only read from then on (its writes refuse),
the window's editing commands are disabled, and this banner says so across the
top of the window, offering the newest backup that passes SQLite's integrity
check. Restoring keeps the damaged file aside (storage.recovery) and opens the
restored register in a new window.

Signals:
    found(str): the register was found damaged; SQLite's words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contract_desk.storage import Register
from contract_desk.storage.backup import BackupInfo
from contract_desk.storage.integrity import check_register
from contract_desk.storage.recovery import newest_good_backup, restore_over_damaged
from contract_desk.ui.common.worker import Progress, Task, run_with_progress
from contract_desk.ui.shell.actions import Actions

if TYPE_CHECKING:
    from pathlib import Path

    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
#: The window's commands that write into the register. Settings → Approval rules… and
#: Public holidays… are not among them: a register only read here shows its rules and
#: country read-only, saying why (what a viewer of a team register needs to see too).
EDITING_ACTIONS = ("new_contract", "save", "delete", "undo_delete", "handover", "set_status",
                   "add_tag", "import_file", "load_demo", "check_reminders", "backup",
                   "move_to_team", "record_notice", "request_approval", "amend")


@dataclass(frozen=True, slots=True)
class Damage:
    """What SQLite found wrong, and the backup that would put it right (None: no good one)."""

    reason: str
    backup: BackupInfo | None


def find_damage(register: Register) -> Damage | None:
    """Quick-check ``register`` (marking it damaged); None when it is sound. Off the GUI thread."""
    reason = check_register(register)
    if reason is None:
        return None
    return Damage(reason, newest_good_backup(register))


def banner_above(banner: QWidget, content: QWidget) -> QWidget:
    """A widget holding ``banner`` across the top of ``content``."""
    holder = QWidget(banner.parentWidget())
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder


def disable_editing(actions: Actions) -> None:
    """Disable every command that would write into the register."""
    for name in EDITING_ACTIONS:
        getattr(actions, name).setEnabled(False)


class DamageBanner(QFrame):
    """A red strip above the window's contents; hidden while the register is sound."""

    #: found(str): the register was found damaged; SQLite's words.
    found = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.damage: Damage | None = None
        self.task: Task | None = None
        self.setObjectName("damage_banner")
        self.setStyleSheet("#damage_banner { background: #b3261e; } "
                           "#damage_banner QLabel { color: white; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the newest good backup…"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        self.restore_button.clicked.connect(self.restore)
        self.hide()

    def wrap(self, content: QWidget) -> QWidget:
        """A widget holding this banner above ``content`` (the window's central widget)."""
        return banner_above(self, content)

    def check(self) -> None:
        """Quick-check the register in the background (SQLite only)."""
        register = self.main.register
        if register.path is None:
            return
        self.task = Task(lambda _progress: find_damage(register), self)
        self.task.succeeded.connect(self._checked)
        self.task.failed.connect(lambda error: log.warning("integrity check failed: %s", error))
        self.task.start()

    def _checked(self, damage: Damage | None) -> None:
        if damage is not None:
            self.show_damage(damage)

    def show_damage(self, damage: Damage) -> None:
        """Say what is wrong and what can be done; disable editing."""
        self.damage = damage
        self.main.register.mark_damaged(damage.reason)
        disable_editing(self.main.actions)
        said = self.tr("This register is damaged (SQLite: {0}), so it is open read-only: "
                       "you can read and export it, but not change it.").format(damage.reason)
        if damage.backup is None:
            said += " " + self.tr("There is no good backup of it in {0}; export what you "
                                  "need and keep the file.").format(
                self.main.register.backups_dir)
        else:
            said += " " + self.tr("The newest good backup is from {0}.").format(
                self._when(damage.backup))
        self.label.setText(said)
        self.restore_button.setVisible(damage.backup is not None)
        self.show()
        self.found.emit(damage.reason)

    def _when(self, backup: BackupInfo) -> str:
        return self.main.model.formatter.timestamp(backup.created)

    def restore(self) -> None:
        """Put the newest good backup in place of the damaged file (kept aside), then reopen."""
        if self.damage is None or self.damage.backup is None:
            return
        backup = self.damage.backup
        answer = QMessageBox.question(
            self.main, self.tr("Restore the newest good backup"),
            self.tr("Replace the damaged register with the backup of {0}? Whatever was "
                    "changed after that backup is not in it. The damaged file is kept "
                    "beside the register, not deleted.").format(self._when(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes or not self.main.detail.may_leave():
            return
        self.restore_backup(backup)

    def restore_backup(self, backup: BackupInfo) -> None:
        """Put ``backup`` in place of the damaged file (kept aside, never overwritten), then reopen.

        File → Restore from backup… comes here too while the register is damaged: the
        usual restore first backs the register up, which a damaged file cannot give.
        """
        register = self.main.register
        path = register.path
        assert path is not None  # only a file register is ever found damaged

        def job(_progress: Progress) -> Path:
            return restore_over_damaged(register, backup.path)

        run_with_progress(self.main, job, title=self.tr("Restoring"),
                          on_success=lambda aside: self._restored(path, aside),
                          on_failure=lambda error: QMessageBox.warning(
                              self.main, self.tr("Not restored"), str(error)))

    def _restored(self, path: Path, aside: Path) -> None:
        QMessageBox.information(self.main, self.tr("Restored"), self.tr(
            "The backup is in place. The damaged register is kept as {0}.").format(aside))
        self.main.detail.dirty = False  # its edits could never be saved into the damage
        self.main.commands.switch_to(path)
