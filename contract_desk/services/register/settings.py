"""Settings stored in the register itself (RegisterSetting rows), shared by every machine."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from contract_desk.models import RegisterSetting


def put_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (JSON) under ``key``, adding the row or replacing its value."""
    setting = session.get(RegisterSetting, key)
    if setting is None:
        session.add(RegisterSetting(key=key, value=value))
    else:
        setting.value = value
    session.flush()
