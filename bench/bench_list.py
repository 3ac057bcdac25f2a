"""Listing contracts: the query service and the CLI, against a raw SELECT of the same columns."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import best_of, demo_register
from contract_desk.services.register.key_dates_store import refresh_key_dates
from contract_desk.storage import open_register

EXPIRING_DAYS = 90
SELECT_KEY = "raw_contract_select"
#: The stored key dates a listed row carries (migration 0012).
KEY_DATE_COLUMNS = ("has_dates", "term_end", "current_term_start", "current_term_end",
                    "notice_deadline", "send_by", "renewals", "status", "next_renewal_start",
                    "earliest_end", "earliest_end_moves")


def _list_contracts() -> Callable[..., list[Any]]:
    """The query service's ``list_contracts``, or Unavailable while it is not built."""
    try:
        from contract_desk.services.listing.queries import list_contracts
    except ImportError as error:
        raise Unavailable(
            f"contract_desk.services.listing.queries.list_contracts: {error}") from None
    return list_contracts


def raw_select(path: Path, row_type: type) -> str:
    """A SELECT of the contract columns ``row_type`` carries, plus the counterparty's name."""
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(contract)")}
    with sqlite3.connect(path) as connection:
        stored = {row[1] for row in connection.execute("PRAGMA table_info(contract_key_dates)")}
    names = getattr(row_type, "_fields", None) or [f.name for f in dataclasses.fields(row_type)]
    fields = [name for name in names if name in columns]
    selected = ", ".join(f"c.{name}" for name in fields)
    # The key dates a row carries are stored columns too: fetched by the same SELECT.
    dates = [name for name in KEY_DATE_COLUMNS if name in stored]
    joined = "".join(f", k.{name}" for name in dates)
    join = " LEFT JOIN contract_key_dates k ON k.contract_id = c.id" if dates else ""
    return (f"SELECT {selected}, p.name{joined} FROM contract c "
            f"LEFT JOIN party p ON p.id = c.counterparty_id{join}")


def _row_type(context: BenchContext, path: Path) -> type:
    register = open_register(path)
    try:
        with register.transaction() as session:
            rows = _list_contracts()(session, today=context.today)
    finally:
        register.close()
    if not rows:
        raise RuntimeError("list_contracts found no contract in the demo register")
    return type(rows[0])


def _raw_fetch(path: Path, query: str) -> int:
    with sqlite3.connect(path) as connection:
        return len(connection.execute(query).fetchall())


def _timed_listing(
    context: BenchContext, path: Path, **filters: object
) -> tuple[float, list[Any]]:
    list_contracts = _list_contracts()
    register = open_register(path)
    found: list[list[Any]] = []

    def run() -> None:
        with register.transaction() as session:
            found.append(list_contracts(session, today=context.today, **filters))

    try:
        return best_of(context.repeat, run), found[-1]
    finally:
        register.close()


def _timed_computing(context: BenchContext, path: Path) -> float:
    """list_all with nothing stored: the stored key dates deleted in a rolled-back write."""
    list_contracts = _list_contracts()
    register = open_register(path)

    def run() -> None:
        with register.session_factory() as session:
            try:
                session.execute(text("DELETE FROM contract_key_dates"))
                start = time.perf_counter()
                list_contracts(session, today=context.today)
                timings.append(time.perf_counter() - start)
            finally:
                session.rollback()

    timings: list[float] = []
    try:
        for _ in range(max(1, context.repeat)):
            run()
        return min(timings)
    finally:
        register.close()


def _new_day(context: BenchContext, path: Path) -> tuple[float, int]:
    register = open_register(path)
    timings: list[float] = []
    moved = 0
    try:
        for _ in range(max(1, context.repeat)):
            with register.session_factory() as session:
                try:
                    start = time.perf_counter()
                    moved = refresh_key_dates(session, context.today + timedelta(days=1))
                    session.flush()
                    timings.append(time.perf_counter() - start)
                finally:
                    session.rollback()
        return min(timings), moved
    finally:
        register.close()


