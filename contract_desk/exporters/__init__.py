"""Exports of the register: Excel, CSV, iCalendar and PDF reports. Qt-free except ``pdf_qt``.

The one entry point is :func:`export_register` (see ``job``); the writers take
an :class:`ExportData` read once for the whole selection.

The names below are imported when first used: a command that needs only a
leaf module (``exporters.words``, say) does not load every writer with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from contract_desk.lazy_names import lazy_names

if TYPE_CHECKING:
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

_WHERE = {
    "REGISTER_COLUMNS": "contract_desk.exporters.columns",
    "VIEW_FIELDS": "contract_desk.exporters.columns",
    "view_columns": "contract_desk.exporters.columns",
    "ExportCancelled": "contract_desk.exporters.errors",
    "ExportError": "contract_desk.exporters.errors",
    "ExportFormat": "contract_desk.exporters.job",
    "ExportRequest": "contract_desk.exporters.job",
    "ExportResult": "contract_desk.exporters.job",
    "export_register": "contract_desk.exporters.job",
    "gather": "contract_desk.exporters.job",
    "write_export": "contract_desk.exporters.job",
    "ExportData": "contract_desk.services.listing.export_data",
    "load_export_data": "contract_desk.services.listing.export_data",
}

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


__getattr__ = lazy_names(__name__, globals(), _WHERE)
