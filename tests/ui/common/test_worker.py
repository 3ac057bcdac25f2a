"""Background jobs: results, errors and Cancel come back to the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from contract_desk.ui.common.worker import Progress, Task


def test_a_job_runs_off_the_gui_thread_and_returns_its_result(qtbot) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def job(progress: Progress) -> int:
        seen["thread"] = threading.current_thread()
        progress.report(1, 2, "halfway")
        return 42

    task = Task(job)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        task.start()
    assert result.args == [42]
    assert seen["thread"] is not threading.main_thread()
    assert QThread.currentThread() is gui_thread
    assert not task.running


def test_an_error_in_the_job_is_reported_not_lost(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    def job(progress: Progress) -> None:
        raise ValueError("the file is gone")

    task = Task(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as result:
        task.start()
    assert isinstance(result.args[0], ValueError)
    assert "the file is gone" in str(result.args[0])
    assert "background job failed" in caplog.text


def test_cancel_stops_the_job_at_its_next_check(qtbot) -> None:
    started = threading.Event()
    finished_steps: list[int] = []

    def job(progress: Progress) -> None:
        started.set()
        for step in range(200):
            progress.check()
            finished_steps.append(step)
            time.sleep(0.01)

    task = Task(job)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert len(finished_steps) < 200
