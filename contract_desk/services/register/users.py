"""Who is working: the name written into the audit trail."""

from __future__ import annotations

import getpass


def current_user() -> str:
    """The OS login name, or "unknown" when the OS will not say."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):  # no USER variable and no passwd entry
        return "unknown"
