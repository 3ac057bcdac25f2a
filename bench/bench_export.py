"""Exporting the register to xlsx and to ics, against bare writes of the same cells and events.

The baselines write exactly what the export writes, from values already in
memory, with no reading and no deciding: for xlsx the same cells (values, date
and money formats, row fills) with the fastest well-kept writer, for ics the
same events as plain RFC 5545 text lines, written and folded by hand. A second
xlsx measure compares the two writers on the same cells (XlsxWriter's
constant-memory mode against openpyxl's write-only mode), which is why the
export writes with XlsxWriter. The ``*_write`` measures time the writers alone on
data already read, to show how much of an export is reading and computing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import best_of, demo_register
from contract_desk.storage import open_register

XLSX_GOAL = 1.3
ICS_GOAL = 1.5
DATE_FORMAT = "yyyy-mm-dd"
#: One sheet of cells: (name, headers, widths, rows of (values, fill, currency), money columns).
Sheet = tuple[str, list[str], list[int], list[tuple[list[Any], str | None, str | None]],
              frozenset[int]]


def _exporters() -> Any:
    try:
        from contract_desk import exporters
    except ImportError as error:
        raise Unavailable(f"contract_desk.exporters: {error}") from None
    return exporters


def _export(context: BenchContext, path: Path, kind: str, *, repeat: int | None = None
            ) -> float:
    exporters = _exporters()
    register = open_register(demo_register(context).path)

    def run() -> None:
        request = exporters.ExportRequest(exporters.ExportFormat(kind), path)
        with register.transaction() as session:
            exporters.export_register(session, request, today=context.today)

    try:
        return best_of(context.repeat if repeat is None else repeat, run)
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


def _write_only(context: BenchContext, data: Any, path: Path, kind: str) -> float:
    """The writer alone, on data already read."""
    exporters = _exporters()
    request = exporters.ExportRequest(exporters.ExportFormat(kind), path)
    return best_of(context.repeat, lambda: exporters.write_export(data, request))


def _read_only(context: BenchContext, kind: str) -> float:
    """Reading alone: what ``export_register`` gathers before it writes."""
    exporters = _exporters()
    register = open_register(demo_register(context).path)
    request = exporters.ExportRequest(exporters.ExportFormat(kind), Path("unused"))

    def run() -> None:
        with register.transaction() as session:
            exporters.gather(session, request, today=context.today)

    try:
        return best_of(context.repeat, run)
    finally:
        register.close()


def _sheets(data: Any) -> list[Sheet]:
    """The cells of the export's four sheets, as ``cells.cell_value`` makes them."""
    from contract_desk.exporters.cells import cell_value, custom_value
    from contract_desk.exporters.columns import (
        ALERT_COLUMNS,
        KEY_DATE_COLUMNS,
        OBLIGATION_COLUMNS,
        REGISTER_COLUMNS,
        Kind,
        custom_columns,
    )
    from contract_desk.exporters.styles import row_tint

    def sheet(name: str, items: Sequence[Any], columns: Sequence[Any], healths: Sequence[Any],
              customs: Sequence[tuple[str, str]], tinted: bool) -> Sheet:
        rows = []
        for item, health in zip(items, healths, strict=True):
            extra = {"health": health} if health is not None else None
            values = [cell_value(item, column, extra) for column in columns]
            values += [custom_value(item.custom, key) for key, _header in customs]
            rows.append((values, row_tint(health) if tinted else None,
                         getattr(item, "currency", None)))
        headers = [c.label for c in columns] + [header for _key, header in customs]
        widths = [c.width for c in columns] + [18] * len(customs)
        money = frozenset(i for i, c in enumerate(columns) if c.kind is Kind.MONEY)
        return name, headers, widths, rows, money

    contract_customs = custom_columns((row.custom for row in data.contracts),
                                      [c.label for c in REGISTER_COLUMNS])
    duty_customs = custom_columns((o.custom for o in data.obligations),
                                  [c.label for c in OBLIGATION_COLUMNS])
    nothing = [None] * max(len(data.obligations), len(data.alerts))
    return [
        sheet("Contracts", data.contracts, REGISTER_COLUMNS, data.health, contract_customs,
              True),
        sheet("Obligations", data.obligations, OBLIGATION_COLUMNS,
              nothing[:len(data.obligations)], duty_customs, False),
        sheet("Alerts", data.alerts, ALERT_COLUMNS, nothing[:len(data.alerts)], (), False),
        sheet("Key dates", data.contracts, KEY_DATE_COLUMNS, data.health, (), True),
    ]


