"""File → Connect to a team register…: tried in the background, password to the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from contract_desk.storage import open_register
from contract_desk.storage.credentials import SERVICE, account, saved_password
from contract_desk.storage.server import ServerLogin
from contract_desk.ui.shell.connect_dialog import ConnectDialog

pytestmark = pytest.mark.postgres


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for the test."""

    priority = 1  # type: ignore[assignment]  # keyring declares it a class property

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _dialog(qtbot: QtBot, pg_url: str, password: str) -> ConnectDialog:
    url = make_url(pg_url)
    dialog = ConnectDialog(login=ServerLogin(url.host or "", url.database or "",
                                             url.username or "", url.port or 5432))
    qtbot.addWidget(dialog)
    dialog.password.setText(password)
    return dialog


def _attempt(qtbot: QtBot, dialog: ConnectDialog, *, connect: bool) -> object:
    with qtbot.waitSignal(dialog.tried, timeout=20000) as blocker:
        (dialog.buttons.accepted if connect else dialog.test_button.clicked).emit()
    return blocker.args[0]


def test_a_wrong_password_and_an_empty_database_are_said_and_nothing_opens(
        qtbot: QtBot, pg_url: str, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = _dialog(qtbot, pg_url, "not-the-password")
    trial = _attempt(qtbot, dialog, connect=True)
    assert not trial.ok and "refused the user name" in dialog.status.text()
    assert dialog.chosen is None and dialog.result() == 0
    dialog.password.setText(make_url(pg_url).password or "")
    trial = _attempt(qtbot, dialog, connect=True)
    assert trial.ok and "holds no register yet" in dialog.status.text()
    assert dialog.chosen is None and memory_keyring.kept == {}


def test_connecting_keeps_the_password_in_the_keyring_and_gives_a_url_without_it(
        qtbot: QtBot, pg_url: str, memory_keyring: MemoryKeyring) -> None:
    open_register(pg_url).close()
    password = make_url(pg_url).password or ""
    dialog = _dialog(qtbot, pg_url, password)
    trial = _attempt(qtbot, dialog, connect=False)  # Test connection: nothing kept yet
    assert trial.ok and trial.is_register and memory_keyring.kept == {}
    assert dialog.status.text().startswith("Connected to the register")
    _attempt(qtbot, dialog, connect=True)
    assert dialog.result() == 1 and dialog.chosen is not None
    assert dialog.chosen.password is None and dialog.unsaved_password is None
    assert memory_keyring.kept == {(SERVICE, account(dialog.chosen)): password}
    assert saved_password(dialog.chosen) == password
    register = open_register(dialog.chosen)  # opens with the kept password
    register.close()


def test_without_a_keyring_the_password_is_for_this_session_only(
        qtbot: QtBot, pg_url: str) -> None:
    open_register(pg_url).close()
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        password = make_url(pg_url).password or ""
        dialog = _dialog(qtbot, pg_url, password)
        _attempt(qtbot, dialog, connect=True)
        assert dialog.result() == 1 and dialog.unsaved_password == password
        assert "for this session only" in dialog.status.text()
    finally:
        keyring.set_keyring(before)


def test_a_team_register_shows_in_the_title_and_open_recent_without_its_password(
        qtbot: QtBot, pg_url: str, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings
    from window_load import wait_until_loaded

    from contract_desk.ui.shell.main_window import MainWindow
    from contract_desk.ui.shell.register_menu import RECENT_KEY, recent_registers

    url = make_url(pg_url)
    password = url.password or ""
    register = open_register(pg_url)
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    try:
        expected = f"{url.username}@{url.host}/{url.database} (team register)"
        assert window.windowTitle().endswith(expected)
        assert f":{password}@" not in window.windowTitle()
        [item] = recent_registers()
        assert item.startswith("postgresql+psycopg://") and f":{password}@" not in item
        stored = str(QSettings().value(RECENT_KEY))
        assert f":{password}@" not in stored
        menu = window.menus["recent"]
        menu.aboutToShow.emit()
        labels = [action.text() for action in menu.actions()]
        assert labels == [expected]
        assert not menu.actions()[0].isEnabled()  # the one open now
        assert window.actions.connect_team.text() == "&Connect to a team register…"
        opened: list[object] = []
        monkeypatch.setattr(window.commands, "switch_to", lambda target: opened.append(target))
        asked: list[object] = []
        monkeypatch.setattr(window.commands, "connect_team",
                            lambda login=None, message="": asked.append(login))
        window.commands._open_server(item)  # nothing kept yet: the dialog asks
        assert opened == [] and asked and asked[0].user == url.username
        keyring.set_password(SERVICE, account(make_url(item)), password)
        window.commands._open_server(item)  # kept: opened at once, the URL without it
        assert len(opened) == 1 and opened[0].password is None
    finally:
        window.close()
        register.close()
