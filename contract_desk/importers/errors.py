"""What can go wrong when importing, in words a person can act on."""

from __future__ import annotations

import re

from contract_desk.domain.errors import DomainError


class ImportFileError(DomainError):
    """The file as a whole cannot be imported (not a spreadsheet, encrypted, too big...).

    The message names the file and says what was expected; nothing was changed.
    """


class ValueParseError(DomainError):
    """One cell's text could not be read as the value its column holds.

    Its sentence quotes the cell; a cell's line breaks (Alt+Enter in Excel) read
    there as spaces, not as the ``\\n`` a quoted Python string would show.
    """

    def __str__(self) -> str:
        return _ESCAPED_BREAK_RE.sub(" ", super().__str__())


_ESCAPED_BREAK_RE = re.compile(r"[ \t]*(?:\\r)?\\n[ \t]*")
