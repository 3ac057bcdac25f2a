"""The timeline and dashboard inside the main window: same filters, selection both ways, menus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from window_load import wait_until_loaded

from contract_desk.domain.clock import local_today
from contract_desk.services import add_obligation, create_contract, list_obligations
from contract_desk.services.timeline.layout import GroupHeader
from contract_desk.storage import Register
from contract_desk.ui.shell.main_window import MainWindow
from contract_desk.ui.timeline.view import open_alert_ids

TODAY = local_today()


def add(register: Register, reference: str, counterparty: str, **more: Any) -> str:
    with register.transaction() as session:
        return create_contract(session, {
            "reference": reference, "title": f"Contract {reference}", "counterparty": counterparty,
            "value": Decimal("1200"), "currency": "EUR", "start_date": date(TODAY.year - 1, 1, 1),
            "initial_term": "3 years", "owner": "Kari", **more}, user="tester").uid


@pytest.fixture
def filled(sqlite_register: Register) -> Register:
    first = add(sqlite_register, "A-1", "Nordlys Energi AS", notice_period="3 months")
    add(sqlite_register, "A-2", "Beta AB")
    add(sqlite_register, "A-3", "Nordlys Energi AS")
    with sqlite_register.transaction() as session:
        add_obligation(session, first, {"kind": "payment", "title": "Advance",
                                        "due_date": TODAY.replace(day=1), "amount": "100",
                                        "performer": "counterparty"}, user="tester")
    return sqlite_register


@pytest.fixture
def window(qtbot: Any, filled: Register) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    return window


def timeline_refs(window: MainWindow) -> list[str]:
    view = window.timeline.view
    return [view.rows[lane].reference for lane in view.lanes if isinstance(lane, int)]


def test_the_timeline_shows_what_the_table_shows(qtbot: Any, window: MainWindow) -> None:
    window.show_view(1)
    assert sorted(timeline_refs(window)) == ["A-1", "A-2", "A-3"]
    window.search.setText("nordlys")
    qtbot.waitUntil(lambda: len(timeline_refs(window)) == 2)
    assert sorted(timeline_refs(window)) == ["A-1", "A-3"]


def test_selection_follows_both_ways(qtbot: Any, window: MainWindow, settle: Any) -> None:
    window.show_view(1)
    view = window.timeline.view
    lane = next(i for i, item in enumerate(view.lanes)
                if isinstance(item, int) and view.rows[item].reference == "A-2")
    y = view.geometry_.lane_top(lane, view.verticalScrollBar().value()) + 5
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    assert window.model.item_at(window.table.currentIndex().row()).row.reference == "A-2"
    settle()  # the detail pane reads it in the background
    assert window.detail.row is not None and window.detail.row.reference == "A-2"
    uid = next(item.row.uid for item in window.model.visible_items()
               if item.row.reference == "A-3")
    window.select_uid(uid)
    assert view.current_uid == uid


def test_grouping_and_folding(qtbot: Any, window: MainWindow) -> None:
    window.show_view(1)
    window.timeline.group.setCurrentIndex(window.timeline.group.findData("counterparty"))
    view = window.timeline.view
    headers = [lane for lane in view.lanes if isinstance(lane, GroupHeader)]
    assert [(h.key, h.count) for h in headers] == [("Beta AB", 1), ("Nordlys Energi AS", 2)]
    y = view.geometry_.lane_top(2, 0) + 5  # the Nordlys header
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, y))
    assert timeline_refs(window) == ["A-2"]


def open_menu(window: MainWindow, uid: str, settle: Any,
              monkeypatch: pytest.MonkeyPatch) -> QMenu:
    """Right-click ``uid``: its alerts are read in the background, then the menu pops up.

    The offscreen platform cannot grab the keyboard for a real popup (a Qt warning):
    the popup is recorded instead.
    """
    popped: list[QPoint] = []
    monkeypatch.setattr(QMenu, "popup", lambda _menu, position, *_: popped.append(position))
    window.timeline.open_menu(uid, QPoint(10, 10))
    settle()
    menu = window.timeline.menu
    assert menu is not None and popped == [QPoint(10, 10)]
    return menu


def test_mark_milestone_met_from_the_menu(qtbot: Any, window: MainWindow, filled: Register,
                                          settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_view(1)
    qtbot.waitUntil(lambda: bool(window.timeline.marks))
    uid = next(iter(window.timeline.marks))
    menu = open_menu(window, uid, settle, monkeypatch)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "Open" and "Mark milestone met" in texts
    sub = next(a.menu() for a in menu.actions() if a.text() == "Mark milestone met")
    assert window.select_uid(uid)
    settle()
    window.detail.tabs.setCurrentWidget(window.detail.obligations)
    (shown,) = window.detail.obligations.rows.values()
    assert shown.status != "met"
    sub.actions()[0].trigger()
    settle()
    with filled.transaction() as session:
        (obligation,) = list_obligations(session, uid)
    assert obligation.status == "met" and obligation.met_on == TODAY
    # The open detail pane shows it at once, on the tab the user was looking at.
    (shown,) = window.detail.obligations.rows.values()
    assert shown.status == "met" and shown.met_on == TODAY
    assert window.detail.tabs.currentWidget() is window.detail.obligations


def test_double_click_opens_the_detail(qtbot: Any, window: MainWindow, settle: Any) -> None:
    window.show_view(1)
    view = window.timeline.view
    y = view.geometry_.lane_top(0, 0) + 5
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    settle()
    assert window.detail.row is not None
    assert window.detail.row.uid == view.current_uid


def test_zoom_buttons_and_today(window: MainWindow) -> None:
    window.show_view(1)
    view = window.timeline.view
    before = view.scale.px_per_day
    window.timeline.zoom_in_action.trigger()
    assert view.scale.px_per_day > before
    window.timeline.fit_action.trigger()
    window.timeline.today_action.trigger()
    left = view.viewport().width() - view.chart_width()
    today_x = view.scale.x_of(TODAY)
    assert 0 < today_x < view.chart_width() and left > 0


def test_export_png_and_pdf(window: MainWindow, tmp_path: Path) -> None:
    window.show_view(1)
    assert window.timeline.export_to(tmp_path / "t.png")
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert window.timeline.export_to(tmp_path / "t.pdf")
    assert (tmp_path / "t.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_dashboard_click_filters_the_table(qtbot: Any, window: MainWindow) -> None:
    window.show_view(2)
    qtbot.waitUntil(lambda: window.dashboard.board is not None)
    board = window.dashboard.board
    assert board is not None and board.active.value == 3
    notice = board.notices_due[90]
    window.dashboard.picked.emit("Notice due", board.active.uids - {next(iter(notice.uids), "")})
    assert window.stack.currentIndex() == 0
    assert len(window.model.visible_items()) == 3 - len(notice.uids & board.active.uids)
    assert window.pick_bar.isVisible()
    window.pick_bar.clear.click()
    assert len(window.model.visible_items()) == 3 and not window.pick_bar.isVisible()


def test_dashboard_tiles_emit_their_contracts(qtbot: Any, window: MainWindow) -> None:
    window.show_view(2)
    qtbot.waitUntil(lambda: window.dashboard.board is not None)
    tile = window.dashboard.tiles["active"]
    button = tile.values.itemAt(0).widget()
    with qtbot.waitSignal(window.dashboard.picked) as caught:
        button.click()
    assert len(caught.args[1]) == 3


def test_acknowledge_alerts_from_the_menu(qtbot: Any, window: MainWindow, filled: Register,
                                          settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    from contract_desk.models import Alert
    from contract_desk.services.register.contracts import load_contract

    uid = window.model.visible_items()[0].row.uid
    with filled.transaction() as session:
        contract = load_contract(session, uid)
        for offset in (30, 7):
            session.add(Alert(target_type="contract", target_uid=uid, contract_id=contract.id,
                              key_kind="notice_deadline", key_date=TODAY + timedelta(days=offset),
                              offset_days=offset, due_on=TODAY))
    menu = open_menu(window, uid, settle, monkeypatch)
    ack = next(a for a in menu.actions() if a.text().startswith("Acknowledge alerts"))
    assert ack.text() == "Acknowledge alerts (2)" and ack.isEnabled()
    ack.trigger()
    settle()
    with filled.reading() as session:
        assert open_alert_ids(session, uid, TODAY) == []
    menu = open_menu(window, uid, settle, monkeypatch)
    assert not next(a for a in menu.actions() if a.text().startswith("Acknowledge")).isEnabled()


def test_ctrl_wheel_zooms_and_keys_zoom(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.show_view(1)
    view = window.timeline.view
    before = view.scale.px_per_day
    event = QWheelEvent(QPointF(500, 200), QPointF(view.viewport().mapToGlobal(QPoint(500, 200))),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.scale.px_per_day > before
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.px_per_day < before


def test_the_tooltip_names_the_key_dates(window: MainWindow) -> None:
    from contract_desk.ui.timeline.tips import lane_tooltip

    window.show_view(1)
    view = window.timeline.view
    position = next(i for i, row in enumerate(view.rows) if row.reference == "A-1")
    row = view.rows[position]
    text = lane_tooltip(row, view.healths[position], view.bar_of(position), [], view.formatter)
    assert "A-1 Contract A-1" in text and "Nordlys Energi AS" in text
    assert f"Notice deadline: {view.formatter.date(row.notice_deadline)}" in text
    assert f"Current term ends: {view.formatter.date(row.current_term_end)}" in text


def test_arrow_keys_move_the_selection_and_enter_opens(qtbot: Any, window: MainWindow) -> None:
    window.show_view(1)
    view = window.timeline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = view.current_uid
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_uid not in (None, first)
    assert window.current_uid() == view.current_uid
    with qtbot.waitSignal(window.timeline.open_requested):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_an_empty_register_shows_an_empty_timeline_and_dashboard(qtbot: Any,
                                                                   sqlite_register: Register
                                                                   ) -> None:
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.show()
    window.show_view(1)
    assert window.timeline.view.lanes == []
    window.timeline.view.render_image()
    window.show_view(2)
    qtbot.waitUntil(lambda: window.dashboard.board is not None)
    board = window.dashboard.board
    assert board is not None and board.active.value == 0 and board.on_time.percent is None
    window.dashboard.grab()  # paints every chart with nothing to show
