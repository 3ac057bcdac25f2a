"""kill -9 at random moments of every write path: the harness behind issue #13's second evidence.

For each write path the parent (which has imported everything and holds no
connection) prepares a run, forks a child that makes the write through the
public entry points (the CLI's ``run`` or the services the window calls), and
SIGKILLs it after a seeded random delay drawn across the path's measured
duration. It then checks what the child left: SQLite's ``integrity_check``, the
write all there or absent (never a part), the reminder index against a full
recomputation, a restore leaving the old or the new register, a migration
leaving the old or the new revision (and opening afterwards).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text

from bench.reliability_writers import reminder_problems, seed_register

SEEDED = 150
BULK_SIZE = 20
IMPORT_ROWS = 40
SQLITE_PATHS = ("add", "save", "bulk", "import", "undo_import", "remind", "restore", "migration")
#: A PostgreSQL register is backed up by the server's administrator: no restore there.
POSTGRES_PATHS = tuple(path for path in SQLITE_PATHS if path != "restore")


@dataclass
class PathResult:
    """The runs of one path: how many were killed, finished, and what went wrong."""

    path: str
    runs: int = 0
    killed: int = 0
    finished: int = 0
    problems: list[str] = field(default_factory=list)
    measured_seconds: float = 0.0


def _cli(argv: list[str]) -> int:
    from contract_desk.cli import run

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return run(argv)


def _register(target: str) -> Any:
    from contract_desk.storage import open_register

    return open_register(target, create=False)


def _contracts(target: str, where: Any = None) -> dict[str, tuple[Any, ...]]:
    from contract_desk.models import Contract

    register = _register(target)
    try:
        with register.reading() as session:
            query = select(Contract.uid, Contract.reference, Contract.version_id, Contract.notes,
                           Contract.tags, Contract.owner)
            if where is not None:
                query = query.where(where)
            return {row[0]: tuple(row[1:]) for row in session.execute(query)}
    finally:
        register.close()


def _raw_contracts(path: str | Path) -> list[tuple[Any, ...]]:
    """Every contract row of a SQLite file, read without changing a byte of it."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return connection.execute("SELECT * FROM contract ORDER BY uid").fetchall()


