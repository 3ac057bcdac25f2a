"""The Notices section under a contract's details and its dialog: a notice recorded off the GUI
thread, listed, withdrawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget, QTableWidgetItem

from contract_desk.domain import clock
from contract_desk.services import create_contract, get_contract, list_attachments
from contract_desk.storage import Register
from contract_desk.ui.detail.notice_dialog import NoticeDialog
from contract_desk.ui.detail.pane import DetailPane

TODAY = date(2026, 12, 4)


@pytest.fixture
def pane(qtbot: Any, sqlite_register: Register, settle: Callable[..., None]) -> DetailPane:
    clock.freeze(TODAY)
    with sqlite_register.transaction() as session:
        uid = create_contract(session, {
            "reference": "CLEAN-1", "title": "Cleaning", "start_date": "2025-04-01",
            "end_date": "2027-03-31", "renewal": "automatic", "renewal_term": "1 year",
            "notice_period": "3 months"}, user="kari").uid
    shown = DetailPane(sqlite_register)
    qtbot.addWidget(shown)
    shown.show_contract(uid)
    settle()
    return shown


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _fill(dialog: NoticeDialog, *, on: str, channel: str, direction: str = "given") -> None:
    dialog.direction.setCurrentIndex(dialog.direction.findData(direction))
    dialog.on.edit.setText(on)
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel))


def test_the_dialog_refuses_a_day_after_today_and_an_early_acknowledgement(qtbot: Any) -> None:
    dialog = NoticeDialog(None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.on.value() == TODAY and dialog.problems() == []
    _fill(dialog, on="2026-12-05", channel="email")
    assert dialog.problems() == ["Record a notice once it is given: the day is after today."]
    _fill(dialog, on="2026-12-01", channel="email")
    dialog.acknowledged_on.edit.setText("2026-11-30")
    assert dialog.problems() == ["It cannot be acknowledged before it was given."]
    dialog.on.edit.setText("")
    assert "Enter the day the notice was sent or received." in dialog.problems()
    dialog._accept_if_valid()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.problem.text()


def test_a_notice_recorded_in_the_dialog_is_listed_and_moves_the_key_dates(
    pane: DetailPane, settle: Callable[..., None], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    receipt = tmp_path / "kvittering.pdf"
    receipt.write_bytes(b"%PDF-1.7 receipt")

    def answer(dialog: NoticeDialog) -> int:
        _fill(dialog, on="2026-12-01", channel="registered_post")
        dialog.acknowledged_on.edit.setText("2026-12-03")
        dialog.add_proofs([receipt])
        dialog.note.setText("Posten")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoticeDialog, "exec", answer)
    tab = pane.notices
    assert tab.summary.text() == "No notice recorded."
    op = tab.record()
    assert op is not None and not tab.record_button.isEnabled()  # while it is written
    settle()
    assert tab.record_button.isEnabled() and tab.table.rowCount() == 1
    cells = [_cell(tab.table, 0, column).text() for column in range(tab.table.columnCount())]
    assert cells[0] == "Given by us" and cells[2] == "Registered post"
    assert cells[3] == pane.formatter.date(date(2027, 3, 31)) and cells[5:] == ["1", "Posten"]
    assert "the contract ends on" in tab.summary.text()
    assert pane.row is not None and pane.row.notice_given_on == date(2026, 12, 1)
    assert _cell(pane.history.table, 0, 2).text() in {"Notice recorded", "Contract changed"}
    with pane.register.reading() as session:
        assert [a.file_name for a in list_attachments(session, pane.row.uid)] == [
            "kvittering.pdf"]


def test_withdrawing_asks_first_and_gives_the_notice_date_back(
    pane: DetailPane, settle: Callable[..., None], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from contract_desk.ui.detail.notice_dialog import NoticeEntry

    tab = pane.notices
    tab.record_entry(NoticeEntry("received", TODAY, "email", (), None, None))
    settle()
    tab.table.selectRow(0)
    assert tab.withdraw_selected() is None  # the conftest answers "no"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    assert tab.withdraw_selected() is not None
    settle()
    assert tab.summary.text() == "No notice recorded."
    assert _cell(tab.table, 0, 0).toolTip().startswith("Withdrawn by")
    with pane.register.reading() as session:
        assert get_contract(session, "CLEAN-1", today=TODAY).notice_given_on is None


def test_a_refused_notice_is_one_sentence_and_nothing_is_listed(
    pane: DetailPane, settle: Callable[..., None], message_boxes: list[tuple[str, str]],
) -> None:
    from contract_desk.ui.detail.notice_dialog import NoticeEntry

    tab = pane.notices
    tab.record_entry(NoticeEntry("given", date(2027, 1, 1), "email", (), None, None))
    settle()
    assert tab.table.rowCount() == 0
    assert any("is after today" in text for _kind, text in message_boxes)


def test_a_register_only_read_here_records_nothing(pane: DetailPane) -> None:
    assert pane.notices.record_button.isEnabled()
    pane.set_read_only(True)
    assert not pane.notices.record_button.isEnabled()
    assert not pane.notices.withdraw_button.isEnabled()


def test_unsaved_edits_are_saved_or_reverted_before_a_notice(
    pane: DetailPane, settle: Callable[..., None],
) -> None:
    pane.form.widgets["title"].setProperty("text", "Cleaning, all floors")
    assert pane.dirty and not pane.notices.record_button.isEnabled()
    pane.revert()
    settle()
    assert not pane.dirty and pane.notices.record_button.isEnabled()


def test_a_new_contracts_form_lists_no_notices(
    pane: DetailPane, settle: Callable[..., None],
) -> None:
    from contract_desk.ui.detail.notice_dialog import NoticeEntry

    pane.notices.record_entry(NoticeEntry("given", TODAY, "email", (), None, None))
    settle()
    assert pane.notices.table.rowCount() == 1
    pane.start_new()
    assert pane.notices.table.rowCount() == 0 and not pane.notices.record_button.isEnabled()


def test_an_acknowledgement_and_proof_that_come_later_are_added(
    pane: DetailPane, settle: Callable[..., None], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from contract_desk.ui.detail.notice_dialog import AcknowledgeDialog, NoticeEntry

    tab = pane.notices
    tab.record_entry(NoticeEntry("given", date(2026, 12, 1), "email", (), None, None))
    settle()
    tab.table.selectRow(0)

    def answer(dialog: AcknowledgeDialog) -> int:
        dialog.on.edit.setText("2026-11-30")
        assert dialog.problems() == ["It cannot be acknowledged before it was given."]
        dialog.on.edit.setText("2026-12-05")
        assert dialog.problems() == ["The day is after today."]
        dialog.on.edit.setText("2026-12-03")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AcknowledgeDialog, "exec", answer)
    assert tab.acknowledge_selected() is not None
    settle()
    assert _cell(tab.table, 0, 4).text() == pane.formatter.date(date(2026, 12, 3))
    reply = tmp_path / "reply.eml"
    reply.write_text("We confirm receipt.")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_args, **_kw: ([str(reply)], ""))
    tab.table.selectRow(0)
    assert tab.add_proof_selected() is not None
    settle()
    assert _cell(tab.table, 0, 5).text() == "1"
    with pane.register.reading() as session:
        assert pane.row is not None
        assert [a.file_name for a in list_attachments(session, pane.row.uid)] == ["reply.eml"]
