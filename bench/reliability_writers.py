"""Many writers on one register at once: the harness behind issue #13's first piece of evidence.

``run_writers`` starts ``processes`` worker processes that wait at one barrier
and then each make ``writes`` writes, mixed as people and programs make them:

- ``cli_add``: ``contract-desk add`` through the CLI's own ``run([...])``, which
  opens and closes the register each time as the command does; the first
  ``subprocess_adds`` of each worker are real ``contract-desk add`` processes;
- ``window_create`` / ``window_save`` / ``window_tag``: the services the window
  calls, on a register the worker keeps open (as the window does): a save reads
  the contract first and saves with the version it read;
- ``import``: ``contract-desk import`` of a small CSV file (three new contracts);
- ``remind``: ``contract-desk remind``.

Every worker reports the outcome of each write; ``check_register`` then says
what is wrong with the register (rows missing, a save or a tag lost, damage,
reminders lost or doubled). The tests, ``bench/reliability.py`` (full counts)
and ``bench/bench_concurrent_writers.py`` use it.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contract_desk.storage import Register

#: The writes of a worker that acts as the window (its register held open), by index.
WINDOW_PATTERN = ("window_create", "window_save", "window_save", "window_tag", "window_save")
#: The writes of a worker that acts as the command line (a register opened per command).
CLI_PATTERN = ("cli_add", "cli_add", "import", "cli_add", "remind")
#: Both in one process: the CLI's code run beside a register held open (see the docs: this
#: is what found the damage of two engines in one process).
MIXED_PATTERN = ("cli_add", "window_create", "window_save", "cli_add", "window_tag",
                 "import", "window_save", "cli_add", "remind", "window_save")
#: A team's window: it also works through the alerts inbox (acknowledging; colleagues
#: may acknowledge the same date at the same moment: one of them does).
TEAM_WINDOW_PATTERN = ("window_create", "window_save", "window_ack", "window_tag",
                       "window_ack", "remind")
IMPORT_ROWS = 3
#: A counterparty every worker names: contracts of a shared supplier typed in at once.
SHARED_PARTY = "Nordlys Drift AS"
#: How long the parent waits for every worker before it calls the run a failure.
WORKER_TIMEOUT_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class Outcome:
    """One write of one worker: what it was, whether it worked, what it made."""

    worker: int
    index: int
    kind: str
    ok: bool
    detail: str = ""
    references: tuple[str, ...] = ()
    uids: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass
class WorkerReport:
    """Everything one worker did, sent back to the parent at the end."""

    worker: int
    outcomes: list[Outcome] = field(default_factory=list)
    #: uid -> the notes its last successful save wrote.
    saved_notes: dict[str, str] = field(default_factory=dict)
    #: uid -> the tags its successful bulk tags added.
    tags: dict[str, list[str]] = field(default_factory=dict)
    #: Ids of the alerts it acknowledged (or found acknowledged by a colleague first).
    acknowledged: list[int] = field(default_factory=list)
    crashed: str = ""


@dataclass
class WritersRun:
    """What ``run_writers`` saw: the reports, the wall time of the writing, the counts asked."""

    target: str
    processes: int
    writes: int
    reports: list[WorkerReport]
    seconds: float
    seeded: int

    @property
    def outcomes(self) -> list[Outcome]:
        """Every write's outcome, of every worker."""
        return [outcome for report in self.reports for outcome in report.outcomes]

    @property
    def failures(self) -> list[Outcome]:
        """The writes that did not work."""
        return [outcome for outcome in self.outcomes if not outcome.ok]

    def kinds(self) -> dict[str, int]:
        """How many writes of each kind were made."""
        return dict(Counter(outcome.kind for outcome in self.outcomes))


def contract_desk_script() -> str:
    """The installed ``contract-desk`` console script beside this Python."""
    script = Path(sys.executable).with_name("contract-desk")
    found = str(script) if script.exists() else shutil.which("contract-desk")
    if not found:
        raise RuntimeError("the contract-desk console script is not installed beside "
                           f"{sys.executable}")
    return found


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from contract_desk.cli import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(argv)
    return code, out.getvalue(), err.getvalue()


