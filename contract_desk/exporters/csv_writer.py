"""The register as CSV: UTF-8 with a byte-order mark (Excel then reads it right), ISO dates.

Headers are in the person's language; the cells are for programs too: ISO
dates, plain numbers with a full stop, stored codes ("active", "automatic").

One file holds one table: the contracts (the register's own columns or a
view's), custom fields as their own columns. Text a spreadsheet would run as a
formula gets a leading single quote (OWASP), so opening the file is safe.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from contract_desk.exporters.cells import CellValue, cell_value, custom_value
from contract_desk.exporters.columns import REGISTER_COLUMNS, Column, custom_columns
from contract_desk.exporters.progress import (
    CancelCheck,
    Progress,
    ProgressCallback,
    written_atomically,
)
from contract_desk.exporters.safety import csv_safe
from contract_desk.services.listing.export_data import ExportData


def csv_text(value: CellValue) -> str:
    """A cell as CSV text: ISO dates, exact decimals, neutralised formulas."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    return csv_safe(value)


def write_csv(path: Path, data: ExportData, *, columns: Sequence[Column] = REGISTER_COLUMNS,
              include_custom: bool = True, progress: ProgressCallback | None = None,
              should_cancel: CancelCheck | None = None) -> Path:
    """Write the contracts of ``data`` to ``path`` as CSV."""
    counter = Progress(len(data.contracts), progress, should_cancel)
    customs = custom_columns((row.custom for row in data.contracts),
                             [c.label for c in columns]) if include_custom else ()
    with written_atomically(Path(path)) as temporary:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([csv_safe(c.label) for c in columns]
                            + [csv_safe(header) for _, header in customs])
            for row, health in zip(data.contracts, data.health, strict=True):
                extra = {"health": health}
                writer.writerow([csv_text(cell_value(row, c, extra)) for c in columns]
                                + [csv_text(custom_value(row.custom, key)) for key, _ in customs])
                counter.step()
        counter.check()
    counter.finish()
    return Path(path)
