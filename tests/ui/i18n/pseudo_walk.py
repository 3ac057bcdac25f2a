"""Walking a window under a pseudo-translation: every text a person reads, and whether it is
marked (ours ``⟦ ⟧``, the core's ``⟪ ⟫``), Qt's own, or data.

Used by test_pseudo_locale.py; importable as a plain module (tests/ui/i18n is on sys.path
when pytest collects it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from contract_desk import APP_NAME
from contract_desk.i18n.choice import LANGUAGES

OURS = ("⟦", "⟧")
CORE = ("⟪", "⟫")

#: Words that are the same in every language, each with its reason.
SAME_IN_EVERY_LANGUAGE: dict[str, str] = {
    APP_NAME: "the product's name is not translated",
    "−": "the timeline's zoom-out symbol", "+": "the timeline's zoom-in symbol",
    **dict.fromkeys(LANGUAGES.values(), "a language is offered in its own words"),
}
#: Patterns of data: what is left of a text once the register's own words are taken out.
DATA_PATTERNS: dict[str, re.Pattern[str]] = {
    # Counts, amounts, dates, times, percentages, and the punctuation between them
    # (the formatter writes them in the person's locale, not through a catalog).
    "numbers, dates and amounts": re.compile(r"[\d\s.,:;%+\-−–—/·()\[\]|'’…→×#*]*"),
    # Where a register or a backup is: a path is the person's file, not a sentence.
    "file paths": re.compile(r"(?:[A-Za-z]:)?[/\\][\w./\\-]+"),
    # ISO 4217 codes and the short forms of big amounts (compact(): 1.2k, 3.4M).
    "currency codes and compact amounts": re.compile(r"(?:[A-Z]{3}|\d[\d.]*[kMG])"),
}
#: Qt's own words on its standard buttons and the wizard's: translated by Qt's qtbase
#: catalog (ui/common/language.py loads it), not by ours; tests/i18n/test_window_language.py
#: checks that catalog.
QT_WIZARD_TEXTS = {QCoreApplication.translate("QWizard", text) for text in (
    "< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue", "Commit",
    "Done", "Help", "Back", "Next", "&Next", "Quit")}


@dataclass
class Walk:
    """What a walk found: every text checked, and those left unmarked."""

    data_words: set[str] = field(default_factory=set)
    checked: int = 0
    unmarked: list[str] = field(default_factory=list)

    def check(self, owner: QObject, what: str, text: str | None) -> None:
        """Record ``text`` (shown by ``owner`` as ``what``) unless it is marked or data."""
        if not text or not text.strip():
            return
        self.checked += 1
        if self._accepted(text):
            return
        self.unmarked.append(f"{describe(owner)} {what}: {text!r}")

    def _accepted(self, text: str) -> bool:
        if any(mark in text for mark in (*OURS, *CORE)) or text in SAME_IN_EVERY_LANGUAGE:
            return True
        return self.is_data(text)

    def is_data(self, text: str) -> bool:
        """True when nothing is left of ``text`` but register contents, numbers and codes."""
        rest = DATA_PATTERNS["file paths"].sub(" ", text.replace("&", ""))
        for word in sorted({*self.data_words, *SAME_IN_EVERY_LANGUAGE}, key=len, reverse=True):
            rest = rest.replace(word, " ")
        rest = DATA_PATTERNS["currency codes and compact amounts"].sub(" ", rest)
        return DATA_PATTERNS["numbers, dates and amounts"].fullmatch(rest) is not None


def describe(owner: QObject) -> str:
    """``owner`` as objectName/class, with its parents up to the window."""
    chain = []
    current: QObject | None = owner
    while current is not None:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parent()
    return " < ".join(chain)


def walk_widget(walk: Walk, root: QWidget) -> None:
    """Check ``root`` and every widget under it, visible or not (a page not shown yet, a
    banner that appears later)."""
    widgets = [widget for widget in (root, *root.findChildren(QWidget)) if not _qts(widget)]
    for widget in widgets:
        _check_widget(walk, widget)
        if isinstance(widget, QMenu):
            walk.check(widget, "title", widget.title())
        for action in QWidget.actions(widget):  # the main window's .actions is its commands
            walk.check(action, "action text", action.text())
            walk.check(action, "action tooltip", _own_tooltip(action.text(), action.toolTip()))
            walk.check(action, "action status tip", action.statusTip())


def _qts(widget: QWidget) -> bool:
    """A part Qt makes inside its widgets (a tab bar's scroll buttons, a spin box's line
    edit...): named ``qt_*``, worded by Qt's catalog."""
    current: QObject | None = widget
    while current is not None:
        if current.objectName().startswith("qt_"):
            return True
        current = current.parent()
    return False


def _own_tooltip(text: str, tooltip: str) -> str:
    # Without a tooltip of its own, an action's tooltip is its text without the "&".
    return "" if tooltip == text.replace("&", "") else tooltip


def _check_widget(walk: Walk, widget: QWidget) -> None:
    if widget.isWindow():
        walk.check(widget, "window title", widget.windowTitle())
    walk.check(widget, "tooltip", widget.toolTip())
    walk.check(widget, "status tip", widget.statusTip())
    walk.check(widget, "accessible name", widget.accessibleName())
    for what, text in _texts(widget):
        walk.check(widget, what, text)
    if isinstance(widget, QAbstractItemView):
        _check_view(walk, widget)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QLabel) or (
            isinstance(widget, QAbstractButton) and not _qt_button(widget)):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        yield from (("item", widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QWizardPage):
        yield "title", widget.title()
        yield "subtitle", widget.subTitle()


def _qt_button(button: QAbstractButton) -> bool:
    """A standard button of a button box or a wizard: Qt's catalog words it."""
    box = button.parent()
    if isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
            QDialogButtonBox.StandardButton.NoButton):
        return True
    wizard = button.window()
    return isinstance(wizard, QWizard) and button.text() in QT_WIZARD_TEXTS


def _check_view(walk: Walk, view: QAbstractItemView) -> None:
    model = view.model()
    if model is None:
        return
    if not isinstance(view, QListWidget):
        for section in range(model.columnCount(QModelIndex())):
            walk.check(view, f"header {section}",
                       str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    if isinstance(view, QListWidget):  # the backups to restore
        for row in range(view.count()):
            item = view.item(row)
            walk.check(view, "item", item.text())
            walk.check(view, "item tooltip", item.toolTip())
    if isinstance(view, QTreeWidget):  # the sidebar's entries, the inbox's groups
        for item in _tree_items(view):
            for column in range(view.columnCount()):
                walk.check(view, f"item {column}", item.text(column))
                walk.check(view, f"item tooltip {column}", item.toolTip(column))


def _tree_items(view: QTreeWidget) -> Iterable[QTreeWidgetItem]:
    stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))
