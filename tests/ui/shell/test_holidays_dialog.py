"""Settings → Public holidays…: the register's country saved, contracts given it, a new one
in the editor starts with it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from window_load import wait_until_loaded

from contract_desk.domain import clock
from contract_desk.services import create_contract, get_contract
from contract_desk.services.register.holiday_default import register_holidays
from contract_desk.storage import Register, open_register
from contract_desk.ui.shell.holidays_dialog import HolidaysDialog
from contract_desk.ui.shell.main_window import MainWindow

TODAY = date(2026, 12, 4)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.freeze(TODAY)
    register = open_register(tmp_path / "holidays.sqlite3")
    with register.transaction() as session:
        create_contract(session, {"reference": "S-1", "title": "Support",
                                  "start_date": "2026-01-01", "end_date": "2026-12-31",
                                  "notice_period": "30 business days"}, user="kari")
    yield register
    register.close()


def test_the_country_is_saved_and_given_to_contracts_without_one(
        qtbot: Any, register: Register, settle: Any) -> None:
    dialog = HolidaysDialog(register, None)
    qtbot.addWidget(dialog)
    said: list[tuple[str, bool]] = []
    dialog.saved.connect(lambda text, changed: said.append((text, changed)))
    assert dialog.refresh().wait(5000)
    assert dialog.chosen() == ""
    dialog.country.setCurrentIndex(dialog.country.findData("KR"))
    assert dialog.chosen() == "KR"
    dialog.apply.setChecked(True)
    dialog.save()
    settle()
    expected = ("Public holidays of KR for contracts without a country of their own; "
                "1 contract changed")
    assert said == [(expected, True)]
    with register.reading() as session:
        assert register_holidays(session) == "KR"
        assert get_contract(session, "S-1").holiday_country == "KR"


def test_an_unknown_country_says_why_and_saves_nothing(
        qtbot: Any, register: Register, settle: Any) -> None:
    dialog = HolidaysDialog(register, None)
    qtbot.addWidget(dialog)
    dialog.country.setEditText("Atlantis (XX)")
    assert dialog.chosen() == "XX"
    dialog.save()
    settle()
    assert "'XX'" in dialog.problem.text()
    with register.reading() as session:
        assert register_holidays(session) is None


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_a_teams_viewer_or_editor_sees_it_but_cannot_change_it(
        qtbot: Any, register: Register, role: str) -> None:
    from contract_desk.services.register.holiday_default import set_register_holidays

    with register.transaction() as session:
        set_register_holidays(session, "NO", user="admin")
    register.team_role = role  # as opening a team register sets it
    try:
        dialog = HolidaysDialog(register, None)
        qtbot.addWidget(dialog)
        assert dialog.refresh().wait(5000)
        assert dialog.chosen() == "NO"  # shown as it is
        assert not dialog.country.isEnabled() and not dialog.apply.isEnabled()
        assert dialog.why.text() == ("Only an administrator of this team register may change "
                                     "it; you see it as it is.")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    finally:
        register.team_role = None


def test_a_register_only_read_here_opens_its_holidays_and_approval_rules_read_only(
        qtbot: Any, register: Register, settle: Any) -> None:
    from contract_desk.services.register.holiday_default import set_register_holidays
    from contract_desk.ui.shell.approval_rules_dialog import ApprovalRulesDialog

    with register.transaction() as session:
        set_register_holidays(session, "KR", user="admin")
    register.mark_damaged("the file is damaged")  # only read from now on, as a viewer's is
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    actions = window.actions
    assert not actions.new_contract.isEnabled()  # editing is off
    assert actions.holidays.isEnabled() and actions.approval_rules.isEnabled()
    actions.holidays.trigger()
    settle()
    holidays = window.findChild(HolidaysDialog)
    assert holidays is not None and holidays.isVisible()
    assert holidays.chosen() == "KR" and not holidays.country.isEnabled()
    assert holidays.why.text() == ("This register is only read here: its public holidays "
                                   "cannot be changed.")
    holidays.reject()
    actions.approval_rules.trigger()
    settle()
    rules = window.findChild(ApprovalRulesDialog)
    assert rules is not None and rules.isVisible() and not rules.may_change
    assert rules.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    rules.reject()


def test_a_new_contract_in_the_editor_starts_with_the_registers_country(
        qtbot: Any, register: Register, settle: Any) -> None:
    from contract_desk.services.register.holiday_default import set_register_holidays

    with register.transaction() as session:
        set_register_holidays(session, "SE", user="admin")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.detail.start_new()
    settle()
    assert window.detail.form.widgets["holiday_country"].currentData() == "SE"
