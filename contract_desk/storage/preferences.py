"""This person's own preferences on this computer, for the window and the scheduled run alike.

A small JSON file in the data folder (``preferences.json``): what one person
chose for themselves, not the register's settings (those live in the register,
shared by everyone who opens it). No secret ever goes here (passwords live in
the OS keyring). A file that cannot be read counts as empty; writing replaces
it whole (written beside, then moved into place).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from contract_desk.storage.locations import data_dir

FILE_NAME = "preferences.json"


def preferences_path() -> Path:
    """Where this person's preferences are kept."""
    return data_dir() / FILE_NAME


def read_preferences() -> dict[str, Any]:
    """Every preference kept (empty when there is no file, or it cannot be read)."""
    try:
        found = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def write_preference(key: str, value: Any) -> None:
    """Keep ``value`` (JSON) under ``key``."""
    path = preferences_path()
    kept = read_preferences()
    kept[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(kept, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(path)


__all__ = ["preferences_path", "read_preferences", "write_preference"]
