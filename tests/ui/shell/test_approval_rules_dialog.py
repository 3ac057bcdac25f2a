"""Settings → Approval rules…: rules added, changed and removed in the window reach the
register on Save; a bad rule is refused with the core's sentence and nothing is saved; a
team's viewer or editor sees the rules read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from contract_desk.domain.approvals import MAX_RULES, ApprovalRule, Subject
from contract_desk.services import create_contract
from contract_desk.services.approvals.rules import read_rules, save_rules
from contract_desk.storage import Register
from contract_desk.ui.shell.approval_rule_form import RuleForm
from contract_desk.ui.shell.approval_rules_dialog import ApprovalRulesDialog
from contract_desk.ui.shell.main_window import MainWindow

LEASE_RULE = ApprovalRule(Subject.NOTICE, ("Kari Nordmann", "Ola Hansen"), needed=1,
                          contract_type="Lease", min_value=Decimal("250000"), currency="NOK")
ANY_CONTRACT = ApprovalRule(Subject.CONTRACT, ("Per",))


def _stored(register: Register) -> list[ApprovalRule]:
    with register.reading() as session:
        return read_rules(session)


def _keep(register: Register, *rules: ApprovalRule) -> None:
    with register.transaction() as session:
        save_rules(session, rules, user="tester")


@pytest.fixture
def open_dialog(qtbot: Any, sqlite_register: Register) -> Callable[..., ApprovalRulesDialog]:
    def open_it(**options: Any) -> ApprovalRulesDialog:
        dialog = ApprovalRulesDialog(sqlite_register, **options)
        qtbot.addWidget(dialog)
        assert dialog.refresh().wait(5000)
        return dialog

    return open_it


def _fill(form: RuleForm, *, subject: Subject = Subject.CONTRACT, contract_type: str = "",
          value: str = "", currency: str = "", approvers: str = "Per", needed: int = 1) -> None:
    form.subject.setCurrentIndex(form.subject.findData(subject.value))
    form.contract_type.setCurrentText(contract_type)
    form.value.setText(value)
    form.currency.setText(currency)
    form.approvers.setText(approvers)
    form.needed.setValue(needed)
    buttons = form.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _row(dialog: ApprovalRulesDialog, row: int) -> list[str]:
    items = [dialog.table.item(row, column) for column in range(5)]
    return [item.text() if item is not None else "" for item in items]


def test_a_rule_added_through_the_form_is_in_the_register_after_save(
        qtbot: Any, open_dialog: Callable[..., ApprovalRulesDialog],
        sqlite_register: Register) -> None:
    dialog = open_dialog(contract_types=["Lease", "IT services", "Lease"])
    assert dialog.table.rowCount() == 0
    assert "No rules yet" in dialog.status.text()
    form = dialog.add_rule()
    assert form is not None
    offered = [form.contract_type.itemText(i) for i in range(form.contract_type.count())]
    assert offered == ["", "IT services", "Lease"]  # the register's types, once each
    _fill(form, subject=Subject.NOTICE, contract_type="Lease", value="250000", currency="nok",
          approvers="Kari Nordmann、Ola Hansen", needed=1)
    assert form.result() == QDialog.DialogCode.Accepted
    assert _row(dialog, 0) == ["A notice we give", "Lease",
                               dialog.formatter.money(Decimal("250000"), "NOK"),
                               "Kari Nordmann, Ola Hansen", "1 of 2"]
    assert _stored(sqlite_register) == []  # kept in the dialog until Save
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0] == "The approval rules are saved."
    assert _stored(sqlite_register) == [LEASE_RULE]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_yes_votes_cannot_exceed_the_approvers_typed(
        open_dialog: Callable[..., ApprovalRulesDialog]) -> None:
    form = open_dialog().add_rule()
    assert form is not None
    form.approvers.setText("Kari; Ola，Per")
    form.needed.setValue(3)
    assert (form.needed.value(), form.needed.suffix()) == (3, " of 3")
    form.approvers.setText("Kari")
    assert (form.needed.maximum(), form.needed.value()) == (1, 1)


@pytest.mark.parametrize(("fields", "said"), [
    ({"approvers": "Kari, Kari", "needed": 2},
     "An approval rule needs between 1 and 1 yes votes (it names 1 approvers), not 2"),
    ({"currency": "kroner", "value": "1000"},
     "'kroner' is not a currency code (three letters, like NOK)"),
    ({"approvers": " ; "}, "An approval rule names at least one approver"),
    ({"value": "lots"}, "The value lots is not an amount; write it like 1"),
])
def test_a_bad_rule_is_refused_with_its_sentence_and_nothing_is_saved(
        open_dialog: Callable[..., ApprovalRulesDialog], sqlite_register: Register,
        fields: dict[str, Any], said: str) -> None:
    dialog = open_dialog()
    form = dialog.add_rule()
    assert form is not None
    _fill(form, **fields)
    assert form.problem.text().startswith(said)
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert (dialog.rules, dialog.dirty, dialog.table.rowCount()) == ([], False, 0)
    assert _stored(sqlite_register) == []


def test_a_rule_is_changed_and_another_removed(
        qtbot: Any, open_dialog: Callable[..., ApprovalRulesDialog],
        sqlite_register: Register) -> None:
    _keep(sqlite_register, ANY_CONTRACT, LEASE_RULE)
    dialog = open_dialog()
    assert [_row(dialog, row)[0] for row in range(2)] == ["A new contract", "A notice we give"]
    assert _row(dialog, 0)[1:3] == ["any type", "any value"]
    assert not dialog.edit_button.isEnabled()
    dialog.table.selectRow(1)
    form = dialog.edit_rule()
    assert form is not None
    assert (form.approvers.text(), form.contract_type.currentText(), form.currency.text(),
            form.subject.currentData()) == ("Kari Nordmann, Ola Hansen", "Lease", "NOK", "notice")
    form.needed.setValue(2)
    form.take()
    assert _row(dialog, 1)[4] == "2 of 2"
    dialog.table.selectRow(0)
    dialog.remove_rule()
    assert dialog.table.rowCount() == 1
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert _stored(sqlite_register) == [ApprovalRule(
        Subject.NOTICE, ("Kari Nordmann", "Ola Hansen"), needed=2, contract_type="Lease",
        min_value=Decimal("250000"), currency="NOK")]


def test_closing_with_changes_asks_and_keeps_the_register_as_it_was(
        open_dialog: Callable[..., ApprovalRulesDialog], sqlite_register: Register,
        message_boxes: list[tuple[str, str]]) -> None:
    _keep(sqlite_register, ANY_CONTRACT)
    dialog = open_dialog()
    dialog.table.selectRow(0)
    dialog.remove_rule()
    dialog.reject()  # the test's message boxes answer "Discard"
    asked = "Approval rules: The changed approval rules are not saved. Discard the changes?"
    assert message_boxes == [("question", asked)]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _stored(sqlite_register) == [ANY_CONTRACT]


def test_a_save_the_register_refuses_says_why_and_stays_open(
        qtbot: Any, open_dialog: Callable[..., ApprovalRulesDialog],
        sqlite_register: Register, settle: Callable[..., None]) -> None:
    dialog = open_dialog()
    dialog.show()
    dialog.rules = [ANY_CONTRACT] * (MAX_RULES + 1)
    dialog.dirty = True
    op = dialog.save()
    assert op is not None and op.wait(5000)
    assert dialog.status.text() == f"A register has at most {MAX_RULES} approval rules"
    assert dialog.isVisible()
    assert _stored(sqlite_register) == []
    dialog.dirty = False


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_a_teams_viewer_or_editor_sees_the_rules_read_only(
        role: str, open_dialog: Callable[..., ApprovalRulesDialog],
        sqlite_register: Register) -> None:
    _keep(sqlite_register, LEASE_RULE)
    sqlite_register.team_role = role  # as opening a team register sets it
    try:
        dialog = open_dialog()
        assert dialog.table.rowCount() == 1
        assert dialog.status.text() == ("Only an administrator of this team register may "
                                        "change its approval rules; you see them as they are.")
        dialog.table.selectRow(0)
        assert not any(button.isEnabled() for button in
                       (dialog.add_button, dialog.edit_button, dialog.remove_button))
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
        assert dialog.add_rule() is None and dialog.save() is None
    finally:
        sqlite_register.team_role = None


def test_a_register_only_read_here_shows_its_rules_and_says_why(
        open_dialog: Callable[..., ApprovalRulesDialog], sqlite_register: Register) -> None:
    _keep(sqlite_register, ANY_CONTRACT)
    sqlite_register.mark_damaged("the file is damaged")
    dialog = open_dialog()
    assert dialog.table.rowCount() == 1 and not dialog.may_change
    assert dialog.status.text() == ("This register is only read here: its approval rules "
                                    "cannot be changed.")


@pytest.fixture
def window(qtbot: Any, sqlite_register: Register,
           settle: Callable[..., None]) -> Iterator[MainWindow]:
    with sqlite_register.transaction() as session:
        for reference, kind in (("A-1", "Lease"), ("A-2", "Cleaning"), ("A-3", None)):
            create_contract(session, {"reference": reference, "title": reference,
                                      "contract_type": kind, "start_date": date(2025, 1, 1),
                                      "initial_term": "5 years"}, user="tester")
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    window.load_now()
    settle()
    yield window
    window.write_wait.detach()


def test_settings_approval_rules_opens_on_the_registers_rules_and_types(
        window: MainWindow, settle: Callable[..., None], qtbot: Any) -> None:
    _keep(window.register, ANY_CONTRACT)
    assert window.actions.approval_rules.isEnabled()
    window.actions.approval_rules.trigger()
    settle()
    dialog = window.findChild(ApprovalRulesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.contract_types == ["Cleaning", "Lease"]
    assert _row(dialog, 0)[3] == "Per"
    dialog.table.selectRow(0)
    dialog.remove_rule()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    settle()
    assert window.statusBar().currentMessage() == ("The approval rules are saved: nothing "
                                                   "waits for approval.")
    assert _stored(window.register) == []
