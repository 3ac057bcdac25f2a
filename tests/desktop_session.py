"""A Linux desktop of its own for a test: Xvfb, a D-Bus session and the real dunst.

``virtual_display()`` starts Xvfb on a free display; ``run_in_session()`` runs a
command inside ``dbus-run-session`` with dunst answering on
org.freedesktop.Notifications, and can click a notification's button through
dunst itself (its context menu, answered by a stand-in for dmenu). dunst's
``-print`` output (``OUT/dunst.out``) is the daemon's own record of what it
received. ``require_desktop_tools()`` skips when the programs are missing, but
fails under CI: CI must run the desktop tests, never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("dunst", "dunstctl", "dbus-run-session", "dbus-send", "Xvfb")
PACKAGES = "dunst libnotify-bin dbus dbus-x11 xvfb"

SESSION = r"""
dunst -config "$OUT/dunstrc" -print > "$OUT/dunst.out" 2> "$OUT/dunst.err" &
daemon=$!
for _ in $(seq 1 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications \
        | grep -q "boolean true" && break
    sleep 0.1
done
"$@" > "$OUT/stdout" 2> "$OUT/stderr" &
program=$!
if [ -n "$CLICK" ]; then
    # Click when the notification is up: dunst's context menu lists every action,
    # and the stand-in for dmenu (dunstrc) picks the one named in $CLICK.
    for _ in $(seq 1 300); do grep -q "$CLICK_WHEN" "$OUT/dunst.out" && break; sleep 0.1; done
    if [ "$CLICK" = "default" ]; then
        dunstctl action 0  # a click on the notification itself
    else
        dunstctl context
    fi
fi
wait $program
status=$?
kill "$daemon"
exit $status
"""


def require_desktop_tools(needed: Sequence[str] = NEEDED) -> None:
    """Skip the test when a program of ``needed`` is missing; fail instead under CI."""
    missing = [name for name in needed if shutil.which(name) is None]
    if missing:
        message = f"not installed: {', '.join(missing)} (apt-get install {PACKAGES})"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the desktop tests")
        pytest.skip(message)


@contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb display (":N") for the duration of the block."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1024x768x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not report its display number"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_in_session(display: str, out: Path, command: Sequence[str], *, click: str = "",
                   click_when: str = '"acknowledge"', env: Mapping[str, str] | None = None,
                   timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in a D-Bus session of its own with dunst on ``display``.

    Its output goes to ``out/stdout`` and ``out/stderr``, dunst's record to
    ``out/dunst.out``. With ``click`` (a button's title, or "default" for the
    notification itself), the button is clicked once dunst's record shows
    ``click_when``.
    """
    # dunst runs the "dmenu" command with the menu on stdin: grep picks the button.
    (out / "dunstrc").write_text(f"[global]\ndmenu = /bin/grep -m1 -F {click or 'none'}\n",
                                 encoding="utf-8")
    environment = {**os.environ, "DISPLAY": display, "OUT": str(out), "CLICK": click,
                   "CLICK_WHEN": click_when, **(env or {})}
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(["dbus-run-session", "--", "bash", "-c", SESSION, "session",
                           *command], env=environment, capture_output=True, text=True,
                          timeout=timeout, check=False)
