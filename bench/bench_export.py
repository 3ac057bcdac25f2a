"""Exporting the register to xlsx and to ics, against the bare libraries writing as much."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import best_of, demo_register
from contract_desk.storage import open_register


def _exporters() -> Any:
    try:
        from contract_desk import exporters
    except ImportError as error:
        raise Unavailable(f"contract_desk.exporters: {error}") from None
    return exporters


def _export(context: BenchContext, path: Path, kind: str) -> float:
    exporters = _exporters()
    register = open_register(demo_register(context).path)

    def run() -> None:
        request = exporters.ExportRequest(exporters.ExportFormat(kind), path)
        with register.transaction() as session:
            exporters.export_register(session, request, today=context.today)

    try:
        return best_of(context.repeat, run)
    finally:
        register.close()


def _export_data(context: BenchContext) -> Any:
    exporters = _exporters()
    register = open_register(demo_register(context).path)
    try:
        with register.transaction() as session:
            return exporters.gather(session, exporters.ExportRequest(
                exporters.ExportFormat.XLSX, Path("unused")), today=context.today)
    finally:
        register.close()


def _plain_xlsx(path: Path, rows: int, columns: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Plain")
    day = date(2026, 1, 1)
    for number in range(rows):
        sheet.append([f"text {number}" if c % 3 else number if c % 2 else day
                      for c in range(columns)])
    book.save(path)


def _bare_events(path: Path, count: int) -> None:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    stamp, day = datetime(2026, 1, 1, tzinfo=UTC), date(2026, 1, 1)
    for number in range(count):
        event = Event()
        event.add("uid", f"{number}@bench")
        event.add("dtstamp", stamp)
        event.add("dtstart", day + timedelta(days=number % 365))
        event.add("summary", f"Event {number}")
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())


@benchmark
def export_xlsx(context: BenchContext) -> list[Measure]:
    """Time File → Export as xlsx of the whole register, against plain write-only rows."""
    data = _export_data(context)
    from contract_desk.exporters.columns import (
        KEY_DATE_COLUMNS,
        OBLIGATION_COLUMNS,
        REGISTER_COLUMNS,
    )

    # As many cells as the export writes, in rows of the average width.
    rows = 2 * len(data.contracts) + len(data.obligations)
    cells = (len(data.contracts) * (len(REGISTER_COLUMNS) + len(KEY_DATE_COLUMNS))
             + len(data.obligations) * len(OBLIGATION_COLUMNS))
    columns = max(1, round(cells / max(1, rows)))
    seconds = _export(context, context.workdir / "export.xlsx", "xlsx")
    raw = best_of(context.repeat, lambda: _plain_xlsx(context.workdir / "plain.xlsx", rows,
                                                      columns))
    return [Measure("export_xlsx", seconds, "s", baseline=raw, about=(
        f"`export_register` writing {len(data.contracts):,} contracts (contracts and key-dates "
        f"sheets) and {len(data.obligations):,} obligations to xlsx, reading included (best of "
        f"{context.repeat}). Baseline: openpyxl write-only mode writing {rows:,} plain rows of "
        f"{columns} text, number and date cells, no styles."))]


@benchmark
def export_ics(context: BenchContext) -> list[Measure]:
    """Time the calendar export, against icalendar serialising as many bare events."""
    data = _export_data(context)
    from contract_desk.exporters.calendar_events import key_date_events

    events = len(key_date_events(data))
    seconds = _export(context, context.workdir / "export.ics", "ics")
    raw = best_of(context.repeat, lambda: _bare_events(context.workdir / "bare.ics", events))
    return [Measure("export_ics", seconds, "s", baseline=raw, about=(
        f"`export_register` writing the {events:,} key dates of the next 365 days of "
        f"{len(data.contracts):,} contracts to ics, each with its VALARMs, reading included "
        f"(best of {context.repeat}). Baseline: icalendar serialising {events:,} bare events "
        "(uid, stamp, date, summary; no alarms) in one calendar."))]
