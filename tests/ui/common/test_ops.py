"""The one way to the database from the window: ops run off the GUI thread and come back on it."""

from __future__ import annotations

import gc
import sqlite3
import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid
from sqlalchemy import func, select

from contract_desk.models import Contract
from contract_desk.services import create_contract
from contract_desk.storage import Register, sqlite_setup
from contract_desk.ui.common import errors, ops
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.worker import Task
from contract_desk.ui.shell.write_wait import WriteWaitNotice


def _count_contracts(session: Any) -> int:
    return session.scalar(select(func.count()).select_from(Contract)) or 0


def _add(session: Any, title: str = "Lease") -> str:
    return create_contract(session, {"title": title, "start_date": date(2025, 1, 1)},
                           user="t").uid


def test_a_query_runs_off_the_gui_thread_and_delivers_on_it(
        qtbot: Any, sqlite_register: Register) -> None:
    seen: dict[str, object] = {}

    def count(session: Any) -> int:
        seen["read in"] = threading.current_thread()
        return _count_contracts(session)

    def shown(result: int) -> None:
        seen["shown in"], seen["result"] = threading.current_thread(), result

    op = QueryOp(None, sqlite_register, count).success(shown).run()
    assert op.running
    assert op.wait(10_000)
    assert seen["read in"] is not threading.main_thread()
    assert seen["shown in"] is threading.main_thread() and seen["result"] == 0
    assert not op.running and op.finished and ops.idle()


def test_a_write_commits_when_its_function_returns(qtbot: Any, sqlite_register: Register) -> None:
    op = WriteOp(None, sqlite_register, _add).run()
    assert op.wait(10_000) and isinstance(op.result, str)
    with sqlite_register.reading() as session:
        assert _count_contracts(session) == 1


