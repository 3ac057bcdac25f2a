"""The window no longer blocks: saves and reads run in the background, and nothing is lost.

A write that waits for another program's write lock leaves the window working and
says so; a double click saves once; text typed while a save runs stays; "Save the
changes?" still saves before moving on; dialogs that need data read it first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from contract_desk.services import create_contract, get_contract, history
from contract_desk.storage import Register, sqlite_setup
from contract_desk.ui.importing.history import ImportHistoryDialog
from contract_desk.ui.reminders.settings_dialog import ReminderSettingsDialog
from contract_desk.ui.shell.main_window import MainWindow


def add(register: Register, reference: str, title: str) -> str:
    with register.transaction() as session:
        return create_contract(session, {
            "reference": reference, "title": title, "counterparty": "Nordlys Energi AS",
            "value": Decimal("900.00"), "currency": "EUR", "start_date": date(2025, 1, 1),
            "initial_term": "5 years", "owner": "Kari"}, user="tester").uid


@pytest.fixture
def window(qtbot: Any, sqlite_register: Register, settle: Any) -> Iterator[MainWindow]:
    first = add(sqlite_register, "A-1", "Cleaning")
    add(sqlite_register, "A-2", "Licences")
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    window.load_now()
    assert window.select_uid(first)
    settle()
    yield window
    window.write_wait.detach()


class HeldLock:
    """Another program holding the register's write lock until released."""

    def __init__(self, register: Register) -> None:
        self.connection = sqlite3.connect(str(register.path), isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


def _stored(register: Register, reference: str) -> Any:
    with register.reading() as session:
        row = get_contract(session, reference)
        return row, history(session, row.uid)


def test_a_save_that_waits_for_another_programs_lock_leaves_the_window_working(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, settle: Any) -> None:
    monkeypatch.setattr(sqlite_setup, "WAIT_NOTICE_MS", 200)
    detail = window.detail
    detail.form.widgets["title"].setText("Office cleaning")
    held = HeldLock(window.register)
    try:
        detail.save_button.click()  # returns at once: the write waits in the background
        assert detail.saving is not None and not detail.save_button.isEnabled()
        qtbot.waitUntil(lambda: window.write_wait.isVisibleTo(window), timeout=10_000)
        window.search.setText("Licences")  # the window answers meanwhile
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        assert detail.dirty and detail.form.widgets["title"].text() == "Office cleaning"
    finally:
        held.release()
    settle(30_000)
    assert not window.write_wait.isVisibleTo(window) and not detail.dirty
    row, _events = _stored(window.register, "A-1")
    assert row.title == "Office cleaning"


def test_a_double_click_on_save_writes_once(qtbot: Any, window: MainWindow,
                                            settle: Any) -> None:
    detail = window.detail
    detail.form.widgets["title"].setText("Office cleaning")
    held = HeldLock(window.register)  # keeps the first save running while we click again
    try:
        detail.save_button.click()
        detail.save_button.click()  # disabled: nothing happens
        window.actions.save.trigger()  # Ctrl+S: a save is under way, not a second one
    finally:
        held.release()
    settle(30_000)
    row, events = _stored(window.register, "A-1")
    assert row.version_id == 2
    assert [event.action for event in events].count("update") == 1


def test_text_typed_while_a_save_runs_is_kept_and_stays_unsaved(
        qtbot: Any, window: MainWindow, settle: Any) -> None:
    detail = window.detail
    detail.form.widgets["title"].setText("Office cleaning")
    held = HeldLock(window.register)
    try:
        detail.save_button.click()
        detail.form.widgets["notes"].setPlainText("Typed while it saved")
    finally:
        held.release()
    settle(30_000)
    assert detail.form.widgets["notes"].toPlainText() == "Typed while it saved"
    assert detail.form.widgets["title"].text() == "Office cleaning"
    assert detail.dirty and detail.save_button.isEnabled()
    assert detail.row is not None and detail.row.version_id == 2  # saves go over the new one
    detail.save_button.click()
    settle()
    row, _events = _stored(window.register, "A-1")
    assert (row.title, row.notes, row.version_id) == ("Office cleaning", "Typed while it saved",
                                                      3)
    assert not detail.dirty


def test_save_the_changes_saves_before_another_contract_is_shown(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, settle: Any) -> None:
    window.detail.form.widgets["title"].setText("Office cleaning")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Save)
    other = next(item.row.uid for item in window.model.all_items()
                 if item.row.reference == "A-2")
    assert window.select_uid(other)
    settle()
    row, _events = _stored(window.register, "A-1")
    assert row.title == "Office cleaning"
    assert window.detail.row is not None and window.detail.row.reference == "A-2"
    assert window.current_uid() == other and not window.detail.dirty


def test_a_save_that_fails_in_save_the_changes_stays_on_the_edited_contract(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, settle: Any) -> None:
    window.detail.form.widgets["end_date"].set_value(date(2024, 1, 1))  # before the start
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Save)
    other = next(item.row.uid for item in window.model.all_items()
                 if item.row.reference == "A-2")
    window.select_uid(other)
    settle()
    assert window.detail.row is not None and window.detail.row.reference == "A-1"
    assert window.detail.dirty
    edited = window.detail.row.uid
    qtbot.waitUntil(lambda: window.current_uid() == edited)  # the table goes back to it


def test_reminder_settings_are_read_before_the_dialog_opens(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, settle: Any) -> None:
    opened: list[ReminderSettingsDialog] = []

    def record(dialog: ReminderSettingsDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ReminderSettingsDialog, "exec", record)
    window.actions.reminder_settings.trigger()
    assert opened == []  # read first
    settle()
    [dialog] = opened
    assert dialog.contract_offsets.text() == "90, 30, 14, 7, 3, 1, 0"
    dialog.deleteLater()


def test_import_history_is_read_before_the_dialog_opens(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, settle: Any) -> None:
    opened: list[int] = []
    monkeypatch.setattr(ImportHistoryDialog, "exec",
                        lambda dialog: opened.append(dialog.table.rowCount()) or 0)
    window.actions.import_history.trigger()
    assert not window.actions.import_history.isEnabled()  # one at a time
    settle()
    assert opened == [0] and window.actions.import_history.isEnabled()
