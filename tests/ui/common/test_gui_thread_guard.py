"""The guard can fail: a register session the window opens on the GUI thread is caught.

The guard itself is tests/gui_thread_guard.py, on for every test (tests/conftest.py).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from gui_thread_guard import GuiThreadDatabaseUse, GuiThreadGuard
from sqlalchemy import text

from contract_desk.storage import Register
from contract_desk.ui.common.ops import QueryOp

#: Code that reads the register the old way, compiled as if it were a module of the window.
WINDOW_CODE = '''
def count_here(register):
    with register.reading() as session:
        return session.execute(text("SELECT 1")).scalar()


def save_here(register):
    with register.transaction() as session:
        session.execute(text("SELECT 1"))
'''


def _window_module() -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "contract_desk.ui.old_way", "text": text}
    exec(compile(WINDOW_CODE, "contract_desk/ui/old_way.py", "exec"), namespace)
    return namespace


def test_a_reading_opened_by_the_window_on_the_gui_thread_fails_the_test(
        qtbot: Any, sqlite_register: Register, gui_thread_guard: GuiThreadGuard) -> None:
    window = _window_module()
    assert window["count_here"](sqlite_register) == 1  # it still runs: the guard only records
    with pytest.raises(GuiThreadDatabaseUse) as caught:
        gui_thread_guard.check()
    said = str(caught.value)
    assert "Register.reading() from contract_desk.ui.old_way" in said and "count_here" in said
    assert gui_thread_guard.uses == []  # checked once; this test ends clean


def test_a_transaction_opened_by_the_window_on_the_gui_thread_fails_the_test(
        qtbot: Any, sqlite_register: Register, gui_thread_guard: GuiThreadGuard) -> None:
    _window_module()["save_here"](sqlite_register)
    with pytest.raises(GuiThreadDatabaseUse, match=r"Register.transaction\(\) from "):
        gui_thread_guard.check()


def test_the_same_code_in_a_worker_thread_or_an_op_is_fine(
        qtbot: Any, sqlite_register: Register, gui_thread_guard: GuiThreadGuard) -> None:
    window = _window_module()
    worker = threading.Thread(target=window["count_here"], args=(sqlite_register,))
    worker.start()
    worker.join()
    op = QueryOp(None, sqlite_register, lambda session: session.execute(text("SELECT 1"))
                 .scalar()).run()
    assert op.wait(10_000) and op.result == 1
    assert gui_thread_guard.uses == []


def test_test_code_itself_may_use_the_register(
        qtbot: Any, sqlite_register: Register, gui_thread_guard: GuiThreadGuard) -> None:
    # Setting up data, or playing another program that writes meanwhile: no window frame.
    with sqlite_register.transaction() as session:
        session.execute(text("SELECT 1"))
    assert gui_thread_guard.uses == []
