"""``remind``: raise due reminders and exit (run by the OS scheduler); ``schedule``."""

from __future__ import annotations

import argparse
import logging
import os
import queue
import subprocess
import sys
import time
from typing import Any

from contract_desk.cli import args as types
from contract_desk.cli.errors import describe
from contract_desk.cli.output import print_json, print_table
from contract_desk.domain.clock import local_today
from contract_desk.i18n import _, ngettext
from contract_desk.notify import BACKEND_NAMES, notifier_chain
from contract_desk.notify.base import Notification
from contract_desk.notify.desktop import OPEN, DesktopNotifier, NotificationAction
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
                        help="auto (default): the OS notification centre with buttons "
                        "(desktop-notifier), else without (plyer), else the log")
    parser.add_argument("--wait", type=_seconds, default=0, metavar="SECONDS",
                        help="then wait up to SECONDS for a click on a notification's buttons: "
                        "Open starts the window on the contract, Acknowledge and Snooze 1 day "
                        "act in the register; ends when every notification is answered or "
                        "closed (the daily schedule waits 900)")
    parser.add_argument("--me", metavar="NAMES",
                        help="the owner names that are you, comma-separated: notify only of "
                        "their alerts and escalations to you (default: the names kept in "
                        "Settings → Reminders…; none kept: every alert)")
    parser.set_defaults(handler=run_remind, needs_register=True, writes=True)


def run_remind(options: argparse.Namespace, register: Register) -> int:
    """Check, commit (unless --dry-run), then notify; the alerts are in the inbox either way."""
    from contract_desk.domain.typed_lists import split_typed_list
    from contract_desk.notify.news import news_of
    from contract_desk.services.reminders.people import me_for
    from contract_desk.services.reminders.run import told

    today = options.today or local_today()
    me = me_for(register, None if options.me is None else split_typed_list(options.me))
    if options.dry_run:
        _report(options, _dry_run(register, today), notified=0, notifier=None)
        return 0
    # A viewer stores no check (their colleagues' checks raise the alerts); they are
    # notified all the same, of what is theirs and new to them.
    checked = news_of(register, me, today=today, store=register.team_role != "viewer",
                      fired_rows=True)
    shown: list[int] = []
    used = None
    answers: queue.Queue[NotificationAction] = queue.Queue()
    desktop = DesktopNotifier(register=register.location, on_action=answers.put)
    chain = notifier_chain(options.notifier, desktop=desktop)
    for note in checked.notifications:
        if chain.notify(note):
            shown.extend(note.alert_ids)
            used = chain.last_used
    told(register, me, shown)
    waiting = _approvals_waiting(register, me)
    if waiting and chain.notify(approvals_note(waiting)):
        used = used or chain.last_used
    answered = _wait_for_answers(register, desktop, answers, options.wait, today)
    _report(options, checked.run or _nothing_raised(today, checked.pending),
            notified=len(shown), notifier=used, answered=answered, approvals=len(waiting))
    return 0


def _approvals_waiting(register: Register, me: Any) -> list[Any]:
    """The requests for approval waiting for this person's answer (an approver is reminded
    of them on every run until they answer)."""
    from contract_desk.services.approvals import awaiting_me
    from contract_desk.services.reminders.people import approver

    _person, names, team = approver(register)
    with register.reading() as session:
        return awaiting_me(session, person=me.person, names=names, team=team)


#: Requests listed by name in one notification; the rest are counted.
APPROVALS_LISTED = 5


def approvals_note(rows: list[Any]) -> Notification:
    """One notification of the requests waiting for the person's answer."""
    from contract_desk.domain.approvals import SUBJECT_WORDS, Subject

    title = ngettext("{count} request for approval waits for your answer",
                     "{count} requests for approval wait for your answer",
                     len(rows)).format(count=len(rows))
    lines = [_("{contract}: {what} (asked by {who})").format(
        contract=" ".join(part for part in (row.reference, row.title) if part),
        what=_(SUBJECT_WORDS[Subject(row.subject)]), who=row.requested_by)
        for row in rows[:APPROVALS_LISTED]]
    if len(rows) > APPROVALS_LISTED:
        lines.append(_("… and {count} more in the alerts inbox").format(
            count=len(rows) - APPROVALS_LISTED))
    return Notification(title, "\n".join(lines),
                        rows[0].contract_uid if len(rows) == 1 else None)


def _seconds(text: str) -> int:
    if text.strip().isdigit():
        return int(text)
    raise argparse.ArgumentTypeError(
        _("{text} is not a number of seconds, e.g. 900").format(text=repr(text)))


