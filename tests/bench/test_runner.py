"""bench/run.py: one JSON object of measures, and docs/performance.md written from it."""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_build import session_bundle

from bench.bench_machine import python_work, sqlite_work

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "bench" / "run.py"
KEYS = {"value", "unit", "baseline", "ratio", "goal"}
LIST_MEASURES = {"list_all", "list_expiring_90", "cli_list_expiring_90"}


def _queries_exist() -> bool:
    try:
        return importlib.util.find_spec("contract_desk.services.listing.queries") is not None
    except ModuleNotFoundError:
        return False


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
             ) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One run of the runner as a script, at a size that takes seconds (bench_bundle
    measures the session's bundle rather than building one of its own)."""
    docs = tmp_path_factory.mktemp("docs") / "performance.md"
    env = {**os.environ,
           "CONTRACT_DESK_BENCH_BUNDLE": str(session_bundle(tmp_path_factory, request))}
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--size", "60", "--repeat", "1", "--json",
         "--write-docs", "--docs", str(docs)],
        cwd=tmp_path_factory.mktemp("cwd"), env=env, capture_output=True, text=True,
        timeout=600, check=False,
    )
    return done, docs


def test_the_runner_exits_cleanly(tiny_run: tuple[subprocess.CompletedProcess[str], Path]
                                  ) -> None:
    done, _ = tiny_run
    assert done.returncode == 0, done.stderr


def test_json_is_one_object_of_measures_with_the_promised_shape(
    tiny_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    measures = json.loads(tiny_run[0].stdout)  # nothing else may be on stdout
    assert "demo_generate" in measures
    assert measures["machine_sqlite"]["baseline"] == measures["machine_python"]["value"]
    if _queries_exist():
        assert set(measures) >= LIST_MEASURES
    for name, measure in measures.items():
        assert set(measure) == KEYS, name
        assert isinstance(measure["value"], float) and measure["value"] > 0, name
        assert isinstance(measure["unit"], str) and measure["unit"], name
        assert measure["goal"] is None or isinstance(measure["goal"], str)
        if measure["baseline"] is None:
            assert measure["ratio"] is None
        else:
            assert measure["baseline"] > 0
            expected = measure["value"] / measure["baseline"]
            assert math.isclose(measure["ratio"], expected, rel_tol=1e-3), name


def test_demo_generation_is_judged_against_a_measured_baseline(
    tiny_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    demo = json.loads(tiny_run[0].stdout)["demo_generate"]
    assert demo["unit"] == "s"
    assert demo["baseline"] is not None and demo["ratio"] is not None
    assert "60 s" in demo["goal"]


def test_the_bundle_is_measured_and_its_start_judged_against_python_m(
    tiny_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    measures = json.loads(tiny_run[0].stdout)
    assert measures["bundle_size"]["unit"] == "MB" and measures["bundle_size"]["value"] > 10
    start = measures["bundle_start"]
    assert start["unit"] == "s" and start["baseline"] > 0 and start["ratio"] > 0


def test_docs_are_written_from_the_same_run(
    tiny_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, docs = tiny_run
    page = docs.read_text(encoding="utf-8")
    measures = json.loads(done.stdout)
    assert "| measure | value | baseline | ratio | goal | met? |" in page
    assert "cores" in page and "SQLAlchemy" in page and "SQLite" in page
    for name in measures:
        assert f"| `{name}` |" in page
        assert f"- **`{name}`** — " in page
    assert f"{measures['demo_generate']['value']:,.3f} s" in page


def test_a_bad_size_is_refused_without_a_traceback() -> None:
    done = subprocess.run([sys.executable, str(RUNNER), "--size", "0", "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert "--size must be at least 1" in done.stderr
    assert "Traceback" not in done.stderr


def _parse(*argv: str) -> object:
    spec = importlib.util.spec_from_file_location("bench_run_for_args", RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.parse_args(list(argv))


def test_quick_runs_ten_thousand_contracts_once_and_never_replaces_the_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    quick = _parse("--quick")
    assert (quick.size, quick.repeat) == (10_000, 1)  # type: ignore[attr-defined]
    assert _parse().repeat == 3  # type: ignore[attr-defined]
    assert _parse("--quick", "--repeat", "2").repeat == 2  # type: ignore[attr-defined]
    elsewhere = _parse("--quick", "--write-docs", "--docs", str(tmp_path / "quick.md"))
    assert elsewhere.docs == tmp_path / "quick.md"  # type: ignore[attr-defined]
    for refused in (("--quick", "--write-docs"), ("--quick", "--size", "500")):
        with pytest.raises(SystemExit):
            _parse(*refused)
    assert "reference" in capsys.readouterr().err


def test_the_machine_yardsticks_are_the_same_work_at_every_size() -> None:
    # Two runs' yardsticks compare machines only while the work stays the same: a change
    # of either workload changes these results (and old runs are no longer comparable).
    assert python_work() == 8016
    assert sqlite_work() == 100_000