def _end_date(today: date, worker: int, index: int) -> date:
    # Terms ending within the reminder offsets, so that ``remind`` has work to do.
    return today + timedelta(days=(worker * 7 + index) % 120)


class _Worker:
    """One writing process: its register held open like the window's, its own contracts."""

    def __init__(self, target: str, number: int, folder: Path, today: date,
                 subprocess_adds: int, mixed: bool, team: bool = False) -> None:
        from contract_desk.storage import open_register

        self.target, self.number, self.folder, self.today = target, number, folder, today
        self.subprocess_adds = subprocess_adds
        # A window process keeps its register open; a CLI process opens it per command.
        self.pattern: tuple[str, ...] = CLI_PATTERN if number % 2 else WINDOW_PATTERN
        if mixed:
            self.pattern = MIXED_PATTERN
        if team and self.pattern is WINDOW_PATTERN:
            self.pattern = TEAM_WINDOW_PATTERN
        held = mixed or self.pattern in (WINDOW_PATTERN, TEAM_WINDOW_PATTERN)
        self.register = open_register(target, create=False) if held else None
        self.report = WorkerReport(number)
        self.own: list[str] = []

    def _held(self) -> Register:
        # Only the patterns that hold a register (a window's) write through one.
        assert self.register is not None, f"{self.pattern} holds no register"
        return self.register

    def write(self, index: int) -> Outcome:
        kind = self.pattern[index % len(self.pattern)]
        if kind == "cli_add" and self.subprocess_adds > 0:
            self.subprocess_adds -= 1
            kind = "process_add"
        if kind in ("window_save", "window_tag") and not self.own:
            kind = "window_create"
        started = time.perf_counter()
        try:
            outcome = getattr(self, f"_{kind}")(index)
        except Exception as error:  # every failure is reported, never lost
            outcome = Outcome(self.number, index, kind, False,
                              f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=4)}")
        return Outcome(outcome.worker, outcome.index, outcome.kind, outcome.ok, outcome.detail,
                       outcome.references, outcome.uids, time.perf_counter() - started)

    def _reference(self, index: int) -> str:
        return f"W{self.number}-{index:04d}"

    def _add_argv(self, index: int) -> list[str]:
        party = SHARED_PARTY if index % 3 == 0 else f"Leverandør {self.number}-{index % 5}"
        return ["--db", self.target, "add", "--reference", self._reference(index),
                "--title", f"Avtale {self._reference(index)}", "--party", party,
                "--start", "2024-01-01", "--end", _end_date(self.today, self.number,
                                                            index).isoformat(),
                "--notice", "1 months", "--value", f"{1000 + index}.50", "--currency", "NOK",
                "--json"]

    def _added(self, index: int, kind: str, code: int, out: str, err: str) -> Outcome:
        if code != 0:
            return Outcome(self.number, index, kind, False, f"exit {code}: {err.strip()}")
        uid = json.loads(out)["uid"]
        self.own.append(uid)
        return Outcome(self.number, index, kind, True, references=(self._reference(index),),
                       uids=(uid,))

    def _cli_add(self, index: int) -> Outcome:
        return self._added(index, "cli_add", *_cli(self._add_argv(index)))

    def _process_add(self, index: int) -> Outcome:
        done = subprocess.run([contract_desk_script(), *self._add_argv(index)],
                              capture_output=True, text=True, check=False, timeout=600)
        return self._added(index, "process_add", done.returncode, done.stdout, done.stderr)

    def _window_create(self, index: int) -> Outcome:
        from contract_desk.services import create_contract

        fields = {"reference": self._reference(index), "title": f"Typed in {index}",
                  "counterparty": SHARED_PARTY, "start_date": date(2024, 3, 1),
                  "end_date": _end_date(self.today, self.number, index),
                  "notice_period": "2 months", "currency": "NOK"}
        # As the window writes (ui.common.ops.WriteOp): register.write.
        row = self._held().write(lambda session: create_contract(
            session, fields, user=f"worker{self.number}"))
        self.own.append(row.uid)
        return Outcome(self.number, index, "window_create", True,
                       references=(self._reference(index),), uids=(row.uid,))

    def _window_save(self, index: int) -> Outcome:
        from contract_desk.services import get_contract, update_contract

        uid = self.own[index % len(self.own)]
        with self._held().reading() as session:  # the detail pane shows it first
            row = get_contract(session, uid)
        notes = f"saved by worker {self.number} at write {index}"
        changes = {"notes": notes, "end_date": _end_date(self.today, self.number, index + 1)}
        self._held().write(lambda session: update_contract(
            session, uid, changes, expected_version=row.version_id, user=f"worker{self.number}"))
        self.report.saved_notes[uid] = notes
        return Outcome(self.number, index, "window_save", True)

    def _window_tag(self, index: int) -> Outcome:
        from contract_desk.services import add_tag

        chosen = list(dict.fromkeys(self.own[-3:]))
        tag = f"w{self.number}-t{index}"
        # The bulk action's all-or-nothing, made again when the server gave it up.
        self._held().write(lambda session: add_tag(session, chosen, tag,
                                                   user=f"worker{self.number}"))
        for uid in chosen:
            self.report.tags.setdefault(uid, []).append(tag)
        return Outcome(self.number, index, "window_tag", True)

    def _window_ack(self, index: int) -> Outcome:
        from sqlalchemy import select

        from contract_desk.domain.errors import DomainError
        from contract_desk.models import Alert
        from contract_desk.services.reminders.actions import acknowledge

        with self._held().reading() as session:  # the inbox shows the open ones first
            open_ids = list(session.scalars(select(Alert.id).where(
                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
                .order_by(Alert.due_on, Alert.id).limit(5)))
        if not open_ids:
            return Outcome(self.number, index, "window_ack", True, "nothing open")
        chosen = open_ids[(self.number + index) % len(open_ids)]
        try:
            self._held().write(lambda session: acknowledge(session, chosen,
                                                           user=f"worker{self.number}"))
        except DomainError as error:  # a colleague acknowledged it first, or a check
            # withdrew it (its contract's dates were just saved): the inbox says so
            if "was withdrawn" in str(error):
                # Never acknowledged (by anyone): not one to find acknowledged at the end.
                # Not checked at the end either: a later save may revive it.
                return Outcome(self.number, index, "window_ack", True, "withdrawn meanwhile")
            if "acknowledged already" not in str(error):
                raise
        self.report.acknowledged.append(chosen)
        return Outcome(self.number, index, "window_ack", True)

    def _import(self, index: int) -> Outcome:
        path = self.folder / f"worker{self.number}-import{index}.csv"
        references = [f"{self._reference(index)}-{k}" for k in range(IMPORT_ROWS)]
        lines = ["Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp"]
        end = _end_date(self.today, self.number, index)
        lines += [f"{ref};Importert {ref};{SHARED_PARTY};01.02.2024;{end:%d.%m.%Y};{k}500,00"
                  for k, ref in enumerate(references)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, out, err = _cli(["--db", self.target, "import", str(path), "--currency", "NOK",
                               "--json"])
        if code != 0:
            return Outcome(self.number, index, "import", False, f"exit {code}: {err.strip()}")
        created = json.loads(out)["created"]
        if created != IMPORT_ROWS:
            return Outcome(self.number, index, "import", False,
                           f"{created} of {IMPORT_ROWS} rows created: {out[:500]}")
        return Outcome(self.number, index, "import", True, references=tuple(references))

    def _remind(self, index: int) -> Outcome:
        code, _out, err = _cli(["--db", self.target, "remind", "--notifier", "none", "--json"])
        if code != 0:
            return Outcome(self.number, index, "remind", False, f"exit {code}: {err.strip()}")
        return Outcome(self.number, index, "remind", True)


def _work(target: str, number: int, writes: int, subprocess_adds: int, folder: str,
          today: str, mixed: bool, barrier: Any, results: Any, team: bool = False) -> None:
    """The body of one worker process."""
    from contract_desk.domain import clock

    clock.freeze(date.fromisoformat(today))
    report = WorkerReport(number)
    worker = None
    try:
        worker = _Worker(target, number, Path(folder), date.fromisoformat(today),
                         subprocess_adds, mixed, team)
        report = worker.report
        barrier.wait(timeout=600)
        for index in range(writes):
            report.outcomes.append(worker.write(index))
    except Exception:
        report.crashed = traceback.format_exc()
    finally:
        if worker is not None and worker.register is not None:
            worker.register.close()
        results.put(report)


def seed_register(target: str, count: int) -> None:
    """Make (or reuse an empty) register at ``target`` and fill it with demo contracts."""
    code, _out, err = _cli(["--db", target, "demo", "--count", str(count)])
    if code != 0:
        raise RuntimeError(f"cannot seed {target}: {err.strip()}")


def run_writers(target: str, folder: Path, *, processes: int = 8, writes: int = 200,
                subprocess_adds: int = 1, seeded: int = 100,
                today: date | None = None, mixed: bool = False,
                team: bool = False) -> WritersRun:
    """Seed ``target`` with ``seeded`` demo contracts, then let the workers write at once.

    Even-numbered workers write as the window does, odd-numbered ones as the
    command line does (``mixed``: every worker does both, in one process; ``team``: the
    window workers also acknowledge alerts, as colleagues working one inbox).

    The parent holds no connection while the workers run. Returns every
    worker's report and the wall time from the barrier's release to the last
    report.
    """
    from contract_desk.domain.clock import local_today

    day = today or local_today()
    folder.mkdir(parents=True, exist_ok=True)
    if seeded:
        seed_register(target, seeded)
    context: Any = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    barrier = context.Barrier(processes + 1)
    results = context.Queue()
    workers = [context.Process(target=_work, args=(
        target, number, writes, subprocess_adds, str(folder), day.isoformat(), mixed, barrier,
        results, team))
        for number in range(processes)]
    for worker in workers:
        worker.start()
    barrier.wait(timeout=600)
    started = time.perf_counter()
    reports = [results.get(timeout=WORKER_TIMEOUT_SECONDS) for _ in workers]
    seconds = time.perf_counter() - started
    for worker in workers:
        worker.join(timeout=60)
    return WritersRun(target, processes, writes, sorted(reports, key=lambda r: r.worker),
                      seconds, seeded)


def _sqlite_damage(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    problems = [] if integrity == ["ok"] else [f"integrity_check: {integrity[:5]}"]
    if broken:
        problems.append(f"foreign_key_check: {len(broken)} broken reference(s): {broken[:3]}")
    return problems


def check_register(run: WritersRun) -> list[str]:
    """What is wrong after ``run``: each problem one line; an empty list when all is well."""
    from contract_desk.storage import open_register

    problems = [f"worker {r.worker} crashed: {r.crashed}" for r in run.reports if r.crashed]
    problems += [f"worker {r.worker} reported {len(r.outcomes)} of {run.writes} writes"
                 for r in run.reports if len(r.outcomes) != run.writes]
    problems += [f"worker {o.worker} write {o.index} ({o.kind}) failed: {o.detail}"
                 for o in run.failures]
    register = open_register(run.target, create=False)
    try:
        problems += _rows_present(register, run)
        problems += reminder_problems(register)
    finally:
        register.close()
    if register.path is not None:
        problems += _sqlite_damage(register.path)
    return problems


def _rows_present(register: Any, run: WritersRun) -> list[str]:
    from sqlalchemy import func, select

    from contract_desk.models import Contract

    references = [ref for o in run.outcomes if o.ok for ref in o.references]
    uids = [uid for o in run.outcomes if o.ok for uid in o.uids]
    with register.reading() as session:
        count = session.scalar(select(func.count()).select_from(Contract))
        stored = {row.reference: (row.uid, row.notes, list(row.tags or []))
                  for row in session.execute(select(Contract.reference, Contract.uid,
                                                    Contract.notes, Contract.tags))}
    by_uid = {uid: (notes, tags) for uid, notes, tags in stored.values()}
    problems = []
    if count != run.seeded + len(references):
        problems.append(f"{count} contracts stored; expected {run.seeded} seeded + "
                        f"{len(references)} written = {run.seeded + len(references)}")
    missing = [ref for ref in references if ref not in stored]
    missing += [uid for uid in uids if uid not in by_uid]
    if missing:
        problems.append(f"{len(missing)} written contracts missing, e.g. {missing[:5]}")
    for report in run.reports:
        problems += _edits_kept(report, by_uid)
    problems += _acknowledged_kept(register, run)
    return problems


def _acknowledged_kept(register: Any, run: WritersRun) -> list[str]:
    """Every alert acknowledged stays so, and no key date got two alerts of one offset."""
    from sqlalchemy import func, select

    from contract_desk.models import Alert

    wanted = sorted({alert_id for report in run.reports for alert_id in report.acknowledged})
    with register.reading() as session:
        open_still = session.execute(select(Alert.id, Alert.withdrawn_at).where(
            Alert.id.in_(wanted), Alert.acknowledged_at.is_(None))).all() if wanted else []
        doubled = session.execute(
            select(Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                   Alert.offset_days, func.count())
            .group_by(Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                      Alert.offset_days).having(func.count() > 1)).all()
    problems = []
    if open_still:
        problems.append(f"{len(open_still)} acknowledged alert(s) open again, e.g. "
                        f"{[(alert_id, str(withdrawn)) for alert_id, withdrawn in open_still[:5]]}"
                        " (id, withdrawn at)")
    if doubled:
        problems.append(f"{len(doubled)} reminder(s) raised twice, e.g. {doubled[:3]}")
    return problems


def _edits_kept(report: WorkerReport, by_uid: dict[str, tuple[str | None, list[str]]]
                ) -> list[str]:
    problems = []
    for uid, notes in report.saved_notes.items():
        if by_uid.get(uid, (None, []))[0] != notes:
            problems.append(f"worker {report.worker}: the last save of {uid} is lost "
                            f"(stored notes {by_uid.get(uid, (None, []))[0]!r})")
    for uid, tags in report.tags.items():
        lost = set(tags) - set(by_uid.get(uid, (None, []))[1])
        if lost:
            problems.append(f"worker {report.worker}: tags {sorted(lost)} of {uid} are lost")
    return problems


def reminder_problems(register: Any, today: date | None = None) -> list[str]:
    """The reminder index against a full recomputation, after one more ordinary check.

    The ordinary (indexed) check is committed, as the next ``remind`` would; a
    full scan then must find nothing to raise or withdraw (no alert lost), and
    no (target, key date, offset) may be stored twice (none doubled).
    """
    from sqlalchemy import func, select

    from contract_desk.domain.clock import local_today
    from contract_desk.models import Alert
    from contract_desk.services.reminders.raising import check_reminders

    day = today or local_today()
    with register.transaction() as session:
        check_reminders(session, today=day)
    with register.transaction() as session:
        full = check_reminders(session, today=day, full_scan=True)
        session.rollback()
    key = (Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
           Alert.offset_days)
    with register.reading() as session:
        doubled = session.execute(select(*key, func.count()).group_by(*key)
                                  .having(func.count() > 1)).all()
    problems = []
    if full.fired:
        problems.append(f"the reminder index lost {len(full.fired)} alert(s) a full scan "
                        f"raises, e.g. {[(r.kind, r.key_date) for r in full.fired[:3]]}")
    if full.withdrawn:
        problems.append(f"a full scan withdrew {full.withdrawn} alert(s) the index kept")
    if doubled:
        problems.append(f"{len(doubled)} alert key(s) stored twice, e.g. {doubled[:3]}")
    return problems


def summary_line(run: WritersRun) -> str:
    """One line for a report: counts, failures and wall time."""
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(run.kinds().items()))
    return (f"{run.processes} processes x {run.writes} writes on {_where(run.target)}: "
            f"{len(run.outcomes)} writes ({kinds}), {len(run.failures)} failed, "
            f"{run.seconds:.1f} s wall")


def _where(target: str) -> str:
    return "PostgreSQL" if "://" in target and not target.startswith("sqlite") else "SQLite"

