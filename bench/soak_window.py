"""The soak's window process: the reminder controller, and a person's edits through the services.

Runs in its own process (``multiprocessing``, spawned) so that its resident
memory is the window's alone, not the oracle's. It obeys plain messages from
the soak: each simulated day, the actions and edits (as the window makes them:
one transaction per action, through the same services) and the reminder checks,
each by :class:`contract_desk.ui.reminders.checks.ReminderController` on a fast clock
(``check_now`` as its timer and day-change watch call it, then ``wait``).
It answers with the new rows' uids, any failure, and its RSS after each check.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

PAGE = os.sysconf("SC_PAGE_SIZE")
USER = "soak"


def rss_bytes() -> int:
    """This process' resident set size now (not the peak ``getrusage`` gives)."""
    statm = Path("/proc/self/statm").read_text(encoding="ascii")
    return int(statm.split()[1]) * PAGE


def _sqlite_memory_used() -> Any:
    """SQLite's own allocations in this process (page caches, statements), or None."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
        function = library.sqlite3_memory_used
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_int64
    return function


_SQLITE_MEMORY = _sqlite_memory_used()


def sqlite_bytes() -> int | None:
    """Bytes SQLite holds in this process now (None where its library cannot be asked).

    The same library the sqlite3 module uses (it is linked dynamically on Linux),
    so this is the memory of every register connection's page cache: bounded by
    ``PRAGMA cache_size`` per connection, and growing with the register until then.
    """
    return None if _SQLITE_MEMORY is None else int(_SQLITE_MEMORY())


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class Window:
    """The controller over one register, with the day it believes it is."""

    def __init__(self, target: str) -> None:
        from PySide6.QtCore import QCoreApplication

        from contract_desk.notify.base import NotifierChain
        from contract_desk.storage import open_register
        from contract_desk.ui.reminders.checks import ReminderController

        self.app = QCoreApplication.instance() or QCoreApplication([])
        QCoreApplication.setOrganizationName("ContractDeskSoak")
        QCoreApplication.setApplicationName("soak")
        self.register = open_register(target, create=False)
        self.day = date.min
        self.failures: list[str] = []
        self.checks = 0
        self.controller = ReminderController(self.register, chain=NotifierChain([]),
                                             today=lambda: self.day)
        self.controller.failed.connect(self.failures.append)
        self.controller.checked.connect(self._counted)
        self.warnings = _Warnings()
        logging.getLogger("contract_desk").addHandler(self.warnings)

    def _counted(self, _counts: object) -> None:
        self.checks += 1

    def check(self, first: bool) -> None:
        """One check, as the window runs it on opening (``first``) or on its timer."""
        if first:
            self.controller.start()
        else:
            self.controller.check_now()
        if not self.controller.wait(600_000):
            self.failures.append(f"a check on {self.day} did not finish in 10 minutes")

    def day_turns(self, day: date) -> None:
        """The clock moves on to ``day`` (the controller's watch sees a new day)."""
        from contract_desk.domain import clock

        self.day = day
        clock.freeze(day)

    def apply(self, edit: tuple[Any, ...]) -> Any:
        """One action or edit, in its own transaction; its result (a uid, or True)."""
        from bench.soak_edits import apply_edit

        try:
            with self.register.transaction() as session:
                return apply_edit(session, edit, self.day)
        except Exception as error:  # the soak reports it; it must not happen
            self.failures.append(f"{edit[0]} on {self.day}: {type(error).__name__}: {error}")
            return None


def serve(connection: Connection, target: str) -> None:
    """The process' main loop: one message per simulated day, answered when done."""
    window = Window(target)
    first = True
    while True:
        message = connection.recv()
        if message[0] == "stop":
            window.controller.stop()
            window.register.close()
            connection.send({"checks": window.checks})
            return
        _, day, before, after, checks = message
        window.day_turns(day)
        results = [window.apply(edit) for edit in before]
        rss, held = [], []
        for number in range(checks):
            window.check(first)
            first = False
            rss.append(rss_bytes())
            held.append(sqlite_bytes())
            if number == 0:  # a person at work between the window's checks
                results += [window.apply(edit) for edit in after]
        failures, window.failures = window.failures, []
        warnings, window.warnings.messages = window.warnings.messages, []
        connection.send({"results": results, "rss": rss, "sqlite": held, "failures": failures,
                         "warnings": warnings, "checks": window.checks})
