"""The crash log the window and the command line share: the traceback in full, never a raise."""

from __future__ import annotations

from pathlib import Path

from contract_desk.storage.crash_log import log_path, write_crash_log


def _raised(message: str) -> BaseException:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return error


def test_each_error_is_appended_with_its_traceback(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "cli-errors.log"
    assert write_crash_log(_raised("first"), path) == path
    assert write_crash_log(_raised("second"), path) == path
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 2
    assert "RuntimeError: first" in text and "RuntimeError: second" in text
    assert "in _raised" in text


def test_a_log_that_cannot_be_written_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    assert write_crash_log(_raised("lost"), blocker / "window-errors.log") is None


def test_the_logs_live_in_the_data_folder(isolated_home: Path) -> None:
    assert log_path("window-errors.log") == isolated_home / "logs" / "window-errors.log"
