"""The notification a person sees, the notifier interface, and the fallback chain."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notification:
    """One pop-up: a title, a message and (for a single alert) the contract to open on click."""

    title: str
    message: str
    contract_uid: str | None = None
    alert_ids: tuple[int, ...] = ()
    escalated: bool = False


class Notifier(Protocol):
    """Something that shows a notification; True when it took it, False to try the next."""

    name: str

    def notify(self, notification: Notification) -> bool:
        """Show ``notification``; may raise (the chain logs and goes on)."""
        ...


class NotifierChain:
    """Backends tried in order until one shows the notification; never raises."""

    name = "chain"

    def __init__(self, backends: Sequence[Notifier]) -> None:
        self.backends = tuple(backends)
        #: The name of the backend that showed the last notification, or None.
        self.last_used: str | None = None

    def notify(self, notification: Notification) -> bool:
        """True when some backend showed it; a failing backend is logged and skipped."""
        self.last_used = None
        for backend in self.backends:
            try:
                shown = backend.notify(notification)
            except Exception as error:  # a notifier must never take the app down
                log.warning("notifier %s failed: %s: %s", backend.name,
                            type(error).__name__, error)
                continue
            if shown:
                self.last_used = backend.name
                return True
            log.info("notifier %s could not show the notification", backend.name)
        return False
