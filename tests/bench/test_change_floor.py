"""bench/support.py's write floor of a change: it writes exactly that change, no more."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from bench.support import copy_register, raw_change_seconds
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import open_register

TODAY = date(2026, 12, 3)


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        found = {table: sorted(connection.execute(f'SELECT rowid, * FROM "{table}"'),
                               key=repr) for table in tables}
    connection.close()
    return found


def test_the_floor_makes_exactly_the_change_from_before_to_after(tmp_path: Path) -> None:
    before = tmp_path / "before.sqlite3"
    register = open_register(before)
    try:
        with register.transaction() as session:
            generate_demo(session, count=40, seed=3, today=TODAY)
    finally:
        register.close()
    after = copy_register(before, tmp_path / "after.sqlite3")
    register = open_register(after)
    try:
        run = run_reminder_check(register, today=TODAY)  # alerts, days, key dates, summaries
    finally:
        register.close()
    assert run.fired
    with sqlite3.connect(after) as connection:  # a row gone and a row changed in a column
        connection.execute("DELETE FROM obligation WHERE id = (SELECT min(id) FROM obligation)")
        connection.execute("UPDATE contract SET title = 'Renamed' WHERE id = 2")
    connection.close()

    target = tmp_path / "floor.sqlite3"
    seconds, written = raw_change_seconds(before, after, target, repeat=2)

    assert seconds > 0
    assert _contents(target) == _contents(after)
    assert _contents(target) != _contents(before)
    assert written["alert"] == len(run.fired)
    assert written["contract"] >= 1 and written["obligation"] >= 1
