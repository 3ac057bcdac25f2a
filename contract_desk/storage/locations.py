"""Where a register is: the default file in the user data folder, or a URL the user gave."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from contract_desk.i18n import _

APP_NAME = "ContractDesk"
APP_AUTHOR = "ContractDesk"
ENV_VAR = "CONTRACT_DESK_DB"
#: Overrides the data folder (portable installs, tests).
HOME_ENV_VAR = "CONTRACT_DESK_HOME"
DEFAULT_FILE_NAME = "register.sqlite3"


def data_dir() -> Path:
    """The per-user data folder (e.g. %LOCALAPPDATA%\\ContractDesk on Windows).

    $CONTRACT_DESK_HOME overrides it, for a portable install or a test.
    """
    override = os.environ.get(HOME_ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def use_home(folder: str) -> None:
    """Use ``folder`` as the data folder from now on, for this process and what it starts
    (``--home``; as $CONTRACT_DESK_HOME)."""
    os.environ[HOME_ENV_VAR] = str(Path(folder).expanduser().resolve())


def home_given(argv: list[str]) -> str | None:
    """The folder ``--home`` names in ``argv``, or None: read before the command line is
    parsed, since the person's language is read from the data folder first (a mistake
    in it is left for the whole parse to report)."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    early.add_argument("--home")
    try:
        known, _rest = early.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    home: str | None = known.home
    return home


def default_database_path() -> Path:
    """The embedded default register: one SQLite file in the user data folder."""
    return data_dir() / DEFAULT_FILE_NAME


def resolve_database_url(target: str | os.PathLike[str] | None = None) -> URL:
    """A SQLAlchemy URL for ``target``, else $CONTRACT_DESK_DB, else the default file.

    ``target`` may be a file path (``~/registers/team.sqlite3``) or a SQLAlchemy URL
    (``postgresql+psycopg://user@host/db``).
    """
    raw = os.fspath(target) if target is not None else os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" in raw:
        try:
            return make_url(raw)
        except (ArgumentError, ValueError) as error:
            raise ValueError(_("cannot read {raw} as a database URL: {error}").format(
                raw=repr(raw), error=error)) from None
    path = Path(raw).expanduser()
    return URL.create("sqlite", database=str(path.resolve()))
