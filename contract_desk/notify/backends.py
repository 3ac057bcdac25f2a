"""The Qt-free notifiers: desktop-notifier and plyer (the OS notification centre), a log
line, nothing; and the chain of them each caller uses."""

from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Sequence
from typing import Any

from contract_desk.notify.base import Notification, Notifier, NotifierChain
from contract_desk.notify.desktop import DesktopNotifier

log = logging.getLogger(__name__)
APP_NAME = "Contract Desk"
#: What ``--notifier`` accepts; "auto" is desktop-notifier, then plyer, then the log.
BACKEND_NAMES = ("auto", "desktop", "plyer", "log", "none")


class PlyerNotifier:
    """The native notification centre through plyer.

    plyer may be missing, have no backend for the platform (NotImplementedError),
    or raise anything from its platform code: each becomes False or an exception
    the chain logs, never a crash.
    """

    name = "plyer"

    def __init__(self, timeout_seconds: int = 10, module: str = "plyer") -> None:
        self.timeout_seconds = timeout_seconds
        self.module = module

    def _facade(self) -> Any | None:
        try:
            plyer = importlib.import_module(self.module)
        except ImportError as error:
            log.info("plyer is not installed: %s", error)
            return None
        return getattr(plyer, "notification", None)

    def notify(self, notification: Notification) -> bool:
        """Hand the notification to the OS; False when plyer cannot here."""
        facade = self._facade()
        if facade is None:
            return False
        with warnings.catch_warnings():
            # plyer warns (rather than fails) when it falls back from D-Bus to notify-send.
            warnings.simplefilter("ignore")
            try:
                facade.notify(title=notification.title, message=notification.message,
                              app_name=APP_NAME, timeout=self.timeout_seconds)
            except NotImplementedError:
                log.info("plyer has no notification backend on this platform")
                return False
        return True


class LogNotifier:
    """Writes the notification to the log (always succeeds): for headless runs."""

    name = "log"

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self.logger = logger or log

    def notify(self, notification: Notification) -> bool:
        """Log the title and message at WARNING (escalated) or INFO."""
        level = logging.WARNING if notification.escalated else logging.INFO
        self.logger.log(level, "%s: %s", notification.title, notification.message)
        return True


class NullNotifier:
    """Shows nothing and says it did: the alerts are in the inbox only."""

    name = "none"

    def notify(self, notification: Notification) -> bool:
        """Do nothing."""
        del notification
        return True


def notifier_chain(choice: str = "auto", *, extra: Sequence[Notifier] = (),
                   desktop: DesktopNotifier | None = None) -> NotifierChain:
    """The chain for ``choice`` (see ``BACKEND_NAMES``).

    "auto" tries desktop-notifier (buttons, our name), then plyer (no buttons),
    then the ``extra`` backends, then the log. The window passes its tray as
    ``extra`` and its own ``desktop`` notifier (whose clicks it handles); the
    command line has no Qt and ends with the log instead.
    """
    if choice not in BACKEND_NAMES:
        raise ValueError(f"unknown notifier {choice!r}; use {', '.join(BACKEND_NAMES)}")
    if choice == "none":
        return NotifierChain([NullNotifier()])
    if choice == "log":
        return NotifierChain([LogNotifier()])
    first = desktop or DesktopNotifier()
    if choice == "desktop":
        return NotifierChain([first])
    if choice == "plyer":
        return NotifierChain([PlyerNotifier(), *extra])
    return NotifierChain([first, PlyerNotifier(), *extra, LogNotifier()])
