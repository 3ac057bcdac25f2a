"""``contract-desk --smoke-test``: this installation checks itself, end to end, and exits.

Run by CI on the Linux app bundle and by the release workflow on Windows and
macOS, and by anyone who wants to know an install works. Every step uses the
real thing in a temporary folder (the person's own register, settings and data
folder are never touched):

1. a register is created (the migrations are found and run);
2. a small xlsx is read by the importer's child process (the frozen program
   must start that process) and imported;
3. a reminder check raises the register's due alerts;
4. one notification is shown through desktop-notifier with its buttons;
5. its Acknowledge is answered: a real click when ``CONTRACT_DESK_SMOKE_CLICK_SECONDS``
   says how long to wait for one (CI clicks it through the notification daemon),
   otherwise through the notifier's own button handler; the alert is
   acknowledged in the register and audited;
6. a PDF report is written;
7. the main window opens on the register and lists its contracts.

One line per step (``smoke test: <step>: ok (...)``) on stdout; a failing step
is one sentence on stderr and exit status 1.
"""

from __future__ import annotations

import os
import queue
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from contract_desk.domain.clock import local_today
from contract_desk.storage.locations import HOME_ENV_VAR

#: Seconds to wait for a real click on the notification's Acknowledge (0: answer it ourselves).
CLICK_ENV = "CONTRACT_DESK_SMOKE_CLICK_SECONDS"

ROWS: list[tuple[str | int | float | None, ...]] = [
    ("Reference", "Title", "Counterparty", "Start date", "End date", "Notice period", "Value",
     "Currency"),
    ("SMK-1", "Office lease Oslo sentrum", "Eiendom AS", "2024-01-01", None, "3 months",
     250000, "NOK"),
    ("SMK-2", "서울 사무실 임대차 계약", "한빛 주식회사", "2025-03-01", "2028-02-29", "2 months",
     12000000, "KRW"),
    ("SMK-3", "上海仓库服务合同", "上海物流有限公司", "2025-06-01", "2027-05-31", "60 days",
     88000.5, "CNY"),
    ("SMK-4", "Cloud hosting", "Example Cloud Ltd", "2025-01-01", "2027-12-31", "30 days",
     18000, "EUR"),
]


@dataclass
class _State:
    folder: Path
    register: Any = None
    xlsx: Path | None = None
    alert_ids: tuple[int, ...] = ()
    answered: queue.Queue[Any] = field(default_factory=queue.Queue)
    notifier: Any = None  # the DesktopNotifier that showed the notification


