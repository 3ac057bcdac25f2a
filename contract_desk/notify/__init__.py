"""Telling a person about alerts: native notifications with a fallback chain. No Qt here.

The Alert table is the inbox and always holds every alert; a notifier only
adds a pop-up. Backends are tried in order (plyer, then whatever the caller
adds, e.g. the tray of :mod:`contract_desk.notify.qt_tray`, which only the
window imports), and a backend that is missing or raises is logged and skipped.
"""

from typing import TYPE_CHECKING, Any

from contract_desk.notify.backends import (
    BACKEND_NAMES,
    LogNotifier,
    NullNotifier,
    PlyerNotifier,
    notifier_chain,
)
from contract_desk.notify.base import Notification, Notifier, NotifierChain

if TYPE_CHECKING:
    from contract_desk.notify.messages import notifications_for


def __getattr__(name: str) -> Any:
    # notifications_for reads alerts (the ORM's alert inbox): imported when first
    # asked for, not by every command that only names a notifier (list, show).
    if name == "notifications_for":
        from contract_desk.notify.messages import notifications_for

        return notifications_for
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "BACKEND_NAMES",
    "LogNotifier",
    "Notification",
    "Notifier",
    "NotifierChain",
    "NullNotifier",
    "PlyerNotifier",
    "notifications_for",
    "notifier_chain",
]
