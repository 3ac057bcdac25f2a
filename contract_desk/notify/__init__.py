"""Telling a person about alerts: native notifications with a fallback chain. No Qt here.

The Alert table is the inbox and always holds every alert; a notifier only
adds a pop-up. Backends are tried in order (plyer, then whatever the caller
adds, e.g. the tray of :mod:`contract_desk.notify.qt_tray`, which only the
window imports), and a backend that is missing or raises is logged and skipped.
"""

from typing import TYPE_CHECKING

from contract_desk.lazy_names import lazy_names
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

# notifications_for reads alerts (the ORM's alert inbox): imported when first asked
# for, not by every command that only names a notifier (list, show).
__getattr__ = lazy_names(__name__, globals(),
                         {"notifications_for": "contract_desk.notify.messages"})

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
