"""The app bundle, built once per test session for every test that needs it.

tests/packaging starts it; tests/bench hands it to bench/bench_bundle.py. The
build (packaging/build.py, about half a minute) goes into the session's
temporary folder; $CONTRACT_DESK_TEST_BUNDLE names an already built onedir to
use instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "packaging" / "build.py"
BUNDLE_ENV = "CONTRACT_DESK_TEST_BUNDLE"
_built: dict[str, Path] = {}


def session_bundle(tmp_path_factory: pytest.TempPathFactory,
                   request: pytest.FixtureRequest) -> Path:
    """The onedir folder of the bundle built from this checkout (once per session)."""
    given = os.environ.get(BUNDLE_ENV)
    if given:
        return Path(given)
    if "folder" not in _built:
        _built["folder"] = _build(tmp_path_factory.mktemp("bundle"), request)
    return _built["folder"]


def _build(dist: Path, request: pytest.FixtureRequest) -> Path:
    done = subprocess.run([sys.executable, str(BUILD), str(dist), "--json"],
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    built = json.loads(done.stdout.strip().splitlines()[-1])
    _report(request, f"bundle: {built['size_mb']:.1f} MB, built in {built['seconds']:.0f} s "
                     f"({built['folder']})")
    return Path(built["folder"])


def _report(request: pytest.FixtureRequest, line: str) -> None:
    """Say ``line`` in pytest's output, past its capture of the fixture's output."""
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)
