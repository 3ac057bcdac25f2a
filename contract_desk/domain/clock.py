"""Today, as the user's own calendar has it."""

from __future__ import annotations

from datetime import date, datetime


def local_today() -> date:
    """The current date in the computer's local time zone (deadlines are local days)."""
    return datetime.now().astimezone().date()
