"""Errors of the register's use cases, each with a message a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from contract_desk.domain.errors import DomainError


class NotFoundError(DomainError):
    """No contract (or obligation, attachment...) with that reference or id."""


class AmbiguousError(DomainError):
    """A reference that several contracts share."""


class ConflictError(DomainError):
    """Someone saved the same record since it was read; nothing was overwritten.

    ``mine`` holds the attempted changes, ``theirs`` the record as it is now.
    """

    def __init__(self, mine: Mapping[str, Any], theirs: Any) -> None:
        self.mine = dict(mine)
        self.theirs = theirs
        who = getattr(theirs, "updated_by", "") or "someone else"
        title = getattr(theirs, "title", None) or getattr(theirs, "name", "") or "the record"
        super().__init__(
            f"{title!s} was changed by {who} since you opened it; nothing was overwritten. "
            "Reload to see their version."
        )
