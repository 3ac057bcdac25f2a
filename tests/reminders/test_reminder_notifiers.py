"""Notifiers: the fallback chain, summaries, and faults that must never lose an alert."""

from __future__ import annotations

import json
import logging
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from contract_desk.cli import run
from contract_desk.notify import (
    LogNotifier,
    Notification,
    NotifierChain,
    NullNotifier,
    PlyerNotifier,
    notifications_for,
    notifier_chain,
)
from contract_desk.services.reminders.inbox import AlertRow
from contract_desk.storage import open_register


def _row(number: int, *, escalated: bool = False) -> AlertRow:
    return AlertRow(
        id=number, target_type="contract", target_uid=f"uid-{number}", contract_uid=f"c-{number}",
        reference=f"R-{number}", contract_title="Lease", obligation_uid=None,
        obligation_title=None, kind="notice_deadline", key_date=date(2026, 1, number),
        offset_days=0, due_on=date(2026, 1, number), title=f"Notice deadline is today: R-{number}",
        escalated=escalated, notified_at=None, acknowledged_at=None, acknowledged_by=None,
        snoozed_until=None, decision=None, decision_note=None, withdrawn=False)


class Broken:
    name = "broken"

    def notify(self, notification: Notification) -> bool:
        raise RuntimeError("the notification centre is on fire")


class Refusing:
    name = "refusing"

    def notify(self, notification: Notification) -> bool:
        return False


def test_up_to_the_threshold_each_alert_is_its_own_notification() -> None:
    notes = notifications_for([_row(1), _row(2, escalated=True)], threshold=3,
                              escalation_contact="boss@example.com")
    assert [n.contract_uid for n in notes] == ["c-1", "c-2"]
    assert notes[1].escalated and "boss@example.com" in notes[1].message
    assert "escalated" in notes[1].title


def test_many_alerts_become_one_summary() -> None:
    rows = [_row(day, escalated=day == 7) for day in range(1, 8)]
    (summary,) = notifications_for(rows, threshold=3)
    assert summary.title == "7 deadlines need attention"
    assert summary.alert_ids == tuple(range(1, 8)) and summary.escalated
    assert "… and 4 more" in summary.message and "1 escalated" in summary.message


def test_the_chain_skips_failing_backends_and_logs_them(caplog: pytest.LogCaptureFixture) -> None:
    shown = []

    class Recorder:
        name = "recorder"

        def notify(self, notification: Notification) -> bool:
            shown.append(notification.title)
            return True

    chain = NotifierChain([Broken(), Refusing(), Recorder()])
    with caplog.at_level(logging.INFO):
        assert chain.notify(Notification("t", "m")) is True
    assert shown == ["t"] and chain.last_used == "recorder"
    assert "notifier broken failed: RuntimeError: the notification centre is on fire" in caplog.text
    assert NotifierChain([Broken(), Refusing()]).notify(Notification("t", "m")) is False


def test_plyer_missing_is_not_a_crash() -> None:
    assert PlyerNotifier(module="contract_desk_no_such_plyer").notify(Notification("t", "m")) \
        is False


