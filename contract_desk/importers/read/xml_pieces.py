"""A package part read in pieces: each piece looked at ends after a whole element.

The scans stream a sheet's XML through in chunks (the package guard already
reads it so); a row cut in two by a chunk's end waits for the next chunk.
"""

from __future__ import annotations


def split_after_last(data: bytes, end: bytes) -> tuple[bytes, bytes]:
    """``data`` cut just after the last ``end``: (the whole elements, the rest to carry)."""
    cut = data.rfind(end)
    if cut < 0:
        return b"", data
    cut += len(end)
    return data[:cut], data[cut:]
