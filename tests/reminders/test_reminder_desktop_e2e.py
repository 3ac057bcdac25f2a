"""End to end on Linux: a real notification daemon receives what ``remind`` raises.

dunst runs on a virtual X display (Xvfb) inside its own D-Bus session
(``dbus-run-session``); ``contract-desk remind --notifier plyer`` notifies through
plyer (the fallback after desktop-notifier, which test_desktop_notifier.py tries
with the daemon), which on
Linux uses python-dbus when installed and ``notify-send`` otherwise. dunst's
``-print`` output is the daemon's own record of what it received. The test
skips only when those programs are missing and CI is not set; under CI it fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_session import require_desktop_tools, virtual_display

from contract_desk.services import create_contract
from contract_desk.storage import open_register

NEEDED = ("dunst", "dbus-run-session", "dbus-send", "Xvfb", "notify-send")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop")

SCRIPT = r"""
dunst -print > "$OUT/dunst.out" 2> "$OUT/dunst.err" &
daemon=$!
for _ in $(seq 1 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications \
        | grep -q "boolean true" && break
    sleep 0.1
done
"$PYTHON" -m contract_desk --db "$DB" remind --today 2026-12-31 --json --notifier plyer \
    > "$OUT/remind.json"
status=$?
for _ in $(seq 1 50); do grep -q "E2E lease" "$OUT/dunst.out" && break; sleep 0.1; done
kill "$daemon"
exit $status
"""


@pytest.fixture
def display() -> Iterator[str]:
    """A virtual X display for dunst, started and stopped by the test."""
    require_desktop_tools((*NEEDED,))
    with virtual_display() as number:
        yield number


def test_dunst_receives_the_reminder(display: str, tmp_path: Path) -> None:
    db = tmp_path / "e2e.sqlite3"
    register = open_register(db)
    try:
        with register.transaction() as session:
            create_contract(session, {"reference": "E-1", "title": "E2E lease",
                                      "start_date": "2026-01-01", "end_date": "2026-12-31"},
                            user="t")
    finally:
        register.close()
    env = {**os.environ, "DISPLAY": display, "OUT": str(tmp_path), "DB": str(db),
           "PYTHON": sys.executable}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "remind.json").read_text(encoding="utf-8"))
    assert report["notifier"] == "plyer" and report["notified"] == 1
    received = (tmp_path / "dunst.out").read_text(encoding="utf-8")
    assert "appname: 'Contract Desk'" in received, received
    assert "body: 'Term end is today (2026-12-31): E-1 E2E lease'" in received, received
