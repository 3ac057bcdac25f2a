"""The main window: table model, views, search, detail editor, conflicts, bulk actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from window_load import wait_until_loaded

from contract_desk.domain.clock import local_today
from contract_desk.domain.health import Health
from contract_desk.services import (
    add_obligation,
    create_contract,
    get_contract,
    history,
    update_contract,
)
from contract_desk.services.listing.window_list import load_listing
from contract_desk.storage import Register
from contract_desk.ui.detail import conflict_dialog
from contract_desk.ui.detail.conflict_dialog import Choice
from contract_desk.ui.shell import main_window, register_menu
from contract_desk.ui.shell.first_start import FirstStartChoice
from contract_desk.ui.shell.main_window import MainWindow
from contract_desk.ui.table.model import HEALTH_ROLE, SORT_ROLE, ContractTableModel

TODAY = local_today()


def add(register: Register, reference: str, title: str, value: str, counterparty: str,
        **more: Any) -> str:
    with register.transaction() as session:
        return create_contract(session, {
            "reference": reference, "title": title, "counterparty": counterparty,
            "value": Decimal(value), "currency": more.pop("currency", "EUR"),
            "start_date": date(2025, 1, 1), "initial_term": "5 years", "owner": "Kari",
            **more,
        }, user="tester").uid


@pytest.fixture
def filled(sqlite_register: Register) -> Register:
    add(sqlite_register, "A-1", "Cleaning", "900.00", "Nordlys Energi AS")
    add(sqlite_register, "A-2", "Licences", "10000.00", "한빛소프트 주식회사", currency="KRW",
        notes="연간 라이선스", custom={"Kostnadssted": "4410"})
    add(sqlite_register, "A-3", "Printers", "1000.00", "深圳市华信科技有限公司", owner="Per")
    return sqlite_register


@pytest.fixture
def window(qtbot, filled: Register) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


def column(model: ContractTableModel, key: str) -> int:
    return model.column_index(key)


def visible_references(window: MainWindow) -> list[str]:
    return [window.model.item_at(row).row.reference for row in range(window.model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, filled: Register) -> None:
    model = ContractTableModel()
    with filled.transaction() as session:
        model.set_items(load_listing(session, today=TODAY), TODAY)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    model.sort(column(model, "value"), Qt.SortOrder.DescendingOrder)
    model.set_filter(search="a-")
    qtmodeltester.check(model, force_py=True)


def test_sorting_uses_decimal_values_not_text(window: MainWindow) -> None:
    value = column(window.model, "value")
    window.table.sortByColumn(value, Qt.SortOrder.AscendingOrder)
    values = [window.model.index(r, value).data(SORT_ROLE) for r in range(3)]
    assert values == [Decimal("900.00"), Decimal("1000.00"), Decimal("10000.00")]
    window.table.sortByColumn(value, Qt.SortOrder.DescendingOrder)
    assert visible_references(window) == ["A-2", "A-3", "A-1"]


def test_search_covers_counterparty_notes_and_custom_fields(qtbot, window: MainWindow) -> None:
    window.search.setText("한빛")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.search.setText("4410")
    qtbot.waitUntil(lambda: visible_references(window) == ["A-2"])
    window.search.setText("라이선스")
    qtbot.waitUntil(lambda: visible_references(window) == ["A-2"])
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_sidebar_views_filter_and_count(window: MainWindow) -> None:
    assert window.sidebar.select_key("owner:Per")
    window.sidebar.view_chosen.emit("owner:Per")
    assert visible_references(window) == ["A-3"]
    assert window.sidebar._built_in["all"].text(1) == "3"
    window.sidebar.view_chosen.emit("all")
    assert window.model.rowCount() == 3


def test_status_bar_totals_each_currency_of_the_visible_rows(window: MainWindow) -> None:
    text = window.summary.text()
    assert "3 of 3 contracts" in text
    assert "EUR" in text and "KRW" in text and "1,900.00 EUR" in text.replace("\u00a0", ",")


def test_after_a_reload_the_totals_are_of_the_rows_still_shown(
        qtbot, window: MainWindow, filled: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    # The load sums every contract's value with the sidebar's counts; those totals are
    # only shown while nothing is filtered out.
    window.search.setText("한빛")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    add(filled, "A-4", "Cables", "50.00", "Nordlys Energi AS")
    window.load_now()
    qtbot.waitUntil(lambda: window.model.total_count() == 4)
    text = window.summary.text()
    assert "1 of 4 contracts" in text and "KRW" in text and "EUR" not in text
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    text = window.summary.text().replace("\u00a0", ",")
    assert "4 of 4 contracts" in text and "1,950.00 EUR" in text and "KRW" in text
    window.search.setText("한빛")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.search.clear()
    qtbot.waitUntil(lambda: "4 of 4 contracts" in window.summary.text())
    monkeypatch.setattr(main_window, "money_totals",
                        lambda rows: pytest.fail("summed again on the GUI thread"))
    add(filled, "A-5", "Desks", "5.00", "Nordlys Energi AS")
    window.load_now()  # nothing filtered: the load's totals
    qtbot.waitUntil(lambda: "5 of 5 contracts" in window.summary.text())
    assert "1,955.00 EUR" in window.summary.text().replace("\u00a0", ",")


def test_health_is_shown_with_colour_icon_and_legend(window: MainWindow) -> None:
    index = window.model.index(0, column(window.model, "health"))
    assert Health(index.data(HEALTH_ROLE)) in set(Health)  # a StrEnum crosses Qt as text
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.DisplayRole) in {h.label for h in Health}


def select(window: MainWindow, reference: str) -> None:
    """Select the contract in the table and wait until the detail pane has read it."""
    uid = next(window.model.item_at(r).row.uid for r in range(window.model.rowCount())
               if window.model.item_at(r).row.reference == reference)
    assert window.select_uid(uid)
    assert window.detail.loading.op is not None and window.detail.loading.op.wait(10_000)
    assert window.detail.row is not None and window.detail.row.uid == uid


def test_selecting_a_row_shows_the_detail_and_saving_audits(window: MainWindow,
                                                           save_detail) -> None:
    select(window, "A-1")
    detail = window.detail
    assert detail.form.widgets["title"].text() == "Cleaning"
    detail.form.widgets["title"].setText("Office cleaning")
    assert detail.dirty and detail.save_button.isEnabled()
    assert save_detail(window.detail)
    with window.register.transaction() as session:
        row = get_contract(session, "A-1")
        event = history(session, row.uid)[0]
    assert row.title == "Office cleaning" and row.version_id == 2
    assert event.changes == {"title": ["Cleaning", "Office cleaning"]}
    assert "Office cleaning" in [window.model.item_at(r).row.title for r in range(3)]


def test_validation_messages_appear_next_to_the_field_and_block_saving(
    window: MainWindow, save_detail
) -> None:
    select(window, "A-1")
    form = window.detail.form
    form.widgets["end_date"].set_value(date(2024, 1, 1))
    assert form.messages["end_date"].isVisibleTo(form)
    assert "before the start" in form.messages["end_date"].text()
    form.widgets["value"].setText("12,x")
    assert form.messages["value"].text()
    assert not save_detail(window.detail)
    with window.register.transaction() as session:
        assert get_contract(session, "A-1").version_id == 1


def test_key_dates_follow_the_term_fields_as_you_type(window: MainWindow) -> None:
    window.new_contract()
    form = window.detail.form
    form.widgets["title"].setText("Lease")
    form.widgets["start_date"].set_value(date(2024, 1, 31))
    form.widgets["initial_term"].setText("1 month")
    form.widgets["notice_period"].setText("10 days")
    labels = form.key_dates.values
    fmt = window.detail.formatter.date
    assert labels["original_term"].text() == f"{fmt(date(2024, 1, 31))} – {fmt(date(2024, 2, 29))}"
    assert labels["notice_deadline"].text() == fmt(date(2024, 2, 19))
    form.widgets["initial_term"].setText("2 months")
    assert labels["notice_deadline"].text() == fmt(date(2024, 3, 20))


def test_a_contract_known_only_by_its_end_shows_the_key_dates_the_table_shows(
        window: MainWindow) -> None:
    window.new_contract()
    form = window.detail.form
    form.widgets["title"].setText("Husleie")
    form.widgets["end_date"].set_value(date(2026, 12, 31))
    form.widgets["notice_period"].setText("3 months")
    labels = form.key_dates.values
    fmt = window.detail.formatter.date
    assert labels["notice_deadline"].text() == fmt(date(2026, 9, 30))
    assert labels["original_term"].text().endswith(fmt(date(2026, 12, 31)))
    assert "unknown" in labels["original_term"].text()
    form.widgets["end_date"].set_value(None)
    assert labels["notice_deadline"].text() == "—"
    assert "start or an end date" in form.key_dates.note.text()


def test_a_new_contract_is_saved_and_selected(window: MainWindow, save_detail) -> None:
    window.new_contract()
    form = window.detail.form
    form.widgets["title"].setText("Canteen")
    form.widgets["reference"].setText("A-9")
    form.widgets["value"].setText("120")
    form.widgets["currency"].setEditText("NOK")
    assert save_detail(window.detail)
    assert window.model.rowCount() == 4
    assert window.current_uid() == window.detail.row.uid
    assert window.detail.row.value == Decimal("120.00")


def test_a_stale_save_opens_the_conflict_dialog_and_never_overwrites(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, save_detail
) -> None:
    select(window, "A-1")
    with window.register.transaction() as session:  # a colleague saves meanwhile
        uid = get_contract(session, "A-1").uid
        update_contract(session, uid, {"title": "Their title"}, expected_version=1, user="ola")
    seen: dict[str, Any] = {}

    def choose_theirs(dialog: QDialog) -> int:
        seen["title"] = dialog.windowTitle()
        dialog.choice = Choice.TAKE_THEIRS
        return 1

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", choose_theirs)
    window.detail.form.widgets["title"].setText("My title")
    assert not save_detail(window.detail)
    assert seen["title"] == "Someone else changed this contract"
    assert window.detail.form.widgets["title"].text() == "Their title"
    with window.register.transaction() as session:
        assert get_contract(session, "A-1").title == "Their title"


def test_keep_mine_after_a_conflict_saves_over_the_newer_version(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, save_detail
) -> None:
    select(window, "A-1")
    with window.register.transaction() as session:
        uid = get_contract(session, "A-1").uid
        update_contract(session, uid, {"owner": "Ola"}, expected_version=1, user="ola")

    def keep_mine(dialog: QDialog) -> int:
        dialog.choice = Choice.KEEP_MINE
        return 1

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", keep_mine)
    window.detail.form.widgets["title"].setText("Mine")
    assert save_detail(window.detail)
    with window.register.transaction() as session:
        row = get_contract(session, "A-1")
    assert row.title == "Mine" and row.version_id == 3


def test_bulk_handover_changes_every_selected_owner(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.table.selectAll()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ingrid", True))
    window.actions.handover.trigger()
    qtbot.waitUntil(lambda: {window.model.item_at(r).row.owner for r in range(3)} == {"Ingrid"},
                    timeout=5000)
    with window.register.transaction() as session:
        assert history(session, get_contract(session, "A-3").uid)[0].action == "handover"


def test_delete_asks_and_undo_brings_the_contract_back(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(window, "A-2")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions.delete.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.actions.undo_delete.isEnabled()
    window.actions.undo_delete.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert "A-2" in visible_references(window)


def test_obligations_tab_lists_recurring_occurrences(window: MainWindow) -> None:
    with window.register.transaction() as session:
        uid = get_contract(session, "A-1").uid
        add_obligation(session, uid, {"title": "Monthly fee", "due_date": date(2025, 1, 31),
                                      "recurrence": "FREQ=MONTHLY"}, user="t")
    select(window, "A-2")
    select(window, "A-1")
    tree = window.detail.obligations.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).childCount() == 12


def test_first_start_on_an_empty_register_can_load_demo_data(
    qtbot, sqlite_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_demo(dialog: QDialog) -> int:
        dialog.choice = FirstStartChoice.DEMO
        return 1

    monkeypatch.setattr(register_menu.FirstStartDialog, "exec", choose_demo)
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    window.commands.offer_first_start()
    qtbot.waitUntil(lambda: window.commands.first_start is FirstStartChoice.DEMO)
    qtbot.waitUntil(lambda: window.model.rowCount() == 250, timeout=60000)


def test_first_start_can_start_empty(qtbot, sqlite_register: Register,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(register_menu.FirstStartDialog, "exec", lambda dialog: 0)
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    window.commands.offer_first_start()
    qtbot.waitUntil(lambda: window.commands.first_start is FirstStartChoice.EMPTY)
    window.load_now()
    assert window.model.rowCount() == 0


def test_window_and_column_state_are_remembered(qtbot, filled: Register) -> None:
    first = MainWindow(filled)
    qtbot.addWidget(first)
    title = column(first.model, "title")
    first.table.setColumnWidth(title, 333)
    first.table.setColumnHidden(column(first.model, "owner"), True)
    first.save_state()
    assert QSettings().value("table/header") is not None
    second = MainWindow(filled)
    qtbot.addWidget(second)
    assert second.table.columnWidth(title) == 333
    assert second.table.isColumnHidden(column(second.model, "owner"))


def test_files_dropped_on_the_attachments_tab_are_stored_and_checked(
    qtbot, window: MainWindow, tmp_path, settle
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    select(window, "A-1")
    signed = tmp_path / "signert kontrakt.pdf"
    signed.write_bytes(b"%PDF-1.7 " * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(signed))])
    tab = window.detail.attachments
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    assert not tab.add_button.isEnabled()  # while the file is attached
    settle()
    assert tab.add_button.isEnabled()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "signert kontrakt.pdf"
    assert tab.table.item(0, 1).text() == "900 bytes"
    assert "intact" in tab.table.item(0, 4).text()
    stored = next(p for p in window.register.attachments_dir.rglob("*") if p.is_file())
    stored.write_bytes(b"changed")
    tab.show_contract(window.detail.row)
    settle()
    assert "changed" in tab.table.item(0, 4).text()
    assert window.detail.history.table.item(0, 2).text().startswith("File attached")


def test_about_names_the_version_and_where_the_data_is(window: MainWindow, message_boxes) -> None:
    window.actions.about.trigger()
    kind, text = message_boxes[-1]
    assert kind == "about"
    assert str(window.register.path) in text and "Contract Desk" in text


def test_every_command_has_a_tip_and_the_main_ones_have_shortcuts(window: MainWindow) -> None:
    a = window.actions
    assert all(action.statusTip() for action in a.all())
    for action in (a.new_contract, a.save, a.delete, a.find, a.reload):
        assert not action.shortcut().isEmpty(), action.text()


def test_loading_runs_in_the_background_and_says_so_in_the_status_bar(
    qtbot, filled: Register
) -> None:
    window = MainWindow(filled)  # starts loading by itself
    qtbot.addWidget(window)
    assert window.load_status.isVisibleTo(window)
    assert window.isEnabled()  # nothing modal: the window stays usable while it loads
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    assert not window.load_status.isVisibleTo(window)
    window.reload()
    window.load_status.cancel_button.click()
    qtbot.waitUntil(lambda: not window.load_status.isVisibleTo(window), timeout=10000)
    assert window.model.rowCount() == 3  # a cancelled reload keeps what was shown


def test_a_contracts_own_reminder_days_are_saved_and_shown(window: MainWindow,
                                                          save_detail) -> None:
    select(window, window.model.item_at(0).row.reference)
    form = window.detail.form
    offsets = form.widgets["reminder_offsets"]
    assert offsets.text() == "" and "register default" in offsets.placeholderText()
    offsets.setText("7, 30, 0")
    assert save_detail(window.detail)
    assert window.detail.row.reminder_offsets == (30, 7, 0)
    assert offsets.text() == "30, 7, 0"
    offsets.setText("none")
    assert save_detail(window.detail)
    assert window.detail.row.reminder_offsets == ()
    offsets.setText("30, soon")
    assert "30, 7, 0" in form.messages["reminder_offsets"].text()
    assert not save_detail(window.detail)


def test_an_obligations_own_reminder_days_round_trip_through_its_dialog(
        window: MainWindow) -> None:
    from contract_desk.ui.detail.obligation_dialog import ObligationDialog

    uid = window.model.item_at(0).row.uid
    with window.register.transaction() as session:
        row = add_obligation(session, uid, {"title": "Rent", "due_date": date(2026, 1, 31),
                                            "owner": "Kari", "reminder_offsets": [14, 0]},
                             user="t")
    dialog = ObligationDialog(window, row)
    assert dialog.reminders.text() == "14, 0"
    assert dialog.fields()["reminder_offsets"] == (14, 0) == row.reminder_offsets
    dialog.reminders.setText("")
    assert dialog.fields()["reminder_offsets"] is None and "7, 3, 0" in (
        dialog.reminders.placeholderText())
    dialog.reminders.setText("fourteen")
    assert any("30, 7, 0" in problem for problem in dialog.problems())
    dialog.deleteLater()


def test_a_long_status_message_is_not_clipped_by_the_totals(qtbot, window: MainWindow) -> None:
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    full = window.summary.text()
    assert "EUR" in full
    # Wider than the status bar whatever the window's minimum width (the window opens at
    # that width when it is wider than 900 pixels).
    window.statusBar().showMessage("Reminder check failed: " + "the register is busy " * 12)
    assert window.summary.text() == "3 of 3 contracts"  # the money steps aside
    window.statusBar().clearMessage()
    assert window.summary.text() == full
    window.statusBar().showMessage("3 contracts loaded")  # a short one leaves the totals be
    assert window.summary.text() == full
