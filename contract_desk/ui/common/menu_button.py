"""A button that opens its menu when clicked, with room for the menu's arrow.

Qt's Fusion style draws a tool button's menu arrow in its bottom right corner,
inside the width the text asked for: on the text's last letter ("Show", "显示范围").
A push button with a menu has room for its arrow but is at least 80 pixels wide,
and the alerts inbox's row of them widened the whole window's minimum by 52 pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton, QWidget


class MenuButton(QToolButton):
    """A tool button whose menu (set with ``setMenu``) opens on a click."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        """The text's width and the arrow's beside it."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as :meth:`sizeHint`: never narrower than its text and arrow."""
        return self.sizeHint()


__all__ = ["MenuButton"]
