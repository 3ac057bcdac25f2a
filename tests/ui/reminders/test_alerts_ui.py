"""The reminders in the window: the inbox, the background check, the tray, the settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox
from window_load import wait_until_loaded

from contract_desk.notify.base import Notification, NotifierChain
from contract_desk.notify.schedule import ScheduleInstaller
from contract_desk.services import add_obligation, create_contract, get_contract
from contract_desk.services.reminders.inbox import AlertInbox, open_alerts
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.settings import reminder_settings
from contract_desk.storage import Register, open_register
from contract_desk.ui.common.room import line_edit_overhead
from contract_desk.ui.reminders.checks import ReminderController
from contract_desk.ui.reminders.inbox import AlertsPanel
from contract_desk.ui.reminders.settings_dialog import ReminderSettingsDialog
from contract_desk.ui.reminders.tray import Tray, badge_icon, close_to_tray

TODAY = date(2026, 11, 23)


class Recording:
    """A notifier that keeps what it was shown."""

    name = "recording"

    def __init__(self) -> None:
        self.shown: list[Notification] = []

    def notify(self, notification: Notification) -> bool:
        self.shown.append(notification)
        return True


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = open_register(tmp_path / "alerts.sqlite3")
    with register.transaction() as session:
        lease = create_contract(session, {
            "reference": "L-1", "title": "Lease", "owner": "Kari",
            "start_date": date(2024, 1, 1), "end_date": TODAY + timedelta(days=40),
            "notice_period": "1 month"}, user="t", today=TODAY)
        add_obligation(session, lease.uid, {"kind": "payment", "title": "Deposit",
                                            "due_date": TODAY - timedelta(days=2)}, user="t")
    yield register
    register.close()


def _checked(register: Register) -> None:
    with register.transaction() as session:
        check_reminders(session, today=TODAY)


def shown_inbox(panel: AlertsPanel, settle: Any) -> AlertInbox:
    """Read the inbox in the background and wait until it is shown."""
    panel.refresh(TODAY)
    settle()
    return panel.inbox


def test_the_inbox_groups_open_reminders_and_counts_from_today(
        qtbot: object, register: Register, settle: Any) -> None:
    _checked(register)
    panel = AlertsPanel(register)
    inbox = shown_inbox(panel, settle)
    assert [r.kind for r in inbox.overdue] == ["due"]
    assert {r.kind for r in inbox.upcoming} >= {"notice_deadline"}
    overdue = panel.tree.topLevelItem(0)
    assert overdue.text(0) == "Overdue (1)" and overdue.child(0).text(3) == "2 days overdue"
    assert overdue.child(0).text(2) == "L-1 Lease · Deposit"
    assert panel.summary.text() == "1 deadline needs attention now"
    assert f"is 2 days overdue ({inbox.overdue[0].key_date.isoformat()})" in inbox.overdue[0].title


def test_acknowledge_snooze_and_decide_from_the_inbox(
        qtbot: object, register: Register, monkeypatch: pytest.MonkeyPatch,
        settle: Any) -> None:
    _checked(register)
    panel = AlertsPanel(register)
    inbox = shown_inbox(panel, settle)
    changes: list[AlertInbox] = []
    panel.changed.connect(changes.append)
    opened: list[str] = []
    panel.open_contract.connect(opened.append)
    due = inbox.overdue[0]
    assert panel.select_alert(due.id)
    assert not panel.decide_button.isEnabled()  # a payment takes no renewal decision
    panel.open_selected()
    assert opened == [due.contract_uid]
    panel.snooze_selected(days=7)
    assert not panel.ack_button.isEnabled()  # no second action while it is written
    settle()
    assert [r.id for r in panel.inbox.snoozed] == [due.id] and not panel.inbox.overdue
    assert changes == [panel.inbox]  # the inbox as it is after the action
    assert panel.select_alert(due.id)
    panel.acknowledge_selected()
    settle()
    assert due.id not in {r.id for r in (*panel.inbox.snoozed, *panel.inbox.overdue)}
    notice = next(r for r in panel.inbox.upcoming if r.kind == "notice_deadline")
    assert panel.select_alert(notice.id) and panel.decide_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.decide_selected(__import__("contract_desk.domain.reminders",
                                     fromlist=["Decision"]).Decision.TERMINATE)
    settle()
    with register.transaction() as session:
        lease = get_contract(session, "L-1", today=TODAY)
        assert lease.status == "terminated" and lease.notice_given_on == TODAY
        assert all(r.key != notice.key for r in open_alerts(session, today=TODAY).upcoming)


@pytest.mark.parametrize("apart", [False, True], ids=["here", "in-a-child-process"])
def test_the_window_check_notifies_once_and_a_second_check_is_quiet(
        qtbot: object, register: Register, apart: bool) -> None:
    # apart: as the window checks a register of 20,000 contracts or more (notify.news).
    recording = Recording()
    controller = ReminderController(register, chain=NotifierChain([recording]),
                                    today=lambda: TODAY, apart=apart)
    counts: list[dict[str, int]] = []
    controller.checked.connect(counts.append)
    controller.check_now()
    assert controller.wait(60_000)
    assert recording.shown and counts[-1]["overdue"] == 1
    first = len(recording.shown)
    controller.check_now()
    assert controller.wait(60_000)
    assert len(recording.shown) == first and len(counts) == 2
    with register.transaction() as session:
        stamped = open_alerts(session, today=TODAY)
    assert all(r.notified_at is not None for r in stamped.overdue)


def test_requests_for_approval_that_cannot_be_read_cost_the_check_nothing(
        qtbot: object, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import contract_desk.ui.reminders.checks as checks

    def unreadable(*_args: object, **_kwargs: object) -> int:
        raise OperationalError("SELECT approval", {}, Exception("no such table: approval"))

    monkeypatch.setattr(checks, "waiting_for_answer", unreadable)
    recording = Recording()
    controller = ReminderController(register, chain=NotifierChain([recording]),
                                    today=lambda: TODAY)
    counts: list[dict[str, int]] = []
    controller.checked.connect(counts.append)
    controller.check_now()
    assert controller.wait()
    # The deadlines are told and counted; the requests are left out of the counts.
    assert recording.shown and counts[-1]["overdue"] == 1 and "approvals" not in counts[-1]
    controller.refresh_counts()
    assert controller.wait()
    assert len(counts) == 2 and counts[-1]["overdue"] == 1 and "approvals" not in counts[-1]


def test_paused_reminders_do_not_check_until_resumed(qtbot: object, register: Register) -> None:
    recording = Recording()
    controller = ReminderController(register, chain=NotifierChain([recording]),
                                    today=lambda: TODAY)
    controller.set_paused(True)
    controller.check_now()
    assert controller.wait() and recording.shown == []
    controller.set_paused(False)  # resuming checks at once
    assert controller.wait() and recording.shown


def test_a_failing_notifier_leaves_every_alert_in_the_inbox(
        qtbot: object, register: Register) -> None:
    class Broken:
        name = "broken"

        def notify(self, notification: Notification) -> bool:
            raise RuntimeError("no notification centre")

    controller = ReminderController(register, chain=NotifierChain([Broken()]),
                                    today=lambda: TODAY)
    controller.check_now()
    assert controller.wait()
    with register.transaction() as session:
        assert open_alerts(session, today=TODAY).badge == 1


def test_the_tray_badge_shows_the_count_in_red(qtbot: object) -> None:
    image = badge_icon(7).pixmap(64, 64).toImage()
    assert QColor(image.pixel(46, 36)).red() > 150  # inside the red badge
    assert badge_icon(0).pixmap(64, 64).toImage().pixel(46, 36) != image.pixel(46, 36)


def test_without_a_system_tray_the_window_just_quits(qtbot: object) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    tray = Tray(host)
    assert not tray.available  # the offscreen platform has no tray
    tray.set_badge(3)  # harmless
    opened: list[str] = []
    tray.open_contract.connect(opened.append)
    tray.notifier.last_contract_uid = "abc"
    tray._message_clicked()
    assert opened == ["abc"]
    host.deleteLater()


def settings_dialog(register: Register, **options: Any) -> ReminderSettingsDialog:
    with register.reading() as session:  # the window reads them in the background first
        settings = reminder_settings(session)
    return ReminderSettingsDialog(register, settings, **options)


def test_reminder_settings_are_saved_and_the_os_schedule_installed(
        qtbot: Any, register: Register, tmp_path: Path) -> None:
    commands: list[list[str]] = []

    def runner(command: list[str]) -> tuple[int, str]:
        commands.append(command)
        return 0, "enabled"

    def installer(_register: Register) -> ScheduleInstaller:
        return ScheduleInstaller(platform="linux", command=["contract-desk", "remind"],
                                 runner=runner, home=tmp_path, config_home=tmp_path / "cfg")

    dialog = settings_dialog(register, tray_available=True, installer=installer)
    qtbot.addWidget(dialog)
    assert not dialog.when_closed.isChecked()
    dialog.contract_offsets.setText("60, 14, 0")
    dialog.obligation_offsets.setText("soon")
    dialog.save()
    assert "Obligation reminder days" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.obligation_offsets.setText("")  # back to the built-in default
    dialog.escalate.setValue(5)
    dialog.contact.setText("Per Hansen")
    dialog.keep_in_tray.setChecked(True)
    dialog.when_closed.setChecked(True)
    dialog.save()
    assert not dialog.buttons.isEnabled()  # saving: no second save meanwhile
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    with register.transaction() as session:
        stored = reminder_settings(session)
    assert stored.contract_offsets == (60, 14, 0) and stored.obligation_offsets == (7, 3, 0)
    assert (stored.escalate_after_days, stored.escalation_contact) == (5, "Per Hansen")
    assert close_to_tray()
    timer = tmp_path / "cfg" / "systemd" / "user" / "contract-desk-remind.timer"
    assert timer.exists() and ["systemctl", "--user", "daemon-reload"] in commands
    again = settings_dialog(register, installer=installer)
    qtbot.addWidget(again)
    assert again.when_closed.isChecked() and again.escalate.value() == 5
    again.when_closed.setChecked(False)
    again.save()
    qtbot.waitUntil(lambda: again.result() == QDialog.DialogCode.Accepted)
    assert not timer.exists()


@pytest.fixture
def window(qtbot, register: Register):
    from contract_desk.ui.shell.main_window import MainWindow

    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.reminders.controller._today = lambda: TODAY
    window.reminders.controller.chain = NotifierChain([Recording()])
    yield window
    window.reminders.shutdown()


def test_the_window_shows_the_badge_and_the_inbox_opens_the_contract(window, settle) -> None:
    window.reminders.start()
    assert window.reminders.controller.wait()
    assert window.sidebar.alerts.text(1) == "1"  # the overdue deposit needs attention now
    window.sidebar.select_key("all")
    window.sidebar.setCurrentItem(window.sidebar.alerts)  # the sidebar entry opens the inbox
    settle()
    assert window.stack.currentWidget() is window.reminders.panel
    assert window.actions.show_alerts.isChecked()
    panel = window.reminders.panel
    due = panel.inbox.overdue[0]
    window.search.setText("no such contract")
    window._apply_search()
    assert panel.select_alert(due.id)
    panel.open_selected()  # the search hid it: revealing clears the search
    settle()
    assert window.stack.currentIndex() == 0 and window.current_uid() == due.contract_uid
    assert window.search.text() == ""


def test_closing_without_a_tray_quits_even_when_the_tray_was_chosen(window) -> None:
    from contract_desk.ui.reminders.tray import set_close_to_tray

    set_close_to_tray(True)
    window.show()
    assert window.close()  # the offscreen platform has no tray: it really closes
    assert not window.isVisible()


def test_a_huge_group_shows_its_earliest_lines_and_says_how_many_more(
        qtbot: object, register: Register, monkeypatch: pytest.MonkeyPatch,
        settle: Any) -> None:
    import contract_desk.ui.reminders.inbox as panel_module

    _checked(register)
    panel = AlertsPanel(register)
    inbox = shown_inbox(panel, settle)
    monkeypatch.setattr(panel_module, "GROUP_LIMIT", 1)
    panel.inbox = inbox
    panel._fill()
    upcoming = panel.tree.topLevelItem(2)
    assert upcoming.text(0) == f"Upcoming ({len(inbox.upcoming)})"
    assert upcoming.childCount() == 2 and upcoming.child(0).text(1)
    assert f"{len(inbox.upcoming) - 1:,} more" in upcoming.child(1).text(1)
    upcoming.child(1).setSelected(True)
    assert panel.selected_ids() == []  # the "more" line is not an alert


def test_a_decision_in_the_window_updates_that_contract_and_the_badge(
        window, monkeypatch: pytest.MonkeyPatch, settle) -> None:
    from contract_desk.domain.reminders import Decision

    window.reminders.start()
    assert window.reminders.controller.wait()
    window.show_view(3)
    settle()
    panel = window.reminders.panel
    notice = next(r for r in panel.inbox.upcoming if r.kind == "notice_deadline")
    due = panel.inbox.overdue[0]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert panel.select_alert(due.id)
    panel.acknowledge_selected()
    settle()
    assert window.sidebar.alerts.text(1) != "1" and window.reminders.counts["overdue"] == 0
    assert panel.select_alert(notice.id)
    panel.decide_selected(Decision.TERMINATE)
    settle()
    row = window.model.item_at(window.model.row_of_uid(notice.contract_uid)).row
    assert row.status == "terminated" and row.notice_given_on == TODAY


def test_mine_shows_what_i_own_and_my_names_are_kept_on_this_computer(
        qtbot: Any, register: Register, settle: Any, tmp_path: Path) -> None:
    with register.transaction() as session:
        create_contract(session, {
            "reference": "O-1", "title": "Canteen", "owner": "Lee",
            "start_date": date(2024, 1, 1), "end_date": TODAY + timedelta(days=35),
            "notice_period": "1 month"}, user="t", today=TODAY)
    _checked(register)

    def installer(_register: Register) -> ScheduleInstaller:
        return ScheduleInstaller(platform="linux", command=["contract-desk", "remind"],
                                 runner=lambda _command: (0, ""), home=tmp_path,
                                 config_home=tmp_path / "cfg")

    dialog = settings_dialog(register, installer=installer)
    qtbot.addWidget(dialog)
    assert dialog.my_names.text() == ""
    dialog.my_names.setText("Kari, K. Nordmann")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert settings_dialog(register, installer=installer).my_names.text() == (
        "Kari, K. Nordmann")
    panel = AlertsPanel(register)
    qtbot.addWidget(panel)
    everyone = shown_inbox(panel, settle)
    assert {r.reference for r in (*everyone.overdue, *everyone.upcoming)} == {"L-1", "O-1"}
    panel.whose.setCurrentIndex(panel.whose.findData(True))  # "Mine"
    settle()
    mine = panel.inbox
    # The lease is Kari's; its deposit has no owner of its own, so it is the lease owner's.
    assert {r.reference for r in (*mine.overdue, *mine.upcoming)} == {"L-1"}
    assert [r.obligation_title for r in mine.overdue] == ["Deposit"]
    again = AlertsPanel(register)  # the choice is kept
    qtbot.addWidget(again)
    assert again.mine_only


@pytest.mark.parametrize("language", ["en", "nb", "ko", "zh_CN"])
def test_the_reminder_days_show_whole_beside_their_long_labels(
        qtbot: Any, sqlite_register: Register, speak_window: Any, language: str) -> None:
    speak_window(language)
    dialog = settings_dialog(sqlite_register, installer=lambda register: ScheduleInstaller(
        platform="linux", command=["contract-desk", "remind"], runner=lambda c: (1, ""),
        home=Path("/nonexistent"), config_home=Path("/nonexistent")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.contract_offsets, dialog.obligation_offsets):
        assert field.text()  # the register's days, written out
        needed = field.fontMetrics().horizontalAdvance(field.text()) + line_edit_overhead(field)
        assert field.width() >= needed, (language, field.text(), field.width(), needed)
