"""Names a package hands out but imports only when first used (PEP 562).

A command that needs one leaf module of a package (``exporters.words``, say)
should not load every writer the package offers: the command line starts in
well under a second only if each command imports what it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, namespace: dict[str, Any],
               where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``name`` from the module ``where[name]``.

    The name is then kept in the package's ``namespace``, so each is imported once.
    """

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
