"""OS schedules that run ``contract-desk remind`` while the window is closed. No Qt.

- Windows: a Task Scheduler task for the current user (no admin), daily and at
  log-on, ``StartWhenAvailable`` so a missed run happens when the PC wakes.
- macOS: a LaunchAgent plist with ``StartCalendarInterval`` and ``RunAtLoad``,
  loaded with ``launchctl``.
- Linux: a systemd user service and timer with ``Persistent=true`` (a run missed
  while the machine was off happens at the next boot), enabled with
  ``systemctl --user``.

The generators are pure (tested on every platform); :class:`ScheduleInstaller`
writes the files and runs the OS tool through an injectable ``runner``.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from contract_desk.domain.errors import DomainError

TASK_NAME = "Contract Desk reminders"
LAUNCHD_LABEL = "org.contractdesk.remind"
SYSTEMD_NAME = "contract-desk-remind"
#: Runs a command, returns (exit status, output). Tests pass a recorder.
Runner = Callable[[Sequence[str]], tuple[int, str]]


class ScheduleError(DomainError):
    """The OS schedule could not be installed, removed or read."""


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    """Whether the schedule is installed, where, and what the OS tool says."""

    platform: str
    installed: bool
    files: tuple[Path, ...]
    detail: str = ""


#: How long the scheduled run waits for a click on its notifications' buttons, in seconds.
SCHEDULED_WAIT_SECONDS = 900


def program_command() -> list[str]:
    """How to start this installation of Contract Desk: the app bundle's executable when
    frozen, else the ``contract-desk`` script, else this interpreter with ``-m``; with
    ``--home`` when this one runs on a data folder of its own ($CONTRACT_DESK_HOME: a
    portable install), which a scheduled run or a notification's Open would not inherit
    (a scheduled task gets no environment of ours)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        program = shutil.which("contract-desk")
        command = [program] if program else [sys.executable, "-m", "contract_desk"]
    from contract_desk.storage.locations import HOME_ENV_VAR

    home = os.environ.get(HOME_ENV_VAR, "").strip()
    return [*command, "--home", str(Path(home).expanduser().resolve())] if home else command


def remind_command(database: str | None = None) -> list[str]:
    """The command the schedule runs: ``contract-desk remind``, waiting a while for clicks
    on what it shows (Open starts the window; Acknowledge and Snooze act in the register)."""
    command = program_command()
    if database:
        command += ["--db", database]
    return [*command, "remind", "--wait", str(SCHEDULED_WAIT_SECONDS)]


def windows_task_xml(command: Sequence[str], *, hour: int = 9, minute: int = 0,
                     user_id: str | None = None) -> str:
    """Task Scheduler XML: daily at hour:minute and at log-on, for one user, no admin."""
    program, arguments = command[0], subprocess.list2cmdline(list(command[1:]))
    user = f"<UserId>{escape(user_id)}</UserId>" if user_id else ""
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Description>Contract Desk: raise due contract reminders</Description>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2020-01-01T{hour:02d}:{minute:02d}:00</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
    <LogonTrigger><Enabled>true</Enabled>{user}</LogonTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">{user}<LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel></Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <ExecutionTimeLimit>PT30M</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec><Command>{escape(program)}</Command><Arguments>{escape(arguments)}</Arguments></Exec>
  </Actions>
</Task>
"""


def launchd_plist(command: Sequence[str], *, hour: int = 9, minute: int = 0) -> bytes:
    """A LaunchAgent plist: daily at hour:minute and when loaded (log-in)."""
    return plistlib.dumps({
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(command),
        "StartCalendarInterval": {"Hour": hour, "Minute": minute},
        "RunAtLoad": True,
        "ProcessType": "Background",
    })


def _systemd_quote(word: str) -> str:
    if word and all(c.isalnum() or c in "-_./=:+,@%" for c in word):
        return word
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def systemd_units(command: Sequence[str], *, hour: int = 9, minute: int = 0) -> tuple[str, str]:
    """(service, timer) unit files: daily at hour:minute, ``Persistent=true``, and at boot."""
    exec_line = " ".join(_systemd_quote(word) for word in command)
    service = f"""[Unit]
Description=Contract Desk: raise due contract reminders

[Service]
Type=oneshot
ExecStart={exec_line}
"""
    timer = f"""[Unit]
Description=Contract Desk reminders, daily and after start-up

[Timer]
OnCalendar=*-*-* {hour:02d}:{minute:02d}:00
OnStartupSec=2min
Persistent=true
Unit={SYSTEMD_NAME}.service

[Install]
WantedBy=timers.target
"""
    return service, timer


def run_command(command: Sequence[str]) -> tuple[int, str]:
    """The default runner: run, capture, never raise for a missing tool."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=60,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return 127, str(error)
    return done.returncode, (done.stdout + done.stderr).strip()


