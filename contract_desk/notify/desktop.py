"""The first notifier: desktop-notifier, the operating system's own notification centre.

Windows 10/11 get WinRT toasts under our AppUserModelID (our name and icon, not
"Python"), macOS gets ``UNUserNotificationCenter`` (inside the app bundle),
Linux the freedesktop D-Bus service. Each notification carries buttons —
**Open**, **Acknowledge**, **Snooze 1 day** (a summary of several alerts: Open
and Snooze all 1 day) — and a click on its body opens it.

desktop-notifier is asynchronous: it runs on an asyncio loop of its own in a
daemon thread (:class:`NotifierLoop`), so neither the window's Qt loop nor the
headless ``remind`` run has to be an asyncio loop. What a click means is kept
under a short token (:mod:`contract_desk.notify.sent`), so a click on a
notification shown by an earlier run still acts on the right alerts. The
actions are handed to ``on_action`` from the notifier's thread: the window moves
them to its own thread, the command line applies them in the register.

No Qt here. A missing desktop-notifier, a desktop without a notification
service, or an error from it makes :meth:`DesktopNotifier.notify` return False
or raise, and the chain goes on to plyer.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from contract_desk import APP_NAME
from contract_desk.i18n import N_, _
from contract_desk.notify.base import Notification
from contract_desk.notify.sent import SentNotification, new_token, recall, remember
from contract_desk.os_identity import APP_USER_MODEL_ID, icon_path

log = logging.getLogger(__name__)
T = TypeVar("T")

#: The buttons' identifiers, as the OS hands them back.
OPEN, ACKNOWLEDGE, SNOOZE = "open", "acknowledge", "snooze"
#: How many shown notifications are waited for at most (``shown``).
MAX_WAITED_FOR = 500
#: How long sending one notification may take before the chain goes on.
SEND_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class NotificationAction:
    """A person's answer to a notification: open, acknowledge or snooze its alerts."""

    action: str
    register: str
    contract_uid: str | None
    alert_ids: tuple[int, ...]


ActionHandler = Callable[[NotificationAction], None]


def _register_windows_display_name(icon: Path | None) -> None:  # pragma: no cover - Windows
    """Toasts show the display name registered for the AppUserModelID: ours, with our icon."""
    if sys.platform != "win32":
        return
    import winreg

    key_path = f"SOFTWARE\\Classes\\AppUserModelId\\{APP_USER_MODEL_ID}"
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key_path) as key:
        winreg.SetValueEx(key, "DisplayName", 0, winreg.REG_SZ, APP_NAME)
        if icon is not None:
            winreg.SetValueEx(key, "IconUri", 0, winreg.REG_SZ, str(icon))


class NotifierLoop:
    """An asyncio loop in a daemon thread, for desktop-notifier's coroutines and callbacks."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="desktop-notifier", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float) -> T:
        """Run ``coroutine`` on the loop and wait for its result (raises what it raises)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)


_shared_loop: NotifierLoop | None = None
_shared_lock = threading.Lock()


def shared_loop() -> NotifierLoop:
    """The process's one notifier loop (started on first use)."""
    global _shared_loop
    with _shared_lock:
        if _shared_loop is None:
            _shared_loop = NotifierLoop()
        return _shared_loop


