"""OS schedules: the generated files on every platform, and a real install on Linux."""

from __future__ import annotations

import configparser
import json
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from contract_desk.cli import run
from contract_desk.notify.schedule import (
    LAUNCHD_LABEL,
    SYSTEMD_NAME,
    TASK_NAME,
    ScheduleError,
    ScheduleInstaller,
    launchd_plist,
    remind_command,
    systemd_units,
    windows_task_xml,
)

COMMAND = ["C:\\Program Files\\Contract Desk\\contract-desk.exe", "--db", "D:\\a b.sqlite3",
           "remind"]
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


class Recorder:
    """A runner that records the commands and answers with a fixed status."""

    def __init__(self, status: int = 0, output: str = "") -> None:
        self.commands: list[list[str]] = []
        self.status, self.output = status, output

    def __call__(self, command: Sequence[str]) -> tuple[int, str]:
        self.commands.append(list(command))
        return self.status, self.output


def test_the_windows_task_runs_daily_at_logon_per_user_and_catches_up() -> None:
    text = windows_task_xml(COMMAND, hour=8, minute=30, user_id="ACME\\kari")
    root = ET.fromstring(text.replace('encoding="UTF-16"', ""))
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=NS) == "true"
    assert root.findtext("t:Triggers/t:CalendarTrigger/t:StartBoundary",
                         namespaces=NS).endswith("T08:30:00")
    assert root.findtext("t:Triggers/t:CalendarTrigger/t:ScheduleByDay/t:DaysInterval",
                         namespaces=NS) == "1"
    assert root.findtext("t:Triggers/t:LogonTrigger/t:UserId", namespaces=NS) == "ACME\\kari"
    principal = root.find("t:Principals/t:Principal", NS)
    assert principal is not None
    assert principal.findtext("t:RunLevel", namespaces=NS) == "LeastPrivilege"
    assert principal.findtext("t:LogonType", namespaces=NS) == "InteractiveToken"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == COMMAND[0]
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == (
        '--db "D:\\a b.sqlite3" remind')


def test_the_launch_agent_runs_daily_and_at_login() -> None:
    plist = plistlib.loads(launchd_plist(["/usr/local/bin/contract-desk", "remind"], hour=7))
    assert plist["Label"] == LAUNCHD_LABEL
    assert plist["ProgramArguments"] == ["/usr/local/bin/contract-desk", "remind"]
    assert plist["StartCalendarInterval"] == {"Hour": 7, "Minute": 0}
    assert plist["RunAtLoad"] is True


def test_the_systemd_timer_is_persistent_and_the_service_runs_remind() -> None:
    service, timer = systemd_units(["/opt/my apps/contract-desk", "remind"], hour=9, minute=5)
    units = configparser.ConfigParser(interpolation=None)
    units.read_string(service)
    assert units["Service"]["Type"] == "oneshot"
    assert units["Service"]["ExecStart"] == '"/opt/my apps/contract-desk" remind'
    timers = configparser.ConfigParser(interpolation=None)
    timers.read_string(timer)
    assert timers["Timer"]["Persistent"] == "true"
    assert timers["Timer"]["OnCalendar"] == "*-*-* 09:05:00"
    assert timers["Timer"]["Unit"] == f"{SYSTEMD_NAME}.service"
    assert timers["Install"]["WantedBy"] == "timers.target"


def test_the_command_is_this_installations_remind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTRACT_DESK_HOME")  # the user data folder (tests set one of their own)
    command = remind_command("/data/team.sqlite3")
    assert "--home" not in command
    assert command[-5:] == ["--db", "/data/team.sqlite3", "remind", "--wait", "900"]
    assert Path(command[0]).name.startswith(("contract-desk", "python"))
    # The app bundle (PyInstaller) is its own program: no "-m", no interpreter.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Contract Desk/contract-desk")
    assert remind_command(None) == ["/opt/Contract Desk/contract-desk", "remind", "--wait",
                                    "900"]


def test_a_portable_installs_scheduled_run_and_notification_clicks_keep_its_data_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Run on a data folder of its own ($CONTRACT_DESK_HOME, or --home): a scheduled task
    # inherits no environment of ours, so the folder is on the command line.
    home = tmp_path / "Contract Desk data"
    monkeypatch.setenv("CONTRACT_DESK_HOME", str(home))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "D:\\Portable\\contract-desk.exe")
    assert remind_command("D:\\a b.sqlite3") == [
        "D:\\Portable\\contract-desk.exe", "--home", str(home.resolve()),
        "--db", "D:\\a b.sqlite3", "remind", "--wait", "900"]
    text = windows_task_xml(remind_command("D:\\a b.sqlite3"), user_id="kari")
    root = ET.fromstring(text.replace('encoding="UTF-16"', ""))
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == (
        f'--home "{home.resolve()}" --db "D:\\a b.sqlite3" remind --wait 900')


