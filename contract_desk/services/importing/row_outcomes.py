"""One planned row into the register: created, updated, unchanged or skipped, and why.

What a row changes in an existing contract:

- only the fields that carry a value in the row: a blank cell never clears a
  stored value (a column left empty in this year's sheet is not a decision to
  erase last year's data);
- custom fields merge: new headers are added, changed texts updated, nothing
  removed;
- a counterparty written in another case or spacing is the same party, not a change.

A reference written exactly alike on several rows with different contents
("STANDING OFFER", one document number per supplier) names no single contract:
each such row is its own contract, matched by all its values (see
``matching``).

Two rows of one file about the same contract: the first one decides. A later
row that would change nothing is "unchanged"; a later row that differs is
skipped with a reason naming the earlier row and the fields. Applying it
instead ("last row wins") would make every re-import flip the contract from
the first row's values to the second's, filling the audit trail with changes
nobody made, and would silently overwrite one spreadsheet row with another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import ValidationError, clean_fields
from contract_desk.i18n import _, clauses, enumerated
from contract_desk.importers.plan.model import CellProblem, ImportPlan, PlannedRow, row_address
from contract_desk.importers.plan.model import skip_reason as plan_skip_reason
from contract_desk.services.importing.matching import ContractIndex, FileKey, file_key, fold
from contract_desk.services.importing.new_contracts import PendingContracts
from contract_desk.services.importing.obligations import add_new_obligations
from contract_desk.services.importing.provenance import ImportStamps
from contract_desk.services.importing.results import RowOutcome
from contract_desk.services.register.audit import diff
from contract_desk.services.register.contracts import (
    create_contract,
    load_contract,
    stored_values,
    update_contract,
)
from contract_desk.services.register.obligation_fields import (
    clean_obligation,
    whole_obligation_problems,
)


@dataclass
class RowContext:
    """What every row of one import shares."""

    session: Session
    plan: ImportPlan
    user: str
    today: date
    index: ContractIndex
    stamps: ImportStamps
    batch_id: int | None
    #: New contracts kept to be written together at the end (None: one by one).
    pending: PendingContracts | None = None
    #: References (or natural keys of rows without one) that several rows of this
    #: file carry: not unique here (see ``import_matching.file_key``).
    shared_references: set[FileKey] = field(default_factory=set)
    #: Contract uid -> the first row of this file that was about it.
    claimed: dict[str, int] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    #: Working out what the rows would do without writing (see ``rehearsal``).
    rehearsal: bool = False


class NeedsWrite(Exception):
    """A rehearsal met a row it cannot work out without writing (see ``rehearsal``)."""


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _comparable(clean: Mapping[str, Any]) -> dict[str, Any]:
    # Periods are stored (and shown) as text such as "3 months".
    return {name: str(value) if isinstance(value, Period) else value
            for name, value in clean.items()}


def planned_changes(stored: Mapping[str, Any], values: Mapping[str, Any],
                    custom: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """(changes to give update_contract, ``{field: [old, new]}``) for a matched contract.

    ValidationError when a value in the row cannot be stored at all.
    """
    clean, problems = clean_fields(values, partial=True)
    if problems:
        raise ValidationError(problems)
    clean = {name: value for name, value in clean.items() if not _is_blank(value)}
    if "counterparty" in clean and fold(clean["counterparty"]) == fold(stored["counterparty"]):
        del clean["counterparty"]
    if custom:
        clean["custom"] = {**(stored.get("custom") or {}), **custom}
    delta = diff({name: stored.get(name) for name in clean}, _comparable(clean))
    return {name: clean[name] for name in delta}, delta


def _note(context: RowContext, row: PlannedRow) -> str:
    return f"import of {context.plan.file_name} ({context.plan.sheet}, row {row.row})"


def _provenance(context: RowContext, row: PlannedRow) -> dict[str, Any]:
    return {"import_batch_id": context.batch_id, "source_sheet": context.plan.sheet,
            "source_row": row.row}


def _row_problem(context: RowContext, row: PlannedRow, message: str, *,
                 column: str = "", value: Any = "", severity: str = "error") -> None:
    context.problems.append(CellProblem(
        row.row, row_address(context.plan.sheet, row.row), column,
        "" if value is None else str(value), message,
        "error" if severity == "error" else "warning"))


def skip(context: RowContext, row: PlannedRow, reason: str, *, report: bool = True) -> RowOutcome:
    """The row stays out of the register; its reason is also listed as a problem."""
    if report:
        _row_problem(context, row, _("row skipped: {reason}").format(reason=reason))
    return RowOutcome(row.row, "skipped", reason=reason)


def _report_invalid(context: RowContext, row: PlannedRow, error: DomainError) -> str:
    errors = error.errors if isinstance(error, ValidationError) else {"": str(error)}
    values = row.values()
    for name, message in errors.items():
        column = context.plan.column_of(name) if name else ""
        _row_problem(context, row, _("row skipped: {field}: {message}").format(
            field=field_word(name), message=message)
                     if name else _("row skipped: {message}").format(
                         message=message), column=column,
                     value=values.get(name, ""))
    return str(error)


def import_row(context: RowContext, row: PlannedRow) -> RowOutcome:
    """Store one row (in a savepoint of its own) and say what happened."""
    if context.rehearsal and row.obligations:
        raise NeedsWrite(f"row {row.row} has obligations")
    context.problems.extend(row.problems)
    reason = plan_skip_reason(row)
    if reason is not None:
        return skip(context, row, reason, report=not row.errors)
    values = row.values()
    shared = file_key(values) in context.shared_references
    match = context.index.match({**values, "custom": row.custom}, shared_reference=shared)
    if match.ambiguity is not None:
        return skip(context, row, match.ambiguity)
    pending = context.pending
    if pending is not None and row.obligations and match.uid in pending.values:
        # An earlier row of this file creates the contract; it must be in the
        # database to take this row's obligations. Written now, outside this row's
        # savepoint: if this row fails, the other rows' contracts stay.
        pending.write()
    deferred = match.uid is None and pending is not None and not row.obligations
    try:
        if deferred:  # a new contract writes nothing now: no savepoint needed to undo it
            return _create(context, row)
        if context.rehearsal:  # a row that would write raises NeedsWrite before it does
            assert match.uid is not None
            return _update(context, row, match.uid)
        with context.session.begin_nested():
            if match.uid is None:
                return _create(context, row)
            return _update(context, row, match.uid)
    except DomainError as error:  # the row cannot be stored; the rest of the file can
        return RowOutcome(row.row, "skipped", reason=_report_invalid(context, row, error))
    finally:
        context.stamps.for_row(None)


def _storable_obligations(context: RowContext, row: PlannedRow, *, owner: Any,
                          currency: Any) -> tuple[tuple[dict[str, Any], ...], dict[str, str]]:
    """(the row's obligations that can be stored, cell texts to keep as custom instead).

    An obligation needs a title, a due date and exactly one owner (the
    contract's, unless the row names one). One that cannot have them is not
    guessed at: its cells stay with the contract as custom fields, and a warning
    says why, so the contract itself still comes in.
    """
    usable: list[dict[str, Any]] = []
    kept: dict[str, str] = {}
    for fields in row.obligations:
        clean, problems = clean_obligation(fields)
        whole = {**clean, "owner": clean.get("owner") or owner,
                 "currency": clean.get("currency") or currency}
        problems.update({k: v for k, v in whole_obligation_problems(whole).items()
                         if k not in problems})
        if not problems:
            usable.append(dict(fields))
            continue
        described = f"{fields.get('title') or ''} {fields.get('due_date') or ''}".strip()
        cells = row.obligation_cells or {
            "obligation": (row_address(context.plan.sheet, row.row), described)}
        reasons = clauses(_("{field}: {problem}").format(field=field_word(name), problem=message)
                          for name, message in problems.items())
        for header, (address, text) in cells.items():
            kept[header] = text
            context.problems.append(CellProblem(
                row.row, address, header, text,
                _("not added as an obligation ({reasons}); kept as a custom field").format(
                    reasons=reasons), "warning"))
    return tuple(usable), kept


def _create(context: RowContext, row: PlannedRow) -> RowOutcome:
    fields = row.values()
    if not fields.get("title"):
        # A contract needs a title; the reference is the next best name for it.
        fields["title"] = str(fields["reference"])
        _row_problem(context, row, _("no title in this row: the reference is used as the title"),
                     column="title", value=fields["title"], severity="warning")
    obligations, kept = _storable_obligations(context, row, owner=fields.get("owner"),
                                              currency=fields.get("currency"))
    if row.custom or kept:
        fields["custom"] = {**row.custom, **kept}
    if context.pending is not None and not row.obligations:
        return _create_pending(context, row, fields)
    context.stamps.for_row(_provenance(context, row))
    created = create_contract(context.session, fields, user=context.user, today=context.today,
                              note=_note(context, row), approvals=False)
    add_new_obligations(context.session, created.uid, obligations, user=context.user)
    context.index.remember(created.uid, {name: getattr(created, name) for name in (
        "reference", "title", "counterparty", "start_date", "department", "signed_on",
        "end_date", "value", "custom")})
    context.claimed[created.uid] = row.row
    shown = {name: getattr(created, name, value) for name, value in fields.items()}
    return RowOutcome(row.row, "created", created.uid, changes=diff({}, _comparable(shown)))


def _create_pending(context: RowContext, row: PlannedRow, fields: dict[str, Any]) -> RowOutcome:
    # Validated now, written with the others at the end (see import_bulk).
    assert context.pending is not None
    uid, values, changes = context.pending.add(fields, provenance=_provenance(context, row),
                                               note=_note(context, row))
    context.index.remember(uid, values)
    context.claimed[uid] = row.row
    # The audit event holds the same (read-only) changes until it is written.
    return RowOutcome(row.row, "created", uid, changes=changes)


def _update_pending(context: RowContext, row: PlannedRow, uid: str) -> RowOutcome:
    # A later row of this file about a contract an earlier row creates: the first decides.
    assert context.pending is not None
    _before, delta = planned_changes(context.pending.values[uid], row.values(), row.custom)
    if delta:
        fields = enumerated(field_word(name) for name in delta)
        return skip(context, row, _("row {claimed} already imported this contract; this row "
                                    "differs in {fields} and was not applied").format(
                                        claimed=context.claimed[uid], fields=fields))
    return RowOutcome(row.row, "unchanged", uid)


def _update(context: RowContext, row: PlannedRow, uid: str) -> RowOutcome:
    if context.pending is not None and uid in context.pending.values and not row.obligations:
        return _update_pending(context, row, uid)
    contract = load_contract(context.session, uid)
    stored = stored_values(contract)
    values = row.values()
    obligations, kept = _storable_obligations(
        context, row, owner=values.get("owner") or contract.owner,
        currency=values.get("currency") or contract.currency)
    changes, delta = planned_changes(stored, values, {**row.custom, **kept})
    first = context.claimed.get(uid)
    if first is not None and delta:
        fields = enumerated(field_word(name) for name in delta)
        return skip(context, row, _("row {first} already imported this contract; this row "
                                    "differs in {fields} and was not applied").format(
                                        first=first, fields=fields))
    if context.rehearsal and (delta or obligations):
        raise NeedsWrite(f"row {row.row} changes a stored contract")
    context.stamps.for_row(_provenance(context, row), target=uid)
    if delta:
        update_contract(context.session, uid, changes, expected_version=contract.version_id,
                        user=context.user, today=context.today, note=_note(context, row),
                        approvals=False)
    added = add_new_obligations(context.session, uid, obligations, user=context.user)
    context.claimed.setdefault(uid, row.row)
    if not (delta or added):
        return RowOutcome(row.row, "unchanged", uid)
    context.index.remember(uid, {**stored, **changes})
    if added:
        delta = {**delta, "obligations": [None, added]}
    return RowOutcome(row.row, "updated", uid, changes=delta)

