"""File → Move this register to a team server…: from the window, whole, then read-only.

The team register is a real PostgreSQL database set up with ``team init``; the
window is on a SQLite file with contracts and an attachment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import text
from sqlalchemy.engine import make_url
from window_load import other_window, wait_until_loaded

from contract_desk.services import add_attachment, create_contract
from contract_desk.services.register.attachment_store import store_for
from contract_desk.storage import open_register
from contract_desk.ui.shell.connect_dialog import ConnectDialog
from contract_desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def file_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    register = open_register(tmp_path / "laptop.sqlite3")
    note = tmp_path / "kontrakt-merknad.txt"
    note.write_text("Signert 2026-01-05 — Ålesund", encoding="utf-8")
    with register.transaction() as session:
        for number in range(3):
            contract = create_contract(session, {"reference": f"L-{number}",
                                                 "title": f"Leie {number}"}, user="kari")
        add_attachment(session, store_for(register), contract.uid, note, user="kari")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    yield window
    register.close()


def _choose(monkeypatch: pytest.MonkeyPatch, url: str, asked: list[str]) -> None:
    """The dialog "connects" to ``url``; the confirmation is answered Yes."""
    def chosen(dialog: ConnectDialog) -> int:
        dialog.chosen = make_url(url)  # with its password: as when no keyring is there
        return QDialog.DialogCode.Accepted

    def yes(_parent: object, _title: str, said: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(said)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(ConnectDialog, "exec", chosen)
    monkeypatch.setattr(QMessageBox, "question", yes)


def test_the_window_moves_its_register_to_the_team_and_opens_it(
        qtbot, monkeypatch: pytest.MonkeyPatch, file_window: MainWindow, team: str,
        message_boxes: list[tuple[str, str]]) -> None:
    window = file_window
    path = window.register.path
    assert path is not None and window.actions.move_to_team.isEnabled()
    asked: list[str] = []
    _choose(monkeypatch, team, asked)
    task = window.commands.move_to_team()
    assert task is not None and asked and "into the team register" in asked[0]

    qtbot.waitUntil(lambda: other_window(window) is not None, timeout=30_000)
    team_window = other_window(window)
    assert team_window is not None
    qtbot.addWidget(team_window)
    try:
        wait_until_loaded(qtbot, team_window)
        assert team_window.register.path is None
        assert sorted(i.row.reference for i in team_window.model.all_items()) == [
            "L-0", "L-1", "L-2"]
        [(kind, said)] = message_boxes
        assert kind == "information" and "3 contracts and 1 attachment files" in said
        with team_window.register.reading() as session:
            assert session.scalar(text("SELECT count(*) FROM attachment_blob")) == 1
    finally:
        team_window.live.stop()
        team_window.register.close()
    # The file stays, read-only, saying where the register went.
    kept = open_register(path)
    try:
        assert kept.read_only and kept.moved_to is not None
        old = MainWindow(kept)
        qtbot.addWidget(old)
        assert not old.read_only.isHidden()
        assert "kept read-only as a backup" in old.read_only.label.text()
        assert not old.actions.new_contract.isEnabled()
        assert not old.actions.move_to_team.isEnabled()
    finally:
        kept.close()


def test_a_team_register_that_is_not_empty_is_refused_and_nothing_moves(
        qtbot, monkeypatch: pytest.MonkeyPatch, file_window: MainWindow, team: str,
        message_boxes: list[tuple[str, str]]) -> None:
    there = open_register(team)
    with there.transaction() as session:
        create_contract(session, {"reference": "T-1", "title": "Already here"}, user="wang")
    there.close()
    window = file_window
    _choose(monkeypatch, team, [])
    task = window.commands.move_to_team()
    assert task is not None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    [(kind, said)] = message_boxes
    assert kind == "warning" and said.startswith("Not moved: Nothing was moved; this register "
                                                 "is as it was.")
    assert "The team register is not empty (1 audit_event, 1 contract)" in said
    assert not window.register.read_only and window.register.moved_to is None
    assert window.actions.new_contract.isEnabled()
    assert other_window(window) is None  # no team window opened
