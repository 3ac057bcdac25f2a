"""The window on a damaged register: a banner, editing disabled, the newest good backup restored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from damaged_files import digest, make_register, overwrite_leaf_of, overwrite_random_pages
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from window_load import wait_until_loaded

from contract_desk.storage import Register, open_register
from contract_desk.storage.backup import backup
from contract_desk.ui.shell.damage_banner import EDITING_ACTIONS
from contract_desk.ui.shell.main_window import MainWindow


def make_backup(path: Path, reason: str, *, damaged: bool = False) -> Path:
    register = open_register(path)
    try:
        made = backup(register, reason=reason)
    finally:
        register.close()
    if damaged:
        overwrite_random_pages(made, seed=4)
    return made


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_register(tmp_path / "register.sqlite3")


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(open_register(path))
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


@pytest.fixture
def damaged_window(qtbot, path: Path) -> Iterator[MainWindow]:
    make_backup(path, "nightly")
    make_backup(path, "broken", damaged=True)  # newer, but never offered
    overwrite_leaf_of(path, "ix_audit_event_entity")
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: not window.damage.isHidden(), timeout=10_000)
    yield window
    window.register.close()


def editing_enabled(window: MainWindow) -> list[str]:
    return [name for name in EDITING_ACTIONS if getattr(window.actions, name).isEnabled()]


def test_a_sound_register_shows_no_banner(qtbot, path: Path) -> None:
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: window.damage.task is not None and not window.damage.task.running)
    assert window.damage.isHidden()
    assert window.register.damaged is None
    assert window.actions.new_contract.isEnabled()
    window.register.close()


def test_the_banner_says_what_is_wrong_and_editing_is_disabled(damaged_window: MainWindow) -> None:
    window = damaged_window
    text = window.damage.label.text()
    assert text.startswith("This register is damaged (SQLite: ")
    assert "open read-only" in text and "The newest good backup is from " in text
    assert window.damage.damage is not None and window.damage.damage.backup is not None
    assert window.damage.damage.backup.reason == "nightly"
    assert not window.damage.restore_button.isHidden()
    assert editing_enabled(window) == []
    window.table.selectRow(0)  # a selection enables the bulk actions of a sound register
    assert editing_enabled(window) == []
    assert window.model.total_count() == 300  # what is there can still be read


def test_a_save_still_attempted_meets_the_refusal(
    damaged_window: MainWindow, path: Path, message_boxes: list[tuple[str, str]], settle,
    save_detail
) -> None:
    window = damaged_window
    before = digest(path)
    window.table.selectRow(0)
    settle()  # the detail pane has read it
    window.detail.form.widgets["title"].setText("Changed in a damaged register")
    assert save_detail(window.detail) is False
    kind, said = message_boxes[-1]
    assert kind == "warning"
    assert said.startswith(f"Not saved: The register {path} is damaged (SQLite: ")
    assert "nothing was changed" in said
    assert digest(path) == before


def test_restoring_the_newest_good_backup_reopens_the_window(
    qtbot, damaged_window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    window = damaged_window
    when = window.model.formatter.timestamp(window.damage.damage.backup.created)
    before = digest(path)
    qtbot.mouseClick(window.damage.restore_button, Qt.MouseButton.LeftButton)
    assert asked and f"the backup of {when}?" in asked[0]

    def successor() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w is not window and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: successor() is not None, timeout=10_000)
    reopened = successor()
    assert reopened is not None
    qtbot.addWidget(reopened)
    try:
        aside = next(path.parent.glob("register-damaged-*.sqlite3"))
        assert digest(aside) == before
        assert any(f"kept as {aside}" in said for _, said in message_boxes)
        assert reopened.register.path == path
        qtbot.waitUntil(lambda: not reopened.damage.task.running, timeout=10_000)
        assert reopened.damage.isHidden()
        assert reopened.actions.new_contract.isEnabled()
        wait_until_loaded(qtbot, reopened)
        assert reopened.model.total_count() == 300
    finally:
        reopened.register.close()


def test_without_a_good_backup_the_banner_says_so(qtbot, path: Path) -> None:
    make_backup(path, "broken", damaged=True)
    overwrite_leaf_of(path, "ix_audit_event_entity")
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: not window.damage.isHidden(), timeout=10_000)
    assert "There is no good backup of it in" in window.damage.label.text()
    assert window.damage.restore_button.isHidden()
    window.register.close()


def test_a_server_register_is_not_checked(qtbot, register: Register) -> None:
    window = MainWindow(register)
    qtbot.addWidget(window)
    if register.path is None:
        assert window.damage.task is None
    assert window.damage.isHidden()


def test_file_restore_on_a_damaged_register_keeps_the_damage_aside(
    qtbot, damaged_window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    from contract_desk.storage.backup import list_backups
    from contract_desk.ui.shell.restore_dialog import RestoreDialog

    def pick_nightly(dialog: RestoreDialog) -> int:
        row = next(i for i, info in enumerate(dialog.backups) if info.reason == "nightly")
        dialog.list.setCurrentRow(row)
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_nightly)
    window = damaged_window
    before = digest(path)
    window.actions.restore.trigger()

    def successor() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w is not window and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: successor() is not None, timeout=10_000)
    reopened = successor()
    assert reopened is not None
    qtbot.addWidget(reopened)
    try:
        aside = next(path.parent.glob("register-damaged-*.sqlite3"))
        assert digest(aside) == before  # the damaged file, byte for byte, beside the register
        assert any(f"kept as {aside}" in said for _, said in message_boxes)
        # No "before-restore" copy of the damage was made (it would push good backups out).
        assert "before-restore" not in [info.reason for info in list_backups(reopened.register)]
        qtbot.waitUntil(lambda: not reopened.damage.task.running, timeout=10_000)
        assert reopened.damage.isHidden()
    finally:
        reopened.register.close()