def _wait_for_answers(register: Register, desktop: DesktopNotifier,
                      answers: queue.Queue[NotificationAction], seconds: int,
                      today: Any) -> list[dict[str, Any]]:
    """Act on clicks until every notification shown is answered or closed, or time is up."""
    done: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    next_look = 0.0
    while seconds and desktop.shown and time.monotonic() < deadline:
        try:
            action = answers.get(timeout=0.5)
        except queue.Empty:
            if time.monotonic() >= next_look:  # closed or expired ones are not waited for
                next_look = time.monotonic() + 2
                try:
                    desktop.pending()
                except Exception as error:  # the notification service went away
                    log.info("cannot see the notifications any more: %s", error)
                    break
            continue
        done.append(_act(register, action, today))
    while not answers.empty():  # answered while the last one was acted on
        done.append(_act(register, answers.get_nowait(), today))
    return done


def _act(register: Register, action: NotificationAction, today: Any) -> dict[str, Any]:
    from contract_desk.services.register.users import current_user
    from contract_desk.services.reminders.actions import answer_notification

    said: dict[str, Any] = {"action": action.action, "alert_ids": list(action.alert_ids),
                            "contract_uid": action.contract_uid}
    if action.register != register.location:
        said["done"] = _("not done: the notification is about another register ({register})"
                         ).format(register=action.register)
    elif action.action == OPEN:
        said["done"] = open_window(action)
    else:
        try:
            count = register.write(lambda session: answer_notification(
                session, action.action, action.alert_ids, user=current_user(), today=today))
        except Exception as error:  # the alerts stay in the inbox
            said["done"] = _("not done: {reason}").format(reason=describe(error))
        else:
            if action.action == "acknowledge":
                done = ngettext("acknowledged: {count} key date", "acknowledged: {count} key dates",
                                count)
            else:
                done = ngettext("snoozed until tomorrow: {count} key date",
                                "snoozed until tomorrow: {count} key dates", count)
            said["done"] = done.format(count=count)
    print(_("notification answered ({action}): {done}").format(action=action.action,
                                                               done=said["done"]),
          file=sys.stderr)
    return said


def open_window(action: NotificationAction) -> str:
    """Start the window on what the notification was about (a contract, else the inbox)."""
    from contract_desk.notify.schedule import program_command

    what = (["--open-contract", action.contract_uid]
            if action.contract_uid and len(action.alert_ids) <= 1 else ["--open-inbox"])
    command = [*program_command(), "--db", action.register, *what]
    options: dict[str, Any] = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                               "stderr": subprocess.DEVNULL, "close_fds": True}
    if sys.platform == "win32":  # pragma: no cover - Windows only
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True  # the window outlives this run
    try:
        subprocess.Popen(command, **options)
    except OSError as error:
        return _("not done: the window could not start ({error})").format(error=error)
    return _("the window was started")


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


def _report(options: argparse.Namespace, run: Any, *, notified: int, notifier: str | None,
            answered: list[dict[str, Any]] | None = None, approvals: int = 0) -> None:
    if options.json:
        print_json({"today": run.today, "since": run.since, "dry_run": options.dry_run,
                    "fired": [_fired_json(row) for row in run.fired], "pending": run.pending,
                    "withdrawn": run.withdrawn, "notified": notified, "notifier": notifier,
                    "answered": answered or [], "approvals_waiting": approvals})
        return
    if approvals:
        print(ngettext("{count} request for approval waits for your answer",
                       "{count} requests for approval wait for your answer",
                       approvals).format(count=approvals))
    if run.fired:
        print_table([_("Key date"), _("Kind"), _("Reminder")],
                    ([row.key_date, row.kind, row.title] for row in run.fired))
    fired = len(run.fired)
    if options.dry_run:
        said = ngettext("would fire {count} reminder", "would fire {count} reminders", fired)
    else:
        said = ngettext("fired {count} reminder", "fired {count} reminders", fired)
    print(said.format(count=fired) + _("; open: {overdue} overdue, {today} today, "
                                       "{upcoming} upcoming ({escalated} escalated, "
                                       "{snoozed} snoozed)").format(**run.pending))


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
    raise argparse.ArgumentTypeError(
        _("{text} is not a time; write it as HH:MM, e.g. 09:00").format(text=repr(text)))


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
    if status.installed:
        said = _("reminder schedule ({platform}): installed")
    else:
        said = _("reminder schedule ({platform}): not installed")
    print(said.format(platform=status.platform))
    for path in status.files:
        print(f"  {path}")
    if status.detail:
        print(f"  {status.detail}")
    return 0