def _integrity(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        answer = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if answer == ["ok"] else [f"integrity_check: {answer[:3]}"]


def _csv(path: Path, prefix: str, rows: int) -> Path:
    lines = ["Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp"]
    lines += [f"{prefix}-{k};Avtale {prefix}-{k};Leverandør {k % 7} AS;01.02.2024;"
              f"{1 + k % 28:02d}.12.2026;{k}00,00" for k in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class KillPaths:
    """Prepare, act (in the child) and check, for each write path, on one backend."""

    def __init__(self, base: str, workdir: Path, today: date) -> None:
        self.base, self.workdir, self.today = base, workdir, today
        self.sqlite = "://" not in base
        self.template: dict[str, Path] = {}

    # -- the register each run works on --------------------------------------
    def setup(self, path: str) -> None:
        """A fresh seeded register for ``path`` (and its templates)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        if self.sqlite:
            folder = self.workdir / path
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            self.target = str(folder / "register.sqlite3")
        else:
            self.target = self.base
            engine = create_engine(self.base)
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
            engine.dispose()
        seed_register(self.target, SEEDED)
        if path == "restore":
            self._restore_template()
        if path == "migration" and self.sqlite:
            self._old_template()

    def _restore_template(self) -> None:
        from contract_desk.storage.backup import backup

        register = _register(self.target)
        try:
            self.backup_file = backup(register, reason="kept", keep=None)
        finally:
            register.close()
        for k in range(20):  # the register now differs from its backup
            _cli(["--db", self.target, "add", "--title", f"after the backup {k}"])
        self.template["restore"] = Path(self.target).with_name("old.sqlite3")
        with contextlib.closing(sqlite3.connect(self.target)) as source, \
                contextlib.closing(sqlite3.connect(self.template["restore"])) as copy:
            source.backup(copy)

    def _old_template(self) -> None:
        from contract_desk.storage.migrations_api import downgrade

        register = _register(self.target)
        try:
            downgrade(register, "0001")
        finally:
            register.close()
        self.template["migration"] = Path(self.target).with_name("old.sqlite3")
        shutil.copyfile(self.target, self.template["migration"])

    def _fresh_copy(self, path: str, run: int) -> str:
        target = self.workdir / path / f"run{run}" / "register.sqlite3"
        shutil.rmtree(target.parent, ignore_errors=True)
        target.parent.mkdir(parents=True)
        shutil.copyfile(self.template[path], target)
        return str(target)

    # -- prepare: in the parent, before the fork ------------------------------
    def prepare(self, path: str, run: int, rng: random.Random) -> dict[str, Any]:
        """What the child is to do and what the check compares with."""
        state: dict[str, Any] = {"target": self.target, "run": run, "day": self.today}
        if path == "restore":
            state["target"] = self._fresh_copy(path, run)
            state["old"] = _raw_contracts(state["target"])
            state["new"] = _raw_contracts(self.backup_file)
        elif path == "migration":
            if self.sqlite:
                state["target"] = self._fresh_copy(path, run)
            else:
                from contract_desk.storage.migrations_api import downgrade

                register = _register(self.target)
                try:
                    downgrade(register, "0001")
                finally:
                    register.close()
            state["count"] = self._raw_count(state["target"])
        elif path in ("save", "bulk"):
            uids = sorted(_contracts(self.target))
            state["uids"] = rng.sample(uids, BULK_SIZE if path == "bulk" else 1)
            state["before"] = _contracts(self.target)
        elif path == "import":
            state["file"] = _csv(self.workdir / f"import{run}.csv", f"I{run}", IMPORT_ROWS)
        elif path == "undo_import":
            state["batch"] = self._imported(run)
        elif path == "remind":
            state["day"] = self.today + timedelta(days=run)
        return state

    def _raw_count(self, target: str) -> int:
        engine = create_engine(target if "://" in target else f"sqlite:///{target}")
        try:
            with engine.connect() as connection:
                return int(connection.execute(text("SELECT count(*) FROM contract")).scalar_one())
        finally:
            engine.dispose()

    def _imported(self, run: int) -> str:
        import json

        source = _csv(self.workdir / f"undo{run}.csv", f"U{run}", IMPORT_ROWS)
        out = io.StringIO()
        from contract_desk.cli import run as cli_run

        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = cli_run(["--db", self.target, "import", str(source), "--currency", "NOK",
                            "--json"])
        if code != 0:
            raise RuntimeError(f"the import to undo failed: {out.getvalue()[:300]}")
        return str(json.loads(out.getvalue())["batch"])

    # -- act: in the child --------------------------------------------------------
    def act(self, path: str, state: dict[str, Any]) -> int:
        """Make the write of ``path`` (the child's whole life)."""
        target, run = state["target"], state["run"]
        if path == "add":
            return _cli(["--db", target, "add", "--reference", f"A{run}", "--title",
                         f"Added {run}", "--party", f"New party {run}", "--end", "2026-12-20",
                         "--notice", "1 months"])
        if path == "import":
            return _cli(["--db", target, "import", str(state["file"]), "--currency", "NOK"])
        if path == "undo_import":
            return _cli(["--db", target, "undo-import", state["batch"]])
        if path == "remind":
            return _cli(["--db", target, "remind", "--today", state["day"].isoformat(),
                         "--notifier", "none"])
        if path == "restore":
            return _cli(["--db", target, "restore", str(self.backup_file)])
        if path == "migration":
            return _cli(["--db", target, "list"])
        return self._window_write(path, state)

    def _window_write(self, path: str, state: dict[str, Any]) -> int:
        from contract_desk.services import add_tag, get_contract, handover, update_contract

        register = _register(state["target"])
        run = state["run"]
        try:
            if path == "save":
                uid = state["uids"][0]
                with register.reading() as session:
                    row = get_contract(session, uid)
                changes: dict[str, Any] = {"notes": f"save {run}"}
                if row.end_date is not None:  # a later end moves its reminders too
                    changes["end_date"] = row.end_date + timedelta(days=1)
                with register.transaction() as session:
                    update_contract(session, uid, changes, expected_version=row.version_id,
                                    user="killed")
            elif run % 2:
                with register.transaction() as session:
                    handover(session, state["uids"], f"Owner {run}", user="killed")
            else:
                with register.transaction() as session:
                    add_tag(session, state["uids"], f"bulk-{run}", user="killed")
        finally:
            register.close()
        return 0

    # -- check: in the parent, after the kill ---------------------------------
    def check(self, path: str, state: dict[str, Any]) -> list[str]:
        """What is wrong with what the (killed or finished) child left."""
        target = state["target"]
        problems = _integrity(Path(target)) if "://" not in target else []
        if problems:
            return problems
        problems += getattr(self, f"_check_{path}")(state)
        if path not in ("restore", "migration"):
            register = _register(target)
            try:
                problems += reminder_problems(register, state["day"])
            finally:
                register.close()
        return problems

    def _check_add(self, state: dict[str, Any]) -> list[str]:
        from contract_desk.models import AuditEvent, Contract, Party

        register = _register(state["target"])
        try:
            with register.reading() as session:
                contract = session.scalar(select(Contract.uid).where(
                    Contract.reference == f"A{state['run']}"))
                party = session.scalar(select(func.count()).select_from(Party).where(
                    Party.name == f"New party {state['run']}"))
                events = 0 if contract is None else session.scalar(
                    select(func.count()).select_from(AuditEvent).where(
                        AuditEvent.entity_uid == contract))
        finally:
            register.close()
        whole = (contract, party, events) == (None, 0, 0) or (contract and party == 1
                                                              and events == 1)
        return [] if whole else [(f"add left a part: contract {contract}, {party} parties, "
                                 f"{events} audit events")]

    def _check_save(self, state: dict[str, Any]) -> list[str]:
        uid = state["uids"][0]
        before, after = state["before"][uid], _contracts(state["target"])[uid]
        saved = after[2] == f"save {state['run']}" and after[1] == before[1] + 1
        return [] if after == before or saved else [f"save left a part: {before} -> {after}"]

    def _check_bulk(self, state: dict[str, Any]) -> list[str]:
        after = _contracts(state["target"])
        run = state["run"]
        if run % 2:
            done = [uid for uid in state["uids"] if after[uid][4] == f"Owner {run}"]
        else:
            done = [uid for uid in state["uids"] if f"bulk-{run}" in (after[uid][3] or [])]
        if len(done) in (0, len(state["uids"])):
            return []
        return [f"bulk change reached {len(done)} of {len(state['uids'])} contracts"]

    def _check_import(self, state: dict[str, Any]) -> list[str]:
        from contract_desk.models import Contract, ImportBatch

        prefix = f"I{state['run']}-"
        found = _contracts(state["target"], Contract.reference.like(f"{prefix}%"))
        register = _register(state["target"])
        try:
            with register.reading() as session:
                batches = session.scalar(select(func.count()).select_from(ImportBatch).where(
                    ImportBatch.file_name == state["file"].name))
        finally:
            register.close()
        if (len(found), batches) in ((0, 0), (IMPORT_ROWS, 1)):
            return []
        return [f"import left a part: {len(found)} of {IMPORT_ROWS} contracts, {batches} batches"]

    def _check_undo_import(self, state: dict[str, Any]) -> list[str]:
        from contract_desk.models import Contract, ImportBatch

        found = _contracts(state["target"], Contract.reference.like(f"U{state['run']}-%"))
        register = _register(state["target"])
        try:
            with register.reading() as session:
                undone = session.scalar(select(ImportBatch.undone_at).where(
                    ImportBatch.uid == state["batch"]))
        finally:
            register.close()
        if (undone is None and len(found) == IMPORT_ROWS) or (undone and not found):
            return []
        return [f"undo left a part: {len(found)} contracts, undone {undone}"]

    def _check_remind(self, state: dict[str, Any]) -> list[str]:
        return []  # the reminder index check after every path is this path's check

    def _check_restore(self, state: dict[str, Any]) -> list[str]:
        from contract_desk.storage.backup import check_backup

        now = _raw_contracts(state["target"])
        problems = [] if now in (state["old"], state["new"]) else [
            (f"restore left a mix: {len(now)} contracts (old {len(state['old'])}, "
            f"new {len(state['new'])})")]
        folder = Path(state["target"]).parent / "register-backups"
        for safety in sorted(folder.glob("register-*-before-restore.sqlite3")):
            try:
                check_backup(safety)
            except Exception as error:
                problems.append(f"the safety backup {safety.name} is not whole: {error}")
                continue
            if _raw_contracts(safety) != state["old"]:
                problems.append(f"the safety backup {safety.name} is not the old register")
        return problems

    def _check_migration(self, state: dict[str, Any]) -> list[str]:
        from contract_desk.storage.migrations_api import head_revision

        target = state["target"]
        engine = create_engine(target if "://" in target else f"sqlite:///{target}")
        try:
            with engine.connect() as connection:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")).scalar()
        finally:
            engine.dispose()
        problems = [] if revision in ("0001", head_revision()) else [
            f"migration left revision {revision!r}"]
        try:
            _register(target).close()  # opens (and finishes the upgrade)
        except Exception as error:
            return [*problems, f"the register does not open after the kill: {error}"]
        if self._raw_count(target) != state["count"]:
            problems.append("the migration lost contracts")
        return problems


def _child(paths: KillPaths, path: str, state: dict[str, Any]) -> int:
    pid = os.fork()
    if pid == 0:  # the child: make the write, never return into the parent's code
        code = 70
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            code = paths.act(path, state)
        except BaseException:
            code = 71
        finally:
            os._exit(code)
    return pid


def _one(paths: KillPaths, path: str, state: dict[str, Any], delay: float | None
         ) -> tuple[bool, float, int]:
    """Run the child, killed after ``delay`` (None: let it finish); killed?, seconds, status."""
    started = time.perf_counter()
    pid = _child(paths, path, state)
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - started
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return killed, seconds, 0 if killed else os.WEXITSTATUS(status)


def kill_path(paths: KillPaths, path: str, runs: int, seed: int = 13,
              progress: Callable[[str], None] | None = None) -> PathResult:
    """``runs`` killed runs of ``path`` (after two measured, unkilled ones)."""
    rng = random.Random(f"{seed}-{path}")
    result = PathResult(path)
    paths.setup(path)
    measured = []
    for run in range(2):  # the path's duration, and proof it works when left alone
        state = paths.prepare(path, run, rng)
        _killed, seconds, code = _one(paths, path, state, None)
        measured.append(seconds)
        if code != 0:
            result.problems.append(f"{path}: an unkilled run exited {code}")
        result.problems += [f"{path} run {run}: {p}" for p in paths.check(path, state)]
    result.measured_seconds = max(measured)
    for run in range(2, runs + 2):
        state = paths.prepare(path, run, rng)
        killed, _seconds, code = _one(paths, path, state,
                                      rng.uniform(0, result.measured_seconds * 1.1))
        result.runs += 1
        result.killed += killed
        result.finished += not killed
        if not killed and code != 0:
            result.problems.append(f"{path} run {run}: exited {code} without being killed")
        result.problems += [f"{path} run {run}: {p}" for p in paths.check(path, state)]
        if progress and run % 25 == 0:
            progress(f"{path}: {run - 1} runs")
    return result
