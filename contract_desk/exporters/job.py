"""One export from start to finish: choose the contracts, read once, write the file.

The window (File → Export…) and ``contract-desk export`` both call
:func:`export_register` with an :class:`ExportRequest`. It runs in the caller's
Session; the window runs it in a worker thread with ``progress`` driving a
progress bar and ``should_cancel`` wired to its Cancel button.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypedDict

from sqlalchemy.orm import Session

from contract_desk.exporters.calendar_events import DEFAULT_HORIZON_DAYS
from contract_desk.exporters.columns import REGISTER_COLUMNS, Column, view_columns
from contract_desk.exporters.csv_writer import write_csv
from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.ics_writer import write_ics
from contract_desk.exporters.pdf_writer import write_contract_pdf, write_portfolio_pdf
from contract_desk.exporters.progress import CancelCheck, ProgressCallback
from contract_desk.exporters.xlsx_writer import write_xlsx
from contract_desk.gc_pause import paused_gc
from contract_desk.i18n import ngettext
from contract_desk.services.listing.export_data import (
    ExportData,
    load_export_data,
    select_contracts,
)
from contract_desk.services.register.rows import ContractRow


class ExportFormat(StrEnum):
    """The file formats an export writes."""

    XLSX = "xlsx"
    CSV = "csv"
    ICS = "ics"
    PDF = "pdf"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export, where, and which contracts.

    Contracts: all, or those with ``status`` (effective status), or expiring
    within ``expiring_within`` days; ``contract_uids`` narrows to a selection or
    the window's current view, in that order. ``columns`` are the view's fields
    (``columns.VIEW_FIELDS``) for xlsx/csv; None writes the register's own
    columns, which re-import unchanged. ``contract_uid`` makes a PDF the sheet
    of that one contract instead of the portfolio report.
    """

    format: ExportFormat
    path: Path
    status: str | None = None
    expiring_within: int | None = None
    horizon_days: int = DEFAULT_HORIZON_DAYS
    columns: tuple[str, ...] | None = None
    contract_uids: tuple[str, ...] | None = None
    contract_uid: str | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    format: ExportFormat
    contracts: int
    obligations: int


def _chosen(rows: Sequence[ContractRow], uids: Sequence[str] | None) -> list[ContractRow]:
    if uids is None:
        return list(rows)
    by_uid = {row.uid: row for row in rows}
    missing = [uid for uid in uids if uid not in by_uid]
    if missing:
        raise ExportError(ngettext(
            "{count} selected contract is no longer in the register ({missing}); reload and "
            "export again",
            "{count} selected contracts are no longer in the register (first: {missing}); "
            "reload and export again", len(missing)).format(
                                count=len(missing), missing=missing[0]))
    return [by_uid[uid] for uid in uids]


def gather(session: Session, request: ExportRequest, *, today: date) -> ExportData:
    """Read everything ``request`` writes, in a few queries (a calendar: no health, no alerts)."""
    # Everything read is kept until it is written and makes no cycles: each collection
    # would only walk it again (a quarter of the reading, 2 of 8.5 s, at 100,000 contracts).
    with paused_gc():
        rows = select_contracts(session, today=today, status=request.status,
                                expiring_within=request.expiring_within)
        return load_export_data(session, _chosen(rows, request.contract_uids), today=today,
                                calendar_only=ExportFormat(request.format) is ExportFormat.ICS)


def _columns(request: ExportRequest) -> Sequence[Column]:
    return REGISTER_COLUMNS if request.columns is None else view_columns(request.columns)


class _Hooks(TypedDict):
    """What every writer is given besides its data: where to say how far it is, when to stop."""

    progress: ProgressCallback | None
    should_cancel: CancelCheck | None


def write_export(data: ExportData, request: ExportRequest, *,
                 progress: ProgressCallback | None = None,
                 should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write ``data`` as ``request`` says (no database needed: safe in any thread)."""
    path, kind = Path(request.path), ExportFormat(request.format)
    hooks: _Hooks = {"progress": progress, "should_cancel": should_cancel}
    if kind is ExportFormat.XLSX:
        write_xlsx(path, data, columns=_columns(request), **hooks)
    elif kind is ExportFormat.CSV:
        write_csv(path, data, columns=_columns(request), **hooks)
    elif kind is ExportFormat.ICS:
        write_ics(path, data, horizon_days=request.horizon_days, **hooks)
    elif request.contract_uid is not None:
        write_contract_pdf(path, data, request.contract_uid, **hooks)
    else:
        write_portfolio_pdf(path, data, **hooks)
    return ExportResult(path, kind, len(data.contracts), len(data.obligations))


def export_register(session: Session, request: ExportRequest, *, today: date,
                    progress: ProgressCallback | None = None,
                    should_cancel: CancelCheck | None = None) -> ExportResult:
    """Choose, read and write one export; ExportCancelled when ``should_cancel`` says stop."""
    # Read with the collector paused (gather). A calendar's writer keeps every row
    # until it is written and makes no cycles (text, tuples): paused while it writes too.
    calendar = ExportFormat(request.format) is ExportFormat.ICS
    with paused_gc() if calendar else contextlib.nullcontext():
        return write_export(gather(session, request, today=today), request, progress=progress,
                            should_cancel=should_cancel)
