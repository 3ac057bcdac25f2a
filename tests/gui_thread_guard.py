"""The window never opens a register session on its own (GUI) thread: the guard that says so.

Every test runs with ``Register.transaction`` and ``Register.reading`` wrapped
(``tests/conftest.py``). A call counts against the window when all of these hold:

- a QApplication exists (there is a GUI thread to freeze);
- it runs on the main thread, which is the GUI thread;
- the call stack holds a frame of ``contract_desk.ui`` (the window's code asked).

Test code that builds or checks data through the register itself (setting up
before a window exists, or playing "another program" writing meanwhile) has no
window frame on the stack and is allowed; so is everything the window runs in
its thread pool (:mod:`contract_desk.ui.common.ops`). A call that counts is recorded,
not raised where it happens: the window's own error handling must not swallow
it. The test fails with :class:`GuiThreadDatabaseUse` when its body ends
(and a use in a fixture's teardown fails that teardown).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from sqlalchemy.orm import Session

from contract_desk.storage import Register

UI_PACKAGE = "contract_desk.ui"


class GuiThreadDatabaseUse(AssertionError):
    """The window opened a register session on the GUI thread."""


def _qt_application_exists() -> bool:
    widgets = sys.modules.get("PySide6.QtWidgets")  # never import Qt for a core test
    return widgets is not None and widgets.QApplication.instance() is not None


def _window_frame() -> str | None:
    """"module:line function" of the innermost window frame calling, or None."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module == UI_PACKAGE or module.startswith(UI_PACKAGE + "."):
            return f"{module}:{frame.f_lineno} {frame.f_code.co_name}"
        frame = frame.f_back
    return None


class GuiThreadGuard:
    """Records every register session the window opens on the GUI thread."""

    def __init__(self) -> None:
        self.uses: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Wrap ``Register.transaction`` and ``Register.reading`` for this test."""
        for name in ("transaction", "reading"):
            monkeypatch.setattr(Register, name, self._wrap(name, getattr(Register, name)))

    def _wrap(self, name: str, opener: Callable[..., AbstractContextManager[Session]]
              ) -> Callable[..., AbstractContextManager[Session]]:
        guard = self

        def guarded(register: Register, **options: Any) -> AbstractContextManager[Session]:
            if threading.current_thread() is threading.main_thread() and (
                    _qt_application_exists()):
                where = _window_frame()
                if where is not None:
                    stack = "".join(traceback.format_stack(limit=12)[:-1])
                    guard.uses.append(f"Register.{name}() from {where}\n{stack}")
            return opener(register, **options)

        guarded.__doc__ = opener.__doc__
        return guarded

    def take(self) -> list[str]:
        """The uses recorded so far, forgotten."""
        uses, self.uses = self.uses, []
        return uses

    def check(self) -> None:
        """Fail (GuiThreadDatabaseUse) when the window opened a session on the GUI thread."""
        uses = self.take()
        if uses:
            raise GuiThreadDatabaseUse(
                f"the window opened {len(uses)} register session(s) on the GUI thread; run "
                "them through contract_desk.ui.common.ops (QueryOp / WriteOp). First:\n" + uses[0])


def guard_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiThreadGuard]:
    """Body of the autouse ``gui_thread_guard`` fixture."""
    guard = GuiThreadGuard()
    guard.install(monkeypatch)
    yield guard
    guard.check()  # what the window did in the fixtures' teardown


def check_after_call(item: pytest.Item) -> None:
    """Fail the test's call phase when its guard recorded a use (the xfail of a test sees it)."""
    funcargs: dict[str, Any] = getattr(item, "funcargs", {})
    guard = funcargs.get("gui_thread_guard")
    if isinstance(guard, GuiThreadGuard):
        guard.check()
