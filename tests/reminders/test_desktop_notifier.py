"""desktop-notifier, the first notifier: buttons, what a click does, and its faults.

The unit tests use a stand-in module with desktop-notifier's API (so they run
anywhere); the end-to-end tests use the real library against the real dunst
daemon in a D-Bus session of their own, and click the buttons through dunst
itself (its context menu, answered by a stand-in for dmenu).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from desktop_session import require_desktop_tools, run_in_session, virtual_display
from fake_desktop_notifier import FakeLibrary
from sqlalchemy import select

from contract_desk.cli import remind_cmd
from contract_desk.domain.errors import DomainError
from contract_desk.models import Alert, AuditEvent
from contract_desk.notify import Notification, PlyerNotifier, notifier_chain, sent
from contract_desk.notify.desktop import (
    ACKNOWLEDGE,
    OPEN,
    SNOOZE,
    DesktopNotifier,
    NotificationAction,
)
from contract_desk.services import create_contract
from contract_desk.services.reminders.actions import answer_notification
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)  # the suite's day (tests/conftest.py)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeLibrary:
    library = FakeLibrary()
    monkeypatch.setitem(sys.modules, "fake_desktop_notifier", library)
    return library


def _buttons(fields: dict[str, Any]) -> list[tuple[str, str]]:
    return [(button.identifier, button.title) for button in fields["buttons"]]


def test_a_single_alert_gets_open_acknowledge_and_snooze(fake: FakeLibrary) -> None:
    answers: list[NotificationAction] = []
    notifier = DesktopNotifier(register="/r/register.sqlite3", on_action=answers.append,
                               module="fake_desktop_notifier")
    assert notifier.notify(Notification("Contract Desk", "Notice deadline is today: L-1",
                                        "c-1", (7,))) is True
    (fields,) = fake.sent
    assert _buttons(fields) == [(OPEN, "Open"), (ACKNOWLEDGE, "Acknowledge"),
                                (SNOOZE, "Snooze 1 day")]
    assert fields["title"] == "Contract Desk" and fields["urgency"] == "normal"
    created = fake.created[0]
    assert created.app_name == "Contract Desk"  # Windows: the AppUserModelID instead
    assert created.app_icon.path.name == "contract-desk.png" and created.app_icon.path.is_file()
    # The OS hands back the notification's identifier and the button's.
    created.on_button_pressed(fields["identifier"], ACKNOWLEDGE)
    created.on_clicked(fields["identifier"])
    assert answers == [NotificationAction(ACKNOWLEDGE, "/r/register.sqlite3", "c-1", (7,)),
                       NotificationAction(OPEN, "/r/register.sqlite3", "c-1", (7,))]


def test_a_summary_opens_the_inbox_and_snoozes_all_but_never_acknowledges_blind(
    fake: FakeLibrary,
) -> None:
    notifier = DesktopNotifier(register="r", module="fake_desktop_notifier")
    notifier.notify(Notification("4 deadlines need attention", "…", None, (1, 2, 3, 4),
                                 escalated=True))
    (fields,) = fake.sent
    assert _buttons(fields) == [(OPEN, "Open the inbox"), (SNOOZE, "Snooze all 1 day")]
    assert fields["urgency"] == "critical"  # escalated: stays until dealt with


def test_a_click_on_yesterdays_notification_still_finds_its_alerts(fake: FakeLibrary) -> None:
    """macOS hands a click to the app it starts, with only the identifier: kept on disk."""
    DesktopNotifier(register="r", module="fake_desktop_notifier").notify(
        Notification("t", "m", "c-9", (9,)))
    token = fake.sent[0]["identifier"]
    assert len(token) <= 64  # a Windows toast's tag
    answers: list[NotificationAction] = []
    later = DesktopNotifier(register="r", on_action=answers.append,
                            module="fake_desktop_notifier")
    later.start()
    fake.created[-1].on_button_pressed(token, SNOOZE)
    assert answers == [NotificationAction(SNOOZE, "r", "c-9", (9,))]
    # Unknown tokens, unknown buttons and a handler that raises change nothing, quietly.
    fake.created[-1].on_button_pressed("someone-else's", ACKNOWLEDGE)
    fake.created[-1].on_button_pressed(token, "reply")
    assert len(answers) == 1
    later.on_action = lambda action: (_ for _ in ()).throw(RuntimeError("boom"))
    fake.created[-1].on_clicked(token)


def test_what_a_token_means_is_kept_for_two_weeks_and_a_damaged_file_means_nothing(
    tmp_path: Path,
) -> None:
    then = datetime(2026, 11, 1, tzinfo=UTC)
    sent.remember("cd-old", sent.SentNotification("r", None, (1,)), now=then)
    sent.remember("cd-new", sent.SentNotification("r", "c", (2, 3)),
                  now=then + timedelta(days=sent.KEEP_DAYS + 1))
    assert sent.recall("cd-old") is None
    assert sent.recall("cd-new") == sent.SentNotification("r", "c", (2, 3))
    assert sent.recall("not-ours") is None
    sent.sent_path().write_text("{not json", encoding="utf-8")
    assert sent.recall("cd-new") is None


def test_missing_desktop_notifier_gives_way_to_plyer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "desktop_notifier", None)
    shown: list[dict[str, Any]] = []
    plyer = types.ModuleType("plyer")
    plyer.notification = types.SimpleNamespace(  # type: ignore[attr-defined]
        notify=lambda **fields: shown.append(fields))
    monkeypatch.setitem(sys.modules, "plyer", plyer)
    chain = notifier_chain("auto")
    assert chain.notify(Notification("t", "m", "c", (1,))) and chain.last_used == "plyer"
    assert shown[0]["app_name"] == "Contract Desk"


def test_a_raising_desktop_notifier_gives_way_and_shows_nothing_twice(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    library = FakeLibrary(failure=ConnectionRefusedError("no notification service"))
    monkeypatch.setitem(sys.modules, "fake_desktop_notifier", library)
    desktop = DesktopNotifier(register="r", module="fake_desktop_notifier")
    refused = PlyerNotifier(module="no_such_plyer")
    log_only = notifier_chain("log").backends[0]
    chain = notifier_chain("auto", desktop=desktop)
    chain.backends = (desktop, refused, log_only)
    assert chain.notify(Notification("t", "m", "c", (1,))) and chain.last_used == "log"
    assert desktop.shown == []  # nothing to wait for
    assert "notifier desktop failed: RuntimeError: the notification service did not take" \
        in caplog.text


@pytest.mark.parametrize("why", ["unsupported platform", "turned off by the person"])
def test_desktop_notifier_that_cannot_show_declines(fake: FakeLibrary, why: str) -> None:
    """macOS outside an app bundle gets desktop-notifier's stand-in, which shows nothing."""
    if why == "unsupported platform":
        fake.capabilities = frozenset()
    else:
        fake.authorised = False
    desktop = DesktopNotifier(register="r", module="fake_desktop_notifier")
    assert desktop.notify(Notification("t", "m", "c", (1,))) is False
    assert fake.sent == [] and desktop.shown == []


