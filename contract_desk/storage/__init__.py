"""Where the register lives: engine, sessions, SQLite pragmas, migrations, backups. No Qt."""

from contract_desk.storage.locations import default_database_path, resolve_database_url
from contract_desk.storage.register import Register, StorageError, open_register

__all__ = [
    "Register",
    "StorageError",
    "default_database_path",
    "open_register",
    "resolve_database_url",
]
