"""`contract-desk import FILE`: bring a spreadsheet register in, non-interactively."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from contract_desk.cli.output import print_json, print_table
from contract_desk.domain.clock import local_today
from contract_desk.domain.field_words import field_word
from contract_desk.i18n import N_, _, enumerated, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.read.sniff import IMPORTABLE_SUFFIXES
from contract_desk.services.register.system_currency import system_currency
from contract_desk.storage import Register

#: Kinds of problem printed after an import; --json has them all, cell by cell.
SHOWN_GROUPS = 30


def add_parser(commands: Any) -> None:
    """Register the import command."""
    parser = commands.add_parser(
        "import", help="import an Excel/CSV register",
        description="Import contracts from an Excel, ODS or CSV register. Columns are mapped "
                    "automatically (multilingual headers); unmapped columns are kept as custom "
                    "fields. Importing the same file again changes nothing.",
    )
    parser.add_argument("file", type=Path,
                        help=f"the file to import ({', '.join(IMPORTABLE_SUFFIXES)})")
    parser.add_argument("--sheet", help="the sheet to read (default: the first visible one)")
    parser.add_argument(
        "--map", action="append", default=[], metavar='"HEADER=field"',
        help='map a column to a field (repeatable; "HEADER=" ignores the column)',
    )
    parser.add_argument("--currency", metavar="CODE",
                        help="the ISO currency of amounts that name none (e.g. NOK; default: "
                             "the currency of this computer's region, and said so)")
    parser.add_argument(
        "--engine", choices=("auto", "calamine", "openpyxl"), default="auto",
        help="the library that reads .xlsx/.xlsm files (default: python-calamine where "
             "installed, openpyxl otherwise); other formats ignore it")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would happen; change nothing")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument("--today", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_import, needs_register=True, writes=True)
    history = commands.add_parser("imports", help="list past imports",
                                  description="List past imports, newest first.")
    history.add_argument("--json", action="store_true", help="print a JSON array")
    history.set_defaults(handler=run_imports, needs_register=True)
    undo = commands.add_parser(
        "undo-import", help="take a whole import back",
        description="Undo an import: contracts it created are deleted (each undoable), "
                    "contracts it changed get their previous values back unless someone "
                    "changed them since (those are listed and left alone).")
    undo.add_argument("batch", help="the import's id (see `contract-desk imports`)")
    undo.set_defaults(handler=run_undo_import, needs_register=True, writes=True)


def run_imports(options: argparse.Namespace, register: Register) -> int:
    """Print the import history."""
    from contract_desk.services.importing.batches import list_import_batches

    with register.reading() as session:
        batches = list_import_batches(session)
    if options.json:
        print_json([batch.to_json() for batch in batches])
        return 0
    rows = [(b.uid, f"{b.started_at:%Y-%m-%d %H:%M}", b.file_name, b.sheet or "",
             _counts(b.counts), _("undone") if b.undone_at else "") for b in batches]
    print_table((_("Id"), _("When (UTC)"), _("File"), _("Sheet"), _("Result"), ""), rows)
    return 0


def _counts(counts: Any) -> str:
    number = current_formats().number
    return enumerated(_(COUNT_WORDS[k]).format(count=number(counts.get(k, 0)))
                     for k in COUNT_WORDS)


#: The outcome counts of one import in the history's "Result" column.
COUNT_WORDS = {"created": N_("{count} created"), "updated": N_("{count} updated"),
               "unchanged": N_("{count} unchanged"), "skipped": N_("{count} skipped")}


def run_undo_import(options: argparse.Namespace, register: Register) -> int:
    """Undo one import and say what happened."""
    from contract_desk.services import current_user
    from contract_desk.services.importing.batches import undo_import

    result = register.write(lambda session: undo_import(session, options.batch,
                                                        user=current_user()))
    print(_("import {batch} undone: {deleted} contracts removed, {restored} restored").format(
        batch=result.batch_uid, deleted=result.deleted, restored=result.restored))
    for conflict in result.conflicts:
        print("  " + _("left alone: {contract}: {reason}").format(
            contract=conflict.reference or conflict.title, reason=conflict.reason))
    return 0


def parse_maps(items: list[str]) -> dict[str, str]:
    """``["Sluttdato=end_date", "Notat="]`` as a header -> field mapping."""
    mapping = {}
    for item in items:
        header, sep, field = item.partition("=")
        if not sep or not header.strip():
            raise argparse.ArgumentTypeError(
                _('--map needs "HEADER=field", got {item}').format(item=repr(item)))
        mapping[header.strip()] = field.strip()
    return mapping


def run_import(options: argparse.Namespace, register: Register) -> int:
    """Analyse, plan and commit (or preview) the import; 1 when nothing could be imported."""
    from contract_desk.domain.currency import normalize_currency
    from contract_desk.services import current_user
    from contract_desk.services.importing.steps import import_file_into

    overrides = parse_maps(options.map)
    today = date.fromisoformat(options.today) if options.today else local_today()
    currency: str | None
    if options.currency:
        currency, source = normalize_currency(options.currency), "option"
    else:
        currency, source = system_currency(today), "system"
    # Read and planned first; the write lock is held only while the batch is stored.
    done = import_file_into(register, options.file, user=current_user(), today=today,
                            sheet=options.sheet, engine=options.engine, overrides=overrides,
                            default_currency=currency, dry_run=options.dry_run)
    _report(options, done.plan, done.result, (currency, source))
    result = done.result
    imported = result.created + result.updated + result.unchanged
    return 0 if imported or result.rows_read == 0 else 1


def _report(options: argparse.Namespace, plan: Any, result: Any,
            currency: tuple[str | None, str]) -> None:
    code, source = currency
    if options.json:
        print_json({**result.to_json(), "default_currency": {
            "code": code, "source": source, "amounts": plan.currency_defaulted}})
        return
    if options.dry_run:
        line = ngettext("{file} [{sheet}]: {read} row read; {created} would be created, "
                        "{updated} updated, {unchanged} unchanged, {skipped} skipped",
                        "{file} [{sheet}]: {read} rows read; {created} would be created, "
                        "{updated} updated, {unchanged} unchanged, {skipped} skipped",
                        result.rows_read)
    else:
        line = ngettext("{file} [{sheet}]: {read} row read; {created} were created, "
                        "{updated} updated, {unchanged} unchanged, {skipped} skipped",
                        "{file} [{sheet}]: {read} rows read; {created} were created, "
                        "{updated} updated, {unchanged} unchanged, {skipped} skipped",
                        result.rows_read)
    number = current_formats().number
    print(line.format(file=plan.file_name, sheet=plan.sheet, read=number(result.rows_read),
                      created=number(result.created), updated=number(result.updated),
                      unchanged=number(result.unchanged), skipped=number(result.skipped)))
    for header, field in plan.mapping.items():
        print(f"  {header} -> {mapped_field(field)}")
    for note in plan.notes:
        print("  " + _("note: {note}").format(note=note))
    if plan.currency_defaulted and source == "system":
        print("  " + _("note: {code} is the currency of this computer's region; "
                       "--currency CODE chooses another").format(code=code))
    groups = result.summary()
    for group in groups[:SHOWN_GROUPS]:
        print(f"  {group.text()}", file=sys.stderr)
    if len(groups) > SHOWN_GROUPS:
        more = len(groups) - SHOWN_GROUPS
        print("  " + ngettext("… and {count} more kind of problem (--json lists every cell)",
                              "… and {count} more kinds of problem (--json lists every cell)",
                              more).format(count=number(more)), file=sys.stderr)


def mapped_field(field: str) -> str:
    """A mapping line's field: its word, and the key ``--map`` takes in brackets when the
    word is not the key itself ("end date [end_date]", "sluttdato [end_date]", "title")."""
    word = field_word(field)
    return field if word == field else f"{word} [{field}]"