def test_plyer_without_a_backend_gives_way(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("fake_plyer")

    class NoBackend:
        def notify(self, **kwargs: object) -> None:
            raise NotImplementedError

    fake.notification = NoBackend()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_plyer", fake)
    assert PlyerNotifier(module="fake_plyer").notify(Notification("t", "m")) is False


def test_the_named_chains() -> None:
    assert [b.name for b in notifier_chain("auto").backends] == ["desktop", "plyer", "log"]
    assert [b.name for b in notifier_chain("desktop").backends] == ["desktop"]
    assert [b.name for b in notifier_chain("none").backends] == ["none"]
    assert [b.name for b in notifier_chain("plyer", extra=[Refusing()]).backends] == [
        "plyer", "refusing"]
    assert LogNotifier().notify(Notification("t", "m")) and NullNotifier().notify(
        Notification("t", "m"))
    with pytest.raises(ValueError, match="unknown notifier"):
        notifier_chain("carrier-pigeon")


def _register_with_due_alerts(path: Path) -> None:
    from contract_desk.services import add_obligation, create_contract

    register = open_register(path)
    try:
        with register.transaction() as session:
            uid = create_contract(session, {"title": "Lease", "reference": "L-1", "owner": "K",
                                            "start_date": "2026-01-01",
                                            "end_date": "2026-12-31"}, user="t").uid
            add_obligation(session, uid, {"title": "Fee", "due_date": "2026-03-10"}, user="t")
    finally:
        register.close()


class _NoNotificationService:
    """A desktop_notifier whose sending fails as it does without a D-Bus session bus."""

    class Icon:
        def __init__(self, path: object) -> None:
            self.path = path

    class DesktopNotifier:
        def __init__(self, **kwargs: object) -> None:
            self.on_clicked = self.on_button_pressed = None

        async def get_capabilities(self) -> frozenset[str]:
            # Where the real one finds out: connecting to the session bus.
            raise OSError("DBUS_SESSION_BUS_ADDRESS is not set")

    class Button:
        def __init__(self, **kwargs: object) -> None:
            pass

    class Notification:
        def __init__(self, **kwargs: object) -> None:
            pass

    class Urgency:
        Normal, Critical = "normal", "critical"


@pytest.mark.parametrize("desktop", ["missing", "raising"])
@pytest.mark.parametrize("fault", ["missing", "raising", "not_implemented"])
def test_failing_notifiers_leave_every_alert_in_the_inbox(
    fault: str, desktop: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    db = tmp_path / "r.sqlite3"
    _register_with_due_alerts(db)
    # desktop-notifier first: missing (import fails) or failing (no notification service).
    monkeypatch.setitem(sys.modules, "desktop_notifier",
                        None if desktop == "missing" else _NoNotificationService)
    if fault == "missing":
        monkeypatch.setitem(sys.modules, "plyer", None)  # import plyer -> ImportError
    else:
        error = RuntimeError("dbus exploded") if fault == "raising" else NotImplementedError()

        class Exploding:
            def notify(self, **kwargs: object) -> None:
                raise error

        fake = types.ModuleType("plyer")
        fake.notification = Exploding()  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "plyer", fake)
    with caplog.at_level(logging.INFO):
        status = run(["--db", str(db), "remind", "--today", "2026-03-10", "--json"])
    out = capsys.readouterr()
    assert status == 0, out.err
    report = json.loads(out.out)
    assert len(report["fired"]) == 1 and report["notifier"] == "log"
    assert report["pending"]["today"] == 1
    assert "Traceback" not in out.err
    said = [record.getMessage() for record in caplog.records]
    if desktop == "raising":
        assert any("notifier desktop failed: OSError: DBUS_SESSION_BUS_ADDRESS" in line
                   for line in said), said
    else:
        assert any("desktop-notifier is not installed" in line for line in said), said


def test_an_unavailable_tray_declines_and_the_chain_moves_on(qtbot: object) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from contract_desk.notify.qt_tray import TrayNotifier

    assert TrayNotifier(None).notify(Notification("t", "m")) is False
    tray = QSystemTrayIcon()  # offscreen: no system tray, never shown
    notifier = TrayNotifier(tray)
    assert notifier.available() is False and notifier.notify(Notification("t", "m")) is False
    chain = notifier_chain("auto", extra=[notifier])
    chain.backends = (Broken(), notifier, *chain.backends[2:])
    assert chain.notify(Notification("t", "m")) is True and chain.last_used == "log"


def test_ten_days_closed_gives_one_summary_not_a_storm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from contract_desk.services import add_obligation, create_contract

    db = tmp_path / "r.sqlite3"
    register = open_register(db)
    try:
        with register.transaction() as session:
            uid = create_contract(session, {"title": "Lease", "reference": "L-1", "owner": "K",
                                            "start_date": "2026-01-01",
                                            "end_date": "2027-12-31"}, user="t").uid
            for day in (3, 5, 7, 9):
                add_obligation(session, uid, {"title": f"Fee {day}", "reminder_offsets": [0],
                                              "due_date": f"2026-03-0{day}"}, user="t")
    finally:
        register.close()
    assert run(["--db", str(db), "remind", "--today", "2026-03-01", "--notifier", "none"]) == 0
    capsys.readouterr()
    with caplog.at_level(logging.INFO, logger="contract_desk.notify.backends"):
        assert run(["--db", str(db), "remind", "--today", "2026-03-11", "--notifier", "log",
                    "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # Each missed due date once, plus today's overdue reminder of each: one notification.
    assert sorted((f["key_date"], f["offset_days"]) for f in report["fired"]) == [
        ("2026-03-03", -8), ("2026-03-03", 0), ("2026-03-05", -6), ("2026-03-05", 0),
        ("2026-03-07", -4), ("2026-03-07", 0), ("2026-03-09", -2), ("2026-03-09", 0)]
    messages = [r.getMessage() for r in caplog.records if r.name == "contract_desk.notify.backends"]
    assert len(messages) == 1 and messages[0].startswith("4 deadlines need attention")
    assert report["notified"] == 8


def test_a_headless_remind_run_never_loads_qt(tmp_path: Path) -> None:
    import subprocess

    script = (
        "import sys\n"
        "from contract_desk.cli import run\n"
        f"status = run(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'remind', '--notifier', 'log'])\n"
        "import contract_desk.notify, contract_desk.notify.schedule\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr
