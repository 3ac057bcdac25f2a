"""The window loses the team server and gets it back: it says so, keeps the edit, saves after.

The server is never restarted: the window talks to it through a small TCP
forwarder on 127.0.0.1 that the test cuts (every forwarded socket closed, new
ones refused) and restores.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from window_load import wait_until_loaded

from contract_desk.models import Contract
from contract_desk.services import create_contract
from contract_desk.storage import open_register
from contract_desk.ui.common.connection_watch import ConnectionWatch
from contract_desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.postgres


class Forwarder:
    """Forwards TCP connections from a local port to ``upstream``; can be cut and restored."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open.is_set():
                client.close()  # refused: the server is "down"
                continue
            server = socket.create_connection(self.upstream)
            with self.lock:
                self.sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(source, target), daemon=True).start()

    def cut(self) -> None:
        """Drop every forwarded connection and refuse new ones."""
        self.open.clear()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def restore(self) -> None:
        """Forward new connections again."""
        self.open.set()

    def close(self) -> None:
        self.cut()
        self.listener.close()


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def forwarder(pg_url: str) -> Iterator[Forwarder]:
    url = make_url(pg_url)
    forward = Forwarder((url.host or "127.0.0.1", url.port or 5432))
    yield forward
    forward.close()


@pytest.fixture
def window(qtbot, pg_url: str, forwarder: Forwarder,
           monkeypatch: pytest.MonkeyPatch, settle) -> Iterator[MainWindow]:
    monkeypatch.setattr(ConnectionWatch, "RETRY_MS", 100)
    url = make_url(pg_url).set(host="127.0.0.1", port=forwarder.port)
    register = open_register(url)
    with register.transaction() as session:
        create_contract(session, {"title": "Cleaning", "reference": "C-1"}, user="kari")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    assert window.select_uid(window.model.item_at(0).row.uid)
    settle()  # the detail pane has read it
    yield window
    window.connection_watch.stop()
    register.close()


def _stored_title(pg_url: str) -> str | None:
    register = open_register(pg_url)
    try:
        with register.reading() as session:
            return session.scalar(select(Contract.title))
    finally:
        register.close()


def test_a_lost_server_is_said_the_edit_kept_and_saved_when_it_is_back(
        qtbot, window: MainWindow, forwarder: Forwarder, pg_url: str,
        message_boxes: list[tuple[str, str]], save_detail) -> None:
    watch, detail = window.connection_watch, window.detail
    server = f"127.0.0.1:{forwarder.port}/{make_url(pg_url).database}"
    detail.form.widgets["title"].setText("Cleaning, all buildings")
    forwarder.cut()
    assert save_detail(detail) is False
    assert not watch.isHidden() and watch.is_lost
    notice = watch.label.text()
    assert f"Lost the connection to the team register {server} — retrying" in notice
    assert "nothing you typed is lost" in notice
    [(kind, text)] = message_boxes
    assert kind == "warning" and "Nothing was saved; what you typed is kept" in text
    password = make_url(pg_url).password
    assert not password or f":{password}@" not in notice + text
    assert detail.dirty and detail.form.widgets["title"].text() == "Cleaning, all buildings"
    assert save_detail(detail) is False  # still down: the notice says it, no second box
    assert len(message_boxes) == 1
    assert _stored_title(pg_url) == "Cleaning"

    forwarder.restore()
    qtbot.waitUntil(lambda: not watch.is_lost, timeout=15000)
    assert not watch.isHidden() and not watch.save_button.isHidden()
    assert "is back. Your changes are not saved yet" in watch.label.text()
    with qtbot.waitSignal(detail.saved, timeout=15000):
        watch.save_button.click()
    assert watch.isHidden() and not detail.dirty
    assert _stored_title(pg_url) == "Cleaning, all buildings"


def test_a_reload_while_the_server_is_gone_shows_the_notice_not_an_error(
        qtbot, window: MainWindow, forwarder: Forwarder,
        message_boxes: list[tuple[str, str]]) -> None:
    watch = window.connection_watch
    forwarder.cut()
    window.reload()
    qtbot.waitUntil(lambda: watch.is_lost, timeout=15000)
    assert message_boxes == []
    forwarder.restore()
    qtbot.waitUntil(watch.isHidden, timeout=15000)  # nothing pending: it goes