def run_smoke_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first that failed."""
    out, err = out or sys.stdout, err or sys.stderr
    kept_home = os.environ.get(HOME_ENV_VAR)
    with tempfile.TemporaryDirectory(prefix="contract-desk-smoke-") as folder:
        os.environ[HOME_ENV_VAR] = str(Path(folder) / "home")
        state = _State(Path(folder))
        try:
            return _run_steps(state, out, err)
        finally:
            if state.register is not None:
                state.register.close()
            if kept_home is None:
                os.environ.pop(HOME_ENV_VAR, None)
            else:
                os.environ[HOME_ENV_VAR] = kept_home


def _run_steps(state: _State, out: TextIO, err: TextIO) -> int:
    steps: list[tuple[str, Callable[[_State], str]]] = [
        ("register", _register), ("reading process", _reading_process), ("import", _import),
        ("reminder check", _check), ("notification", _notification), ("action", _action),
        ("letter", _letter), ("pdf", _pdf), ("window", _window)]
    _application(state.folder)
    for name, step in steps:
        started = time.perf_counter()
        try:
            detail = step(state)
        except Exception as error:  # each step's failure is one sentence, then stop
            print(f"smoke test: {name}: FAILED: {type(error).__name__}: {error}", file=err)
            return 1
        took = time.perf_counter() - started
        print(f"smoke test: {name}: ok ({detail}; {took:.2f} s)", file=out, flush=True)
    print("smoke test: passed", file=out, flush=True)
    return 0


def _application(folder: Path) -> None:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: the window is drawn unseen
    from PySide6.QtCore import QSettings

    from contract_desk.ui.shell.app import _application as application

    # The window's settings go to the temporary folder, not the person's own.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    application()


def _register(state: _State) -> str:
    from contract_desk.storage import open_register

    state.register = open_register(state.folder / "smoke.sqlite3")
    return f"created at {state.register.location}"


def _reading_process(state: _State) -> str:
    from openpyxl import Workbook, load_workbook

    from contract_desk.importers.read.openpyxl_stream import RowStream

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register"
    for row in ROWS:
        sheet.append(row)
    state.xlsx = state.folder / "register.xlsx"
    book.save(state.xlsx)
    with RowStream(state.xlsx, "Register", None) as stream:
        pid = stream.pid
        read = [row for batch in stream.batches() for row in batch]
    expected = [tuple(row) for row in load_workbook(state.xlsx, read_only=True)["Register"]
                .iter_rows(values_only=True)]
    if pid is None or pid == os.getpid():
        raise RuntimeError("the sheet was not read in a child process")
    if read != expected:
        raise RuntimeError(f"the child process read {len(read)} rows unlike openpyxl's "
                           f"{len(expected)}")
    return f"{len(read)} rows read by process {pid}"


def _import(state: _State) -> str:
    from contract_desk.services.importing.in_one_go import import_file

    assert state.xlsx is not None
    with state.register.transaction() as session:
        done = import_file(session, state.xlsx, user="smoke-test", today=local_today())
    result = done.result
    if result.created != len(ROWS) - 1:
        problems = "; ".join(str(problem) for problem in result.problems[:3])
        raise RuntimeError(f"{result.created} of {len(ROWS) - 1} contracts created ({problems})")
    return f"{result.created} contracts created"


def _check(state: _State) -> str:
    from contract_desk.services import create_contract
    from contract_desk.services.reminders.run import run_reminder_check

    today = local_today()
    with state.register.transaction() as session:  # one term that ends today: due now
        create_contract(session, {"reference": "SMK-5", "title": "Smoke test: term ends today",
                                  "start_date": (today - timedelta(days=365)).isoformat(),
                                  "end_date": today.isoformat()}, user="smoke-test")
    run = run_reminder_check(state.register, today=today)
    due = [row for row in run.fired if row.reference == "SMK-5"]
    if not due:
        raise RuntimeError("the check raised no alert for a term that ends today")
    state.alert_ids = tuple(row.id for row in due)
    raised = len(run.fired)
    return f"{raised} alert{'' if raised == 1 else 's'} raised"


def _notification(state: _State) -> str:
    from contract_desk.notify.base import Notification
    from contract_desk.notify.desktop import DesktopNotifier
    from contract_desk.services.reminders.inbox import get_alert

    with state.register.reading() as session:
        row = get_alert(session, state.alert_ids[0], today=local_today())
    if row is None or row.contract_uid is None:
        raise RuntimeError(f"alert {state.alert_ids[0]} cannot be read back")
    notifier = DesktopNotifier(register=state.register.location, on_action=state.answered.put)
    shown = notifier.notify(Notification("Contract Desk", row.title, row.contract_uid, (row.id,)))
    if not shown:
        raise RuntimeError("desktop-notifier is not installed")
    state.notifier = notifier
    return "shown with buttons Open, Acknowledge, Snooze 1 day"


def _action(state: _State) -> str:
    from contract_desk.notify.desktop import ACKNOWLEDGE, DesktopNotifier
    from contract_desk.services.register.audit import history
    from contract_desk.services.reminders.actions import answer_notification

    notifier: DesktopNotifier = state.notifier
    wait = float(os.environ.get(CLICK_ENV, "0") or 0)
    how = f"clicked in the notification within {wait:.0f} s"
    if wait <= 0:
        how = "answered through the notifier's button handler"
        for token in list(notifier.shown):
            notifier.answer(token, ACKNOWLEDGE)  # what the OS's callback calls
    try:
        action = state.answered.get(timeout=max(wait, 1.0))
    except queue.Empty:
        raise RuntimeError(f"no button of the notification was clicked in {wait:.0f} s") from None
    if action.action != ACKNOWLEDGE or action.alert_ids != state.alert_ids[:1]:
        raise RuntimeError(f"the answer was {action.action} for alerts {action.alert_ids}")
    with state.register.transaction() as session:
        count = answer_notification(session, action.action, action.alert_ids,
                                    user="smoke-test", today=local_today())
    with state.register.reading() as session:
        audited = [event.action for event in history(session, action.contract_uid or "")
                   if event.entity == "alert"]
    if count != 1 or "acknowledge" not in audited:
        raise RuntimeError("the alert was not acknowledged and audited")
    return f"Acknowledge {how}; the alert is acknowledged and audited"


def _letter(state: _State) -> str:
    # The Word machinery (python-docx, docxtpl, lxml, the letter templates): what a
    # notice is sent with, and the bundle keeps only part of lxml.
    from contract_desk.services.letters import letter_facts, write_letter
    from contract_desk.services.letters.writing import docx_paragraphs

    path = state.folder / "notice.docx"
    with state.register.transaction() as session:
        facts = letter_facts(session, "SMK-2", language="ko", letter_date=local_today(),
                             signatory="smoke-test")
        write_letter(session, facts, path)
    paragraphs = docx_paragraphs(path.read_bytes())
    if not any("SMK-2" in paragraph for paragraph in paragraphs):
        raise RuntimeError(f"{path.name} does not name the contract SMK-2")
    return f"{len(paragraphs)} paragraphs, ends {facts.end_date.isoformat()}"


def _pdf(state: _State) -> str:
    from contract_desk.exporters import ExportFormat, ExportRequest, export_register

    path = state.folder / "report.pdf"
    with state.register.reading() as session:
        result = export_register(session, ExportRequest(format=ExportFormat.PDF, path=path),
                                 today=local_today())
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError(f"{path.name} is not a PDF")
    return f"{result.contracts} contracts, {len(data):,} bytes"


def _window(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from contract_desk.ui.shell.main_window import MainWindow

    window = MainWindow(state.register)
    window.show()
    deadline = time.monotonic() + 60
    while window.model.total_count() < len(ROWS) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    count = window.model.total_count()
    window.reminders.quitting = True
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    if count < len(ROWS):
        raise RuntimeError(f"the window listed {count} of {len(ROWS)} contracts")
    platform = QGuiApplication.platformName()
    return f"{count} contracts listed on the {platform} platform"


__all__ = ["CLICK_ENV", "run_smoke_test"]
