"""A team register on PostgreSQL: how soon colleagues see a save, how soon the window answers.

Needs a PostgreSQL database the bench may empty: ``CONTRACT_DESK_BENCH_PG_URL``
(e.g. ``postgresql+psycopg://contract_desk:…@127.0.0.1/contract_desk_bench``);
without it these measures are not run. The run's demo register (a copy) is
moved in with ``push_register`` first.

- ``team_change_seen``: ten colleagues' windows, each listening (its own
  ``ChangeListener`` and connection) and, on hearing a save, reading that
  contract again as the window does (``load_listed_many``); one colleague saves
  30 contracts, a third of a second apart. The p95 over every (save, window) of
  the time from just before the save commits to that window holding the new row.
  Baseline: the p95 of a bare ``NOTIFY`` heard by a bare ``LISTEN`` (psycopg).
- ``team_window_interactive``: the main window opened on the team register in
  a fresh process, until it is shown and answers events. Baseline: the same on
  the SQLite demo register.
- ``team_window_loaded``: until every contract is listed, on a usual morning
  (the register checked the day before, as ``window_loaded``); and
  ``team_window_loaded_first`` on the first day after moving in, nothing derived
  stored yet. Baselines: the same on the SQLite demo register.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from bench.qt_probe import run_probe
from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import (
    checked_on,
    copy_register,
    demo_register,
    remove_register,
    usual_day_check,
)

PG_ENV = "CONTRACT_DESK_BENCH_PG_URL"
PROBE = Path(__file__).with_name("window_probe.py")
WINDOWS = 10
SAVES = 30
SPACING_SECONDS = 0.33
CHANGE_GOAL_SECONDS = 1.0
WINDOW_GOAL_SECONDS = 2.0


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _server() -> URL:
    found = os.environ.get(PG_ENV, "").strip()
    if not found:
        raise Unavailable(f"no PostgreSQL to measure a team register on: set {PG_ENV}")
    return make_url(found)


def team_register(context: BenchContext) -> URL:
    """The run's demo register moved into the (emptied) bench database, once per run."""
    return context.shared("team_register", lambda: _move_in(context, _server()))


def _move_in(context: BenchContext, url: URL) -> URL:
    from contract_desk.storage import open_register
    from contract_desk.storage.push import push_register

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    copy = context.workdir / "team-source.sqlite3"
    with sqlite3.connect(demo_register(context).path) as reader, sqlite3.connect(copy) as writer:
        reader.backup(writer)
    reader.close()
    writer.close()
    source, target = open_register(copy), open_register(url)
    try:
        push_register(source, target)
    finally:
        source.close()
        target.close()
    return url


def _bare_listen(url: URL) -> list[float]:
    import psycopg

    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    heard: list[float] = []
    with psycopg.connect(dsn, autocommit=True) as listener, \
            psycopg.connect(dsn, autocommit=True) as sender:
        listener.execute("LISTEN bench_round_trip")
        for _ in range(SAVES):
            sent = time.perf_counter()
            sender.execute("NOTIFY bench_round_trip, 'x'")
            for _notice in listener.notifies(timeout=5, stop_after=1):
                heard.append(time.perf_counter() - sent)
    return heard


class _Window:
    """A colleague's window, reduced to what a save costs it: hear, read the row again."""

    def __init__(self, url: URL, today: Any, committed: dict[str, float],
                 seen: list[float], lock: threading.Lock) -> None:
        from contract_desk.storage import open_register
        from contract_desk.storage.live import listener_for

        self.register = open_register(url)
        self.today, self.committed, self.seen, self.lock = today, committed, seen, lock
        listener = listener_for(url, self._heard, url.password)
        assert listener is not None
        self.listener = listener
        self.listener.start()

    def _heard(self, change: Any) -> None:
        from contract_desk.services.listing.window_list import load_listed_many

        if change.table != "contract" or not change.uids:
            return
        with self.register.reading() as session:
            load_listed_many(session, change.uids, today=self.today)
        now = time.perf_counter()
        with self.lock:
            for uid in change.uids:
                if uid in self.committed:
                    self.seen.append(now - self.committed[uid])

    def close(self) -> None:
        self.listener.stop()
        self.register.close()


