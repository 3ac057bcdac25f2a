"""Does every text a person reads fit its widget? Measured on shown widgets.

Used by test_fit.py; importable as a plain module (tests/ui/i18n is on sys.path when
pytest collects it). Each check compares what a text needs, measured with the
widget's own font (and, where Qt has one, the widget's own size hint, which counts
the style's margins, frames and indicators), with what the widget has on screen.
A miss is reported as ``"Where › widget text: needs N px, has M px"``.

What is measured, per kind of widget:

- QLabel without word wrap: its size hint (the text's exact size, rich text and
  several lines included) against its size; with word wrap: ``heightForWidth`` of
  its width against its height. A label designed to elide (text ending in "…" with
  the full text as its tooltip) passes.
- QAbstractButton (push, tool, check, radio): its size hint against its size.
- QGroupBox: its title's advance plus the style's title margins against its width.
- QTabBar: each tab's size hint against the tab's rectangle, and every tab on the
  bar (none pushed behind the scroll arrows).
- QHeaderView: each visible section's size from contents against the section's size
  (the last section of a header that stretches it counts up to the view's edge).
- QComboBox: the current text's ink (as QComboBox sizes itself: full-width CJK
  punctuation ends in blank advance) against the style's edit field.
- QLineEdit: the placeholder against the text area left by the frame, the text
  margins and the buttons inside it (the clear button).
- Every widget with a text: not cut off by a parent narrower than it (a form wider
  than the scroll area showing it), unless that parent scrolls sideways.
- The dashboard's month charts (painted, not widgets): each month's name, wrapped on
  at most two lines, against the slot the painter gives it (``BarChart.axis_slot``);
  a longer one would be elided.

Approximate: a group box title's margins (the style paints them; the constant is
Fusion's). Not measured: the rest of what is painted (the timeline's lanes and axis,
the charts' bar captions, which elide by design with the whole text in a tooltip), the
status bar's passing messages, item texts in lists and trees (data, elided by Qt).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from contract_desk.ui.dashboard.bar_chart import BarChart

#: Fusion's space left and right of a group box title (qfusionstyle.cpp's CC_GroupBox).
GROUP_TITLE_MARGINS = 2 * 8
#: The widgets whose text is checked against what their parents show of them.
TEXT_WIDGETS = (QLabel, QAbstractButton, QGroupBox, QComboBox, QLineEdit)
#: Qt's parts that hold our widgets (or, for the tab bar, our texts).
QT_CONTAINERS = {"qt_tabwidget_stackedwidget", "qt_tabwidget_tabbar", "qt_scrollarea_viewport"}


@dataclass
class Fit:
    """What a fit walk found: how many texts were measured, and those that do not fit."""

    where: str = ""
    measured: int = 0
    failures: list[str] = field(default_factory=list)
    _reported: set[tuple[int, str, str]] = field(default_factory=set, repr=False)

    def need(self, widget: QWidget, text: str, needs: int, has: int, unit: str = "px") -> None:
        """Record one measure of ``text`` on ``widget``: a failure when ``needs > has``
        (once per widget and text, however many views show it)."""
        self.measured += 1
        if needs > has and (id(widget), text, unit) not in self._reported:
            self._reported.add((id(widget), text, unit))
            self.failures.append(f"{self.where} › {name(widget)} {text!r}: "
                                 f"needs {needs} {unit}, has {has} {unit}")


def name(widget: QObject) -> str:
    """The widget's objectName, else its class, with the nearest named parent."""
    own = widget.objectName() or type(widget).__name__
    parent = widget.parent()
    while parent is not None and not parent.objectName():
        parent = parent.parent()
    return f"{own} in {parent.objectName()}" if parent is not None else own


def fit_widget(fit: Fit, root: QWidget, where: str) -> None:
    """Measure every visible text of ``root`` and the widgets under it."""
    fit.where = where
    for widget in _visible(root):
        if isinstance(widget, TEXT_WIDGETS):
            _fit_in_parents(fit, widget)
        if isinstance(widget, QLabel):
            _fit_label(fit, widget)
        elif isinstance(widget, QAbstractButton):
            _fit_button(fit, widget)
        elif isinstance(widget, QGroupBox):
            _fit_group_box(fit, widget)
        elif isinstance(widget, QTabBar):
            _fit_tab_bar(fit, widget)
        elif isinstance(widget, QHeaderView):
            _fit_header(fit, widget)
        elif isinstance(widget, QComboBox):
            _fit_combo_box(fit, widget)
        elif isinstance(widget, QLineEdit) and not widget.text():
            _fit_placeholder(fit, widget)
        elif isinstance(widget, BarChart) and not widget.horizontal:
            _fit_month_axis(fit, widget)


def _fit_in_parents(fit: Fit, widget: QWidget) -> None:
    """A widget wider than what its parents show of it is cut off on the right or left,
    unless a scroll bar lets the person scroll to the rest."""
    window = widget.window()
    left = widget.mapTo(window, QPoint(0, 0)).x()
    shown_left, shown_right = left, left + widget.width()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and (
                parent.objectName() == "qt_scrollarea_viewport") and (
                scroll.horizontalScrollBar().isVisible()):
            break  # the rest is a scroll away
        parent_left = parent.mapTo(window, QPoint(0, 0)).x()
        shown_left = max(shown_left, parent_left)
        shown_right = min(shown_right, parent_left + parent.width())
        parent = parent.parentWidget()
    text = _text_of(widget)
    if text.strip():
        fit.need(widget, f"{text} (cut off by a parent)", widget.width(),
                 max(0, shown_right - shown_left))


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _visible(root: QWidget) -> Iterator[QWidget]:
    for widget in (root, *root.findChildren(QWidget)):
        if widget.isVisible() and widget.width() > 0 and not _inside_qt_part(widget):
            yield widget


