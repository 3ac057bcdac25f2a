"""Refusing XML parts that declare a DOCTYPE or entities, before any parser sees them.

Entities are declared in the DOCTYPE, and the DOCTYPE comes before the root
element; so only the prolog (XML declaration, comments, processing
instructions) is searched. No spreadsheet part needs a DOCTYPE; with one, a
few hundred bytes can expand into gigabytes ("billion laughs").
"""

from __future__ import annotations

import re

from contract_desk.i18n import _
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_XML_PROLOG_BYTES

_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _as_ascii_compatible(head: bytes) -> bytes:
    # An XML part may be UTF-16; search its markup as ASCII.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        usable = len(head) - len(head) % 2
        return head[2:usable].decode(encoding, "replace").encode("ascii", "replace")
    return head


class XmlPrologCheck:
    """Fed a part's first bytes; raises ``ImportFileError`` on a DOCTYPE or entity."""

    def __init__(self, file_name: str, part: str) -> None:
        self.file_name = file_name
        self.part = part
        self._head: bytes | None = b""

    def feed(self, chunk: bytes) -> None:
        """The next bytes; nothing more is looked at once the root element has started."""
        if self._head is None:
            return
        head = self._head + chunk
        text = _as_ascii_compatible(head)
        root = _ROOT_START.search(text)
        if _DECLARATION.search(text[: root.start()] if root else text):
            raise ImportFileError(
                _("{file}: part {part} declares a DOCTYPE or entities, which no spreadsheet needs "
                  "and which can expand into gigabytes (an XML entity bomb). Refused.").format(
                    file=self.file_name, part=self.part))
        if root:
            self._head = None
        elif len(head) > MAX_XML_PROLOG_BYTES:
            raise ImportFileError(
                _("{file}: part {part} has no XML root element in its first {size} KB; the file "
                  "is damaged or hostile.").format(file=self.file_name, part=self.part,
                                                   size=MAX_XML_PROLOG_BYTES // 1024))
        else:
            self._head = head

    def finish(self) -> None:
        """Nothing left to check (a part without a root element fails in the parser)."""
