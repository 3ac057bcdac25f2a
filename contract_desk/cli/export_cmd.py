"""`contract-desk export`: the register (or part of it) as xlsx, csv, ics or a PDF report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from contract_desk.cli import args as types
from contract_desk.cli.output import print_json
from contract_desk.cli.register_cmds import STATUS_CHOICES
from contract_desk.domain.clock import local_today
from contract_desk.i18n import _
from contract_desk.storage import Register

FORMATS = ("xlsx", "csv", "ics", "pdf")


def add_parser(commands: Any) -> None:
    """Register the export command."""
    parser = commands.add_parser(
        "export", help="export contracts to Excel, CSV, a calendar or a PDF report",
        description="Export the register. xlsx: contracts (re-importable), obligations, alerts "
                    "and key dates; csv: the contracts (UTF-8 with BOM, ISO dates); ics: every "
                    "key date as an all-day event with reminders; pdf: the portfolio report, "
                    "or one contract's sheet with --contract.",
    )
    parser.add_argument("--format", choices=FORMATS,
                        help="the file format (default: from the output file's extension)")
    parser.add_argument("--output", "-o", type=Path, required=True, metavar="PATH",
                        help="the file to write (replaced if it exists)")
    parser.add_argument("--status", choices=STATUS_CHOICES,
                        help="only contracts with this status today")
    parser.add_argument("--expiring-within", type=types.non_negative_int, metavar="DAYS",
                        help="only contracts whose current term ends within DAYS days")
    parser.add_argument("--horizon-days", type=types.non_negative_int, metavar="N",
                        default=365, help="ics: key dates up to N days ahead (default 365)")
    parser.add_argument("--contract", metavar="REF",
                        help="pdf: the sheet of this one contract (reference or uid)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument("--today", type=types.iso_date, help="compute key dates as of this day")
    parser.set_defaults(handler=run_export, needs_register=True)


def export_format(options: argparse.Namespace) -> str:
    """The chosen format, or the output file's extension when it is one of ours."""
    if options.format:
        return str(options.format)
    suffix: str = options.output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise argparse.ArgumentTypeError(
        _("cannot tell the format of {file}: give --format {formats}").format(
            file=options.output, formats="|".join(FORMATS)))


def run_export(options: argparse.Namespace, register: Register) -> int:
    """Write the export and say what was written."""
    from contract_desk.exporters import ExportError, ExportFormat, ExportRequest, export_register
    from contract_desk.services import get_contract

    try:
        kind = ExportFormat(export_format(options))
    except argparse.ArgumentTypeError as error:
        raise ExportError(str(error)) from None
    if options.contract and kind is not ExportFormat.PDF:
        raise ExportError(_("--contract makes one contract's PDF sheet; use it with --format pdf"))
    today = options.today or local_today()
    with register.reading() as session:
        uid = get_contract(session, options.contract, today=today).uid if options.contract else None
        request = ExportRequest(
            format=kind, path=options.output, status=options.status,
            expiring_within=options.expiring_within, horizon_days=options.horizon_days,
            contract_uids=(uid,) if uid else None, contract_uid=uid)
        result = export_register(session, request, today=today)
    if options.json:
        print_json({"path": str(result.path), "format": result.format.value,
                    "contracts": result.contracts, "obligations": result.obligations})
    else:
        print(_("exported {contracts} contracts and {obligations} obligations to {path}").format(
            contracts=result.contracts, obligations=result.obligations, path=result.path))
    return 0
