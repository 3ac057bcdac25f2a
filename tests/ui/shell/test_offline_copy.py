"""A team register out of reach: the window offers the offline copy it kept, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url
from window_load import wait_until_loaded

from contract_desk.services import create_contract
from contract_desk.storage import open_register
from contract_desk.storage.snapshot import kept_snapshot
from contract_desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def team_window(qtbot, pg_url: str) -> Iterator[MainWindow]:
    register = open_register(pg_url)
    with register.transaction() as session:
        for number in range(3):
            create_contract(session, {"reference": f"O-{number}", "title": "Offline"},
                            user="kari")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    yield window
    window.live.stop()
    register.close()


def test_the_window_keeps_a_copy_and_offers_it_when_the_server_refuses(
        qtbot, team_window: MainWindow, pg_url: str, monkeypatch: pytest.MonkeyPatch,
        message_boxes: list[tuple[str, str]]) -> None:
    window = team_window
    task = window.offline.take_if_due()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    kept = kept_snapshot(window.register.url)
    assert kept is not None and kept.path.is_file()
    assert window.offline.take_if_due() is None  # fresh: not taken again

    asked: list[str] = []

    def open_copy(_parent: object, _title: str, said: str, *_: object):
        asked.append(said)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", open_copy)
    # The same login, but the server will not have it (as when it cannot be reached).
    unreachable = make_url(pg_url).set(password="not-the-password")
    assert window.commands.switch_to(unreachable)
    assert asked and "cannot be opened" in asked[0] and "Open the read-only copy" in asked[0]
    assert "not-the-password" not in asked[0]

    copies = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, MainWindow) and w is not window and w.isVisible()]
    assert len(copies) == 1
    copy = copies[0]
    qtbot.addWidget(copy)
    try:
        wait_until_loaded(qtbot, copy)
        assert copy.register.path == Path(kept.path)
        assert sorted(i.row.reference for i in copy.model.all_items()) == ["O-0", "O-1", "O-2"]
        said = copy.read_only.label.text()
        assert said.startswith("This is a read-only copy of the team register ")
        assert not copy.actions.new_contract.isEnabled()
    finally:
        copy.register.close()
