"""Someone else saved the same contract first: show both versions and let the user choose."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.periods import period_words
from contract_desk.services.register.rows import ContractRow
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.detail.contract_form import PERIOD_FIELDS, field_label


class Choice(Enum):
    """What the user decided."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_EDITING = "keep_editing"


class ConflictDialog(QDialog):
    """Lists each field I changed with my value, their current value and who saved it."""

    def __init__(
        self,
        mine: Mapping[str, Any],
        theirs: ContractRow,
        parent: QWidget | None = None,
        formatter: Formatter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this contract"))
        self.choice = Choice.KEEP_EDITING
        fmt = formatter or Formatter()
        who = theirs.updated_by or self.tr("someone")
        when = fmt.timestamp(theirs.updated_at)
        intro = QLabel(
            self.tr(
                "{0} saved “{1}” at {2}, after you opened it. Nothing has been overwritten.\n"
                "Choose which version to keep:"
            ).format(who, theirs.title, when),
            self,
        )
        intro.setWordWrap(True)
        table = QTableWidget(len(mine), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs")])
        for row, (field, value) in enumerate(sorted(mine.items())):
            current = getattr(theirs, field, None)
            for column, text in enumerate((field_label(field), _shown(field, value, fmt),
                                           _shown(field, current, fmt))):
                table.setItem(row, column, QTableWidgetItem(_text(text)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(self.tr("Save mine over theirs"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton(self.tr("Discard mine, show theirs"),
                                 QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self._finish(Choice.KEEP_MINE))
        take.clicked.connect(lambda: self._finish(Choice.TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _finish(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def _shown(field: str, value: Any, fmt: Formatter) -> Any:
    # Periods in the person's units ("3개월"), as the editor shows them.
    return period_words(value) if field in PERIOD_FIELDS else fmt.value(value)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(part) for part in value)
    return str(value)
