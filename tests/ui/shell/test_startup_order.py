"""At start the register is loaded first; reminders are checked once it is shown."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from window_load import wait_until_loaded

from contract_desk.services import create_contract
from contract_desk.services.listing import window_list
from contract_desk.storage import Register
from contract_desk.ui.shell import app, main_window


def test_the_first_reminder_check_waits_for_the_first_load(
        qtbot: Any, sqlite_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite_register.transaction() as session:
        create_contract(session, {"reference": "R-1", "title": "Lease"}, user="t")
    release = threading.Event()
    original = window_list.list_contracts

    def slow_listing(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # the load is under way until the test lets it finish
        return original(*args, **kwargs)

    monkeypatch.setattr(window_list, "list_contracts", slow_listing)
    monkeypatch.setattr(app, "STARTUP_CHECK_DELAY_MS", 0)
    window = main_window.MainWindow(sqlite_register)
    qtbot.addWidget(window)
    started: list[int] = []
    monkeypatch.setattr(window.reminders, "start",
                        lambda: started.append(window.model.total_count()))
    app.start_reminders(window)
    qtbot.wait(200)
    assert started == []  # still loading: no check beside the load
    release.set()
    wait_until_loaded(qtbot, window)
    qtbot.waitUntil(lambda: started == [1], timeout=5000)  # after the register shows
