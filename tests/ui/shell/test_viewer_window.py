"""A viewer's window on a team register: a banner says it is read-only, editing is off,
and a change tried anyway is refused by the database in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from team_helpers import PASSWORDS, as_person
from window_load import wait_until_loaded

from contract_desk.services import add_obligation, create_contract
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import open_register
from contract_desk.ui.reminders.inbox import GROUPS
from contract_desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.postgres

TODAY = date(2026, 3, 2)


@pytest.fixture
def viewer_window(qtbot, team: str, settle) -> Iterator[MainWindow]:
    lee = open_register(as_person(team, "cdt_lee"))  # an editor fills it, a check raises alerts
    with lee.transaction() as session:
        contract = create_contract(session, {"reference": "C-1", "title": "Cleaning",
                                             "start_date": "2025-01-01",
                                             "end_date": "2026-03-20"}, user="lee", today=TODAY)
        add_obligation(session, contract.uid, {"kind": "payment", "title": "Fee",
                                               "owner": "Lee", "due_date": "2026-03-03"},
                       user="lee")
        check_reminders(session, today=TODAY)
    lee.close()
    register = open_register(as_person(team, "cdt_kari"))
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    assert window.select_uid(window.model.item_at(0).row.uid)
    settle()
    yield window
    window.live.stop()
    register.close()


def test_a_viewer_sees_the_banner_and_no_editing(viewer_window: MainWindow) -> None:
    window = viewer_window
    banner = window.read_only
    assert not banner.isHidden()
    said = banner.label.text()
    assert said.startswith("Read-only: your login cdt_kari is a viewer of the team register ")
    assert "ask its admin to make you an editor" in said
    assert PASSWORDS["cdt_kari"] not in said + window.windowTitle()
    a = window.actions
    for action in (a.new_contract, a.save, a.delete, a.import_file, a.handover, a.set_status,
                   a.add_tag, a.check_reminders):
        assert not action.isEnabled(), action.text()
    # Settings it cannot change it still sees, read-only (their dialogs say why).
    for action in (a.export_file, a.reload, a.show_timeline, a.holidays, a.approval_rules):
        assert action.isEnabled(), action.text()
    detail = window.detail
    assert detail.row is not None and detail.row.reference == "C-1"
    title = detail.form.widgets["title"]
    assert title.isReadOnly() and title.text() == "Cleaning"  # shown, not editable
    assert not detail.save_button.isEnabled()
    assert not detail.obligations.add_button.isEnabled()
    assert not detail.attachments.add_button.isEnabled()
    assert detail.attachments.open_button.isEnabled() or not detail.attachments.rows


def test_a_change_tried_anyway_is_refused_in_one_sentence(
        qtbot, viewer_window: MainWindow, message_boxes: list[tuple[str, str]]) -> None:
    window = viewer_window
    window.show_view(3)
    panel = window.reminders.panel

    def alert_ids() -> list[int]:
        inbox = panel.inbox
        return [] if inbox is None else [row.id for key, _ in GROUPS
                                         for row in getattr(inbox, key)]

    qtbot.waitUntil(lambda: bool(alert_ids()), timeout=5000)
    assert panel.select_alert(alert_ids()[0])
    rows = panel.selected_rows()
    assert rows and not panel.ack_button.isEnabled()
    panel.acknowledge_selected()  # as if the button were there: the database refuses
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    [(kind, said)] = message_boxes
    assert kind == "warning"
    title, said = said.split(": ", 1)
    assert title == "Not changed"
    assert said.startswith("Your login cdt_kari may not make this change in the team register ")
    assert "Nothing was changed." in said and "\n" not in said.strip()