@benchmark
def list_queries(context: BenchContext) -> list[Measure]:
    """Time ``list_contracts`` over the whole register, then only what expires soon."""
    demo = demo_register(context)
    every_seconds, every = _timed_listing(context, demo.path)
    soon_seconds, soon = _timed_listing(context, demo.path, expiring_within=EXPIRING_DAYS)
    if not every:
        raise RuntimeError("list_contracts found no contract in the demo register")
    query = context.shared(SELECT_KEY, lambda: raw_select(demo.path, type(every[0])))
    raw = best_of(context.repeat, lambda: _raw_fetch(demo.path, query))
    baseline = (f"Baseline: `sqlite3` fetching the same contract columns for all "
                f"{len(every):,} contracts (plus the counterparty's name) with one raw SELECT.")
    computed_seconds = _timed_computing(context, demo.path)
    new_day_seconds, moved = _new_day(context, demo.path)
    return [
        Measure("list_all", every_seconds * 1000, "ms", baseline=raw * 1000,
                goal="ratio ≤ 2", goal_limit=2 * raw * 1000, about=(
            f"`list_contracts(session, today=...)` returning all {len(every):,} contracts "
            "as frozen rows with their key dates, read as stored (best of "
            f"{context.repeat}). {baseline[:-1]} and their stored key dates.")),
        Measure("list_all_computing", computed_seconds * 1000, "ms",
                baseline=every_seconds * 1000, about=(
            "The same listing with no key dates stored (right after an upgrade or a big "
            "import, before the first write stores them): every contract's dates computed. "
            "Baseline: list_all.")),
        Measure("key_dates_store_all", demo.key_dates_seconds, "s",
                baseline=computed_seconds, about=(
            f"`store_key_dates` computing and storing the key dates of all {len(every):,} "
            "contracts as the reminder check does it (computed while reading, stored in short "
            "writes of 2,000; a one-time cost after an upgrade or a big import). Baseline: "
            "list_all_computing.")),
        Measure("key_dates_new_day", new_day_seconds * 1000, "ms", baseline=raw * 1000,
                about=(
            f"`refresh_key_dates` on the next day: {moved:,} contracts' dates moved and "
            "were computed and stored again, the rest still hold (rolled back after; best of "
            f"{context.repeat}). Baseline: the raw SELECT of list_all.")),
        Measure("list_expiring_90", soon_seconds * 1000, "ms", baseline=raw * 1000, about=(
            f"`list_contracts(session, today=..., expiring_within=90)`, which found "
            f"{len(soon):,} contracts (best of {context.repeat}). The current term of an "
            "automatically renewing contract rolls forward, so every candidate row has to be "
            f"read; {baseline[0].lower()}{baseline[1:]}")),
    ]


_RAW_CLI = """
import json, sqlite3, sys
cursor = sqlite3.connect(sys.argv[1]).execute(sys.argv[2])
names = [column[0] for column in cursor.description]
rows = cursor.fetchmany(int(sys.argv[3]))
print(json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2))
"""


def _subprocess_env(context: BenchContext) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CONTRACT_DESK_DB", None)
    env["CONTRACT_DESK_HOME"] = str(context.workdir / "home")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def _json_rows(command: list[str], env: dict[str, str]) -> int:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"{' '.join(command[1:4])}... exited {done.returncode}: {lines[-1]}")
    printed = json.loads(done.stdout)
    if not isinstance(printed, list):
        raise RuntimeError("the command did not print a JSON array")
    return len(printed)


@benchmark
def cli_list_expiring_90(context: BenchContext) -> list[Measure]:
    """Time the CLI end to end, against a bare Python printing the same rows from SQLite."""
    _list_contracts()  # the CLI lists through it: without it there is nothing to time
    demo = demo_register(context)
    env = _subprocess_env(context)
    command = [sys.executable, "-m", "contract_desk", "--db", str(demo.path),
               "list", "--json", "--expiring-within", str(EXPIRING_DAYS)]
    counts: list[int] = []
    seconds = best_of(context.repeat, lambda: counts.append(_json_rows(command, env)))
    query = context.shared(SELECT_KEY, lambda: raw_select(demo.path, _row_type(context, demo.path)))
    raw_command = [sys.executable, "-c", _RAW_CLI, str(demo.path), query, str(counts[-1])]
    raw = best_of(context.repeat, lambda: _json_rows(raw_command, env))
    return [Measure("cli_list_expiring_90", seconds, "s", baseline=raw,
                    goal="ratio ≤ 1.5", goal_limit=1.5 * raw, about=(
        f"`python -m contract_desk --db FILE list --json --expiring-within 90` as a "
        f"subprocess, printing {counts[-1]:,} contracts (best of {context.repeat}). Baseline: "
        "a bare `python -c` that opens the file with `sqlite3`, selects the same columns and "
        "prints as many rows as JSON objects: interpreter start-up plus raw reading."))]
