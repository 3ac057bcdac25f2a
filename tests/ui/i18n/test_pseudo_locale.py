"""Under a pseudo-translation, no text of the window is left English.

Every message of our catalog becomes accented, about 40 % longer and wrapped in
``⟦ ⟧`` (``tools/i18n.py pseudo``); every message of the core's catalog is wrapped in
``⟪ ⟫``. A fresh main window over a small register is built after both are installed,
then each view, the import wizard's pages and every dialog that can be made without
showing it modally are walked (tests/ui/i18n/pseudo_walk.py): a text a person reads
that carries neither mark, is not Qt's own word (its standard buttons, translated by
Qt's catalog) and is not data (the register's contents, numbers, dates, codes) was
never translated, and fails the test with the widget that shows it.
"""

from __future__ import annotations

import gettext
import importlib.util
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pseudo_walk import Walk, walk_widget
from PySide6.QtCore import QCoreApplication, QPoint, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from window_load import wait_until_loaded

from contract_desk import i18n
from contract_desk.domain.approvals import ApprovalRule, Subject
from contract_desk.notify.schedule import ScheduleInstaller
from contract_desk.services import add_obligation, create_contract, get_contract
from contract_desk.services.approvals.rules import save_rules
from contract_desk.services.checking.check import check_register
from contract_desk.services.register.obligations import list_obligations
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.settings import reminder_settings
from contract_desk.storage import Register
from contract_desk.storage.backup import BackupInfo
from contract_desk.ui.common.approval_dialogs import RequestApprovalDialog
from contract_desk.ui.detail.amend_dialog import AmendDialog
from contract_desk.ui.detail.conflict_dialog import ConflictDialog
from contract_desk.ui.detail.notice_dialog import AcknowledgeDialog, NoticeDialog
from contract_desk.ui.detail.obligation_dialog import MarkDialog, ObligationDialog
from contract_desk.ui.importing.history import ImportHistoryDialog
from contract_desk.ui.reminders.inbox import SnoozeUntilDialog
from contract_desk.ui.reminders.settings_dialog import ReminderSettingsDialog
from contract_desk.ui.shell.approval_rule_form import RuleForm
from contract_desk.ui.shell.approval_rules_dialog import ApprovalRulesDialog
from contract_desk.ui.shell.check_dialog import CheckReportDialog
from contract_desk.ui.shell.connect_dialog import ConnectDialog
from contract_desk.ui.shell.export_dialog import ExportDialog
from contract_desk.ui.shell.first_start import FirstStartDialog
from contract_desk.ui.shell.holidays_dialog import HolidaysDialog
from contract_desk.ui.shell.language_dialog import LanguageDialog
from contract_desk.ui.shell.letter_dialog import LetterDialog
from contract_desk.ui.shell.main_window import MainWindow
from contract_desk.ui.shell.register_menu import NotEmpty
from contract_desk.ui.shell.restore_dialog import RestoreDialog
from contract_desk.ui.shell.team_dialog import PersonDialog, TeamDialog

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 23)
#: The register's own words: data, never translated.
CONTRACTS = (
    {"reference": "A-1", "title": "Cleaning", "counterparty": "Nordlys Energi AS",
     "owner": "Kari", "value": Decimal("900.00"), "currency": "EUR",
     "start_date": date(2024, 1, 1), "end_date": TODAY + timedelta(days=40),
     "notice_period": "1 month", "contract_type": "Service", "tags": ["critical"]},
    {"reference": "A-2", "title": "Licences", "counterparty": "한빛소프트 주식회사",
     "owner": "Per", "value": Decimal("10000"), "currency": "KRW",
     "start_date": date(2025, 1, 1), "initial_term": "5 years", "department": "IT"},
)


def i18n_tool() -> ModuleType:
    """tools/i18n.py, imported from its file (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CorePseudo(gettext.NullTranslations):
    """The core's messages marked ⟪ ⟫ (their own test checks them more closely)."""

    def gettext(self, message: str) -> str:
        return f"⟪{message}⟫"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"⟪{singular if n == 1 else plural}⟫"


