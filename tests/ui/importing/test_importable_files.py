"""The wizard's file dialog and a drop on the window offer exactly what the import reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from window_load import wait_until_loaded

from contract_desk.importers.read.sniff import IMPORTABLE_SUFFIXES
from contract_desk.storage import Register
from contract_desk.ui.importing.wizard import FILE_FILTER
from contract_desk.ui.shell.main_window import MainWindow


def test_the_file_dialog_lists_every_importable_name() -> None:
    spreadsheets = FILE_FILTER.split(";;")[0]
    patterns = spreadsheets[spreadsheets.index("(") + 1:spreadsheets.index(")")].split()
    assert patterns == [f"*{suffix}" for suffix in IMPORTABLE_SUFFIXES]


def _drag(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event.isAccepted()


@pytest.fixture
def window(qtbot, sqlite_register: Register) -> MainWindow:
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


@pytest.mark.parametrize("suffix", IMPORTABLE_SUFFIXES)
def test_a_drop_of_any_importable_file_is_taken(window: MainWindow, tmp_path: Path,
                                                suffix: str) -> None:
    assert _drag(window, tmp_path / f"Register 2025{suffix.upper()}")


def test_a_drop_of_another_file_is_left_alone(window: MainWindow, tmp_path: Path) -> None:
    assert not _drag(window, tmp_path / "signed contract.pdf")
