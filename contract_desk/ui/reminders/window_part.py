"""The reminders part of the main window: the inbox view, the sidebar badge, the tray, checks.

Kept out of ``main_window`` so the window only places the inbox and asks this
object at closing time whether to stay in the tray.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from contract_desk import APP_NAME
from contract_desk.notify.base import Notification
from contract_desk.notify.desktop import OPEN, DesktopNotifier, NotificationAction
from contract_desk.services.reminders.inbox import APPROVALS_WAITING, needs_attention
from contract_desk.services.reminders.settings import ReminderSettings, reminder_settings
from contract_desk.ui.common.ops import Op, QueryOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.reminders.checks import ReminderController
from contract_desk.ui.reminders.inbox import AlertsPanel
from contract_desk.ui.reminders.settings_dialog import ReminderSettingsDialog
from contract_desk.ui.reminders.tray import Tray, close_to_tray

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
_TOLD_ABOUT_TRAY = "window/told_about_tray"
#: Where the notifications went, by the notifier's internal name, in a person's words.
NOTIFIER_WORDS = {
    "desktop": QT_TRANSLATE_NOOP("WindowReminders", "desktop notifications"),
    "plyer": QT_TRANSLATE_NOOP("WindowReminders", "desktop notifications"),
    "tray": QT_TRANSLATE_NOOP("WindowReminders", "the tray"),
    "log": QT_TRANSLATE_NOOP("WindowReminders", "the log"),
    "none": QT_TRANSLATE_NOOP("WindowReminders", "the alerts inbox"),
}


class WindowReminders(QObject):
    """Owns the inbox, the tray icon and the reminder checks of one window."""

    #: answered(NotificationAction): a notification's button or body was clicked (moved
    #: here from desktop-notifier's thread: a signal emitted there is queued to this one).
    answered = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = AlertsPanel(window.register, window, window.detail.formatter)
        self.tray = Tray(window)
        # Clicks arrive on desktop-notifier's thread; the signal brings them here.
        self.desktop = DesktopNotifier(register=window.register.location,
                                       on_action=self.answered.emit)
        self.controller = ReminderController(window.register, extra=(self.tray.notifier,),
                                             desktop=self.desktop, parent=self)
        self.quitting = False
        self.counts: dict[str, int] = {}
        self.tray.set_paused(self.controller.paused)
        self._connect()

    def _connect(self) -> None:
        a, window = self.window.actions, self.window
        self.controller.checked.connect(self._checked)
        self.controller.notified.connect(self._notified)
        self.controller.failed.connect(lambda message: window.statusBar().showMessage(
            self.tr("Reminder check failed: {0}").format(message), 10_000))
        self.panel.open_contract.connect(self._open_in_window)
        # The badge counts everyone's alerts, whatever the inbox shows ("Mine").
        self.panel.changed.connect(lambda _inbox: self.controller.refresh_counts())
        # An answer in the inbox moves a request the detail pane may be listing.
        self.panel.changed.connect(lambda _inbox: window.detail.approvals.reload())
        self.panel.contract_changed.connect(window.refresh_contract)
        self.panel.check_requested.connect(self.controller.check_now)
        self.tray.open_requested.connect(self.show_window)
        self.tray.open_contract.connect(self.open_contract)
        self.tray.check_requested.connect(self.controller.check_now)
        self.tray.pause_toggled.connect(self.controller.set_paused)
        self.tray.quit_requested.connect(self.quit)
        self.answered.connect(self.answer)
        a.check_reminders.triggered.connect(self.controller.check_now)
        a.reminder_settings.triggered.connect(self.open_settings)

    # -- running ----------------------------------------------------------------
    def start(self) -> None:
        """Start checking (the window is up): now, on a timer, after sleep, at midnight."""
        try:  # ready for a click on a notification shown before the window started (macOS)
            self.desktop.start()
        except Exception as error:  # no notification service: the chain goes on without it
            log.info("desktop notifications are not available: %s", error)
        self.controller.start()

    def answer(self, action: NotificationAction) -> None:
        """Do what a click on a notification asked: open, acknowledge or snooze for a day."""
        window = self.window
        if action.register != window.register.location:
            window.statusBar().showMessage(self.tr(
                "That notification is about another register ({0}); open it to act on it."
            ).format(action.register), 15_000)
            self.show_window()
            return
        if action.action == OPEN:
            if action.contract_uid and len(action.alert_ids) <= 1:
                self.open_contract(action.contract_uid)
            else:
                self.open_inbox()
            return
        if not self.panel.answer_notification(action.action, action.alert_ids):
            self.open_inbox()  # only read here: the inbox shows them, its banner says why
            return
        done = (self.tr("Acknowledged from the notification.") if action.action != "snooze"
                else self.tr("Snoozed until tomorrow from the notification."))
        window.statusBar().showMessage(done, 10_000)

    def shutdown(self) -> None:
        """The app quits: no more checks, no tray icon."""
        self.controller.stop()
        self.controller.wait(5_000)
        self.tray.hide()

    def _checked(self, counts: dict[str, int]) -> None:
        self._show_counts(counts)
        if self.window.stack.currentWidget() is self.panel:
            self.panel.refresh()  # a check may have raised new ones

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.window.sidebar.set_alert_counts(counts)
        waiting = counts.get(APPROVALS_WAITING, 0)
        self.tray.set_badge(needs_attention(counts) - waiting, waiting)

    def _notified(self, shown: list[Notification]) -> None:
        if shown:
            used = self.controller.chain.last_used
            where = NOTIFIER_WORDS.get(used or "", NOTIFIER_WORDS["none"])
            self.window.statusBar().showMessage(self.tr(
                "{0} reminder notification(s) shown ({1})", "", len(shown)).format(
                len(shown), QCoreApplication.translate("WindowReminders", where)), 10_000)

    # -- showing ----------------------------------------------------------------
    def show_inbox(self) -> None:
        """Read the inbox again (the window shows it)."""
        self.panel.refresh()

    def show_window(self) -> None:
        """Bring the window back from the tray or from behind other windows."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_inbox(self) -> None:
        """Bring the window forward on the alerts inbox."""
        self.show_window()
        self.window.show_view(3)

    def open_contract(self, uid: str) -> None:
        """Bring the window forward (from the tray) with the contract in the table."""
        self.show_window()
        self._open_in_window(uid)

    def _open_in_window(self, uid: str) -> None:
        self.window.show_view(0)
        self.window.reveal(uid)

    def open_settings(self) -> Op[ReminderSettings]:
        """Settings → Reminders… (the register's settings read first, then shown)."""
        return QueryOp(self.window, self.window.register, reminder_settings).success(
            self._show_settings).disabling(self.window.actions.reminder_settings).run()

    def _show_settings(self, settings: ReminderSettings) -> None:
        dialog = ReminderSettingsDialog(self.window.register, settings, self.window,
                                        tray_available=self.tray.available)
        if dialog.exec():
            self.controller.check_now()  # other days may now be due
        self._update_quit_on_close()

    # -- closing ----------------------------------------------------------------
    def _update_quit_on_close(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not (close_to_tray() and self.tray.available))

    def keep_running(self, event: QCloseEvent) -> bool:
        """Closing the window: True when it went to the tray instead (the user's choice)."""
        if self.quitting or not close_to_tray() or not self.tray.available:
            return False
        self._update_quit_on_close()
        self.window.save_state()
        self.window.hide()
        event.ignore()
        settings = QSettings()
        if not settings.value(_TOLD_ABOUT_TRAY, False, type=bool) and self.tray.icon is not None:
            settings.setValue(_TOLD_ABOUT_TRAY, True)
            self.tray.icon.showMessage(
                APP_NAME, self.tr("Contract Desk keeps running here and will remind you. "
                                  "Quit it from this icon's menu."),
                QSystemTrayIcon.MessageIcon.Information, 8_000)
        return True

    def quit(self) -> None:
        """Quit from the tray: close the window for real (it may still ask to save)."""
        self.quitting = True
        self.show_window()
        if self.window.close():
            app = QApplication.instance()
            if app is not None:
                app.quit()
        else:
            self.quitting = False
