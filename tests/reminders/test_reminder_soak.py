"""The reminder soak: simulated years of daily edits and checks against an independent oracle.

CI runs a reduced size: 200 contracts, three simulated years (1,095 days), two
window checks a simulated day (2,190 checks), on SQLite. The full size (10,000
contracts, three years, ten checks a day: 10,950 checks, RSS measured over the
last 10,000) is ``python -m bench.soak_reminders``; docs/reliability.md has its
numbers. The oracle (bench/soak_oracle.py over bench/soak_terms.py) imports
nothing from contract_desk.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest

from bench.soak_reminders import report, run_soak
from bench.soak_window import rss_bytes
from contract_desk.notify.base import NotifierChain
from contract_desk.storage import Register
from contract_desk.ui.common.worker import Task
from contract_desk.ui.reminders.checks import ReminderController

MB = 1024 * 1024


def _count(kind: type) -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if type(thing) is kind)


def test_the_window_keeps_nothing_of_its_finished_checks(
        qtbot: object, sqlite_register: Register) -> None:
    # Every check used to stay in memory (a Task child of the controller, and its
    # runnable kept by the pool): about 14 KB a check, 96 checks a day.
    controller = ReminderController(sqlite_register, chain=NotifierChain([]),
                                    today=lambda: date(2027, 1, 4))
    for _ in range(5):
        controller.check_now()
        assert controller.wait()
    before = _count(Task), len(controller.children())
    for _ in range(50):
        controller.check_now()
        assert controller.wait()
    assert (_count(Task), len(controller.children())) == before


@pytest.mark.slow
def test_three_simulated_years_raise_every_reminder_once_and_the_window_stays_flat(
        tmp_path: Path) -> None:
    result = run_soak(str(tmp_path / "soak.sqlite3"), contracts=200, days=3 * 365,
                      checks_per_day=2, warmup_checks=190, checkpoint_days=73)
    summary = report(result)
    assert result.failures == [] and result.warnings == [], summary
    assert result.mismatches == [], summary
    assert result.checkpoints == 15 and result.checks >= 2190, summary
    assert result.alerts_compared > 5_000, summary  # the comparison compared something
    assert result.rss_growth_mb < 20, summary
    assert rss_bytes() > 0


@pytest.mark.slow
@pytest.mark.postgres
def test_a_simulated_year_on_postgresql_raises_every_reminder_once(pg_url: str) -> None:
    # Smaller still (the same engine; PostgreSQL's own ways of storing dates and JSON).
    result = run_soak(pg_url, contracts=60, days=365, checks_per_day=2, warmup_checks=10,
                      checkpoint_days=73)
    summary = report(result)
    assert result.failures == [] and result.warnings == [], summary
    assert result.mismatches == [] and result.checkpoints == 5, summary
    assert result.alerts_compared > 500, summary
