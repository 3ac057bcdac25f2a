"""A contract saved in the window is in the register file itself seconds later, for a copy.

The window copies SQLite's write-ahead log into the register file when it is idle
(``ui.shell.file_current``): a copy of the file alone, taken while the window is
open, holds the save without the window being closed first.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from window_load import wait_until_loaded

from contract_desk.storage import Register
from contract_desk.ui.common.worker import Task
from contract_desk.ui.shell.file_current import FileCurrent
from contract_desk.ui.shell.main_window import MainWindow


def copied_titles(register: Register, folder: Path) -> list[str]:
    """The titles a copy of the register file alone (no -wal beside it) holds."""
    assert register.path is not None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    copy = folder / register.path.name
    shutil.copyfile(register.path, copy)
    connection = sqlite3.connect(copy)
    try:
        return [title for (title,) in connection.execute("SELECT title FROM contract")]
    finally:
        connection.close()


def test_a_save_reaches_the_file_itself_while_the_window_stays_open(
        qtbot: Any, sqlite_register: Register, tmp_path: Path, save_detail: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FileCurrent, "EVERY_MS", 100)
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    assert window.file_current._timer.isActive()
    window.file_current.stop()  # first without it: the save stays in the -wal file
    window.new_contract()
    form = window.detail.form
    form.widgets["title"].setText("Canteen")
    form.widgets["reference"].setText("A-9")
    assert save_detail(window.detail)
    before = _safe(copied_titles, sqlite_register, tmp_path / "copy")
    assert isinstance(before, sqlite3.Error) or before == [], before  # not in the file yet
    window.file_current.start()
    qtbot.waitUntil(lambda: _safe(copied_titles, sqlite_register, tmp_path / "copy")
                    == ["Canteen"], timeout=5000)
    window.close()
    assert not window.file_current._timer.isActive()


def _safe(read: Any, *args: Any) -> Any:
    # A new register's file may hold no table yet: everything still in the -wal file.
    try:
        return read(*args)
    except sqlite3.Error as error:
        return error


def test_no_checkpoint_while_the_window_reads_or_writes_in_the_background(
        qtbot: Any, sqlite_register: Register) -> None:
    # A passive checkpoint beside a read of an older state leaves the file no whole
    # state (it skips the pages written since): the turn is left to the next.
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.file_current.stop()
    release = threading.Event()
    busy = QRunnable.create(lambda: release.wait(10))
    QThreadPool.globalInstance().start(busy)
    try:
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() > 0)
        assert window.file_current.copy_log() is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    task = window.file_current.copy_log()
    assert task is not None
    results: list[object] = []
    task.succeeded.connect(results.append)
    qtbot.waitUntil(lambda: results == [True])


def test_the_checkpoints_of_a_long_day_leave_nothing_behind(
        qtbot: Any, sqlite_register: Register) -> None:
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    keeper = window.file_current
    keeper.stop()
    for _ in range(20):
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
        assert keeper.copy_log() is not None
        qtbot.waitUntil(lambda: keeper.task is None)
    qtbot.wait(10)  # the tasks' deleteLater
    assert keeper.findChildren(Task) == []


def test_a_checkpoint_that_keeps_failing_is_logged_once(
        qtbot: Any, sqlite_register: Register, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    keeper = window.file_current
    keeper.stop()

    def unplugged() -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite_register, "checkpoint", unplugged)
    for _ in range(3):
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
        assert keeper.copy_log() is not None
        qtbot.waitUntil(lambda: keeper.task is None)
    said = [r.getMessage() for r in caplog.records if r.name.endswith("file_current")]
    assert said == [("the write-ahead log was not copied into the register file: "
                     "disk I/O error")]
    monkeypatch.undo()
    assert keeper.copy_log() is not None
    qtbot.waitUntil(lambda: keeper.task is None)
    assert not keeper._failing
