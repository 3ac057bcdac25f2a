"""Handing the C heap's free pages back to the operating system."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


def return_free_pages() -> None:
    """Hand heap pages freed by Python or SQLite back to the OS (glibc's malloc_trim).

    glibc keeps freed small blocks amid the heap for the process unless asked;
    Windows and macOS return such pages by themselves, so this is Linux-only.
    Cheap when there is little to return (well under a millisecond).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to do
        return None
    return trim
