"""A click on a notification while the window runs: it lands in the register and the window.

desktop-notifier calls back on its own thread; the window moves the answer to
its thread (a queued signal) and acts through the inbox, audited, then shows it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_desktop_notifier import MODULE, FakeLibrary
from sqlalchemy import select
from window_load import wait_until_loaded

from contract_desk.models import Alert, AuditEvent
from contract_desk.notify.base import NotifierChain
from contract_desk.notify.desktop import ACKNOWLEDGE, OPEN, SNOOZE, DesktopNotifier
from contract_desk.services import add_obligation, create_contract
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = open_register(tmp_path / "answers.sqlite3")
    with register.transaction() as session:
        for number in (1, 2):
            lease = create_contract(session, {
                "reference": f"L-{number}", "title": f"Lease {number}", "owner": "Kari",
                "start_date": date(2024, 1, 1), "end_date": TODAY + timedelta(days=400)},
                user="t", today=TODAY)
            add_obligation(session, lease.uid, {"kind": "payment", "title": "Deposit",
                                                "due_date": TODAY - timedelta(days=number)},
                           user="t")
    yield register
    register.close()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeLibrary:
    library = FakeLibrary()
    monkeypatch.setitem(sys.modules, MODULE, library)
    return library


@pytest.fixture
def window(qtbot: Any, register: Register, fake: FakeLibrary) -> Iterator[Any]:
    from contract_desk.ui.shell.main_window import MainWindow

    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    reminders = window.reminders
    reminders.controller._today = lambda: TODAY
    reminders.panel.today = TODAY
    # The window's own desktop notifier, on the stand-in library (its thread is real).
    reminders.desktop.module = MODULE
    reminders.controller.chain = NotifierChain([reminders.desktop])
    yield window
    reminders.shutdown()


def _click_from_another_thread(fake: FakeLibrary, index: int, button: str) -> None:
    token = fake.sent[index]["identifier"]
    notifier = fake.created[-1]
    clicker = threading.Thread(
        target=(lambda: notifier.on_clicked(token)) if button == OPEN
        else (lambda: notifier.on_button_pressed(token, button)))
    clicker.start()
    clicker.join(10)


def _alert(register: Register, alert_id: int) -> Alert:
    with register.reading() as session:
        alert = session.get(Alert, alert_id)
        assert alert is not None
        session.expunge(alert)
    return alert


def _checked(window: Any, qtbot: Any, fake: FakeLibrary) -> None:
    window.reminders.start()
    assert window.reminders.controller.wait()
    qtbot.waitUntil(lambda: len(fake.sent) == 2)


def test_acknowledge_in_the_notification_acknowledges_and_updates_the_badge(
        window: Any, qtbot: Any, fake: FakeLibrary, register: Register, settle: Any) -> None:
    _checked(window, qtbot, fake)
    assert window.sidebar.alerts.text(1) == "2"
    assert [b.identifier for b in fake.sent[0]["buttons"]] == [OPEN, ACKNOWLEDGE, SNOOZE]
    alert_id = _sent_alert(fake, 0)
    _click_from_another_thread(fake, 0, ACKNOWLEDGE)
    qtbot.waitUntil(lambda: _alert(register, alert_id).acknowledged_at is not None)
    settle()
    qtbot.waitUntil(lambda: window.sidebar.alerts.text(1) == "1")
    assert "Acknowledged from the notification" in window.statusBar().currentMessage()
    with register.reading() as session:
        notes = list(session.scalars(select(AuditEvent.note).where(
            AuditEvent.entity == "alert", AuditEvent.action == "acknowledge")))
    assert notes == ["from the notification"]


def _sent_alert(fake: FakeLibrary, index: int) -> int:
    from contract_desk.notify.sent import recall

    meant = recall(fake.sent[index]["identifier"])
    assert meant is not None and len(meant.alert_ids) == 1
    return meant.alert_ids[0]


def test_snooze_in_the_notification_hides_it_until_tomorrow(
        window: Any, qtbot: Any, fake: FakeLibrary, register: Register, settle: Any) -> None:
    _checked(window, qtbot, fake)
    alert_id = _sent_alert(fake, 1)
    _click_from_another_thread(fake, 1, SNOOZE)
    qtbot.waitUntil(lambda: _alert(register, alert_id).snoozed_until is not None)
    assert _alert(register, alert_id).snoozed_until == TODAY + timedelta(days=1)
    settle()
    assert "Snoozed until tomorrow" in window.statusBar().currentMessage()


def test_open_in_the_notification_shows_the_contract(
        window: Any, qtbot: Any, fake: FakeLibrary, register: Register) -> None:
    _checked(window, qtbot, fake)
    meant_uid = _contract_of(fake, 0)
    window.show_view(2)  # on the dashboard when the click comes
    _click_from_another_thread(fake, 0, OPEN)
    qtbot.waitUntil(lambda: window.current_uid() == meant_uid)
    assert window.stack.currentIndex() == 0


def _contract_of(fake: FakeLibrary, index: int) -> str:
    from contract_desk.notify.sent import recall

    meant = recall(fake.sent[index]["identifier"])
    assert meant is not None and meant.contract_uid
    return meant.contract_uid


def test_a_notification_of_another_register_is_not_acted_on_here(
        window: Any, qtbot: Any, fake: FakeLibrary, register: Register, tmp_path: Path) -> None:
    other = DesktopNotifier(register=str(tmp_path / "other.sqlite3"), module=MODULE,
                            on_action=window.reminders.answered.emit)
    from contract_desk.notify.base import Notification

    assert other.notify(Notification("t", "m", "c-x", (1,)))
    _click_from_another_thread(fake, 0, ACKNOWLEDGE)
    qtbot.waitUntil(lambda: "another register" in window.statusBar().currentMessage())
    with register.reading() as session:
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.entity == "alert")) is None
