"""A team server's password, kept only in the operating system's keyring.

Windows Credential Manager, the macOS Keychain or the Secret Service on Linux
(through ``keyring``) hold the password; Contract Desk's own files — settings,
the list of recent registers, logs, the OS schedule, error messages — only
ever hold the server's URL without it. When a PostgreSQL register is opened
from a URL without a password, the password saved for that login is handed
to the driver as a connection argument, so it never becomes part of the URL
that is shown or stored.
"""

from __future__ import annotations

import contextlib
import logging
from types import ModuleType

from sqlalchemy.engine import URL

from contract_desk.i18n import _
from contract_desk.storage.errors import StorageError

#: The keyring's service name for every register's password.
SERVICE = "Contract Desk"

log = logging.getLogger(__name__)


class CredentialsError(StorageError):
    """The keyring could not keep or give a password, said in one sentence."""


def account(url: URL) -> str:
    """The keyring's name for a login on a server: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def without_password(url: URL) -> URL:
    """``url`` as it may be shown and stored (``URL.set(password=None)`` keeps the password)."""
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)


def _keyring() -> ModuleType:
    # Imported when a password is first asked for: a register on this computer
    # needs none, and loading the keyring's backends cost every start 13 MB.
    import keyring

    return keyring


def _usable() -> bool:
    from keyring.backends.fail import Keyring as NoKeyring

    return not isinstance(_keyring().get_keyring(), NoKeyring)


def remember_password(url: URL, password: str) -> None:
    """Keep ``password`` for the login of ``url`` in the OS keyring."""
    if not _usable():
        raise CredentialsError(_("this computer has no keyring to keep the password in (on "
                                 "Linux: a Secret Service such as GNOME Keyring or KWallet)"))
    try:
        _keyring().set_password(SERVICE, account(url), password)
    except Exception as error:
        raise CredentialsError(_("the keyring refused to keep the password ({name})").format(
            name=type(error).__name__)) from None


def saved_password(url: URL) -> str | None:
    """The password kept for the login of ``url``; None when there is none or no keyring."""
    if not url.username or not _usable():
        return None
    try:
        saved: str | None = _keyring().get_password(SERVICE, account(url))
    except Exception as error:
        log.warning("the keyring could not be read (%s)", type(error).__name__)
        return None
    return saved


def forget_password(url: URL) -> None:
    """Remove the password kept for the login of ``url`` (nothing if there is none)."""
    if not _usable():
        return
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # not there: nothing to forget
        _keyring().delete_password(SERVICE, account(url))
