"""Keep PySide6 from holding the source text of every module the program imports.

PySide6's feature switching (``from __feature__ import snake_case``) decides for
each module whether it uses PySide6 by searching its source for "PySide6": for
every module already imported when Qt is first imported, then for each one
imported after. It reads the source with ``inspect.getsource``, which leaves
every line of the file in ``linecache`` for the life of the process: the window
held 521 files, 139,000 lines, about 11 MB of its memory, to answer a yes or no.

:func:`read_sources_once` gives the same answer from the file's bytes, read and
let go, and drops the lines already kept. Where this PySide6 has no such
check, nothing is changed.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

#: Where PySide6 keeps the check (shiboken's support package, loaded with Qt).
FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
_MARK = "_contract_desk_reads_once"


def read_sources_once() -> bool:
    """Answer PySide6's "does this module use PySide6?" without keeping the source;
    True when its check was found (and is now this one). Call after Qt is imported."""
    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, _CHECK, None)
    if feature is None or not callable(check):
        return False
    if not getattr(check, _MARK, False):
        setattr(feature, _CHECK, _reading_once(check))
    _forget_file_lines()
    return True


def _reading_once(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                # The same test as PySide6's, on the bytes ("PySide6" is ASCII).
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass
        return original(module)  # no source file of its own: PySide6 decides as before

    marked: Any = uses_pyside
    setattr(marked, _MARK, True)
    marked.original = original  # what PySide6 asks with (the tests compare the answers)
    return uses_pyside


def _forget_file_lines() -> None:
    # Only files on disk: read again if a traceback needs them. Entries for source
    # with no file ("<string>", generated code) cannot be read again, so they stay.
    for name in [name for name in linecache.cache if not name.startswith("<")]:
        linecache.cache.pop(name, None)
