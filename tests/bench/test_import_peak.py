"""bench/bench_import.py's peak-memory measure: the VmHWM reading and the child import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.bench_import import _write_register, import_in_child, peak_rss_mb
from contract_desk.models import Contract
from contract_desk.storage import open_register

STATUS = "Name:\tpython\nVmPeak:\t 900000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n"


def test_the_peak_is_vmhwm_not_the_current_or_virtual_size() -> None:
    assert peak_rss_mb(STATUS) == 200.0


def test_a_status_without_the_peak_is_refused() -> None:
    with pytest.raises(ValueError, match="VmHWM"):
        peak_rss_mb("Name:\tpython\nVmRSS:\t 1 kB\n")
    with pytest.raises(ValueError, match="MB"):
        peak_rss_mb("VmHWM:\t 1 MB\n")


@pytest.mark.parametrize("which", ["import_file", "wizard"])
def test_each_path_imports_every_row_in_its_own_process(tmp_path: Path, which: str) -> None:
    source = _write_register(tmp_path / "register.xlsx", 30)
    database = tmp_path / f"{which}.sqlite3"
    measured = import_in_child(source, database, which, date(2025, 3, 31))
    assert measured["created"] == 30
    assert 20 < measured["peak_mb"] < 2000
    register = open_register(database)
    try:
        with register.reading() as session:
            assert session.scalar(select(func.count()).select_from(Contract)) == 30
    finally:
        register.close()


def test_an_unknown_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown import path"):
        import_in_child(tmp_path / "x.xlsx", tmp_path / "x.sqlite3", "gui", date(2025, 3, 31))
