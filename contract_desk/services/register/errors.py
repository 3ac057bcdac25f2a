"""Errors of the register's use cases, each with a message a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _


class NotFoundError(DomainError):
    """No contract (or obligation, attachment...) with that reference or id."""


class AmbiguousError(DomainError):
    """A reference that several contracts share."""


class ConflictError(DomainError):
    """Someone saved the same record since it was read; nothing was overwritten.

    ``mine`` holds the attempted changes, ``theirs`` the record as it is now
    (None when it is gone, or when several records were involved).
    """

    def __init__(self, mine: Mapping[str, Any], theirs: Any, message: str | None = None) -> None:
        self.mine = dict(mine)
        self.theirs = theirs
        super().__init__(message or _message(theirs))


def _message(theirs: Any) -> str:
    if theirs is None:
        return (_("the record was deleted or changed by someone else since you opened it; "
                  "nothing was overwritten. Reload to see what is there now."))
    who = getattr(theirs, "updated_by", "") or _("someone else")
    title = getattr(theirs, "title", None) or getattr(theirs, "name", "") or _("the record")
    return (_("{title} was changed by {who} since you opened it; nothing was overwritten. "
              "Reload to see their version.").format(title=str(title), who=who))
