"""The window's Check register…, Back up now and Restore dialog with checked backups."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import update
from window_load import wait_until_loaded

from contract_desk.models import Contract
from contract_desk.services import create_contract
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register
from contract_desk.storage import backup as backup_module
from contract_desk.storage.backup import backup, list_backups
from contract_desk.ui.shell.main_window import MainWindow
from contract_desk.ui.shell.restore_dialog import RestoreDialog


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3:4096 * 4] = os.urandom(4096)
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(sqlite_register: Register) -> Register:
    with sqlite_register.transaction() as session:
        for number in range(30):
            create_contract(session, {"reference": f"C-{number}", "title": "Cleaning",
                                      "start_date": date(2026, 1, 1),
                                      "end_date": date(2026, 11, 30), "notes": "x" * 2000},
                            user="t")
    with sqlite_register.transaction() as session:
        check_reminders(session, today=date(2026, 11, 20))
    return sqlite_register


@pytest.fixture
def window(qtbot, filled: Register) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


@pytest.fixture
def good_and_failed(filled: Register) -> tuple[Path, Path]:
    good = backup(filled)
    failed = backup(filled)
    damage(failed)
    backup_module.verify_backups(filled)
    return good, failed


def test_a_failed_backup_is_listed_but_cannot_be_chosen(
    qtbot, window: MainWindow, good_and_failed: tuple[Path, Path]
) -> None:
    good, failed = good_and_failed
    backups = list_backups(window.register)
    assert [info.path for info in backups] == [failed, good]
    dialog = RestoreDialog(backups, window.model.formatter.timestamp, window)
    qtbot.addWidget(dialog)
    bad_item, good_item = dialog.list.item(0), dialog.list.item(1)
    assert "failed its check, cannot be restored" in bad_item.text()
    assert not bad_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not bad_item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "is damaged" in bad_item.toolTip() or "not a readable" in bad_item.toolTip()
    assert good_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "checked: intact" in good_item.text()
    assert dialog.chosen is not None and dialog.chosen.path == good  # the first good one
    dialog.list.setCurrentRow(0)
    assert dialog.chosen is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_restore_offers_only_the_backups_that_passed(
    qtbot, window: MainWindow, good_and_failed: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch, message_boxes: list[tuple[str, str]]
) -> None:
    offered: list[list[bool]] = []

    def pick_failed(dialog: RestoreDialog) -> int:
        offered.append([info.restorable for info in dialog.backups])
        dialog.list.setCurrentRow(0)  # the failed one: refused by the dialog itself
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_failed)
    window.actions.restore.trigger()
    assert offered == [[False, True]]
    assert message_boxes == []  # nothing restored, nothing to say
    reasons = [info.reason for info in list_backups(window.register)]
    assert "before-restore" not in reasons


def test_restore_runs_in_the_background_and_brings_the_backup_back(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]], settle
) -> None:
    good = backup(window.register)
    with window.register.transaction() as session:  # changed after the backup
        create_contract(session, {"reference": "C-99", "title": "Late"}, user="t")
    window.load_now()
    assert window.model.total_count() == 31
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: 1)  # the newest good one
    window.actions.restore.trigger()
    settle(30_000)
    [(kind, text)] = message_boxes
    assert kind == "information" and "The register was restored" in text
    qtbot.waitUntil(lambda: window.model.total_count() == 30, timeout=10_000)
    assert "before-restore" in [info.reason for info in list_backups(window.register)]
    assert good.exists()


def test_back_up_now_says_the_copy_was_checked(qtbot, window: MainWindow) -> None:
    window.actions.backup.trigger()
    qtbot.waitUntil(lambda: "checked: intact" in window.statusBar().currentMessage(),
                    timeout=10000)
    [info] = list_backups(window.register)
    assert info.check is not None and info.check.ok


def test_back_up_now_says_when_the_copy_failed_its_check(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]]
) -> None:
    copy = backup_module._copy
    monkeypatch.setattr(backup_module, "_copy",
                        lambda source, target: (copy(source, target), damage(target)))
    window.actions.backup.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    [(kind, text)] = message_boxes
    assert kind == "warning" and "was kept, but it failed its check" in text
    assert "checked: intact" not in window.statusBar().currentMessage()


def test_check_register_runs_in_the_background_and_shows_a_copyable_report(
    qtbot, window: MainWindow
) -> None:
    assert window.actions.check_register in window.menus["file"].actions()
    window.actions.check_register.trigger()
    qtbot.waitUntil(lambda: window.commands.check_dialog is not None, timeout=20000)
    dialog = window.commands.check_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == "The register is sound."
    assert "the register is sound: SQLite integrity check ok" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report.text()


def test_check_register_lists_the_problems(qtbot, window: MainWindow) -> None:
    with window.register.transaction() as session:
        session.execute(update(Contract.__table__).where(Contract.reference == "C-3")
                        .values(next_reminder_on=date(2027, 6, 1)))
    window.actions.check_register.trigger()
    qtbot.waitUntil(lambda: window.commands.check_dialog is not None, timeout=20000)
    dialog = window.commands.check_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == "The check found 2 problems."
    text = dialog.text.toPlainText().splitlines()
    assert text[1].startswith("reminder index: C-3 Cleaning: its next reminder day is stored as "
                              "2027-06-01")
    assert text[2].startswith("reminder dry run: the reminder check would miss")