class DesktopNotifier:
    """Notifications with buttons through desktop-notifier; see the module's description.

    ``register`` is the register's location (no password): a click acts on that
    register only. ``on_action`` receives each click, on the notifier's thread;
    without one, clicks are logged and left to the inbox.
    """

    name = "desktop"

    def __init__(self, *, register: str = "", on_action: ActionHandler | None = None,
                 module: str = "desktop_notifier", loop: NotifierLoop | None = None,
                 send_timeout: float = SEND_TIMEOUT_SECONDS) -> None:
        self.register = register
        self.on_action = on_action
        self.module = module
        self.send_timeout = send_timeout
        self._loop = loop
        self._library: Any | None = None
        self._notifier: Any | None = None
        #: Tokens of the notifications this object showed that are still on screen (or unread).
        self.shown: list[str] = []
        self._shown_lock = threading.Lock()  # clicks arrive on the notifier's thread
        self._dispatched: set[str] = set()  # tokens the OS took (on the notifier's thread)

    # -- setting up -------------------------------------------------------------
    def _import(self) -> Any | None:
        if self._library is None:
            try:
                self._library = importlib.import_module(self.module)
            except ImportError as error:
                log.info("desktop-notifier is not installed: %s", error)
                return None
        return self._library

    @property
    def loop(self) -> NotifierLoop:
        """The loop desktop-notifier runs on."""
        if self._loop is None:
            self._loop = shared_loop()
        return self._loop

    async def _create(self) -> Any:
        library = self._library
        assert library is not None
        icon = icon_path()
        windows = sys.platform == "win32"
        notifier = library.DesktopNotifier(
            # Windows names the toast by its AppUserModelID (its display name is set below).
            app_name=APP_USER_MODEL_ID if windows else APP_NAME,
            app_icon=library.Icon(path=icon) if icon is not None else None)
        if windows:  # pragma: no cover - Windows only
            _register_windows_display_name(icon)
        # Set for the notifier, not for each notification: so a click on a notification
        # shown by an earlier run (macOS hands it to the app it starts) still arrives.
        notifier.on_clicked = self._clicked
        notifier.on_button_pressed = self._pressed
        notifier.on_dispatched = self._was_dispatched
        return notifier

    def start(self) -> bool:
        """Create the notifier now (the window does this at start, to receive clicks on
        notifications from earlier runs); False when desktop-notifier is missing."""
        if self._import() is None:
            return False
        if self._notifier is None:
            self._notifier = self.loop.call(self._create(), self.send_timeout)
        return True

    # -- showing ----------------------------------------------------------------
    def notify(self, notification: Notification) -> bool:
        """Show ``notification`` with its buttons; False when desktop-notifier is missing.

        Raises what desktop-notifier raises (no notification service, no session
        bus): the chain logs it and tries the next notifier.
        """
        if not self.start():
            return False
        token = new_token()
        remember(token, SentNotification(self.register, notification.contract_uid,
                                         notification.alert_ids))
        with self._shown_lock:
            self.shown.append(token)
            # A window running for weeks answers only the latest; keep the list short.
            del self.shown[:-MAX_WAITED_FOR]
        try:
            taken = self.loop.call(self._send(notification, token), self.send_timeout)
        except BaseException:
            self._forget(token)
            raise
        if not taken:
            self._forget(token)
        return taken

    def _forget(self, token: str) -> None:
        with self._shown_lock:
            if token in self.shown:
                self.shown.remove(token)

    async def _send(self, notification: Notification, token: str) -> bool:
        library, notifier = self._library, self._notifier
        assert library is not None and notifier is not None
        # No capabilities: desktop-notifier's stand-in for a platform it cannot serve (macOS
        # outside an app bundle, Windows before 10), which shows nothing. A D-Bus desktop
        # without a session bus or notification service raises here, with the reason.
        if not await notifier.get_capabilities():
            log.info("desktop-notifier cannot show notifications here")
            return False
        if not await notifier.request_authorisation():
            log.info("notifications are turned off for Contract Desk in the OS settings")
            return False
        single = len(notification.alert_ids) == 1
        buttons = [library.Button(title=_(OPEN_TEXT if single else OPEN_INBOX_TEXT),
                                  identifier=OPEN)]
        if single:
            buttons.append(library.Button(title=_(ACKNOWLEDGE_TEXT), identifier=ACKNOWLEDGE))
        if notification.alert_ids:
            buttons.append(library.Button(title=_(SNOOZE_TEXT if single else SNOOZE_ALL_TEXT),
                                          identifier=SNOOZE))
        urgency = library.Urgency.Critical if notification.escalated else library.Urgency.Normal
        await notifier.send_notification(library.Notification(
            title=notification.title, message=notification.message, urgency=urgency,
            buttons=tuple(buttons), identifier=token))
        # desktop-notifier logs a failed send instead of raising; only a dispatched
        # notification was taken by the OS.
        if token not in self._dispatched:
            raise RuntimeError("the notification service did not take the notification")
        self._dispatched.discard(token)
        return True

    def _was_dispatched(self, identifier: str) -> None:
        self._dispatched.add(identifier)

    def pending(self) -> list[str]:
        """Tokens of this object's notifications still shown (not clicked, closed or expired)."""
        if self._notifier is None:
            return []
        notifier = self._notifier

        async def current() -> list[str]:
            return list(await notifier.get_current_notifications())

        showing = set(self.loop.call(current(), self.send_timeout))
        with self._shown_lock:
            self.shown = [token for token in self.shown if token in showing]
            return list(self.shown)

    # -- clicks -----------------------------------------------------------------
    def _clicked(self, identifier: str) -> None:
        self.answer(identifier, OPEN)

    def _pressed(self, identifier: str, button: str) -> None:
        self.answer(identifier, button)

    def answer(self, identifier: str, button: str) -> None:
        """A click on ``button`` of notification ``identifier`` (``OPEN`` for its body): the
        OS's callbacks come here, on the notifier's thread; ``on_action`` gets what it means."""
        self._forget(identifier)
        sent = recall(identifier)
        if sent is None or button not in (OPEN, ACKNOWLEDGE, SNOOZE):
            log.info("a notification this program does not know was answered (%s)", button)
            return
        action = NotificationAction(button, sent.register, sent.contract_uid, sent.alert_ids)
        if self.on_action is None:
            log.info("notification answered (%s) with nobody to act on it", button)
            return
        try:
            self.on_action(action)
        except Exception:  # a click must never take the app down; the inbox still has it
            log.exception("acting on a notification failed")


#: The buttons' words (translated when a notification is shown).
OPEN_TEXT = N_("Open")
OPEN_INBOX_TEXT = N_("Open the inbox")
ACKNOWLEDGE_TEXT = N_("Acknowledge")
SNOOZE_TEXT = N_("Snooze 1 day")
SNOOZE_ALL_TEXT = N_("Snooze all 1 day")

__all__ = [
    "ACKNOWLEDGE",
    "APP_USER_MODEL_ID",
    "OPEN",
    "SNOOZE",
    "DesktopNotifier",
    "NotificationAction",
    "NotifierLoop",
    "shared_loop",
]
