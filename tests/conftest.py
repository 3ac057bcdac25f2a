"""Fixtures shared by the whole suite: an isolated data folder and a register per backend.

The PostgreSQL backend uses the database named by $CONTRACT_DESK_TEST_PG_URL
(``.ci/run`` starts the local server and sets it). Without it the PostgreSQL
variants are skipped on a developer's machine, but fail under CI=true: CI must
never pass by skipping the real server.
"""

from __future__ import annotations

import gc
import locale
import os

# Qt tests never need a screen; set before anything imports Qt. A developer who
# wants to watch them can export another platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_thread_guard import GuiThreadGuard, check_after_call, guard_fixture
from sqlalchemy import create_engine, text
from team_helpers import fresh_team_database, set_up_team

from contract_desk.domain import clock
from contract_desk.storage import Register, open_register

PG_ENV = "CONTRACT_DESK_TEST_PG_URL"

# No test depends on the real clock: "today" is this day for everything the suite
# touches (the window, services, the CLI in a subprocess through the environment).
# Set at collection, before test modules compute their own dates from it.
SUITE_TODAY = date(2026, 11, 23)
clock.freeze(SUITE_TODAY)
os.environ[clock.TODAY_VARIABLE] = SUITE_TODAY.isoformat()


@pytest.fixture(autouse=True)
def suite_day() -> Iterator[None]:
    """Every test starts on the suite's day, whatever day an earlier one froze."""
    clock.freeze(SUITE_TODAY)
    yield
    clock.freeze(SUITE_TODAY)


@pytest.fixture(autouse=True)
def gui_thread_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiThreadGuard]:
    """Every test fails when the window opens a register session on the GUI thread.

    See tests/gui_thread_guard.py for what counts and why test code itself may.
    """
    yield from guard_fixture(monkeypatch)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After a test's body passed: fail it (in its call phase, where an xfail sees it) when
    the guard recorded a use. A body that failed keeps its own failure; the guard's
    fixture then reports the use in its teardown."""
    result = yield
    check_after_call(item)
    return result


@pytest.fixture
def settle(qtbot: Any) -> Callable[..., None]:
    """Wait until every window operation (contract_desk.ui.common.ops) has ended and delivered."""
    from contract_desk.ui.common import ops

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(ops.idle, timeout=timeout)

    return wait


@pytest.fixture
def save_detail(settle: Callable[..., None]) -> Callable[[Any], bool]:
    """Press a detail pane's Save and wait for the save and what follows; True when saved."""
    def save(detail: Any) -> bool:
        outcomes: list[bool] = []
        detail.save_ended.connect(outcomes.append)
        try:
            if detail.save_button.isEnabled():
                detail.save_button.click()
            else:
                detail.save()
            settle()
        finally:
            detail.save_ended.disconnect(outcomes.append)
        assert len(outcomes) <= 2, outcomes  # one save (and one more after a conflict)
        return bool(outcomes) and outcomes[-1]

    return save


# Python's collector runs on the main thread only, between tests, as the window runs it
# from a timer (contract_desk/ui/common/collector.py): a Qt object of an earlier test
# collected by a background read's thread deadlocked a whole run.
gc.disable()


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """After each test, what the automatic collector would have collected by now."""
    yield
    gc.unfreeze()  # a large register's load froze what it kept (ui/shell/memory.py)
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            break


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Keep every test out of the real user data folder and away from $CONTRACT_DESK_DB."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONTRACT_DESK_HOME", str(home))
    monkeypatch.delenv("CONTRACT_DESK_DB", raising=False)
    # No test depends on the machine's region either (the import offers its
    # currency): a test that needs one sets it.
    for name in ("LC_ALL", "LC_MONETARY", "LC_MESSAGES", "LANGUAGE", "CONTRACT_DESK_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # and the program speaks English (its source)
    yield home
    monkeypatch.undo()
    # glibc keeps the messages it translated under the locale's name, not under
    # $LANGUAGE: once Qt has set the process locale (C.UTF-8), a test that set
    # LANGUAGE=ko would leave the C library's error texts ("No such file…") in
    # Korean for every later test. A change of the locale empties that cache (setting
    # the same one again does not).
    current = locale.setlocale(locale.LC_MESSAGES)
    locale.setlocale(locale.LC_MESSAGES, "C")
    locale.setlocale(locale.LC_MESSAGES, current)


def postgres_url() -> str:
    """The test server's URL, or skip (fail under CI) when there is none."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        message = f"{PG_ENV} is not set: no PostgreSQL server to test against"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the PostgreSQL tests)")
        pytest.skip(message)
    return url


def reset_postgres(url: str) -> None:
    """Drop everything in the test database's public schema."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def pg_url() -> str:
    """An empty PostgreSQL database URL."""
    url = postgres_url()
    reset_postgres(url)
    return url


@pytest.fixture
def pg_register(pg_url: str) -> Iterator[Register]:
    """A new, empty register on PostgreSQL (a team register's server), open."""
    register = open_register(pg_url)
    yield register
    register.close()


@pytest.fixture
def team_url(pg_url: str) -> Iterator[str]:
    """The owner's URL of a fresh database of its own (see tests/team_helpers.py)."""
    yield from fresh_team_database(pg_url)


@pytest.fixture
def team(team_url: str, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> str:
    """A team register with a viewer, an editor and an admin (see tests/team_helpers.py)."""
    return set_up_team(team_url, capsys, monkeypatch)


@pytest.fixture
def sqlite_register(tmp_path: Path) -> Iterator[Register]:
    """A new register in a SQLite file."""
    register = open_register(tmp_path / "register.sqlite3")
    yield register
    register.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Register]:
    """A new, empty register on each backend: SQLite file and PostgreSQL."""
    if request.param == "sqlite":
        target: str | Path = tmp_path / "register.sqlite3"
    else:
        target = postgres_url()
        reset_postgres(target)
    register = open_register(target)
    yield register
    register.close()
