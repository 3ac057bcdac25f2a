"""Exports of the register: Excel, CSV, iCalendar and PDF reports. Qt-free except ``pdf_qt``.

The one entry point is :func:`export_register` (see ``job``); the writers take
an :class:`ExportData` read once for the whole selection.
"""

from contract_desk.exporters.columns import REGISTER_COLUMNS, VIEW_FIELDS, view_columns
from contract_desk.exporters.errors import ExportCancelled, ExportError
from contract_desk.exporters.job import (
    ExportFormat,
    ExportRequest,
    ExportResult,
    export_register,
    gather,
    write_export,
)
from contract_desk.services.listing.export_data import ExportData, load_export_data

__all__ = [
    "REGISTER_COLUMNS",
    "VIEW_FIELDS",
    "ExportCancelled",
    "ExportData",
    "ExportError",
    "ExportFormat",
    "ExportRequest",
    "ExportResult",
    "export_register",
    "gather",
    "load_export_data",
    "view_columns",
    "write_export",
]
