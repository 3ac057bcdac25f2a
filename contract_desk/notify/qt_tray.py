"""The Qt fallback: ``QSystemTrayIcon.showMessage`` (the one Qt import outside ``ui/``).

Only the window imports this module (the command line never does), and it
passes the notifier to :func:`contract_desk.notify.notifier_chain` as ``extra``.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QSystemTrayIcon

from contract_desk.notify.base import Notification

log = logging.getLogger(__name__)
#: How long the tray message stays, in milliseconds.
MESSAGE_MS = 10_000


class TrayNotifier:
    """Shows notifications as tray messages when the tray supports them.

    ``tray`` is the window's QSystemTrayIcon (or None when there is no tray);
    the window connects ``tray.messageClicked`` to open the last contract, kept
    in ``last_contract_uid``.
    """

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon | None) -> None:
        self.tray = tray
        self.last_contract_uid: str | None = None

    def available(self) -> bool:
        """A tray exists, is visible and can show messages."""
        return (
            self.tray is not None
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
            and self.tray.isVisible()
        )

    def notify(self, notification: Notification) -> bool:
        """Show a tray message; False when no tray can show it."""
        if not self.available() or self.tray is None:
            return False
        icon = (QSystemTrayIcon.MessageIcon.Warning if notification.escalated
                else QSystemTrayIcon.MessageIcon.Information)
        self.last_contract_uid = notification.contract_uid
        self.tray.showMessage(notification.title, notification.message, icon, MESSAGE_MS)
        return True