def _bare_xlsxwriter(path: Path, sheets: list[Sheet]) -> None:
    import xlsxwriter  # type: ignore[import-untyped]  # ships no types

    from contract_desk.exporters.styles import money_format

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    made: dict[tuple[str | None, str | None], Any] = {}

    def look(fill: str | None, number_format: str | None) -> Any:
        if (fill, number_format) not in made:
            spec: dict[str, Any] = {"num_format": number_format} if number_format else {}
            if fill:
                spec.update(pattern=1, bg_color="#" + fill)
            made[fill, number_format] = book.add_format(spec) if spec else None
        return made[fill, number_format]

    bold = book.add_format({"bold": True, "pattern": 1, "bg_color": "#DDE3EA"})
    for name, headers, widths, rows, money in sheets:
        sheet = book.add_worksheet(name)
        for index, width in enumerate(widths):
            sheet.set_column_pixels(index, index, width * 7)
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, len(rows), len(headers) - 1)
        for index, text in enumerate(headers):
            sheet.write_string(0, index, text, bold)
        for number, (values, fill, currency) in enumerate(rows, start=1):
            plain = look(fill, None)
            for column, value in enumerate(values):
                if value is None or value == "":
                    if plain is not None:
                        sheet.write_blank(number, column, None, plain)
                elif isinstance(value, str):
                    sheet.write_string(number, column, value, plain)
                elif isinstance(value, date):
                    sheet.write_datetime(number, column, value, look(fill, DATE_FORMAT))
                else:
                    sheet.write_number(number, column, value, look(
                        fill, money_format(currency)) if column in money else plain)
    book.close()


def _bare_openpyxl(path: Path, sheets: list[Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from contract_desk.exporters.styles import money_format

    book = Workbook(write_only=True)
    fills: dict[str, PatternFill] = {}
    for name, headers, widths, rows, money in sheets:
        sheet = book.create_sheet(name)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "B2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        header = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDE3EA")
            header.append(cell)
        sheet.append(header)
        for values, fill, currency in rows:
            out: list[Any] = []
            for column, value in enumerate(values):
                dated = isinstance(value, date)
                priced = column in money and isinstance(value, int | Decimal)
                if fill is None and not dated and not priced:
                    out.append(value)
                    continue
                cell = WriteOnlyCell(sheet, value=value)
                if dated:
                    cell.number_format = DATE_FORMAT
                elif priced:
                    cell.number_format = money_format(currency)
                if fill is not None:
                    if fill not in fills:
                        fills[fill] = PatternFill("solid", fgColor=fill)
                    cell.fill = fills[fill]
                out.append(cell)
            sheet.append(out)
    book.save(path)


@benchmark
def export_xlsx(context: BenchContext) -> list[Measure]:
    """Time File → Export as xlsx, against the bare write of the same cells."""
    data = _export_data(context)
    sheets = _sheets(data)
    cells = sum(len(rows) * len(headers) for _name, headers, _widths, rows, _money in sheets)
    seconds = _export(context, context.workdir / "export.xlsx", "xlsx")
    written = _write_only(context, data, context.workdir / "written.xlsx", "xlsx")
    fast = best_of(context.repeat,
                   lambda: _bare_xlsxwriter(context.workdir / "bare_xw.xlsx", sheets))
    slow = best_of(context.repeat,
                   lambda: _bare_openpyxl(context.workdir / "bare_op.xlsx", sheets))
    bare = (f"XlsxWriter's constant-memory mode writing the same {cells:,} cells (values, "
            "date and money formats, row fills, headers) from memory")
    return [
        Measure("export_xlsx", seconds, "s", baseline=fast, goal=f"ratio ≤ {XLSX_GOAL}",
                goal_limit=XLSX_GOAL * fast, about=(
                    f"`export_register` writing {len(data.contracts):,} contracts (contracts "
                    f"and key-dates sheets) and {len(data.obligations):,} obligations to xlsx, "
                    f"reading included (best of {context.repeat}). Baseline: {bare}.")),
        Measure("export_xlsx_write", written, "s", baseline=fast, about=(
            "The xlsx writer alone (`write_export` on data already read: turning rows into "
            f"cells and writing them). Baseline: {bare}.")),
        Measure("xlsx_writer_choice", fast, "s", baseline=slow, goal="ratio < 1", about=(
            f"{bare[0].upper()}{bare[1:]}, against openpyxl's write-only mode writing the "
            "same cells (baseline): the export uses the faster.")),
    ]


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    data = line.encode()
    if len(data) <= 75:
        return line
    pieces, start, room = [], 0, 75
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # not inside a character
            end -= 1
        pieces.append(data[start:end].decode())
        start, room = end, 74
    return "\r\n ".join(pieces)


def _bare_ics(path: Path, events: Sequence[Any], words: Callable[[int], str]) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        for event in events:
            lines = ["BEGIN:VEVENT", _fold("UID:" + _escape(event.uid)), "DTSTAMP:" + stamp,
                     f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
                     f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
                     _fold("SUMMARY:" + _escape(event.summary)),
                     _fold("DESCRIPTION:" + _escape(event.description))]
            for days in sorted(set(event.offsets), reverse=True):
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY",
                          _fold("DESCRIPTION:" + _escape(words(days))),
                          f"TRIGGER:-P{days}D" if days else "TRIGGER:P0D", "END:VALARM"]
            lines.append("END:VEVENT\r\n")
            handle.write("\r\n".join(lines))
        handle.write("END:VCALENDAR\r\n")


