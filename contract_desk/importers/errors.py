"""What can go wrong when importing, in words a person can act on."""

from __future__ import annotations

from contract_desk.domain.errors import DomainError


class ImportFileError(DomainError):
    """The file as a whole cannot be imported (not a spreadsheet, encrypted, too big...).

    The message names the file and says what was expected; nothing was changed.
    """


class ValueParseError(DomainError):
    """One cell's text could not be read as the value its column holds."""
