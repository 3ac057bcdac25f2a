"""``remind``: raise due reminders and exit (run by the OS scheduler); ``schedule``."""

from __future__ import annotations

import argparse
import logging
import os
from typing import Any

from contract_desk.cli import args as types
from contract_desk.cli.output import print_json, print_table
from contract_desk.domain.clock import local_today
from contract_desk.notify import BACKEND_NAMES, notifications_for, notifier_chain
from contract_desk.storage import Register

log = logging.getLogger(__name__)
FIRED_FIELDS = ("reference", "target", "kind", "key_date", "offset_days", "escalated", "title")


def add_parser(commands: Any) -> None:
    """Register remind and schedule."""
    _add_remind(commands)
    _add_schedule(commands)


def _add_remind(commands: Any) -> None:
    parser = commands.add_parser(
        "remind", help="raise due reminders and exit",
        description="Raise every reminder due since the last check, notify, and exit. "
        "The same day twice raises nothing new.",
    )
    parser.add_argument("--today", type=types.iso_date, help="check as of this day")
    parser.add_argument("--dry-run", action="store_true", help="show what is due; write nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--notifier", choices=BACKEND_NAMES, default="auto",
                        help="auto: the OS notification centre, else the log (default)")
    parser.add_argument("--me", metavar="NAMES",
                        help="the owner names that are you, comma-separated: notify only of "
                        "their alerts and escalations to you (default: the names kept in "
                        "Settings → Reminders…; none kept: every alert)")
    parser.set_defaults(handler=run_remind, needs_register=True, writes=True)


def run_remind(options: argparse.Namespace, register: Register) -> int:
    """Check, commit (unless --dry-run), then notify; the alerts are in the inbox either way."""
    from contract_desk.services.reminders.people import me_for
    from contract_desk.services.reminders.run import check_for, told

    today = options.today or local_today()
    me = me_for(register, None if options.me is None else options.me.split(","))
    if options.dry_run:
        _report(options, _dry_run(register, today), notified=0, notifier=None)
        return 0
    # A viewer stores no check (their colleagues' checks raise the alerts); they are
    # notified all the same, of what is theirs and new to them.
    checked = check_for(register, me, today=today, store=register.team_role != "viewer")
    shown: list[int] = []
    used = None
    chain = notifier_chain(options.notifier)
    for note in notifications_for(checked.due, threshold=checked.summary_threshold,
                                  escalation_contact=checked.escalation_contact):
        if chain.notify(note):
            shown.extend(note.alert_ids)
            used = chain.last_used
    told(register, me, shown)
    _report(options, checked.run or _nothing_raised(today, checked.pending),
            notified=len(shown), notifier=used)
    return 0


def _nothing_raised(today: Any, pending: dict[str, int]) -> Any:
    """What a run that stored no check reports: nothing fired, the counts as they are."""
    from contract_desk.services.reminders.store import ReminderRun

    return ReminderRun(today, today, (), pending, 0, None, 0)


def _dry_run(register: Register, today: Any) -> Any:
    """What a check would raise: computed while reading, stored in a write rolled back."""
    from contract_desk.services.reminders.plan import plan_check
    from contract_desk.services.reminders.store import report, store_plan

    with register.reading() as session:
        plan = plan_check(session, today=today)
    with register.session_factory() as session:
        try:
            return report(session, store_plan(session, plan))
        finally:
            session.rollback()


def _fired_json(row: Any) -> dict[str, Any]:
    data = {name: getattr(row, name) for name in FIRED_FIELDS if name != "target"}
    data["target"] = row.target_type
    return {"id": row.id, **{name: data[name] for name in FIRED_FIELDS},
            "contract_uid": row.contract_uid, "due_on": row.due_on}


def _report(options: argparse.Namespace, run: Any, *, notified: int, notifier: str | None) -> None:
    if options.json:
        print_json({"today": run.today, "since": run.since, "dry_run": options.dry_run,
                    "fired": [_fired_json(row) for row in run.fired], "pending": run.pending,
                    "withdrawn": run.withdrawn, "notified": notified, "notifier": notifier})
        return
    if run.fired:
        print_table(["Key date", "Kind", "Reminder"],
                    ([row.key_date, row.kind, row.title] for row in run.fired))
    verb = "would fire" if options.dry_run else "fired"
    counts = run.pending
    print(f"{verb} {len(run.fired)} reminder{'s' if len(run.fired) != 1 else ''}; open: "
          f"{counts['overdue']} overdue, {counts['today']} today, {counts['upcoming']} upcoming"
          f" ({counts['escalated']} escalated, {counts['snoozed']} snoozed)")


def _add_schedule(commands: Any) -> None:
    parser = commands.add_parser(
        "schedule", help="run 'remind' daily even when the window is closed",
        description="Install, remove or show the OS schedule (Windows Task Scheduler, "
        "macOS launchd, Linux systemd user timer) that runs 'contract-desk remind'.",
    )
    parser.add_argument("action", choices=["install", "remove", "status"])
    parser.add_argument("--at", type=_time_of_day, default=(9, 0), metavar="HH:MM",
                        help="time of the daily run (default 09:00)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run_schedule, needs_register=False)


def _time_of_day(text: str) -> tuple[int, int]:
    hour, sep, minute = text.strip().partition(":")
    if sep and hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60:
        return int(hour), int(minute)
    raise argparse.ArgumentTypeError(f"{text!r} is not a time; write it as HH:MM, e.g. 09:00")


def run_schedule(options: argparse.Namespace) -> int:
    """Install, remove or report the schedule; prints where the files are."""
    from contract_desk.notify.schedule import ScheduleInstaller, remind_command

    hour, minute = options.at
    # The OS runs the command without this shell's variables: name the register now.
    database = options.db or os.environ.get("CONTRACT_DESK_DB", "").strip() or None
    installer = ScheduleInstaller(command=remind_command(database), hour=hour, minute=minute)
    status = getattr(installer, options.action)()
    if options.json:
        print_json({"platform": status.platform, "installed": status.installed,
                    "files": [str(path) for path in status.files], "detail": status.detail,
                    "commands": installer.commands})
        return 0
    state = "installed" if status.installed else "not installed"
    print(f"reminder schedule ({status.platform}): {state}")
    for path in status.files:
        print(f"  {path}")
    if status.detail:
        print(f"  {status.detail}")
    return 0
