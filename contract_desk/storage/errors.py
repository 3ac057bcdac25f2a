"""The errors storage shows to users: each says which register and what is wrong."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

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
    except Exception as error:
        if _is_migration_error(error):
            raise StorageError(f"{action}: {error}") from None
        raise


def _is_migration_error(error: Exception) -> bool:
    # Alembic is imported only to change a schema (storage/migrations_api.py): while
    # it is not loaded, nothing in the block can have raised its CommandError.
    alembic_util = sys.modules.get("alembic.util")
    return alembic_util is not None and isinstance(error, alembic_util.CommandError)