# -- the register side of a click ----------------------------------------------
def _due_register(path: Path, *, count: int = 1) -> tuple[Register, list[int]]:
    register = open_register(path)
    with register.transaction() as session:
        for number in range(count):
            create_contract(session, {"reference": f"L-{number}", "title": f"Lease {number}",
                                      "start_date": "2025-11-24",
                                      "end_date": TODAY.isoformat()}, user="t")
    fired = run_reminder_check(register, today=TODAY).fired
    return register, [row.id for row in fired]


def _alerts(register: Register, ids: list[int]) -> list[Alert]:
    with register.reading() as session:
        alerts = list(session.scalars(select(Alert).where(Alert.id.in_(ids))))
        session.expunge_all()
    return alerts


def test_answering_acknowledges_or_snoozes_each_key_date_once_and_audits_it(
    tmp_path: Path,
) -> None:
    register, ids = _due_register(tmp_path / "r.sqlite3", count=2)
    try:
        with register.transaction() as session:
            assert answer_notification(session, "snooze", ids, user="kari", today=TODAY) == 2
        assert {a.snoozed_until for a in _alerts(register, ids)} == {TODAY + timedelta(days=1)}
        with register.transaction() as session:
            assert answer_notification(session, "acknowledge", ids[:1], user="kari",
                                       today=TODAY) == 1
            # Answered again (a second click, or the window did it first): nothing to do.
            assert answer_notification(session, "acknowledge", ids[:1], user="kari",
                                       today=TODAY) == 0
            with pytest.raises(DomainError, match="acknowledge or snooze"):
                answer_notification(session, "open", ids, user="kari", today=TODAY)
        first, second = sorted(_alerts(register, ids), key=lambda a: a.id)
        assert first.acknowledged_by == "kari" and second.acknowledged_at is None
        with register.reading() as session:
            events = [(e.user, e.action, e.note) for e in session.scalars(
                select(AuditEvent).where(AuditEvent.entity == "alert").order_by(AuditEvent.id))]
        assert events == [("kari", "snooze", None), ("kari", "snooze", None),
                          ("kari", "acknowledge", "from the notification")]
    finally:
        register.close()


