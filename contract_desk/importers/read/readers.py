"""Reading any register file into a ``RawWorkbook``: the importer's one entry point for files.

``read_workbook`` decides the format from the file's bytes (``sniff``), checks
zip packages before any library sees them (``package_guard``), then reads
every worksheet with python-calamine where it is installed and safe, and with
openpyxl otherwise or when calamine fails. CSV/TSV/TXT go to ``csv_reader``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_ROWS
from contract_desk.importers.read.csv_reader import read_csv
from contract_desk.importers.read.engines import Engines
from contract_desk.importers.read.package_guard import (
    PackageReport,
    check_declared_sizes,
    check_package,
    open_package,
    scan_part,
)
from contract_desk.importers.read.sheet_choice import SheetPlan
from contract_desk.importers.read.sheet_scan import SheetScan
from contract_desk.importers.read.sniff import detect_format
from contract_desk.importers.read.table import RawSheet, RawWorkbook
from contract_desk.importers.read.xls_errors import xls_error_cells
from contract_desk.importers.read.xlsx_parts import SheetEntry, workbook_sheets

ENGINES = ("auto", "calamine", "openpyxl")
_ZIP_FORMATS = frozenset({"xlsx", "xlsb", "ods"})


def read_workbook(path: Path, *, engine: str = "auto") -> RawWorkbook:
    """Every worksheet of ``path`` as raw cell values.

    ``engine`` is "auto" or "calamine" (python-calamine, falling back to
    openpyxl) or "openpyxl" (openpyxl first; xlsx/xlsm only, others always use
    calamine). Raises ``ImportFileError`` naming the file and the reason when
    it cannot be read.
    """
    path = Path(path)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    kind = detect_format(path)
    if kind == "csv":
        return read_csv(path)
    report = check_package(path) if kind in _ZIP_FORMATS else None
    if kind == "xlsx" and report is not None:
        plans, notes = _xlsx_plans(path, report), _scan_notes(path, report)
        order = ["openpyxl", "calamine"] if engine == "openpyxl" else ["calamine", "openpyxl"]
    else:
        plans, notes, order = None, [], ["calamine"]
        if engine == "openpyxl":
            notes.append(_("openpyxl reads only .xlsx/.xlsm; this {kind} file was read with "
                           "python-calamine.").format(kind=kind))
    # calamine reads error cells of .ods and .xls as empty; a scan finds them.
    errors = (report.ods_errors if kind == "ods" and report is not None
              else xls_error_cells(path) if kind == "xls" else None)
    return _read_sheets(path, plans, order, notes, errors or {})


def xlsx_layout(path: Path) -> tuple[list[SheetPlan], list[str]] | None:
    """For an xlsx/xlsm file: what to read of each worksheet, and notes on the scan.

    None for any other format. Raises ``ImportFileError`` for a file no reader
    may open (a damaged or hostile package), as ``read_workbook`` does.
    """
    path = Path(path)
    if detect_format(path) != "xlsx":
        return None
    report = check_package(path)
    return _xlsx_plans(path, report), _scan_notes(path, report)


def read_sheets(path: Path, plans: list[SheetPlan], *,
                engine: str = "auto") -> tuple[list[RawSheet], list[str]]:
    """The given sheets of an xlsx/xlsm file, each read as ``read_workbook`` reads it.

    Returns the sheets and the notes on how they were read (a fallback used).
    """
    order = ["openpyxl", "calamine"] if engine == "openpyxl" else ["calamine", "openpyxl"]
    with Engines(Path(path)) as engines:
        sheets = [engines.read_sheet(plan, order) for plan in plans]
    return sheets, engines.notes


def list_sheets(path: Path) -> list[tuple[str, bool]]:
    """(name, hidden) of every worksheet in ``path``, without reading the cells."""
    path = Path(path)
    kind = detect_format(path)
    if kind == "csv":
        return [(path.stem, False)]
    if kind == "xlsx":
        check_declared_sizes(path)
        entries = _xlsx_entries(path)
        return [(entry.name, entry.hidden) for entry in entries]
    with Engines(path) as engines:
        return engines.sheet_names("calamine")


def _read_sheets(path: Path, plans: list[SheetPlan] | None, order: list[str],
                 notes: list[str],
                 errors: Mapping[str, Mapping[tuple[int, int], str]]) -> RawWorkbook:
    sheets: list[RawSheet] = []
    with Engines(path) as engines:
        if plans is None:
            plans = [SheetPlan(name, hidden, errors=errors.get(name))
                     for name, hidden in engines.sheet_names("calamine")]
        for plan in plans:
            sheets.append(engines.read_sheet(plan, order))
    if not sheets:
        raise ImportFileError(_("{file} has no worksheets to import.").format(file=path.name))
    reader = engines.used[0] if engines.used else order[0]
    return RawWorkbook(path, sheets, reader, notes=notes + engines.notes)


def _xlsx_entries(path: Path) -> list[SheetEntry]:
    try:
        with open_package(path) as archive:
            return [entry for entry in workbook_sheets(archive) if entry.is_worksheet]
    except (ParseError, DefusedXmlException, zipfile.BadZipFile, KeyError) as error:
        raise ImportFileError(
            _("{file} is damaged: its list of sheets (workbook.xml) cannot be read "
              "({reason}).").format(file=path.name, reason=error)) from error


def _xlsx_plans(path: Path, report: PackageReport) -> list[SheetPlan]:
    plans = []
    for entry in _xlsx_entries(path):
        scan = report.sheet_scans.get(entry.part)
        if scan is None and entry.part in report.parts:
            scan = scan_part(path, entry.part)
        scan = scan or SheetScan()
        if scan.last_value_row > MAX_ROWS:
            raise ImportFileError(
                _("{file}, sheet {sheet} has values down to row {row}; an import reads at most "
                  "{limit} rows. Delete the stray cells far below the register, or split "
                  "it.").format(file=path.name, sheet=repr(entry.name),
                                row=current_formats().number(scan.last_value_row),
                                limit=current_formats().number(MAX_ROWS)))
        plans.append(SheetPlan(entry.name, entry.hidden, scan))
    return plans


def _scan_notes(path: Path, report: PackageReport) -> list[str]:
    count = sum(scan.formulas_without_values for scan in report.sheet_scans.values())
    if not count:
        return []
    note = ngettext(
        "{file} has {count} formula cell saved without its value (it was written by a program "
        "that does not calculate), so it is read as empty. Open and save the file in Excel "
        "first, then import it again.",
        "{file} has {count} formula cells saved without their values (it was written by a "
        "program that does not calculate), so they are read as empty. Open and save the file "
        "in Excel first, then import it again.", count).format(
            file=path.name, count=current_formats().number(count))
    return [note]
