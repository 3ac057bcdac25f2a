"""Settings → Team…: an admin adds, changes and removes people from the window; an editor
cannot, and is told why in one sentence. On the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from team_helpers import as_person, drop_people
from window_load import wait_until_loaded

from contract_desk.storage import open_register
from contract_desk.ui.shell.main_window import MainWindow
from contract_desk.ui.shell.team_dialog import PersonDialog, TeamDialog

pytestmark = pytest.mark.postgres

NEW_PASSWORD = "Nytt-passord-æøå-9"


@pytest.fixture
def open_window(qtbot, team: str) -> Iterator[Callable[[str], MainWindow]]:
    windows: list[MainWindow] = []

    def open_as(name: str) -> MainWindow:
        window = MainWindow(open_register(as_person(team, name)))
        windows.append(window)
        qtbot.addWidget(window)
        wait_until_loaded(qtbot, window)
        return window

    yield open_as
    for window in windows:
        window.live.stop()
        window.register.close()
    drop_people(team)  # cdt_new too


def _names(dialog: TeamDialog) -> dict[str, str]:
    return {person.name: person.role for person in dialog.people}


def _select(dialog: TeamDialog, name: str) -> None:
    row = [person.name for person in dialog.people].index(name)
    dialog.table.selectRow(row)


def test_an_admin_manages_the_team_from_the_window(
        qtbot, open_window: Callable[[str], MainWindow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window("cdt_wang")
    assert window.actions.team.isEnabled()
    dialog = window.commands.open_team()
    qtbot.waitUntil(lambda: len(dialog.people) == 3, timeout=5000)
    assert _names(dialog) == {"cdt_kari": "viewer", "cdt_lee": "editor", "cdt_wang": "admin"}
    assert dialog.table.item(0, 1).text() == "Viewer"

    with qtbot.waitSignal(dialog.changed, timeout=5000) as added:
        dialog.save_person("cdt_new", "viewer", NEW_PASSWORD)
    said = added.args[0]
    assert said.startswith("cdt_new was added as viewer. Give cdt_new: File → Connect to a "
                           "team register…, server 127.0.0.1")
    assert NEW_PASSWORD not in said + dialog.status.text()
    qtbot.waitUntil(lambda: "cdt_new" in _names(dialog), timeout=5000)
    new = open_register(window.register.url.set(username="cdt_new", password=NEW_PASSWORD))
    assert new.team_role == "viewer"  # the colleague logs in with what was said to them
    new.close()

    _select(dialog, "cdt_new")
    with qtbot.waitSignal(dialog.changed, timeout=5000) as changed:
        dialog.save_person("cdt_new", "editor", None)
    assert changed.args[0].startswith("cdt_new is now editor.")
    qtbot.waitUntil(lambda: _names(dialog).get("cdt_new") == "editor", timeout=5000)

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    _select(dialog, "cdt_new")
    with qtbot.waitSignal(dialog.changed, timeout=5000) as removed:
        dialog.remove_person()
    assert removed.args[0] == "cdt_new was removed."
    qtbot.waitUntil(lambda: "cdt_new" not in _names(dialog), timeout=5000)


def test_an_editor_has_no_team_settings_and_the_server_refuses(
        qtbot, open_window: Callable[[str], MainWindow]) -> None:
    window = open_window("cdt_lee")
    assert not window.actions.team.isEnabled()
    dialog = TeamDialog(window.register, window)  # as if opened anyway
    qtbot.addWidget(dialog)
    dialog.refresh()
    qtbot.waitUntil(lambda: len(dialog.people) == 3, timeout=5000)  # reading is allowed
    dialog.save_person("cdt_new", "admin", NEW_PASSWORD)
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=5000)
    said = dialog.status.text()
    assert said.startswith("Your login cdt_lee may not make this change in the team register")
    assert NEW_PASSWORD not in said


def test_the_person_dialog_asks_for_matching_passwords(qtbot, open_window) -> None:
    window = open_window("cdt_wang")
    dialog = PersonDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("ola")
    dialog.password.setText("første")
    dialog.repeat.setText("andre")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.problem.text() == "The two passwords differ; type them again."
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    dialog.repeat.setText("første")
    ok.click()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