def test_open_from_the_scheduled_run_starts_the_window_on_the_contract(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[tuple[list[str], dict[str, Any]]] = []
    monkeypatch.setattr(remind_cmd.subprocess, "Popen",
                        lambda command, **options: started.append((command, options)))
    said = remind_cmd.open_window(NotificationAction(OPEN, "/r/a b.sqlite3", "c-1", (4,)))
    assert said == "the window was started"
    command, options = started[0]
    assert command[-4:] == ["--db", "/r/a b.sqlite3", "--open-contract", "c-1"]
    assert options["start_new_session"] is True and options["stdin"] == subprocess.DEVNULL
    remind_cmd.open_window(NotificationAction(OPEN, "/r/a b.sqlite3", None, (4, 5)))
    assert started[1][0][-3:] == ["--db", "/r/a b.sqlite3", "--open-inbox"]


# -- end to end: the real library, the real daemon -----------------------------
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop")


@pytest.fixture
def display() -> Iterator[str]:
    require_desktop_tools()
    with virtual_display() as number:
        yield number


def _session(display: str, out: Path, args: list[str], *, click: str = "",
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_in_session(display, out, [sys.executable, "-m", "contract_desk", *args],
                          click=click, env=env)


@linux_only
def test_dunst_shows_the_buttons_and_a_click_acknowledges_in_the_register(
    display: str, tmp_path: Path,
) -> None:
    db = tmp_path / "r.sqlite3"
    register, _ = _due_register(db)  # raised, not yet notified by anyone
    register.close()
    done = _session(display, tmp_path, ["--db", str(db), "remind", "--json", "--wait", "60"],
                    click="Acknowledge")
    stderr = (tmp_path / "stderr").read_text(encoding="utf-8")
    assert done.returncode == 0, done.stdout + done.stderr + stderr
    received = (tmp_path / "dunst.out").read_text(encoding="utf-8")
    assert "appname: 'Contract Desk'" in received, received
    assert "body: 'Term end is today (2026-11-23): L-0 Lease 0'" in received, received
    for button in ('"open": "Open"', '"acknowledge": "Acknowledge"',
                   '"snooze": "Snooze 1 day"'):
        assert button in received, received
    assert "contract-desk.png" in received  # our icon, not Python's
    report = json.loads((tmp_path / "stdout").read_text(encoding="utf-8"))
    assert report["notifier"] == "desktop" and report["notified"] == 1
    assert [(a["action"], a["done"]) for a in report["answered"]] == [
        ("acknowledge", "acknowledged: 1 key date")]
    register = open_register(db)
    try:
        (alert,) = _alerts(register, report["answered"][0]["alert_ids"])
        assert alert.acknowledged_at is not None and alert.acknowledged_by
    finally:
        register.close()
    assert "Traceback" not in stderr


@linux_only
def test_a_click_on_the_notification_of_the_scheduled_run_opens_the_window_on_it(
    display: str, tmp_path: Path,
) -> None:
    db = tmp_path / "r.sqlite3"
    register, ids = _due_register(db)
    register.close()
    # The window the run starts is this installation's contract-desk: a stand-in here
    # that writes down how it was started.
    stand_in = tmp_path / "bin" / "contract-desk"
    stand_in.parent.mkdir()
    stand_in.write_text('#!/bin/sh\necho "$@" > "$OUT/window-started"\n', encoding="utf-8")
    stand_in.chmod(0o755)
    done = _session(display, tmp_path, ["--db", str(db), "remind", "--json", "--wait", "60"],
                    click="default",
                    env={"PATH": f"{stand_in.parent}{os.pathsep}{os.environ['PATH']}"})
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "stdout").read_text(encoding="utf-8"))
    assert [(a["action"], a["done"]) for a in report["answered"]] == [
        ("open", "the window was started")]
    started = tmp_path / "window-started"
    for _ in range(100):
        if started.exists():
            break
        threading.Event().wait(0.1)
    uid = report["answered"][0]["contract_uid"]
    # On the run's own data folder (the tests', $CONTRACT_DESK_HOME), as the run was.
    home = str(Path(os.environ["CONTRACT_DESK_HOME"]).resolve())
    assert started.read_text(encoding="utf-8").split() == [
        "--home", home, "--db", str(db), "--open-contract", uid]
    register = open_register(db)
    try:  # opening is not acknowledging
        assert _alerts(register, ids)[0].acknowledged_at is None
    finally:
        register.close()


