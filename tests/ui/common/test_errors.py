"""The window's last guard against errors nobody caught."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from contract_desk.ui.common import errors


@pytest.fixture
def logs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "logs" / "window-errors.log"
    monkeypatch.setattr(errors, "error_log_path", lambda: path)
    return path


def test_a_busy_register_is_explained_not_dumped(qapp, logs: Path,
                                                 message_boxes: list[tuple[str, str]]) -> None:
    busy = OperationalError("UPDATE contract ...", {}, sqlite3.OperationalError(
        "database is locked"))
    errors.report(busy)
    [(kind, text)] = message_boxes
    assert kind == "warning" and "register is busy" in text and "try again" in text
    assert "database is locked" in logs.read_text(encoding="utf-8")


def test_any_other_error_says_where_the_details_are(qapp, logs: Path,
                                                    message_boxes: list[tuple[str, str]]) -> None:
    try:
        raise ValueError("the sky fell")
    except ValueError as error:
        errors.report(error)
    [(kind, text)] = message_boxes
    assert kind == "critical" and "the sky fell" in text and str(logs) in text
    assert "Traceback" in logs.read_text(encoding="utf-8")


def test_the_hook_is_installed_and_passes_ctrl_c_on(qapp, monkeypatch: pytest.MonkeyPatch,
                                                    logs: Path) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install()
    assert sys.excepthook is errors._hook
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_: seen.append(kind))
    errors._hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and not logs.exists()
