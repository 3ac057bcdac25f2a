"""The window when the disk fills, the register turns read-only or its file is deleted.

Each save a user makes most (a contract in the detail pane, an obligation, an
attachment, an import) shows the sentence, never "unexpected error", and keeps
what was typed. The failures are real SQLite ones (the suite runs as root, for
whom chmod makes nothing read-only): ``PRAGMA max_page_count`` and ``PRAGMA
query_only`` on every new connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import event, func, select
from window_load import wait_until_loaded

from contract_desk.models import Contract, Obligation
from contract_desk.services import add_obligation, create_contract
from contract_desk.services.register.attachment_store import AttachmentStore
from contract_desk.storage import Register, open_register
from contract_desk.ui.shell.main_window import MainWindow

NOTES = "n" * 200_000


def _full(connection: Any, _record: Any) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count={pages}")


def _read_only(connection: Any, _record: Any) -> None:
    connection.execute("PRAGMA query_only=ON")


def fail_writes(register: Register, listener: Callable[[Any, Any], None]) -> None:
    event.listen(register.engine, "connect", listener)
    register.engine.dispose()


def _count(register: Register, model: type) -> int:
    with register.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def window(qtbot, sqlite_register: Register, settle) -> Iterator[MainWindow]:
    with sqlite_register.transaction() as session:
        create_contract(session, {"title": "Cleaning", "reference": "C-1"}, user="kari")
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    assert window.select_uid(window.model.item_at(0).row.uid)
    settle()  # the detail pane has read it
    yield window
    window.connection_watch.stop()


def _no_unexpected(shown: list[tuple[str, str]]) -> None:
    assert all("Unexpected" not in text and "Something went wrong" not in text
               for _, text in shown)


def test_a_contract_saved_on_a_full_disk_says_so_and_keeps_the_text(
        window: MainWindow, message_boxes: list[tuple[str, str]], save_detail) -> None:
    detail = window.detail
    detail.form.widgets["title"].setText("Cleaning, all buildings")
    detail.form.widgets["notes"].setPlainText(NOTES)
    fail_writes(window.register, _full)
    assert save_detail(detail) is False
    [(kind, text)] = message_boxes
    assert kind == "warning" and text.startswith("Not saved: The disk that holds the register")
    assert str(window.register.path) in text and "Free some space" in text
    _no_unexpected(message_boxes)
    assert detail.dirty and detail.save_button.isEnabled()
    assert detail.form.widgets["title"].text() == "Cleaning, all buildings"
    assert detail.form.widgets["notes"].toPlainText() == NOTES
    with window.register.reading() as session:
        assert session.scalar(select(Contract.title)) == "Cleaning"


def test_an_obligation_added_to_a_read_only_register_says_so(
        window: MainWindow, message_boxes: list[tuple[str, str]], settle) -> None:
    tab = window.detail.obligations
    uid = window.detail.row.uid
    fail_writes(window.register, _read_only)
    tab._run(lambda session: add_obligation(session, uid, {"title": "Q1 invoice",
                                                           "kind": "payment"}, user="kari"))
    settle()
    [(kind, text)] = message_boxes
    assert kind == "warning" and "cannot be written" in text and "read-only" in text
    _no_unexpected(message_boxes)
    assert _count(window.register, Obligation) == 0


def test_an_attachment_whose_folder_cannot_be_written_says_so(
        window: MainWindow, tmp_path: Path, message_boxes: list[tuple[str, str]],
        settle) -> None:
    tab = window.detail.attachments
    tab.store = AttachmentStore(Path("/sys"))  # refuses new files even to root
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    attaching = tab.add_files([scan])
    settle()
    assert attaching is not None and attaching.result is not None
    assert attaching.result[0] == 0  # none attached
    [(kind, text)] = message_boxes
    assert kind == "warning" and "signed.pdf: You may not write to /sys" in text
    _no_unexpected(message_boxes)


def test_an_import_into_a_read_only_register_says_so(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "contracts.csv"
    sheet.write_text("Reference,Title,Start\nR-1,Lease Bergen,2025-01-01\n", encoding="utf-8")
    wizard = window.open_import(sheet)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    wizard.next()  # mapping
    wizard.next()  # preview
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    fail_writes(window.register, _read_only)
    wizard.next()  # import
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: "Nothing was imported" in page.summary.text(), timeout=20000)
    assert "cannot be written" in page.summary.text()
    assert str(window.register.path) in page.summary.text()
    assert _count(window.register, Contract) == 1
    wizard.close()


def test_a_deleted_register_file_is_offered_to_be_saved_and_the_edit_goes_on(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes: list[tuple[str, str]], save_detail) -> None:
    path = window.register.path
    assert path is not None
    detail = window.detail
    detail.form.widgets["title"].setText("Cleaning, all buildings")
    path.unlink()
    saved_as = tmp_path / "kept" / "register.sqlite3"
    saved_as.parent.mkdir()
    offered: list[str] = []

    def answer(_parent: object, title: str, text: str, *_: object) -> Any:
        offered.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "warning", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(saved_as), ""))
    assert save_detail(detail) is False
    [said] = offered
    assert f"{path} is no longer there" in said and "Save the open register as a file" in said
    assert not path.exists()
    successor = _successor(window)
    qtbot.addWidget(successor)
    assert successor.register.path == saved_as
    assert successor.detail.form.widgets["title"].text() == "Cleaning, all buildings"
    assert successor.detail.dirty
    assert save_detail(successor.detail) is True
    successor.connection_watch.stop()
    successor.register.close()
    reopened = open_register(saved_as, create=False)
    try:
        with reopened.reading() as session:
            assert session.scalars(select(Contract.title)).all() == ["Cleaning, all buildings"]
    finally:
        reopened.close()


def _successor(window: MainWindow) -> MainWindow:
    from PySide6.QtWidgets import QApplication

    found = [widget for widget in QApplication.topLevelWidgets()
             if isinstance(widget, MainWindow) and widget is not window and widget.isVisible()]
    assert len(found) == 1
    return found[0]


def test_a_full_disk_reaching_the_last_guard_is_said_not_unexpected(
        window: MainWindow, message_boxes: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sqlalchemy import text

    from contract_desk.ui.common import errors

    monkeypatch.setattr(errors, "error_log_path", lambda: tmp_path / "window-errors.log")
    fail_writes(window.register, _full)
    with pytest.raises(Exception) as caught, window.register.engine.begin() as connection:
        connection.execute(text("UPDATE contract SET notes = :notes"), {"notes": NOTES})
    errors.report(caught.value)
    [(kind, text_shown)] = message_boxes
    assert kind == "warning" and "Not saved: The disk that holds the register" in text_shown
    _no_unexpected(message_boxes)
