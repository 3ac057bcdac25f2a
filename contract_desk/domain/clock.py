"""Today, as the user's own calendar has it.

Every "today" in the program comes from :func:`local_today`, so one switch fixes the
day for everything at once: tests freeze it (:func:`freeze`), and a process started
with ``CONTRACT_DESK_TODAY=YYYY-MM-DD`` in its environment (a test's subprocess, a
rehearsal of a future day) lives on that day.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

TODAY_VARIABLE = "CONTRACT_DESK_TODAY"

_frozen: date | None = None


def local_today() -> date:
    """The current date in the computer's local time zone (deadlines are local days)."""
    if _frozen is not None:
        return _frozen
    fixed = os.environ.get(TODAY_VARIABLE)
    if fixed:
        return date.fromisoformat(fixed)
    return datetime.now().astimezone().date()


def freeze(day: date | None) -> None:
    """Make :func:`local_today` answer ``day`` until frozen again (``None`` thaws it)."""
    global _frozen  # one switch for the whole process, on purpose
    _frozen = day


@contextmanager
def frozen_at(day: date) -> Iterator[None]:
    """:func:`local_today` answers ``day`` inside the block, then what it answered before."""
    global _frozen
    before = _frozen
    _frozen = day
    try:
        yield
    finally:
        _frozen = before
