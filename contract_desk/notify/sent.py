"""Which alerts each shown notification was about, kept so that a click can still act later.

A notification carries only a short token (Windows limits a toast's tag to 64
characters; macOS hands a click on yesterday's notification to a freshly started
app with nothing but its identifier). The token's meaning — the register, the
contract, the alerts — is kept here, in a small JSON file in the data folder,
for :data:`KEEP_DAYS` days. No secret is kept: a team register is named by its
location without password. Reading a damaged or missing file finds nothing;
writing replaces the file whole.
"""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from contract_desk.storage.locations import data_dir

FILE_NAME = "notifications.json"
#: How long a shown notification's meaning is kept (a notification centre keeps them for days).
KEEP_DAYS = 14
#: Every token starts so; anything else is not ours.
PREFIX = "cd-"
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class SentNotification:
    """What one shown notification was about."""

    register: str
    contract_uid: str | None
    alert_ids: tuple[int, ...]


def sent_path() -> Path:
    """Where the tokens of shown notifications are kept."""
    return data_dir() / FILE_NAME


def new_token() -> str:
    """A fresh token for a notification (short enough for a Windows toast tag)."""
    return PREFIX + secrets.token_hex(8)


def _read(path: Path) -> dict[str, Any]:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def remember(token: str, sent: SentNotification, *, now: datetime | None = None) -> None:
    """Keep what ``token`` means; entries older than ``KEEP_DAYS`` are dropped."""
    moment = now or datetime.now(UTC)
    path = sent_path()
    with _lock:
        kept = _read(path)
        oldest = (moment - timedelta(days=KEEP_DAYS)).isoformat()
        kept = {key: value for key, value in kept.items()
                if isinstance(value, dict) and str(value.get("at", "")) >= oldest}
        kept[token] = {"at": moment.isoformat(), "register": sent.register,
                       "contract_uid": sent.contract_uid, "alert_ids": list(sent.alert_ids)}
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(kept, indent=1), encoding="utf-8")
        partial.replace(path)


def recall(token: str) -> SentNotification | None:
    """What ``token`` was about, or None (not ours, too old, or the file is gone)."""
    if not token.startswith(PREFIX):
        return None
    with _lock:
        entry = _read(sent_path()).get(token)
    if not isinstance(entry, dict):
        return None
    try:
        ids = tuple(int(alert_id) for alert_id in entry.get("alert_ids", ()))
        uid = entry.get("contract_uid")
        return SentNotification(str(entry["register"]), str(uid) if uid else None, ids)
    except (KeyError, TypeError, ValueError):
        return None


__all__ = ["KEEP_DAYS", "SentNotification", "new_token", "recall", "remember", "sent_path"]
