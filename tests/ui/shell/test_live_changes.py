"""A colleague's committed change shows in the window without Reload (a team register).

The window is Lee's (an editor); Wang (an admin) changes the register from a
program of their own, as another colleague's window would. Everything runs on
the real PostgreSQL server the suite uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from team_helpers import as_person
from window_load import wait_until_loaded

from contract_desk.services import add_obligation, create_contract, get_contract, update_contract
from contract_desk.storage import Register, open_register
from contract_desk.storage.live import APPLICATION_NAME
from contract_desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.postgres

TODAY = date(2026, 3, 2)


@pytest.fixture
def wang(team: str) -> Iterator[Register]:
    """The colleague's own connection to the register."""
    register = open_register(as_person(team, "cdt_wang"))
    with register.transaction() as session:
        for reference, title in (("C-1", "Cleaning"), ("C-2", "Canteen")):
            create_contract(session, {"reference": reference, "title": title,
                                      "start_date": "2026-01-01", "end_date": "2027-12-31"},
                            user="wang", today=TODAY)
    yield register
    register.close()


@pytest.fixture
def open_window(qtbot, settle) -> Iterator[Callable[[str], MainWindow]]:
    """Open a window on the register at a URL, listening for changes."""
    registers: list[Register] = []
    windows: list[MainWindow] = []

    def open_at(url: str) -> MainWindow:
        register = open_register(url)
        registers.append(register)
        window = MainWindow(register)
        windows.append(window)
        qtbot.addWidget(window)
        wait_until_loaded(qtbot, window)
        window.live.now = lambda: datetime(2026, 3, 2, 14, 2, tzinfo=UTC)
        listener = window.live.listener
        assert listener is not None and listener.listening.wait(10)
        return window

    yield open_at
    for window in windows:
        window.live.stop()
    for register in registers:
        register.close()


@pytest.fixture
def window(team: str, wang: Register, open_window: Callable[[str], MainWindow]) -> MainWindow:
    """Lee's window (an editor)."""
    return open_window(as_person(team, "cdt_lee"))


def _title(window: MainWindow, reference: str) -> str | None:
    for item in window.model.all_items():
        if item.row.reference == reference:
            return item.row.title
    return None


def _select(window: MainWindow, reference: str, settle) -> str:
    uid = next(item.row.uid for item in window.model.all_items()
               if item.row.reference == reference)
    assert window.select_uid(uid)
    settle()  # the detail pane has read it
    return uid


def test_a_colleagues_change_shows_in_the_rows_counts_and_detail(
        qtbot, window: MainWindow, wang: Register, settle) -> None:
    uid = _select(window, "C-1", settle)
    notice = window.detail.changed_notice
    assert notice.isHidden()
    with wang.transaction() as session:
        found = get_contract(session, uid, today=TODAY)
        update_contract(session, uid, {"title": "Cleaning, all buildings"},
                        expected_version=found.version_id, user="wang", today=TODAY)
        create_contract(session, {"reference": "C-3", "title": "Security"}, user="wang",
                        today=TODAY)
    qtbot.waitUntil(lambda: _title(window, "C-3") == "Security", timeout=5000)
    qtbot.waitUntil(lambda: _title(window, "C-1") == "Cleaning, all buildings", timeout=5000)
    assert window.model.total_count() == 3
    assert window.sidebar.count_text("all") == "3"
    qtbot.waitUntil(lambda: window.detail.form.widgets["title"].text()
                    == "Cleaning, all buildings", timeout=5000)
    assert not notice.isHidden()
    assert notice.text().startswith("Changed by cdt_wang at ")
    assert "14:02" in notice.text() or "2:02" in notice.text()
    assert window.detail.row is not None and window.detail.row.uid == uid  # still selected


