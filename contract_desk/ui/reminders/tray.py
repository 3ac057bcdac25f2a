"""The tray icon: the badge of deadlines, a menu, and the window kept running when closed.

Where the desktop has no tray (some Linux desktops, the offscreen test
platform) there is no icon: closing the window then quits as usual, and the
notifications go to plyer and the inbox.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from contract_desk import APP_NAME
from contract_desk.notify.qt_tray import TrayNotifier

CLOSE_TO_TRAY_KEY = "window/close_to_tray"
_SIZE = 64


def close_to_tray() -> bool:
    """Whether closing the window keeps Contract Desk running in the tray (the user's choice)."""
    return bool(QSettings().value(CLOSE_TO_TRAY_KEY, False, type=bool))


def set_close_to_tray(keep: bool) -> None:
    """Remember the choice."""
    QSettings().setValue(CLOSE_TO_TRAY_KEY, keep)


def badge_icon(count: int) -> QIcon:
    """The app's mark (a page with a clock hand) with the number of deadlines in red."""
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#1f3b57"))
    painter.setBrush(QColor("#f4f6f8"))
    painter.drawRoundedRect(QRectF(8, 4, 42, 54), 6, 6)
    painter.setPen(QColor("#1f3b57"))
    for y in (18, 28, 38):
        painter.drawLine(16, y, 42, y)
    if count > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(QRectF(30, 30, 32, 32))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(18 if count < 100 else 13)
        painter.setFont(font)
        painter.drawText(QRectF(30, 30, 32, 32), Qt.AlignmentFlag.AlignCenter,
                         str(count) if count < 1000 else "999+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The tray icon and its menu: Open, Check now, Pause reminders, Quit."""

    #: open_requested(): Open in the menu, or a click on the icon or on a summary message.
    open_requested = Signal()
    #: open_contract(str): the uid of the contract whose reminder message was clicked.
    open_contract = Signal(str)
    #: check_requested(): "Check now" in the menu.
    check_requested = Signal()
    #: pause_toggled(bool): "Pause reminders" turned on (True) or off (False).
    pause_toggled = Signal(bool)
    #: quit_requested(): Quit in the menu.
    quit_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(parent)
        self.open_action = QAction(self.tr("&Open Contract Desk"), self)
        self.check_action = QAction(self.tr("&Check reminders now"), self)
        self.pause_action = QAction(self.tr("&Pause reminders"), self)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction(self.tr("&Quit"), self)
        for action in (self.open_action, self.check_action, self.pause_action, None,
                       self.quit_action):
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.open_action.triggered.connect(self.open_requested)
        self.check_action.triggered.connect(self.check_requested)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.quit_action.triggered.connect(self.quit_requested)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(badge_icon(0), parent)
            self.icon.setContextMenu(self.menu)
            self.icon.setToolTip(APP_NAME)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._message_clicked)
            self.icon.show()
        self.notifier = TrayNotifier(self.icon)

    @property
    def available(self) -> bool:
        """A tray icon is showing (so the window may close into it)."""
        return self.icon is not None and self.icon.isVisible()

    def set_badge(self, count: int, waiting: int = 0) -> None:
        """Show how many deadlines need attention now (overdue and today) and how many
        requests for approval wait for this person's answer: their sum on the icon."""
        if self.icon is None:
            return
        self.icon.setIcon(badge_icon(count + waiting))
        if count:
            said = self.tr("{0}: {1} deadline(s) need attention", "", count).format(APP_NAME, count)
        else:
            said = self.tr("{0}: nothing due").format(APP_NAME)
        if waiting:
            said += "\n" + self.tr("{0} request(s) for approval wait for your answer", "",
                                    waiting).format(waiting)
        self.icon.setToolTip(said)

    def set_paused(self, paused: bool) -> None:
        """Show the pause state without emitting ``pause_toggled``."""
        blocked = self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(blocked)

    def hide(self) -> None:
        """Take the icon away (the app quits)."""
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def _message_clicked(self) -> None:
        uid = self.notifier.last_contract_uid
        if uid:
            self.open_contract.emit(uid)
        else:  # a summary: the inbox shows them all
            self.open_requested.emit()
