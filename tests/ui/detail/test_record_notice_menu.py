"""Edit → Record notice… in the window: the Notices section's dialog for the contract shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from window_load import wait_until_loaded

from contract_desk.domain import clock
from contract_desk.services import create_contract, get_contract
from contract_desk.storage import Register, open_register
from contract_desk.ui.detail.notice_dialog import NoticeDialog
from contract_desk.ui.shell.main_window import MainWindow

TODAY = date(2026, 12, 4)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.freeze(TODAY)
    register = open_register(tmp_path / "notices.sqlite3")
    with register.transaction() as session:
        create_contract(session, {
            "reference": "L-1", "title": "Office lease", "start_date": date(2024, 1, 1),
            "end_date": date(2026, 12, 31), "renewal": "automatic", "renewal_term": "1 year",
            "notice_period": "3 months"}, user="kari", today=TODAY)
    yield register
    register.close()


@pytest.fixture
def window(qtbot: Any, register: Register, settle: Callable[..., None]) -> MainWindow:
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.select_uid(window.model.item_at(0).row.uid)
    settle()
    return window


def test_the_menu_records_a_notice_for_the_contract_shown(
    window: MainWindow, register: Register, settle: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[NoticeDialog] = []

    def answer(dialog: NoticeDialog) -> int:
        asked.append(dialog)
        dialog.on.edit.setText("2026-09-20")  # in time for 31 Dec 2026
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoticeDialog, "exec", answer)
    action = window.actions.record_notice
    assert action in window.menus["edit"].actions() and action.isEnabled()
    action.trigger()
    settle()
    assert len(asked) == 1 and window.detail.notices.table.rowCount() == 1
    with register.reading() as session:
        row = get_contract(session, "L-1", today=TODAY)
    assert row.notice_given_on == date(2026, 9, 20) and row.next_renewal_start is None


def test_with_unsaved_edits_the_menu_says_to_save_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(NoticeDialog, "exec", lambda _dialog: pytest.fail("no dialog"))
    window.detail.form.widgets["title"].setProperty("text", "Office lease, 2nd floor")
    window.actions.record_notice.trigger()
    assert "Save or revert the changes first" in window.statusBar().currentMessage()
