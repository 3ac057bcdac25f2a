"""The export service: which contracts, progress reports, cancel, all-or-nothing files."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from export_helpers import TODAY, add_lease, export, read_data
from openpyxl import load_workbook

from contract_desk.exporters import (
    ExportCancelled,
    ExportError,
    ExportFormat,
    ExportRequest,
    export_register,
    job,
)
from contract_desk.gc_pause import pausing
from contract_desk.services.demo.generate import generate_demo
from contract_desk.storage import Register


@pytest.fixture
def demo(register: Register) -> Register:
    with register.transaction() as session:
        generate_demo(session, count=80, today=TODAY)
    return register


def _references(path: Path) -> list[str]:
    sheet = load_workbook(path)["Contracts"]
    return [row[0].value for row in sheet.iter_rows(min_row=2)]


def test_status_and_expiring_filters_choose_the_same_contracts_as_the_list(
        demo: Register, tmp_path: Path) -> None:
    active = [row.reference for row in read_data(demo, status="active").contracts]
    assert 0 < len(active) < 80
    assert _references(export(demo, tmp_path / "a.xlsx", status="active")) == active
    soon = read_data(demo, expiring_within=120).contracts
    assert soon and all(TODAY <= row.current_term_end <= date(2026, 6, 30) for row in soon)
    expiring = export(demo, tmp_path / "e.xlsx", expiring_within=120)
    assert _references(expiring) == [row.reference for row in soon]


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_progress_rises_to_the_total_and_cancel_leaves_the_old_file(
        demo: Register, tmp_path: Path, kind: ExportFormat) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"r.{kind.value}"
    reports: list[tuple[int, int]] = []
    with demo.transaction() as session:
        export_register(session, ExportRequest(kind, target), today=TODAY,
                        progress=lambda done, total: reports.append((done, total)))
    assert reports[-1][0] == reports[-1][1] > 0
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    before = target.read_bytes()
    asked = iter([False])  # go on once, then stop
    with demo.transaction() as session, pytest.raises(ExportCancelled):
        export_register(session, ExportRequest(kind, target), today=TODAY,
                        should_cancel=lambda: next(asked, True))
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_an_unwritable_place_is_a_clear_error(register: Register, tmp_path: Path) -> None:
    add_lease(register)
    with pytest.raises(ExportError, match=r"cannot write .*missing.*No such file"):
        export(register, tmp_path / "missing" / "r.xlsx")
    with pytest.raises(ExportError, match="it is a folder"):
        export(register, tmp_path)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)  # a device or pipe is never replaced by a file renamed over it
    with pytest.raises(ExportError, match="it is not a regular file"):
        export(register, pipe)
    assert not pipe.is_file() and pipe.exists()
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportError, match="cannot write"):
            export(register, locked / "r.xlsx")


def test_a_selection_that_vanished_is_refused(register: Register, tmp_path: Path) -> None:
    add_lease(register)
    with pytest.raises(ExportError, match="no longer in the register"):
        export(register, tmp_path / "s.xlsx", contract_uids=("gone",))


def test_an_empty_register_exports_headers_only(register: Register, tmp_path: Path) -> None:
    for kind in ExportFormat:
        path = export(register, tmp_path / f"empty.{kind.value}", kind)
        assert path.stat().st_size > 0



@pytest.fixture
def collector_on() -> Iterator[None]:
    """The automatic collector on, as a program without a window runs (the test session
    keeps it off: tests/conftest.py)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
@pytest.mark.parametrize(("kind", "paused"), [(ExportFormat.ICS, True),
                                              (ExportFormat.XLSX, False)])
def test_a_calendar_export_pauses_the_cyclic_collector_and_resumes_it(
        demo: Register, tmp_path: Path, kind: ExportFormat, paused: bool) -> None:
    seen: list[tuple[bool, bool]] = []
    with demo.transaction() as session:
        export_register(session, ExportRequest(kind, tmp_path / f"c.{kind.value}"), today=TODAY,
                        progress=lambda _done, _all: seen.append((gc.isenabled(), pausing())))
    assert seen and set(seen) == {(not paused, paused)}
    assert gc.isenabled() and not pausing()


@pytest.mark.usefixtures("collector_on")
@pytest.mark.parametrize("kind", list(ExportFormat))
def test_every_export_reads_with_the_cyclic_collector_paused(
        demo: Register, tmp_path: Path, kind: ExportFormat,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Everything read is kept until written: the collector would only walk it again.
    seen: list[tuple[bool, bool]] = []
    read = job.load_export_data

    def reading(*args: object, **kwargs: object) -> object:
        seen.append((gc.isenabled(), pausing()))
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(job, "load_export_data", reading)
    with demo.transaction() as session:
        export_register(session, ExportRequest(kind, tmp_path / f"c.{kind.value}"),
                        today=TODAY)
    assert seen == [(False, True)]
    assert gc.isenabled() and not pausing()