def test_a_failed_write_rolls_back_and_says_one_sentence(
        qtbot: Any, sqlite_register: Register, message_boxes: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setattr(errors, "error_log_path", lambda: tmp_path / "window-errors.log")

    def add_then_fail(session: Any) -> None:
        _add(session)
        raise ValueError("the printer caught fire")

    op = WriteOp(None, sqlite_register, add_then_fail).run()  # the default failure
    assert op.wait(10_000)
    assert isinstance(op.error, ValueError)
    [(kind, text)] = message_boxes
    assert kind == "critical" and "Something went wrong: the printer caught fire" in text
    assert "window-errors.log" in text  # the traceback went to the log, not to the person
    with sqlite_register.reading() as session:
        assert _count_contracts(session) == 0


def test_a_read_failing_after_its_register_was_closed_is_not_reported(
        qtbot: Any, sqlite_register: Register, message_boxes: list[tuple[str, str]]) -> None:
    """Found by a team window's test: a read still under way when the register was closed
    failed, and its modal error box waited for a click that never came."""
    started, release = threading.Event(), threading.Event()

    def slow_then_fail(_session: Any) -> None:
        started.set()
        release.wait(10)
        raise ValueError("the connection went with the register")

    op = QueryOp(None, sqlite_register, slow_then_fail).run()
    assert started.wait(10)
    sqlite_register.close()
    release.set()
    assert op.wait(10_000)
    assert isinstance(op.error, ValueError) and message_boxes == []


def test_a_failure_callback_replaces_the_message(
        qtbot: Any, sqlite_register: Register, message_boxes: list[tuple[str, str]]) -> None:
    failures: list[Exception] = []
    ended: list[bool] = []

    def broken(_session: Any) -> None:
        raise LookupError("no such contract")

    op = QueryOp(None, sqlite_register, broken).failure(failures.append)
    op.ended(lambda: ended.append(True)).run()
    assert op.wait(10_000)
    assert [str(error) for error in failures] == ["no such contract"] and ended == [True]
    assert message_boxes == []


def test_the_control_that_started_a_write_is_disabled_until_it_ends(
        qtbot: Any, sqlite_register: Register) -> None:
    button, idle_button = QPushButton(), QPushButton()
    idle_button.setEnabled(False)
    qtbot.addWidget(button)
    qtbot.addWidget(idle_button)
    release = threading.Event()
    states: list[tuple[bool, bool]] = []

    def slow_add(session: Any) -> str:
        assert release.wait(10)
        return _add(session)

    op = WriteOp(button, sqlite_register, slow_add).disabling(button, idle_button)
    op.success(lambda _: states.append((button.isEnabled(), idle_button.isEnabled()))).run()
    assert not button.isEnabled() and not idle_button.isEnabled()
    release.set()
    assert op.wait(10_000)
    assert states == [(True, False)]  # each back as it was, before the callbacks ran


def test_cancel_before_the_commit_rolls_the_write_back(
        qtbot: Any, sqlite_register: Register) -> None:
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def add_slowly(session: Any) -> str:
        uid = _add(session)
        started.set()
        assert release.wait(10)
        return uid

    op = WriteOp(None, sqlite_register, add_slowly).success(delivered.append).run()
    assert started.wait(10)
    op.cancel()
    release.set()
    assert op.wait(10_000)
    assert delivered == []
    with sqlite_register.reading() as session:
        assert _count_contracts(session) == 0


def test_only_the_newest_read_is_shown(qtbot: Any, sqlite_register: Register) -> None:
    release = threading.Event()
    shown: list[str] = []
    latest: Latest[str] = Latest()

    def slow(_session: Any) -> str:
        assert release.wait(10)
        return "older"

    first = latest.run(QueryOp(None, sqlite_register, slow).success(shown.append))
    second = latest.run(QueryOp(None, sqlite_register, lambda _s: "newer").success(shown.append))
    assert second.wait(10_000)
    release.set()
    assert first.wait(10_000)
    assert shown == ["newer"]


def test_a_result_for_a_closed_window_is_dropped(qtbot: Any, sqlite_register: Register) -> None:
    pane = QWidget()
    release = threading.Event()
    delivered: list[int] = []

    def slow_count(session: Any) -> int:
        assert release.wait(10)
        return _count_contracts(session)

    op = QueryOp(pane, sqlite_register, slow_count).success(delivered.append).run()
    pane.deleteLater()
    qtbot.waitUntil(lambda: not isValid(pane))
    release.set()
    assert op.wait(10_000)
    assert delivered == [] and op.finished


def test_finished_ops_are_released_on_the_gui_thread_without_the_garbage_collector(
        qtbot: Any, sqlite_register: Register) -> None:
    # An earlier leak: every finished Task stayed a child of a long-lived widget. And a
    # cycle left to the collector may be collected in a pool thread, where PySide then
    # disconnects signals (a deadlock with the GUI thread): with the collector off,
    # reference counts alone must free every op.
    parent = QWidget()
    qtbot.addWidget(parent)

    def one(n: int) -> None:
        if n % 2:
            op: Op[Any] = QueryOp(parent, sqlite_register, lambda _s, progress: progress.report(
                n, 40, "counting") or n, reporting=True)
        else:
            op = WriteOp(parent, sqlite_register, _add).disabling(parent)
        op.success(lambda _: None).ended(lambda: op.finished).run().wait(10_000)

    def live(kind: type) -> int:
        qtbot.wait(20)  # a finished op is let go on the next turn of the event loop
        return sum(1 for thing in gc.get_objects() if isinstance(thing, kind))

    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for n in range(3):
            one(n)
        before = live(Op), live(Task), len(parent.children())
        for n in range(40):
            one(n)
        after = live(Op), live(Task), len(parent.children())
    finally:
        if was:
            gc.enable()
    assert after == before and ops.idle()


def test_a_write_waiting_for_another_programs_lock_says_so_and_the_window_goes_on(
        qtbot: Any, sqlite_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_setup, "WAIT_NOTICE_MS", 200)
    notice = WriteWaitNotice(sqlite_register)
    qtbot.addWidget(notice)
    other = sqlite3.connect(str(sqlite_register.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        op = WriteOp(notice, sqlite_register, _add).run()
        qtbot.waitUntil(lambda: not notice.isHidden(), timeout=10_000)  # said, and the
        assert op.running  # GUI thread went on: this test ran while the write waited
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert op.wait(20_000) and op.error is None
    qtbot.waitUntil(notice.isHidden, timeout=10_000)
    notice.detach()
