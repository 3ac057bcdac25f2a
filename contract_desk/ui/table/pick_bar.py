"""The bar above the views saying they show only contracts picked on the dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from contract_desk.i18n.formats import current_formats


class PickBar(QWidget):
    """Says that the views show only contracts picked on the dashboard; Show all clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pick_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Show all"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear)
        self.hide()

    def show_pick(self, meaning: str, count: int) -> None:
        """Say what was picked."""
        self.label.setText(self.tr("Showing {0} contract(s) picked on the dashboard: {1}", "",
                                   count).format(current_formats().number(count), meaning))
        self.show()
