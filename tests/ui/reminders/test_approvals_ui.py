"""Approvals in the window: asked from Edit or the inbox, answered in the approver's inbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from readme_cases import as_os_user

from contract_desk.domain import clock
from contract_desk.domain.approvals import ApprovalRule, Subject
from contract_desk.domain.reminders import Decision
from contract_desk.services import create_contract, get_contract, update_contract
from contract_desk.services.approvals import contract_approvals, request_approval, save_rules
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register, open_register
from contract_desk.ui.common.approval_dialogs import (
    AnswerDialog,
    RequestApprovalDialog,
    ask_for_approval,
)
from contract_desk.ui.reminders.inbox import AlertsPanel

TODAY = date(2026, 12, 4)


@pytest.fixture
def register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Register]:
    clock.freeze(TODAY)
    register = open_register(tmp_path / "approvals.sqlite3")
    with register.transaction() as session:
        save_rules(session, [ApprovalRule(Subject.CONTRACT, ("per",)),
                             ApprovalRule(Subject.DECISION, ("per", "liv"))], user="admin")
        create_contract(session, {"reference": "D-1", "title": "Draft lease", "status": "draft"},
                        user="siri")
        create_contract(session, {"reference": "L-1", "title": "Lease", "status": "draft",
                                  "start_date": date(2024, 1, 1),
                                  "end_date": TODAY + timedelta(days=40),
                                  "notice_period": "1 month"}, user="siri", approvals=False)
        lease = get_contract(session, "L-1")
        update_contract(session, lease.uid, {"status": "active"}, expected_version=1,
                        user="siri", approvals=False)
        check_reminders(session, today=TODAY)
    yield register
    register.close()


def _uid(register: Register, reference: str) -> str:
    with register.reading() as session:
        return get_contract(session, reference).uid


def test_the_approver_answers_in_the_inbox_and_the_draft_is_approved(
        qtbot: Any, register: Register, settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _uid(register, "D-1")
    with register.transaction() as session:
        asked = request_approval(session, draft, "contract", user="siri", note="signed")
    as_os_user(monkeypatch, "per")
    panel = AlertsPanel(register)
    qtbot.addWidget(panel)
    panel.refresh(TODAY)
    settle()
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == "Approvals (1 waiting for you)"
    line = group.child(0)
    assert line.text(1) == "Approval: new contract" and line.text(2) == "D-1 Draft lease"
    assert line.text(4) == "Waiting for per" and "signed" in line.toolTip(0)
    assert panel.summary.text() == "1 request for approval waits for your answer"
    assert not panel.approval_button.isEnabled()
    assert panel.select_approval(asked.uid)
    assert panel.approve_action.isEnabled() and panel.reject_action.isEnabled()
    assert not panel.cancel_action.isEnabled()  # per did not ask for it
    rejecting = panel.answer_selected(approve=False)
    assert isinstance(rejecting, AnswerDialog)
    ok = rejecting.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a no needs its why
    rejecting.comment.setPlainText("the price")
    assert ok.isEnabled()
    rejecting.reject()  # changed their mind
    approving = panel.answer_selected(approve=True)
    assert approving is not None
    approving.accept()
    settle()
    with register.reading() as session:
        assert get_contract(session, draft).status == "approved"
        assert [row.state for row in contract_approvals(session, draft)] == ["used"]
    assert panel.approvals.awaiting == ()


def test_a_refused_decision_offers_to_request_approval_there_and_then(
        qtbot: Any, register: Register, settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    as_os_user(monkeypatch, "siri")
    panel = AlertsPanel(register)
    qtbot.addWidget(panel)
    panel.refresh(TODAY)
    settle()
    notice = next(r for r in panel.inbox.upcoming if r.kind == "notice_deadline")
    assert panel.select_alert(notice.id)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    panel.decide_selected(Decision.RENEW)
    settle()
    assert asked and "must be approved first" in asked[0] and "Request approval now?" in asked[0]
    lease = _uid(register, "L-1")
    with register.reading() as session:
        assert contract_approvals(session, lease) == []  # nothing asked until Request
    request = panel.findChild(RequestApprovalDialog)
    assert request is not None
    assert request.choice() == ("decision", "renew", "")
    request.note.setPlainText("prices hold")
    request.accept()
    settle()
    assert told == ["Requested. It waits for per, liv."]
    with register.reading() as session:
        rows = contract_approvals(session, lease)
    assert [(row.subject, row.decision, row.note) for row in rows] == [
        ("decision", "renew", "prices hold")]
    assert [row.uid for row in panel.approvals.others] == [rows[0].uid]  # siri's own


def test_asking_when_no_rule_applies_says_so(
        qtbot: Any, register: Register, settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    panel = AlertsPanel(register)
    qtbot.addWidget(panel)
    dialog = ask_for_approval(panel, register, _uid(register, "L-1"), "L-1 Lease",
                              subject="notice")
    dialog.accept()
    settle()
    assert warned and "may be taken without approval" in warned[0]


class _Silent:
    """A notifier that shows nothing and says it did."""

    name = "silent"

    def notify(self, _notification: object) -> bool:
        return True


def test_the_badge_counts_the_requests_waiting_for_my_answer_until_i_answer(
        qtbot: Any, register: Register, settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from window_load import wait_until_loaded

    from contract_desk.notify.base import NotifierChain
    from contract_desk.ui.shell.main_window import MainWindow

    with register.transaction() as session:
        asked = request_approval(session, _uid(register, "D-1"), "contract", user="siri")
    as_os_user(monkeypatch, "per")  # the approver
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    controller = window.reminders.controller
    controller._today = lambda: TODAY
    controller.chain = NotifierChain([_Silent()])
    try:
        window.reminders.start()
        assert controller.wait()
        counts = dict(window.reminders.counts)
        upcoming = counts["upcoming"]
        assert (counts["overdue"], counts["today"], counts["approvals"]) == (0, 0, 1)
        alerts = window.sidebar.alerts
        assert alerts.text(1) == "1" and alerts.font(1).bold()  # no deadline today: the request
        assert alerts.toolTip(1) == (f"nothing due today; {upcoming} coming up\n"
                                     "1 request for approval waits for your answer")
        window.show_view(3)
        settle()
        panel = window.reminders.panel
        assert panel.select_approval(asked.uid)
        answering = panel.answer_selected(approve=True)
        assert answering is not None
        answering.accept()
        settle()
        qtbot.waitUntil(lambda: window.reminders.counts.get("approvals") == 0, timeout=5000)
        assert alerts.text(1) == str(upcoming) and not alerts.font(1).bold()
        assert alerts.toolTip(1) == f"nothing due today; {upcoming} coming up"
    finally:
        window.reminders.shutdown()


def test_the_requester_and_others_are_not_counted_as_waiting(
        qtbot: Any, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract_desk.services.approvals import waiting_for_answer

    with register.transaction() as session:
        request_approval(session, _uid(register, "D-1"), "contract", user="siri")
    with register.reading() as session:
        assert waiting_for_answer(session, person="per") == 1
        assert waiting_for_answer(session, person="siri") == 0  # her own request
        assert waiting_for_answer(session, person="liv") == 0  # not an approver of it
        assert waiting_for_answer(session, person="kari", names=["Per"]) == 1  # per's names


def test_the_detail_pane_lists_a_contracts_requests_and_asks_for_another(
        qtbot: Any, register: Register, settle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from window_load import wait_until_loaded

    from contract_desk.services.approvals import vote
    from contract_desk.ui.shell.main_window import MainWindow

    lease = _uid(register, "L-1")
    with register.transaction() as session:
        rejected = request_approval(session, lease, "decision", decision="terminate",
                                    user="siri", note="too dear")
        vote(session, rejected.uid, False, person="per", comment="we need the space")
    as_os_user(monkeypatch, "siri")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    try:
        assert window.select_uid(lease)
        settle()
        section = window.detail.approvals
        assert section.table.rowCount() == 1
        cells = [section.table.item(0, column).text() for column in range(4)]
        assert cells[1:] == ["Approval: decision (Terminate)", "siri",
                             "Rejected by per: we need the space"]
        assert "too dear" in section.table.item(0, 0).toolTip()
        assert section.summary.text() == ""  # nothing waits
        assert section.request_button.isEnabled()
        dialog = section.request()
        assert isinstance(dialog, RequestApprovalDialog)
        assert dialog.choice()[0] == "notice"  # an active lease: a notice we give, by default
        dialog.choose("decision", "renew")
        dialog.accept()
        settle()
        assert told == ["Requested. It waits for per, liv."]
        qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=5000)
        assert section.table.item(0, 1).text() == "Approval: decision (Renew)"  # newest first
        assert section.table.item(0, 3).text() == "Waiting for per, liv"
        assert section.summary.text() == ("1 request waits for an answer; answer it in the "
                                          "alerts inbox.")
        qtbot.waitUntil(lambda: len(window.reminders.panel.approvals.others) == 2, timeout=5000)
        window.detail.start_new()  # a new contract has no requests to list or ask
        assert section.table.rowCount() == 0 and not section.request_button.isEnabled()
        window.detail.dirty = False
    finally:
        window.reminders.shutdown()


def test_a_register_only_read_here_lists_requests_but_asks_for_none(
        qtbot: Any, register: Register, settle: Any) -> None:
    from contract_desk.ui.detail.pane import DetailPane

    with register.transaction() as session:
        request_approval(session, _uid(register, "D-1"), "contract", user="siri")
    register.mark_damaged("the file is damaged")
    pane = DetailPane(register)
    qtbot.addWidget(pane)
    pane.set_read_only(True)
    pane.show_contract(_uid(register, "D-1"))
    settle()
    section = pane.approvals
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    assert section.table.item(0, 3).text() == "Waiting for per"
    assert not section.request_button.isEnabled() and section.request() is None
