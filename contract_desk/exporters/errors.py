"""Errors of an export, worded for the person who asked for it."""

from __future__ import annotations

from contract_desk.domain.errors import DomainError


class ExportError(DomainError):
    """An export that cannot be made (unknown column, unwritable file...), with the reason."""


class ExportCancelled(ExportError):
    """The person cancelled; nothing was written."""
