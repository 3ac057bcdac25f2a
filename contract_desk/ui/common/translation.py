"""Marking the window's texts for translation where they are defined, not where shown.

``pyside6-lupdate`` finds a text by the *name* of the call around it, so tables of
labels are written ``QT_TRANSLATE_NOOP("Context", "text")`` and shown with
``QCoreApplication.translate("Context", value)``. PySide6's own
``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one returns the text
as a ``str`` for mypy, and lupdate reads it the same way.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged; lupdate extracts it into ``context``."""
    del context
    return text


__all__ = ["QT_TRANSLATE_NOOP"]