def current_platform() -> str:
    """'windows', 'macos' or 'linux' (any other POSIX is treated as linux)."""
    if sys.platform == "win32":
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


@dataclass
class ScheduleInstaller:
    """Installs, removes and reports the OS schedule for the current user.

    ``home`` and ``config_home`` default to the user's (``$XDG_CONFIG_HOME`` on
    Linux); ``runner`` runs ``systemctl``/``launchctl``/``schtasks``; ``commands``
    records every command run, for the caller to show.
    """

    platform: str = field(default_factory=current_platform)
    command: list[str] = field(default_factory=remind_command)
    runner: Runner = run_command
    home: Path = field(default_factory=Path.home)
    config_home: Path | None = None
    hour: int = 9
    minute: int = 0
    commands: list[list[str]] = field(default_factory=list)

    def files(self) -> tuple[Path, ...]:
        """The files the schedule consists of on this platform."""
        if self.platform == "linux":
            folder = self._config_home() / "systemd" / "user"
            return (folder / f"{SYSTEMD_NAME}.service", folder / f"{SYSTEMD_NAME}.timer")
        if self.platform == "macos":
            return (self.home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist",)
        return (self._windows_folder() / "contract-desk-remind-task.xml",)

    def _config_home(self) -> Path:
        if self.config_home is not None:
            return self.config_home
        xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
        return Path(xdg) if xdg else self.home / ".config"

    def _windows_folder(self) -> Path:
        from contract_desk.storage.locations import data_dir

        return data_dir() / "schedule"

    def _run(self, command: list[str], *, check: bool = True) -> str:
        self.commands.append(command)
        status, output = self.runner(command)
        if check and status != 0:
            raise ScheduleError(f"{' '.join(command[:3])} failed ({status}): {output}")
        return output

    def install(self) -> ScheduleStatus:
        """Write the schedule and register it with the OS; ScheduleError when the OS refuses."""
        getattr(self, f"_install_{self.platform}")()
        return self.status()

    def remove(self) -> ScheduleStatus:
        """Unregister and delete the schedule (nothing installed is fine)."""
        getattr(self, f"_remove_{self.platform}")()
        return self.status()

    def status(self) -> ScheduleStatus:
        """Installed when the files exist (and, on Windows, the task is known)."""
        files = self.files()
        installed = all(path.exists() for path in files)
        detail = ""
        if self.platform == "linux" and installed:
            detail = self._run(["systemctl", "--user", "is-enabled", f"{SYSTEMD_NAME}.timer"],
                               check=False)
        elif self.platform == "windows":
            status, detail = self.runner(["schtasks", "/Query", "/TN", TASK_NAME])
            installed = installed and status == 0
        return ScheduleStatus(self.platform, installed, files, detail)

    def _install_linux(self) -> None:
        service_path, timer_path = self.files()
        service, timer = systemd_units(self.command, hour=self.hour, minute=self.minute)
        service_path.parent.mkdir(parents=True, exist_ok=True)
        service_path.write_text(service, encoding="utf-8")
        timer_path.write_text(timer, encoding="utf-8")
        try:
            self._run(["systemctl", "--user", "daemon-reload"])
            self._run(["systemctl", "--user", "enable", "--now", f"{SYSTEMD_NAME}.timer"])
        except ScheduleError as error:
            raise ScheduleError(
                f"{error}; the units are written to {service_path.parent}: in your desktop "
                f"session run 'systemctl --user daemon-reload && systemctl --user enable "
                f"--now {SYSTEMD_NAME}.timer'") from None

    def _remove_linux(self) -> None:
        self._run(["systemctl", "--user", "disable", "--now", f"{SYSTEMD_NAME}.timer"],
                  check=False)
        for path in self.files():
            path.unlink(missing_ok=True)
        self._run(["systemctl", "--user", "daemon-reload"], check=False)

    def _install_macos(self) -> None:
        (path,) = self.files()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._run(["launchctl", "unload", str(path)], check=False)
        path.write_bytes(launchd_plist(self.command, hour=self.hour, minute=self.minute))
        self._run(["launchctl", "load", "-w", str(path)])

    def _remove_macos(self) -> None:
        (path,) = self.files()
        if path.exists():
            self._run(["launchctl", "unload", "-w", str(path)], check=False)
        path.unlink(missing_ok=True)

    def _install_windows(self) -> None:
        (path,) = self.files()
        path.parent.mkdir(parents=True, exist_ok=True)
        user = os.environ.get("USERNAME") or None
        xml = windows_task_xml(self.command, hour=self.hour, minute=self.minute, user_id=user)
        path.write_text(xml, encoding="utf-16")
        self._run(["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(path), "/F"])

    def _remove_windows(self) -> None:
        self._run(["schtasks", "/Delete", "/TN", TASK_NAME, "/F"], check=False)
        for path in self.files():
            path.unlink(missing_ok=True)
