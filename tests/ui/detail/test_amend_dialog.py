"""Edit → Amend contract…: an amendment recorded from the window, listed, a coming one withdrawn."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from contract_desk.domain import clock
from contract_desk.domain.periods import Period
from contract_desk.services import create_contract, get_contract
from contract_desk.services.register.amendments import list_amendments
from contract_desk.storage import Register, open_register
from contract_desk.ui.detail.amend_dialog import AmendDialog

TODAY = date(2026, 12, 4)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.freeze(TODAY)
    register = open_register(tmp_path / "amend.sqlite3")
    with register.transaction() as session:
        create_contract(session, {"reference": "L-1", "title": "Lease",
                                  "start_date": date(2024, 1, 1), "end_date": date(2026, 12, 31),
                                  "renewal": "automatic", "renewal_term": "1 year",
                                  "notice_period": "3 months", "value": "120000",
                                  "currency": "NOK"}, user="kari")
    yield register
    register.close()


def test_an_amendment_from_the_window_changes_only_what_was_filled_in(
        qtbot: Any, register: Register, settle: Any) -> None:
    with register.reading() as session:
        uid = get_contract(session, "L-1").uid
    dialog = AmendDialog(register, uid, "L-1 Lease", None, today=TODAY)
    qtbot.addWidget(dialog)
    amended: list[str] = []
    dialog.amended.connect(amended.append)
    settle()
    assert dialog.list.topLevelItemCount() == 0
    dialog.record()  # nothing filled in
    assert "at least one term" in dialog.problem.text()
    dialog.effective.set_value(date(2026, 6, 1))
    dialog.name.setText("Amendment 1")
    dialog.end.set_value(date(2028, 6, 30))
    dialog.notice.set_value(Period.parse("6 months"))
    dialog.record()
    settle()
    assert amended == [uid] and dialog.problem.text() == ""
    with register.reading() as session:
        lease = get_contract(session, uid, today=TODAY)
    assert (lease.end_date, lease.notice_period, lease.value) == (
        date(2028, 6, 30), "6 months", Decimal("120000.00"))
    item = dialog.list.topLevelItem(0)
    assert item.text(1) == "Amendment 1" and item.text(2) == "In force"
    assert "2026-12-31 → 2028-06-30" in item.text(3)
    assert not dialog.withdraw_button.isEnabled()
    dialog.effective.set_value(date(2027, 3, 1))
    dialog.value.setText("150000")
    dialog.record()
    settle()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.withdraw_button.isEnabled()
    dialog.withdraw_selected()
    settle()
    with register.reading() as session:
        assert [a.state for a in list_amendments(session, uid)] == ["in_force", "withdrawn"]
    assert dialog.list.topLevelItem(1).text(2) == "Withdrawn"


def test_an_amendment_the_rules_refuse_says_why_and_changes_nothing(
        qtbot: Any, register: Register, settle: Any) -> None:
    with register.reading() as session:
        uid = get_contract(session, "L-1").uid
    dialog = AmendDialog(register, uid, "L-1 Lease", None, today=TODAY)
    qtbot.addWidget(dialog)
    settle()
    dialog.end.set_value(date(2023, 1, 1))  # before the start
    dialog.record()
    settle()
    assert dialog.problem.text().startswith("end date: "), dialog.problem.text()
    with register.reading() as session:
        assert list_amendments(session, uid) == []
        assert get_contract(session, uid).end_date == date(2026, 12, 31)