@linux_only
def test_the_smoke_test_passes_with_a_real_click(display: str, tmp_path: Path) -> None:
    done = _session(display, tmp_path, ["--smoke-test"], click="Acknowledge",
                    env={"CONTRACT_DESK_SMOKE_CLICK_SECONDS": "60",
                         "QT_QPA_PLATFORM": "offscreen"})
    said = (tmp_path / "stdout").read_text(encoding="utf-8")
    assert done.returncode == 0, said + (tmp_path / "stderr").read_text(encoding="utf-8")
    steps = [line.split(":")[1].strip() for line in said.splitlines() if ": ok (" in line]
    assert steps == ["register", "reading process", "import", "reminder check",
                     "notification", "action", "letter", "pdf", "window"]
    assert "Acknowledge clicked in the notification" in said
    assert said.rstrip().endswith("smoke test: passed")


def test_the_smoke_test_fails_loudly_without_a_notification_service(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
    done = subprocess.run([sys.executable, "-m", "contract_desk", "--smoke-test"],
                          env=environment, capture_output=True, text=True, timeout=180,
                          check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke test: reminder check: ok" in done.stdout
    assert done.stderr.startswith("smoke test: notification: FAILED: "), done.stderr
    assert "Traceback" not in done.stderr


def test_a_click_arriving_on_another_thread_acts_through_the_handler(
    fake: FakeLibrary, tmp_path: Path,
) -> None:
    register, ids = _due_register(tmp_path / "r.sqlite3")
    try:
        acted = threading.Event()

        def act(action: NotificationAction) -> None:
            with register.transaction() as session:
                answer_notification(session, action.action, action.alert_ids, user="lee",
                                    today=TODAY)
            acted.set()

        notifier = DesktopNotifier(register=register.location, on_action=act,
                                   module="fake_desktop_notifier")
        notifier.notify(Notification("t", "m", "c", tuple(ids)))
        token = fake.sent[0]["identifier"]
        assert notifier.pending() == [token]
        clicker = threading.Thread(target=fake.created[0].on_button_pressed,
                                   args=(token, ACKNOWLEDGE))
        clicker.start()
        clicker.join(10)
        assert acted.wait(10)
        assert notifier.shown == []
        assert _alerts(register, ids)[0].acknowledged_by == "lee"
    finally:
        register.close()