def test_unsaved_edits_stay_and_the_notice_says_so(
        qtbot, window: MainWindow, wang: Register, settle) -> None:
    uid = _select(window, "C-1", settle)
    window.detail.form.widgets["title"].setText("Cleaning (mine)")
    assert window.detail.dirty
    with wang.transaction() as session:
        found = get_contract(session, uid, today=TODAY)
        update_contract(session, uid, {"notes": "Wang's note"},
                        expected_version=found.version_id, user="wang", today=TODAY)
    notice = window.detail.changed_notice
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5000)
    assert "Your edits are kept; saving them shows both versions." in notice.text()
    assert window.detail.form.widgets["title"].text() == "Cleaning (mine)"


def test_a_colleagues_obligation_refreshes_that_contracts_row(
        qtbot, window: MainWindow, wang: Register) -> None:
    uid = next(item.row.uid for item in window.model.all_items()
               if item.row.reference == "C-2")
    with wang.transaction() as session:  # due last month, not met: the contract has one overdue
        add_obligation(session, uid, {"kind": "payment", "title": "Rent", "owner": "Wang",
                                      "due_date": "2026-02-01"}, user="wang")

    def overdue() -> int:
        row = window.model.row_of_uid(uid)
        return -1 if row is None else window.model.item_at(row).overdue_obligations

    qtbot.waitUntil(lambda: overdue() == 1, timeout=5000)
    assert window.detail.changed_notice.isHidden()  # not the contract shown


def test_our_own_save_is_not_announced_as_a_colleagues(
        qtbot, window: MainWindow, settle, save_detail) -> None:
    _select(window, "C-2", settle)
    window.detail.form.widgets["title"].setText("Canteen, 2nd floor")
    with qtbot.waitSignal(window.live.applied, timeout=5000):
        assert save_detail(window.detail)
    settle()
    assert window.detail.changed_notice.isHidden()
    assert _title(window, "C-2") == "Canteen, 2nd floor"


def test_changes_made_while_the_notices_were_lost_are_caught_up(
        qtbot, wang: Register, team: str, open_window: Callable[[str], MainWindow]) -> None:
    # The owner's window: the owner may end its own sessions (not Lee's).
    window = open_window(team)
    listener = window.live.listener
    assert listener is not None
    with window.register.engine.begin() as connection:  # the server drops the listener
        ended = connection.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = :name"), {"name": APPLICATION_NAME}).scalar()
    assert ended == 1
    with wang.transaction() as session:  # while nobody listens (it retries in 3 s)
        create_contract(session, {"reference": "C-9", "title": "Missed"}, user="wang",
                        today=TODAY)
    qtbot.waitUntil(lambda: _title(window, "C-9") == "Missed", timeout=15000)
    assert window.sidebar.count_text("all") == "3"


def test_a_colleagues_request_for_my_approval_shows_in_the_badge_and_the_detail_pane(
        qtbot, window: MainWindow, wang: Register, settle) -> None:
    from contract_desk.domain.approvals import ApprovalRule, Subject
    from contract_desk.services.approvals import cancel_request, request_approval, save_rules

    controller = window.reminders.controller
    controller._today = lambda: TODAY  # no check runs here: only what the notices bring
    uid = _select(window, "C-1", settle)
    section = window.detail.approvals
    assert section.table.rowCount() == 0
    with wang.transaction() as session:
        save_rules(session, [ApprovalRule(Subject.NOTICE, ("cdt_lee",))], user="cdt_wang")
    with wang.transaction() as session:
        asked = request_approval(session, uid, "notice", user="cdt_wang", note="before June")
    # Lee's window: the request waits for Lee's answer, without a check or Reload.
    qtbot.waitUntil(lambda: window.reminders.counts.get("approvals") == 1, timeout=5000)
    assert window.sidebar.alerts.text(1) == "1"
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    assert section.table.item(0, 3).text() == "Waiting for cdt_lee"
    qtbot.waitUntil(lambda: [row.uid for row in window.reminders.panel.approvals.awaiting]
                    == [asked.uid], timeout=5000)
    with wang.transaction() as session:  # Wang takes it back
        cancel_request(session, asked.uid, user="cdt_wang")
    qtbot.waitUntil(lambda: window.reminders.counts.get("approvals") == 0, timeout=5000)
    qtbot.waitUntil(lambda: section.table.item(0, 3).text() == "Cancelled", timeout=5000)
