"""``contract-desk keydates``: the key-date calculator, no register needed."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from contract_desk.cli import args as types
from contract_desk.cli.output import print_fields, print_json
from contract_desk.domain import KeyDates, RenewalMode, TermError, TermSpec, key_dates
from contract_desk.domain.clock import local_today
from contract_desk.domain.lifecycle import status_label
from contract_desk.domain.notice import NoticeTo
from contract_desk.i18n import N_, _

RENEWAL_CHOICES = {
    "none": RenewalMode.NONE,
    "auto": RenewalMode.AUTOMATIC,
    "automatic": RenewalMode.AUTOMATIC,
    "tacit": RenewalMode.AUTOMATIC,
    "option": RenewalMode.OPTION,
}


def add_parser(commands: Any) -> None:
    """Register the keydates sub-command."""
    parser = commands.add_parser(
        "keydates",
        help="compute term end, current term, notice deadline and send-by date",
        description="Compute a contract's key dates from its terms (no register needed).",
    )
    parser.add_argument(
        "--start", type=types.iso_date, required=True, help="first day (YYYY-MM-DD)"
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--end", type=types.iso_date, help="last day of the initial term")
    length.add_argument("--term", type=types.period, help='initial term, e.g. "12 months"')
    length.add_argument("--open-ended", action="store_true",
                        help="no end and no term: the contract runs until notice ends it "
                        "(needs --notice)")
    parser.add_argument(
        "--notice", type=types.period, help='e.g. "3 months", "90 days", "30 business days"'
    )
    parser.add_argument("--notice-to", choices=[choice.value for choice in NoticeTo],
                        help="notice ends the contract only at the end of a month, quarter "
                        "or year")
    parser.add_argument("--holidays", type=types.country, metavar="CC",
                        help="business days and postal days skip this country's public "
                        "holidays (ISO code, e.g. NO, DE, US)")
    parser.add_argument("--postal-days", type=types.non_negative_int, default=0,
                        help="working days the notice takes to arrive (e.g. registered post)")
    parser.add_argument("--renewal", choices=sorted(RENEWAL_CHOICES), default="none")
    parser.add_argument("--renewal-term", type=types.period, help="length of each renewal")
    parser.add_argument("--max-renewals", type=types.non_negative_int)
    parser.add_argument("--final-end", type=types.iso_date, help="no term runs past this day")
    parser.add_argument("--buffer-days", type=types.non_negative_int, default=0)
    parser.add_argument("--notice-given", type=types.iso_date, help="day notice was given")
    parser.add_argument("--today", type=types.iso_date, help="compute as of this day")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run, needs_register=False)


def spec_from_args(options: argparse.Namespace) -> TermSpec:
    """The TermSpec the options describe (raises TermError on nonsense)."""
    if options.open_ended and options.notice is None:
        raise TermError(_("an open-ended contract ends only by notice: give its notice "
                          "period with --notice"))
    return TermSpec(
        start_date=options.start,
        end_date=options.end,
        initial_term=options.term,
        renewal=RENEWAL_CHOICES[options.renewal],
        renewal_term=options.renewal_term,
        max_renewals=options.max_renewals,
        final_end_date=options.final_end,
        notice_period=options.notice,
        notice_buffer_days=options.buffer_days,
        notice_given_on=options.notice_given,
        notice_to=options.notice_to,
        holiday_country=options.holidays,
        postal_days=options.postal_days,
    )


#: The text output's labels (the JSON keys stay as they are: scripts read them).
KEY_LABELS = {
    "term_end": N_("term end"),
    "current_term_start": N_("current term start"),
    "current_term_end": N_("current term end"),
    "notice_deadline": N_("notice deadline"),
    "send_by": N_("send by"),
    "renewals": N_("renewals"),
    "status": N_("status"),
    "earliest_end": N_("earliest end"),
}


def as_json(dates: KeyDates) -> dict[str, Any]:
    """The calculator's JSON object: exactly its eight documented keys."""
    def iso(day: date | None) -> str | None:
        return None if day is None else day.isoformat()

    return {
        "term_end": iso(dates.term_end),
        "current_term_start": iso(dates.current_term_start),
        "current_term_end": iso(dates.current_term_end),
        "notice_deadline": iso(dates.notice_deadline),
        "send_by": iso(dates.send_by),
        "renewals": dates.renewals,
        "status": dates.status.value,
        "earliest_end": iso(dates.earliest_end),
    }


def run(options: argparse.Namespace) -> int:
    """Print the key dates."""
    dates = key_dates(spec_from_args(options), options.today or local_today())
    result = as_json(dates)
    if options.json:
        print_json(result)
    else:
        shown = {**result, "status": status_label(result["status"])}
        print_fields((_(KEY_LABELS[key]), value) for key, value in shown.items())
    return 0
