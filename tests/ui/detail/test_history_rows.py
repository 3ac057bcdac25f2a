"""The history's rows show every line of their changes, at whatever width the pane has."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from contract_desk.services.register.rows import AuditRow
from contract_desk.storage import Register
from contract_desk.ui.detail.history_tab import CHANGES, HistoryTab, describe_changes

TITLE = "Suministro de material eléctrico para la sede central y las oficinas regionales"


def _event(number: int) -> AuditRow:
    return AuditRow(id=number, at=datetime(2026, 11, 23, 8, 0, tzinfo=UTC), user="kari",
                    entity="contract", entity_uid="u1", contract_uid="u1", action="update",
                    changes={"title": ["Suministro", TITLE], "owner": [None, "Kari"]},
                    note=None)


def test_a_narrower_pane_gives_each_row_the_lines_its_changes_wrap_to(
        qtbot: Any, sqlite_register: Register) -> None:
    tab = HistoryTab(sqlite_register)
    qtbot.addWidget(tab)
    tab.resize(900, 400)
    tab.show()
    qtbot.waitExposed(tab)
    tab.fill([_event(1), _event(2)])
    table = tab.table
    wide = table.rowHeight(0)
    assert wide >= table.sizeHintForRow(0)
    tab.resize(380, 400)  # the pane narrowed: the long title wraps to more lines
    qtbot.waitUntil(lambda: table.columnWidth(CHANGES) < 300)
    # Fitted right after the resize is laid out (without it, the rows stay as they were).
    qtbot.waitUntil(lambda: all(table.rowHeight(row) >= table.sizeHintForRow(row)
                                for row in range(table.rowCount())), timeout=2000)
    assert all(table.rowHeight(row) > wide for row in range(table.rowCount()))
    tab.resize(900, 400)  # and back: no rows left taller than they need
    qtbot.waitUntil(lambda: table.rowHeight(0) == wide)


def test_the_whole_of_the_changes_is_in_the_cells_tooltip(
        qtbot: Any, sqlite_register: Register) -> None:
    tab = HistoryTab(sqlite_register)
    qtbot.addWidget(tab)
    tab.fill([_event(1)])
    item = tab.table.item(0, CHANGES)
    assert item is not None
    assert item.toolTip() == describe_changes(_event(1).changes)
    assert TITLE in item.toolTip()


def test_no_width_cuts_the_last_line_of_the_changes(qtbot: Any, sqlite_register: Register) -> None:
    # The text is painted inside the style's margins, narrower than the column the
    # delegate's size hint wraps it to: at some widths a line fits the one, not the other.
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    tab = HistoryTab(sqlite_register)
    qtbot.addWidget(tab)
    tab.resize(900, 400)
    tab.show()
    qtbot.waitExposed(tab)
    tab.fill([_event(1)])
    table = tab.table
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            table) + 1)
    text = describe_changes(_event(1).changes)
    for width in range(320, 900, 9):
        tab.resize(width, 400)

        def fits() -> bool:
            painted = table.columnWidth(CHANGES) - margin
            needed = table.fontMetrics().boundingRect(
                QRect(0, 0, painted, 1 << 20), int(Qt.TextFlag.TextWordWrap), text).height()
            return table.rowHeight(0) >= needed + margin

        qtbot.waitUntil(fits, timeout=2000)