@pytest.mark.parametrize(("argv", "home"), [
    (["--home", "/portable/data", "remind"], "/portable/data"),
    (["--db", "/r.sqlite3", "--home=/portable/data", "remind", "--wait", "900"],
     "/portable/data"),
    (["--db", "/r.sqlite3", "remind"], None),
    (["--home"], None),  # no folder: the whole parse says so
    (["--hom", "/x", "remind"], None),  # never abbreviated
])
def test_the_data_folder_is_read_from_the_command_line_before_anything_else(
        argv: list[str], home: str | None) -> None:
    from contract_desk.storage.locations import home_given

    assert home_given(argv) == home


def test_home_on_the_command_line_is_the_data_folder_of_that_run(tmp_path: Path) -> None:
    # A real process, as the scheduler starts it: no CONTRACT_DESK_HOME in its environment.
    import os

    home = tmp_path / "portable"
    home.mkdir()
    (home / "preferences.json").write_text(json.dumps({"language": "nb"}), encoding="utf-8")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("CONTRACT_DESK_HOME", "CONTRACT_DESK_LANGUAGE")}
    done = subprocess.run(
        [sys.executable, "-m", "contract_desk", "--home", str(home), "--db",
         str(tmp_path / "r.sqlite3"), "show", "NO-SUCH"],
        capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert done.returncode == 1
    # The language chosen in that folder's preferences, not the system's.
    assert "ingen kontrakt med referanse eller ID 'NO-SUCH'" in done.stderr, done.stderr


def test_linux_install_writes_the_units_and_enables_the_timer(tmp_path: Path) -> None:
    runner = Recorder()
    installer = ScheduleInstaller(platform="linux", command=["/bin/cd", "remind"],
                                  runner=runner, home=tmp_path, config_home=tmp_path / "cfg")
    status = installer.install()
    folder = tmp_path / "cfg" / "systemd" / "user"
    assert status.installed and status.files == (folder / f"{SYSTEMD_NAME}.service",
                                                 folder / f"{SYSTEMD_NAME}.timer")
    assert "ExecStart=/bin/cd remind" in status.files[0].read_text(encoding="utf-8")
    assert runner.commands[:2] == [["systemctl", "--user", "daemon-reload"],
                                   ["systemctl", "--user", "enable", "--now",
                                    f"{SYSTEMD_NAME}.timer"]]
    removed = installer.remove()
    assert not removed.installed and not any(path.exists() for path in removed.files)
    assert ["systemctl", "--user", "disable", "--now", f"{SYSTEMD_NAME}.timer"] in runner.commands


def test_a_refusing_systemctl_is_a_clear_error(tmp_path: Path) -> None:
    installer = ScheduleInstaller(platform="linux", command=["x", "remind"],
                                  runner=Recorder(1, "Failed to connect to bus"), home=tmp_path)
    with pytest.raises(ScheduleError, match=r"systemctl --user daemon-reload failed .*bus"):
        installer.install()


def test_macos_and_windows_installs_run_their_tools(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    runner = Recorder()
    mac = ScheduleInstaller(platform="macos", command=["cd", "remind"], runner=runner,
                            home=tmp_path)
    (plist,) = mac.install().files
    assert plist == tmp_path / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
    assert plistlib.loads(plist.read_bytes())["ProgramArguments"] == ["cd", "remind"]
    assert ["launchctl", "load", "-w", str(plist)] in runner.commands
    mac.remove()
    assert ["launchctl", "unload", "-w", str(plist)] in runner.commands and not plist.exists()
    windows = ScheduleInstaller(platform="windows", command=["cd.exe", "remind"], runner=runner,
                                home=tmp_path)
    (xml_file,) = windows.install().files
    assert xml_file.read_bytes()[:2] == b"\xff\xfe"  # UTF-16 with BOM, as schtasks wants
    assert ["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml_file), "/F"] \
        in runner.commands


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="systemd user units: Linux")
def test_a_real_linux_install_into_a_temporary_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI end to end with the real runner: files written; systemctl as far as it goes."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    usable = shutil.which("systemctl") is not None and _user_bus()
    status = run(["schedule", "install", "--at", "06:45", "--json"])
    out = capsys.readouterr()
    folder = tmp_path / "xdg" / "systemd" / "user"
    timer = folder / f"{SYSTEMD_NAME}.timer"
    assert timer.exists() and "OnCalendar=*-*-* 06:45:00" in timer.read_text(encoding="utf-8")
    assert "remind" in (folder / f"{SYSTEMD_NAME}.service").read_text(encoding="utf-8")
    if usable:
        assert status == 0, out.err
        assert json.loads(out.out)["installed"] is True
        assert run(["schedule", "remove"]) == 0 and not timer.exists()
    else:  # no user systemd in this container: a clear one-line error, no traceback
        assert status == 1 and "systemctl --user daemon-reload failed" in out.err
        assert "Traceback" not in out.err
        assert run(["schedule", "remove"]) == 0 and not timer.exists()


def _user_bus() -> bool:
    done = subprocess.run(["systemctl", "--user", "show-environment"], capture_output=True,
                          check=False)
    return done.returncode == 0