def _change_seen(context: BenchContext, url: URL) -> list[float]:
    from sqlalchemy import select

    from contract_desk.models import Contract
    from contract_desk.services import get_contract, update_contract
    from contract_desk.storage import open_register

    committed: dict[str, float] = {}
    seen: list[float] = []
    lock = threading.Lock()
    windows = [_Window(url, context.today, committed, seen, lock) for _ in range(WINDOWS)]
    writer = open_register(url)
    try:
        for window in windows:
            if not window.listener.listening.wait(30):
                raise RuntimeError("a window's listener did not start")
        with writer.reading() as session:
            uids = list(session.scalars(select(Contract.uid).order_by(Contract.id)
                                        .limit(SAVES)))
        for number, uid in enumerate(uids):
            with writer.transaction() as session:
                row = get_contract(session, uid, today=context.today)
                update_contract(session, uid, {"notes": f"bench save {number}"},
                                expected_version=row.version_id, user="bench",
                                today=context.today)
                session.flush()
                with lock:  # just before the commit (a window may hear it at once after)
                    committed[uid] = time.perf_counter()
            time.sleep(SPACING_SECONDS)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with lock:
                if len(seen) >= WINDOWS * len(uids):
                    break
            time.sleep(0.05)
    finally:
        for window in windows:
            window.close()
        writer.close()
    if len(seen) < WINDOWS * SAVES:
        raise RuntimeError(f"only {len(seen)} of {WINDOWS * SAVES} saves were seen")
    return seen


@benchmark
def team(context: BenchContext) -> list[Measure]:
    """Colleagues' saves seen, and the window opened, on a team register (PostgreSQL)."""
    url = team_register(context)
    bare = _bare_listen(url)
    seen = _change_seen(context, url)
    address = url.render_as_string(hide_password=False)
    demo = demo_register(context).path
    # The first day after moving in (nothing derived stored: every contract's key dates
    # and health computed as it loads), then a usual morning: the register checked the
    # day before, opened on the next day, as window_loaded measures the file.
    first_on_server = run_probe(context, PROBE, address)
    first_on_file = run_probe(context, PROBE, str(demo))
    morning = context.today + timedelta(days=1)
    checked_on(url, context.today)
    on_server = run_probe(context, PROBE, address, today=morning)
    checked = copy_register(demo, context.workdir / "team-file-checked.sqlite3")
    try:
        checked_on(checked, context.today)
        on_file = run_probe(context, PROBE, str(checked), today=morning)
        check_on_file = usual_day_check(checked, context.today)
    finally:
        remove_register(checked)
    check_on_server = usual_day_check(url, context.today)
    n = int(on_server["contracts"])
    return [
        Measure("team_change_seen", _p95(seen), "s", baseline=_p95(bare),
                goal="p95 under 1 s, 10 windows", goal_limit=CHANGE_GOAL_SECONDS, about=(
                    f"{WINDOWS} colleagues' windows on a team register of {n:,} contracts, "
                    f"each hearing {SAVES} saves of a colleague (a third of a second apart) "
                    "and reading the saved contract again: the 95th percentile of the "
                    "time from a save's commit to a window holding the new row. Baseline: "
                    "the 95th percentile of a bare psycopg NOTIFY heard by a bare LISTEN.")),
        Measure("team_window_interactive", on_server["interactive"], "s",
                baseline=on_file["interactive"], goal="under 2 s with 100,000 contracts",
                goal_limit=WINDOW_GOAL_SECONDS * max(1.0, context.size / 100_000), about=(
                    f"From constructing `MainWindow` on a team register of {n:,} contracts "
                    "(local PostgreSQL) until it is shown and answers events; its load runs "
                    "in the background. Baseline: the same window on the SQLite demo "
                    "register, in the same run.")),
        Measure("team_window_loaded", on_server["loaded"], "s", baseline=on_file["loaded"],
                about=(f"Until all {n:,} contracts of the team register are in the table "
                       "and the sidebar, on a usual morning: the register was checked the "
                       "day before (its key dates stored then; on PostgreSQL the obligation "
                       "summaries are always computed), as window_loaded. Baseline: the "
                       "same on a checked copy of the SQLite demo register. Until "
                       "2026-12-06 this measured the first day (team_window_loaded_first).")),
        Measure("team_reminder_check", check_on_server, "s", baseline=check_on_file, about=(
            f"The app's reminder check (`run_reminder_check`) of the team register of {n:,} "
            "contracts on a usual day: the two days after moving in checked and the "
            "inbox cleared (every alert acknowledged), then the next day's check: the "
            "rows that came due computed, their alerts raised, their next reminder days "
            "and key dates stored. Baseline: the same days on a copy of the SQLite demo "
            "register, in the same run.")),
        Measure("team_window_loaded_first", first_on_server["loaded"], "s",
                baseline=first_on_file["loaded"], about=(
                    "The same on the first day after the register moved in "
                    "(`push_register` copies no derived data): every contract's key dates "
                    "computed as the window loads, until the first check stores them. "
                    "Baseline: the same on the SQLite demo register as generated.")),
    ]