def _inside_qt_part(widget: QWidget) -> bool:
    """Qt's own parts (a spin box's line edit, a date edit's calendar, a line edit's clear
    button, scroll bars): named ``qt_*`` / ``_q_*``, sized by Qt for Qt's own texts. The
    containers Qt makes for our widgets (a tab widget's pages and tabs, a scroll area's
    viewport) and the wizard's buttons are measured like ours."""
    current: QObject | None = widget
    while current is not None:
        own = current.objectName()
        if own.startswith(("qt_", "_q_")) and own not in QT_CONTAINERS and not (
                own.startswith("qt_wizard_")):
            return True
        current = current.parent()
    return False


def _fit_label(fit: Fit, label: QLabel) -> None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    shown = _plain(text) if label.textFormat() != Qt.TextFormat.PlainText else text
    if shown.endswith("…") and label.toolTip() and _plain(label.toolTip()) != shown:
        return  # designed to elide: the whole text is its tooltip
    if label.wordWrap():
        needs = label.heightForWidth(label.width())
        fit.need(label, shown, needs, label.height(), "px high")
        return
    hint = label.sizeHint()
    fit.need(label, shown, hint.width(), label.width())
    fit.need(label, shown, hint.height(), label.height(), "px high")


def _plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text) if GuiQt.mightBeRichText(text) else document.setPlainText(text)
    return document.toPlainText()


def _fit_button(fit: Fit, button: QAbstractButton) -> None:
    if not button.text().strip():
        return
    if isinstance(button, QToolButton) and button.toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonIconOnly):
        return
    fit.need(button, button.text(), button.sizeHint().width(), button.width())


def _fit_group_box(fit: Fit, box: QGroupBox) -> None:
    if not box.title().strip():
        return
    title = box.title().replace("&", "")
    needs = box.fontMetrics().horizontalAdvance(title) + GROUP_TITLE_MARGINS
    if box.isCheckable():
        needs += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    fit.need(box, title, needs, box.width())


def _fit_tab_bar(fit: Fit, bar: QTabBar) -> None:
    last = bar.count() - 1
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        fit.need(bar, text, bar.tabSizeHint(index).width(), bar.tabRect(index).width())
    if last >= 0:
        # Tabs behind the scroll arrows cannot be read without scrolling.
        fit.need(bar, "all tabs", bar.tabRect(last).right() - bar.tabRect(0).left() + 1,
                 bar.width())


def _fit_header(fit: Fit, header: QHeaderView) -> None:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    view = header.parent()
    edge = view.viewport().width() if isinstance(view, QAbstractScrollArea) else header.width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text.strip():
            continue
        has = header.sectionSize(section)
        if header.stretchLastSection() and section == _last_visible(header):
            has = max(has, edge - header.sectionViewportPosition(section))
        needs = header.sectionSizeFromContents(section).width()
        fit.need(header, text, needs, has)


def _last_visible(header: QHeaderView) -> int:
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1


def _fit_combo_box(fit: Fit, combo: QComboBox) -> None:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    option.frame = combo.hasFrame()
    option.iconSize = combo.iconSize()
    option.currentIcon = combo.itemIcon(combo.currentIndex())
    field_rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    # The ink, as QComboBox sizes itself: full-width CJK punctuation ends in blank advance.
    needs = combo.fontMetrics().boundingRect(text).width()
    if not option.currentIcon.isNull():
        needs += combo.iconSize().width() + 4
    fit.need(combo, text, needs, field_rect.width())


def _fit_placeholder(fit: Fit, edit: QLineEdit) -> None:
    text = edit.placeholderText()
    if not text.strip():
        return
    # QLineEdit.sizeHint() is 17 "x" plus the frame, the margins and the buttons inside
    # (the clear button, whose room is kept even while it is hidden).
    metrics = edit.fontMetrics()
    overhead = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    fit.need(edit, text, metrics.horizontalAdvance(text), edit.width() - overhead)


def _fit_month_axis(fit: Fit, chart: BarChart) -> None:
    """A painted chart: each name under its bars shown whole (not elided), on at most two
    lines, within the chart and clear of its neighbours' names."""
    metrics = chart.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    labels = chart.chart.labels if chart.chart else ()
    right_of_last = 0.0
    for label, (shown, left, width) in zip(labels, chart.axis_captions(), strict=True):
        text = chart.label_text(label)
        fit.need(chart, f"{text} shown as {shown}", len(text), len(shown), "characters")
        ink = metrics.boundingRect(QRect(0, 0, int(width), 10_000), flags, text)
        one_line = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), flags, text).height()
        fit.need(chart, text, ink.width(), int(width))
        fit.need(chart, text, ink.height(), 2 * one_line, "px high")
        ink_left = left + (width - ink.width()) / 2
        fit.need(chart, f"{text} clear of the name before it", int(right_of_last),
                 int(ink_left))
        right_of_last = ink_left + ink.width()
    if labels:
        fit.need(chart, "the last name within the chart", int(right_of_last), chart.width())