@pytest.fixture
def pseudo_language(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Our pseudo catalog and the core's, installed before any widget is made."""
    qm = i18n_tool().pseudo(tmp_path / "pseudo")
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    i18n.use_translations(CorePseudo(), "pseudo")
    try:
        yield
    finally:
        i18n.use_language("en")
        qapp.removeTranslator(translator)


@pytest.fixture
def filled(sqlite_register: Register) -> Register:
    with sqlite_register.transaction() as session:
        uids = [create_contract(session, dict(values), user="tester", today=TODAY).uid
                for values in CONTRACTS]
        add_obligation(session, uids[0], {"kind": "payment", "title": "Deposit",
                                          "due_date": TODAY - timedelta(days=2)}, user="tester")
        check_reminders(session, today=TODAY)
    return sqlite_register


def _data_words(register: Register) -> set[str]:
    words = {"Deposit", str(register.path), register.location, "critical"}
    for values in CONTRACTS:
        words.update(str(value) for value in values.values() if isinstance(value, str))
    return words


@pytest.fixture
def walk(filled: Register) -> Walk:
    return Walk(data_words=_data_words(filled))


@pytest.fixture
def window(pseudo_language: None, qtbot: Any, filled: Register) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    wait_until_loaded(qtbot, window)
    return window


def _views(window: MainWindow, settle: Callable[..., None], walk: Walk) -> None:
    window.table.selectRow(0)
    settle()
    for index in range(4):  # table, timeline, dashboard, alerts inbox
        window.show_view(index)
        settle()
        QCoreApplication.processEvents()
        walk_widget(walk, window)
        bar = window.statusBar()
        walk.check(bar, "message", bar.currentMessage())


def _popped_up(walk: Walk, pop_up: Callable[[], object]) -> None:
    """Walk the menu ``pop_up`` shows (modally), then close it."""
    def walk_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        walk_widget(walk, menu)
        menu.close()

    QTimer.singleShot(0, walk_and_close)
    pop_up()


def _menus(window: MainWindow, walk: Walk) -> None:
    """The context menus of the table's header, a timeline lane and the inbox."""
    _popped_up(walk, lambda: window.table._header_menu(QPoint(0, 0)))
    uid = window.model.item_at(0).row.uid
    walk_widget(walk, window.timeline.build_menu(uid, [1]))
    window.show_view(3)
    inbox = window.reminders.panel
    inbox.tree.setCurrentItem(inbox.tree.topLevelItem(0).child(0))
    _popped_up(walk, lambda: inbox._context_menu(QPoint(0, 0)))


def _message_boxes(window: MainWindow, walk: Walk, shown: list[tuple[str, str]]) -> None:
    """Message boxes the window words itself (tests/ui/conftest.py records them)."""
    window.commands.about()
    window.commands._no_demo(NotEmpty())
    for kind, text in shown:
        title, _, said = text.partition(": ")
        walk.check(window, f"{kind} box title", title)
        walk.check(window, f"{kind} box text", said)


def _rejecting_exec(walk: Walk) -> Callable[[QDialog], int]:
    """QDialog.exec for dialogs the window runs modally: walked, then cancelled."""
    def exec_(dialog: QDialog) -> int:
        walk_widget(walk, dialog)
        return int(QDialog.DialogCode.Rejected)

    return exec_


def _dialogs(window: MainWindow, register: Register, tmp_path: Path) -> list[QWidget]:
    with register.reading() as session:
        settings = reminder_settings(session)
        rows = [get_contract(session, item.row.uid) for item in window.model.all_items()]
        obligation = [found for row in rows for found in list_obligations(session, row.uid)]
    row = rows[0]
    report = check_register(register, today=TODAY)
    backups = [BackupInfo(tmp_path / "register-2026-11-20.sqlite3",
                          datetime(2026, 11, 20, 9, tzinfo=UTC), 2048, "manual")]

    def installer(_register: Register) -> ScheduleInstaller:
        return ScheduleInstaller(platform="linux", command=["contract-desk", "remind"],
                                 runner=lambda _command: (0, ""), home=tmp_path,
                                 config_home=tmp_path / "cfg")

    dialogs: list[QWidget] = [
        ConnectDialog(window), ConnectDialog(window, moving=True), TeamDialog(register, window),
        PersonDialog(window), PersonDialog(window, name="kari", role="viewer"),
        ReminderSettingsDialog(register, settings, window, installer=installer),
        ExportDialog(register, window, view_uids=[row.uid], selected_uids=[row.uid]),
        RestoreDialog(backups, window.model.formatter.timestamp, window),
        CheckReportDialog(report, window), FirstStartDialog(window, can_import=True),
        ConflictDialog({"title": "Cleaning"}, row, window), SnoozeUntilDialog(window, TODAY),
        ObligationDialog(window), ImportHistoryDialog(register, window, batches=[]),
        LanguageDialog(window), NoticeDialog(window, TODAY),
        LetterDialog(register, window.detail.attachments.store, row.uid, window, today=TODAY),
        AcknowledgeDialog(window, TODAY, TODAY),
        AmendDialog(register, row.uid, row.title, window, today=TODAY),
        RequestApprovalDialog(window, row.title), HolidaysDialog(register, window),
    ]
    dialogs += _approval_rules(window, register)
    if obligation:
        dialogs += [ObligationDialog(window, obligation[0]),
                    MarkDialog(window, obligation[0], TODAY)]
    return dialogs


def _approval_rules(window: MainWindow, register: Register) -> list[QWidget]:
    """Settings → Approval rules… over one rule (read first, as the window does), and its form."""
    rule = ApprovalRule(Subject.NOTICE, ("Kari", "Per"), contract_type="Service",
                        min_value=Decimal("100000"), currency="EUR")
    with register.transaction() as session:
        save_rules(session, [rule], user="tester")
    rules = ApprovalRulesDialog(register, window, contract_types=["Service"])
    assert rules.refresh().wait(5000)
    rules.table.selectRow(0)
    return [rules, RuleForm(window, rule=rule, contract_types=["Service"]), RuleForm(window)]


# A context menu pops up modally; the offscreen platform cannot give it the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_no_text_of_the_window_is_left_untranslated(
        window: MainWindow, walk: Walk, settle: Callable[..., None], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        message_boxes: list[tuple[str, str]]) -> None:
    _views(window, settle, walk)
    _menus(window, walk)
    _message_boxes(window, walk, message_boxes)
    wizard = window.open_import()
    qtbot.addWidget(wizard)
    walk_widget(walk, wizard)
    monkeypatch.setattr(QDialog, "exec", _rejecting_exec(walk))
    window.table.choose_columns()
    window.table.show_legend()
    for dialog in _dialogs(window, window.register, tmp_path):
        qtbot.addWidget(dialog)
        walk_widget(walk, dialog)
    # The walk saw the window at work (about 2,100 texts): not an empty or unloaded one.
    assert walk.checked > 1500, walk.checked
    assert not walk.unmarked, "left untranslated:\n" + "\n".join(walk.unmarked)
