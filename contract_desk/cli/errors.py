"""Turning failures into one clear line for the person at the terminal."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _
from contract_desk.storage import StorageError
from contract_desk.storage.crash_log import log_path, write_crash_log
from contract_desk.storage.environment import explain
from contract_desk.storage.integrity import WHAT_TO_DO

log = logging.getLogger(__name__)


def user_error_types() -> tuple[type[BaseException], ...]:
    """Errors whose message is written for a user and needs no traceback."""
    return (DomainError, StorageError, DatabaseError, OSError)


def crash_log_path() -> Path:
    """Where unexpected errors are written in full."""
    return log_path("cli-errors.log")


def report_unexpected(command: str, error: BaseException) -> int:
    """Log the traceback to a file and print one line that says where it is."""
    path = write_crash_log(error, crash_log_path())
    if path is None:
        line = _("contract-desk {command}: unexpected error: {error}")
    else:
        line = _("contract-desk {command}: unexpected error: {error} (details in {path})")
    print(line.format(command=command, error=error, path=path), file=sys.stderr)
    return 3


def describe(error: BaseException) -> str:
    """The user-facing sentence for ``error`` (a database driver's own message, not SQL)."""
    if isinstance(error, DomainError | StorageError):  # written for the user already
        return str(error)
    said = explain(error)  # a full disk, a read-only file...: what happened and what to do
    if said is not None:
        return said
    if isinstance(error, OperationalError) and error.orig is not None:
        return _("the database refused: {reason}").format(reason=error.orig)
    if isinstance(error, DatabaseError) and not isinstance(error.orig, sqlite3.Error):
        return _("the database refused: {reason}").format(
            reason=error.orig)  # a server's refusal, not damage
    if isinstance(error, IntegrityError):  # SQLite's rule said no: nothing is damaged
        return _("the register refused the change ({reason}); nothing was changed").format(
            reason=error.orig)
    if isinstance(error, DatabaseError):  # a damaged page met while reading
        return _("the register is damaged: SQLite cannot read part of it ({reason}). "
                 "Nothing was changed. {what_to_do}").format(reason=error.orig,
                                                             what_to_do=_(WHAT_TO_DO))
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror or error}: {error.filename}"
    return str(error)
