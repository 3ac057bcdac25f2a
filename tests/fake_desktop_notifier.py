"""A stand-in for the desktop_notifier module: its names, recording what is sent.

Like the real library, a failed send is logged, not raised, and only a
notification the OS took is dispatched (``on_dispatched``). Tests install it in
``sys.modules`` under ``MODULE`` and pass that name to ``DesktopNotifier``.
"""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any

MODULE = "fake_desktop_notifier"


class FakeLibrary(types.ModuleType):
    """desktop_notifier's names, recording what is sent."""

    def __init__(self, *, failure: Exception | None = None) -> None:
        super().__init__("fake_desktop_notifier")
        library = self
        self.sent: list[dict[str, Any]] = []
        self.created: list[Any] = []
        self.failure = failure
        self.capabilities = frozenset({"buttons"})
        self.authorised = True

        class Icon:
            def __init__(self, path: Path) -> None:
                self.path = path

        class Button:
            def __init__(self, title: str, identifier: str) -> None:
                self.title, self.identifier = title, identifier

        class Notification:
            def __init__(self, **fields: Any) -> None:
                self.fields = fields

        class Urgency:
            Normal, Critical = "normal", "critical"

        class Notifier:
            def __init__(self, app_name: str, app_icon: Any) -> None:
                self.app_name, self.app_icon = app_name, app_icon
                self.on_clicked: Any = None
                self.on_button_pressed: Any = None
                self.on_dispatched: Any = None
                self.current: list[str] = []
                library.created.append(self)

            async def get_capabilities(self) -> frozenset[str]:
                return library.capabilities

            async def request_authorisation(self) -> bool:
                return library.authorised

            async def send_notification(self, notification: Any) -> str:
                # Like desktop-notifier: a failure is logged, not raised; only a
                # notification the OS took is dispatched.
                identifier = str(notification.fields["identifier"])
                if library.failure is None:
                    library.sent.append(notification.fields)
                    self.current.append(identifier)
                    self.on_dispatched(identifier)
                return identifier

            async def get_current_notifications(self) -> list[str]:
                return list(self.current)

        self.Icon, self.Button, self.Notification = Icon, Button, Notification
        self.Urgency, self.DesktopNotifier = Urgency, Notifier
