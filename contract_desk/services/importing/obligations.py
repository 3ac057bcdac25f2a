"""Obligations found in an imported row, added once.

An obligation already on the contract (same kind, title and due date) is not
added again, so re-importing a file adds nothing. One that cannot be stored
(no owner anywhere, no due date...) makes its row fail with the reason: the
row is skipped and reported rather than imported with a key date missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from contract_desk.domain.field_words import field_word
from contract_desk.domain.validation import ValidationError
from contract_desk.i18n import _
from contract_desk.services.importing.matching import fold
from contract_desk.services.register.obligation_fields import clean_obligation
from contract_desk.services.register.obligations import add_obligation, list_obligations

ObligationKey = tuple[str, str, date | None]


def _key(kind: Any, title: Any, due: date | None) -> ObligationKey:
    return (str(kind or "other"), fold(title), due)


def _refuse(problems: Mapping[str, str]) -> None:
    # Named as obligation fields, so they are not mistaken for the contract's own.
    if problems:
        raise ValidationError({_("obligation {field}").format(field=field_word(name)): message
                               for name, message in problems.items()})


def add_new_obligations(session: Session, contract_uid: str,
                        obligations: Iterable[Mapping[str, Any]], *, user: str) -> int:
    """Add each obligation the contract does not have yet; returns how many were added."""
    wanted = list(obligations)
    if not wanted:
        return 0
    have = {_key(o.kind, o.title, o.due_date) for o in list_obligations(session, contract_uid)}
    added = 0
    for fields in wanted:
        clean, problems = clean_obligation(fields)
        _refuse(problems)
        key = _key(clean.get("kind"), clean.get("title"), clean.get("due_date"))
        if key in have:
            continue
        try:
            add_obligation(session, contract_uid, fields, user=user)
        except ValidationError as error:
            _refuse(error.errors)
        have.add(key)
        added += 1
    return added
