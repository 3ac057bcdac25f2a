"""The banner of a register only read here: a viewer's team register, a moved file, a copy.

A viewer of a team register may read, search and export it, not change it:
the database refuses their writes (see storage.team), and the window says so
before they try: this strip across the top, the editing commands disabled,
the detail pane's fields read-only and its tabs' add/change buttons off. A
register file that was moved to a team server is kept as a backup and opened
the same way, saying where the register went; so is a team register's
offline copy (ui.shell.offline_copy), saying from when. (A damaged file has a banner
of its own, with a backup to restore: ui.shell.damage_banner.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from contract_desk.storage.environment import server_name
from contract_desk.ui.shell.damage_banner import banner_above, disable_editing

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow


class ReadOnlyBanner(QFrame):
    """A blue-grey strip above the window's contents; hidden while the register may be changed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setObjectName("read_only_banner")
        self.setStyleSheet("#read_only_banner { background: #37474f; } "
                           "#read_only_banner QLabel { color: white; }")
        self.label = QLabel(self)
        self.label.setObjectName("read_only_text")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        self.hide()

    def wrap(self, content: QWidget) -> QWidget:
        """A widget holding this banner above ``content``."""
        return banner_above(self, content)

    def reason(self) -> str | None:
        """Why the register is only read here, for the person; None when it may be changed."""
        register = self.main.register
        if register.snapshot_of is not None:
            said = register.snapshot_of
            return self.tr("{0}. Open the team register with File → Connect to a team "
                           "register… once its server can be reached.").format(
                said[:1].upper() + said[1:])
        if register.moved_to is not None:
            return self.tr("This register file is kept read-only as a backup: {0}").format(
                register.moved_to)
        if register.team_role == "viewer":
            return self.tr(
                "Read-only: your login {0} is a viewer of the team register {1}. You can read, "
                "search and export it; to change it, ask its admin to make you an editor."
            ).format(register.url.username or "", server_name(register.url))
        return None

    def check(self) -> bool:
        """Show the banner and turn editing off when the register is only read; True then.

        Reads nothing from the database: the role was read when the register opened.
        """
        said = self.reason()
        if said is None:
            self.hide()
            return False
        self.label.setText(said)
        self.show()
        disable_editing(self.main.actions)
        self.main.detail.set_read_only(True)
        return True


__all__ = ["ReadOnlyBanner"]
