"""Room for texts in the person's language: widths taken from the texts, never fixed pixels.

A Norwegian compound, a Korean sentence or a 40 % longer pseudo-translation must not
be clipped: these helpers give a widget at least the width its text needs in the
widget's own font, so layouts, splitters and scroll areas grow around it.
tests/ui/i18n/test_fit.py checks the result under every language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QLineEdit, QScrollArea

#: QLineEdit.sizeHint() is this many "x" wide plus its frame, margins and buttons.
LINE_EDIT_HINT_CHARACTERS = 17


def line_edit_overhead(edit: QLineEdit) -> int:
    """Pixels of ``edit`` that are not text: its frame, margins and buttons (clear button)."""
    characters = edit.fontMetrics().horizontalAdvance("x") * LINE_EDIT_HINT_CHARACTERS
    return edit.sizeHint().width() - characters


def room_for_placeholder(edit: QLineEdit) -> None:
    """Let ``edit`` never be narrower than its whole placeholder (what an empty field means)."""
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(max(edit.minimumWidth(), needed + line_edit_overhead(edit)))


def room_for_titles(header: QHeaderView) -> None:
    """Widen each section of ``header`` that is narrower than its title."""
    for section in range(header.count()):
        if header.sectionSize(section) < (needed := header.sectionSizeHint(section)):
            header.resizeSection(section, needed)


class WideEnough(QObject):
    """Keeps a scroll area that never scrolls sideways as wide as its widget's minimum.

    A scroll area ignores its widget's minimum width; the widget's minimum changes
    after it was built (polished, filled, a longer word), so it is followed on every
    layout request, and the splitter or layout around the scroll area makes room.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        widget = scroll.widget()
        assert widget is not None, "the scroll area's widget is set first"
        widget.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Set the scroll area's minimum width from its widget's minimum width now."""
        widget = self.scroll.widget()
        if widget is None:
            return
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(widget.minimumSizeHint().width()
                                    + 2 * self.scroll.frameWidth() + bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, event)


__all__ = ["WideEnough", "line_edit_overhead", "room_for_placeholder", "room_for_titles"]
