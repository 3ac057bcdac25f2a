"""Settings → Language…: which language Contract Desk speaks on this computer.

One choice for the window, the notifications, the reports and the command line
(kept in this computer's preferences.json by :mod:`contract_desk.i18n.choice`);
"follow the system" is the default. It takes effect at the next start: the
window's words are loaded before its first widget.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from contract_desk.i18n.choice import (
    LANGUAGES,
    choose_language,
    chosen_language,
    current_language,
    system_language,
)


class LanguageDialog(QDialog):
    """Choose a language, or follow the system's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_choice")
        system = LANGUAGES[system_language()]
        self.combo.addItem(self.tr("Follow the system ({0})").format(system), None)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)  # each language named in itself
        chosen = chosen_language()
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)) if chosen else 0)
        intro = QLabel(self.tr("The language of Contract Desk on this computer: its window, "
                               "reminders, reports and command line."), self)
        intro.setWordWrap(True)
        self.note = QLabel(self.tr("Contract Desk speaks the chosen language from its next "
                                   "start."), self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.combo, self.note, buttons):
            layout.addWidget(widget)
        self.now = current_language()

    def chosen(self) -> str | None:
        """The code chosen, or None to follow the system."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def accept(self) -> None:
        """Keep the choice (it applies from the next start)."""
        choose_language(self.chosen())
        super().accept()

    def changes_language(self) -> bool:
        """Whether the next start speaks another language than this one."""
        return (self.chosen() or system_language()) != self.now


__all__ = ["LanguageDialog"]