@benchmark
def export_ics(context: BenchContext) -> list[Measure]:
    """Time the calendar export, against the same events written as bare RFC 5545 text."""
    data = _export_data(context)
    from contract_desk.exporters.calendar_events import key_date_events
    from contract_desk.exporters.ics_writer import _alarm_words

    events = key_date_events(data)
    alarms = sum(len(set(event.offsets)) for event in events)
    words = {days: _alarm_words(days) for event in events for days in event.offsets}
    # The export and its baseline write files of hundreds of MB, and the machine's
    # speed drifts from minute to minute (the bare writer alone took 4.7 to 5.8 s in
    # runs a few minutes apart): the two are run in turn, best of each kept.
    seconds = raw = float("inf")
    for _ in range(max(1, context.repeat)):
        seconds = min(seconds, _export(context, context.workdir / "export.ics", "ics", repeat=1))
        raw = min(raw, best_of(1, lambda: _bare_ics(context.workdir / "bare.ics", events,
                                                    words.__getitem__)))
    written = _write_only(context, data, context.workdir / "written.ics", "ics")
    read = _read_only(context, "ics")
    bare = (f"the same {len(events):,} events with their {alarms:,} VALARMs (uid, stamp, "
            "dates, summary, description, alarms) written from memory as plain RFC 5545 text "
            "lines, escaped and folded by hand, no library")
    return [
        Measure("export_ics", seconds, "s", baseline=raw, goal=f"ratio ≤ {ICS_GOAL}",
                goal_limit=ICS_GOAL * raw, about=(
                    f"`export_register` writing the {len(events):,} key dates of the next 365 "
                    f"days of {len(data.contracts):,} contracts to ics, each with its VALARMs, "
                    f"reading included (best of {context.repeat}, each run followed by one of "
                    f"the baseline's). Baseline: {bare}.")),
        Measure("export_ics_write", written, "s", baseline=raw, about=(
            "The calendar writer alone (`write_export` on data already read: finding each "
            f"key date and occurrence, wording and writing the events). Baseline: {bare}.")),
        Measure("export_ics_read", read, "s", baseline=raw, about=(
            "The calendar export's reading alone (`gather` for an ics request: the contracts "
            "with their key dates, the obligations, the reminder days), against the same "
            f"baseline: {bare}.")),
    ]
