"""The crash log: an error nobody foresaw, written in full under the data folder.

The window and the command line each name their own file (so a person sends
the one that matters); this writes either the same way, and never raises: a
failure to log must not hide the error being reported.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from contract_desk.storage.locations import data_dir


def log_path(file_name: str) -> Path:
    """The log called ``file_name`` in the data folder's ``logs``."""
    return data_dir() / "logs" / file_name


def write_crash_log(error: BaseException, path: Path) -> Path | None:
    """Append ``error`` with its traceback to ``path``; ``path``, or None when that failed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log_file:
            log_file.write("".join(traceback.format_exception(error)))
    except OSError:
        return None
    return path
