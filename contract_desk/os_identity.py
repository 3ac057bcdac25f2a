"""Who this program is to the operating system: its AppUserModelID on Windows, its icon.

Kept apart and light: the entry point names the process before anything else
is imported, for the window and the command line alike.
"""

from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

#: The Windows AppUserModelID: the process sets it, the installer's Start-menu shortcut
#: carries it (packaging/windows/contract_desk.iss), toasts are shown under it.
APP_USER_MODEL_ID = "ContractDesk.ContractDesk"
#: The macOS bundle identifier (packaging/contract_desk.spec).
BUNDLE_IDENTIFIER = "org.contractdesk.ContractDesk"


def icon_path() -> Path | None:
    """The app's icon as a PNG file (package data), or None when it is missing."""
    try:
        path = Path(str(resources.files("contract_desk") / "resources" / "contract-desk.png"))
    except (ModuleNotFoundError, TypeError):
        return None
    return path if path.is_file() else None


def set_app_user_model_id() -> bool:
    """On Windows, name this process ``APP_USER_MODEL_ID``; False elsewhere."""
    if sys.platform != "win32":
        return False
    import ctypes  # pragma: no cover - Windows only

    try:  # pragma: no cover - Windows only
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    except (AttributeError, OSError) as error:  # pragma: no cover - Windows only
        log.info("could not set the AppUserModelID: %s", error)
        return False
    return True  # pragma: no cover - Windows only


__all__ = ["APP_USER_MODEL_ID", "BUNDLE_IDENTIFIER", "icon_path", "set_app_user_model_id"]
