"""Which rules computed a stored key date: stored dates of other rules are computed again."""

from __future__ import annotations

from functools import cache
from importlib import metadata

#: Raise whenever the key dates' computation changes (domain.keydates, domain.notice,
#: domain.terms, domain.workdays): every stored row is then computed again.
KEY_DATES_RULES = 1


@cache
def computed_with() -> str:
    """This program's rules and the public-holiday calendars it counts with, as one word."""
    try:  # new holiday data can move a business-day deadline
        calendars = metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a bundle without the distribution's metadata
        calendars = "unknown"
    return f"{KEY_DATES_RULES}/holidays-{calendars}"[:40]
