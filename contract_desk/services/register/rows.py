"""Plain, frozen rows the views and the CLI get: never live ORM objects.

A ``ContractRow`` also carries the key dates computed for the day it was read,
so a table of 100,000 contracts needs no further query to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from contract_desk.domain.json_values import json_value
from contract_desk.domain.obligations import is_overdue as obligation_overdue

if TYPE_CHECKING:
    from contract_desk.services.register.attachment_store import FileStore


_R = TypeVar("_R")


class _JsonRow:
    __slots__ = ()

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object keyed by field name (dates ISO, decimals as text)."""
        row_type: type = type(self)  # plainly a type: mypy takes a row class for unhashable
        return {name: json_value(getattr(self, name)) for name in _field_names(row_type)}


@cache
def _field_names(row_type: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(row_type))


class ContractRow(NamedTuple):
    """One contract as listed, with its key dates on the day it was read.

    A named tuple, not a dataclass like the other rows: a listing makes 100,000 of
    them, and a tuple of 49 values is made in one step (a frozen dataclass with
    slots sets its fields one by one, five times as long: a sixth of what listing
    100,000 contracts cost). Read-only like them; ``_replace`` makes a changed copy.
    """

    id: int
    uid: str
    reference: str | None
    title: str
    scope: str | None
    counterparty: str | None
    counterparty_uid: str | None
    contract_type: str | None
    direction: str | None
    department: str | None
    project: str | None
    owner: str | None
    tags: tuple[str, ...]
    status: str
    signed_on: date | None
    start_date: date | None
    end_date: date | None
    initial_term: str | None
    renewal: str
    renewal_term: str | None
    max_renewals: int | None
    final_end_date: date | None
    notice_period: str | None
    notice_buffer_days: int
    notice_given_on: date | None
    notice_to: str | None
    holiday_country: str | None
    postal_days: int
    value: Decimal | None
    currency: str | None
    payment_terms: str | None
    confidential_until: date | None
    notes: str | None
    custom: Mapping[str, Any]
    #: Days before each key date to remind; None: the register's defaults.
    reminder_offsets: tuple[int, ...] | None
    version_id: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str
    term_end: date | None
    current_term_start: date | None
    current_term_end: date | None
    notice_deadline: date | None
    send_by: date | None
    renewals: int | None
    next_renewal_start: date | None
    #: The first day it can end if notice is given on the day it was read.
    earliest_end: date | None
    effective_status: str

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object keyed by field name (dates ISO, decimals as text)."""
        return {name: json_value(value) for name, value in zip(self._fields, self, strict=True)}


#: The stored fields of a contract row, in order (the key dates follow them).
_NAMES = ContractRow._fields
STORED_FIELDS = _NAMES[: _NAMES.index("updated_by") + 1]
_WIDTH = len(_NAMES)
#: ``new_contract_row(ContractRow, values)``: the row of a tuple of all its values, in order.
new_contract_row = tuple.__new__


def contract_row_of(*values: Any) -> ContractRow:
    """``ContractRow(*values)``, faster: the values taken as they are, in one step."""
    if len(values) != _WIDTH:
        raise TypeError(f"a contract row has {_WIDTH} values, not {len(values)}")
    return new_contract_row(ContractRow, values)


@dataclass(frozen=True, slots=True)
class ObligationRow(_JsonRow):
    """One obligation of a contract."""

    id: int
    uid: str
    contract_uid: str
    contract_reference: str | None
    kind: str
    performer: str
    title: str
    description: str | None
    due_date: date | None
    owner: str | None
    amount: Decimal | None
    currency: str | None
    status: str
    met_on: date | None
    evidence_note: str | None
    evidence_attachment_uid: str | None
    recurrence: str | None
    reminder_offsets: tuple[int, ...] | None
    custom: Mapping[str, Any]
    version_id: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str

    def is_overdue(self, today: date) -> bool:
        """Due before ``today`` and still open (a series: recorded as missed)."""
        return obligation_overdue(self.due_date, self.status,
                                  recurring=bool(self.recurrence), today=today)


def positional_maker(cls: type[_R]) -> Callable[..., _R]:
    """``cls(*values)`` for a frozen slotted dataclass, its values taken as they are.

    A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``: 3.4 µs for an obligation row called by keywords, a
    second for the 300,000 obligations of an export. Each slot is set by its own
    descriptor instead (1.4 µs), by a function written once, as ``dataclasses``
    writes ``__init__``. No defaults and no checks: every field, in order.
    """
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    made_as = "_made"  # the new object's local name: no field may be called so
    if made_as in names or any(name.startswith("_set_") for name in names):
        raise TypeError(f"{cls.__name__} has a field named like the maker's own names")
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    scope.update({f"_set_{name}": cls.__dict__[name].__set__ for name in names})
    body = "".join(f"    _set_{name}({made_as}, {name})\n" for name in names)
    exec(f"def make({', '.join(names)}):\n    {made_as} = _new(_cls)\n{body}"
         f"    return {made_as}\n", scope)  # written from the class's own field names only
    made: Callable[..., _R] = scope["make"]
    return made


#: ``ObligationRow(*values)``, faster (see positional_maker): reading a whole register's
#: obligations (an export, a calendar) makes hundreds of thousands.
obligation_row_of = positional_maker(ObligationRow)


@dataclass(frozen=True, slots=True)
class AttachmentRow(_JsonRow):
    """One attached file; its bytes are in the store under ``sha256``."""

    id: int
    uid: str
    contract_uid: str
    obligation_uid: str | None
    file_name: str
    media_type: str | None
    size: int
    sha256: str
    note: str | None
    created_at: datetime | None
    created_by: str

    def status(self, store: FileStore) -> str:
        """"ok", "missing" or "changed": checked against the store now, never cached."""
        return store.status(self.sha256, self.size)


@dataclass(frozen=True, slots=True)
class AuditRow(_JsonRow):
    """One entry of the audit trail."""

    id: int
    at: datetime
    user: str
    entity: str
    entity_uid: str
    contract_uid: str | None
    action: str
    changes: Mapping[str, Any]
    note: str | None


@dataclass(frozen=True, slots=True)
class PartyRow(_JsonRow):
    """A counterparty."""

    id: int
    uid: str
    name: str
    org_number: str | None
    country: str | None
    contacts: tuple[Any, ...]
    notes: str | None
    version_id: int
