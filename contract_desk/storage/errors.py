"""The errors storage shows to users: each says which register and what is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic.util import CommandError
from sqlalchemy.exc import DBAPIError


class StorageError(RuntimeError):
    """The register cannot be opened, migrated, backed up or restored; the message says why."""


class SchemaError(StorageError):
    """The database is not a register this version can use; the message says why."""


@contextmanager
def failures_as_storage_errors(action: str) -> Iterator[None]:
    """Re-raise a database or Alembic failure inside the block as a StorageError.

    ``action`` says what was being done ("cannot upgrade the register X"); the
    driver's own message follows it, never a traceback.
    """
    try:
        yield
    except StorageError as error:
        raise StorageError(f"{action}: {error}") from None
    except DBAPIError as error:
        raise StorageError(f"{action}: {error.orig}") from None
    except CommandError as error:
        raise StorageError(f"{action}: {error}") from None
