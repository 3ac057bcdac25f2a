"""Lists a person types on one line: tags, "my names", reminder days.

Chinese and Japanese keyboards type the full-width comma ``，`` or the
ideographic comma ``、`` where an English keyboard types ``,``; some people
separate with ``;`` (``；`` full width). Every one of them separates items, so
"계약, IT", "关键，IT", "关键、IT" and "kritisk; IT" are each two items.
"""

from __future__ import annotations

import re

#: What separates the items of a typed list (the small forms ﹐﹑﹔ too).
LIST_SEPARATORS = ",，、;；﹐﹑﹔"

_SEPARATOR_RE = re.compile(f"[{re.escape(LIST_SEPARATORS)}]")


def split_typed_list(text: str) -> list[str]:
    """The items of ``text`` split at any separator, trimmed, blanks dropped, in order.

    Duplicates are kept: whoever keeps the list decides whether they matter.
    """
    return [item.strip() for item in _SEPARATOR_RE.split(text) if item.strip()]


def typed_list_text(items: list[str] | tuple[str, ...]) -> str:
    """Items written back for editing ("a, b"): what :func:`split_typed_list` reads again."""
    return ", ".join(items)


__all__ = ["LIST_SEPARATORS", "split_typed_list", "typed_list_text"]
