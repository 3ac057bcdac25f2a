"""The Linux app bundle: built with packaging/contract_desk.spec, then started for real.

The onedir is built once per session (tests/bundle_build.py: about half a
minute), or taken from $CONTRACT_DESK_TEST_BUNDLE (a built onedir) when set. The
bundle's ``--smoke-test`` then runs in a desktop of its own: dunst on Xvfb in its
own D-Bus session, which clicks the notification's Acknowledge button. Its size
is reported here; bench/bench_bundle.py judges it against the goal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_build import session_bundle
from desktop_session import require_desktop_tools, run_in_session, virtual_display

from contract_desk import __version__
from contract_desk.storage.migrations_api import MIGRATIONS, head_revision

SMOKE_STEPS = ["register", "reading process", "import", "reminder check", "notification",
               "action", "letter", "pdf", "window"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The onedir folder of a bundle built from this checkout (tests/bundle_build.py)."""
    return session_bundle(tmp_path_factory, request)


def _run(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "contract-desk"), *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_bundle_says_its_version(bundle: Path) -> None:
    done = _run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"contract-desk {__version__}"


def test_the_bundle_ships_the_migration_scripts_as_files(bundle: Path) -> None:
    inside = bundle / "_internal" / "contract_desk" / "storage" / "migrations"
    scripts = sorted(path.name for path in (MIGRATIONS / "versions").glob("*.py"))
    assert scripts and sorted(path.name for path in (inside / "versions").glob("*.py")) == scripts
    assert (inside / "env.py").is_file()


def test_the_bundle_creates_a_register_at_the_newest_schema(bundle: Path,
                                                            tmp_path: Path) -> None:
    database = tmp_path / "new.sqlite3"
    listed = _run(bundle, "--db", str(database), "list")
    assert listed.returncode == 0, listed.stderr
    status = _run(bundle, "--db", str(database), "db", "status")
    assert status.returncode == 0, status.stderr
    assert head_revision() in status.stdout


def test_the_smoke_test_passes_in_the_bundle_with_a_real_click(bundle: Path,
                                                               tmp_path: Path) -> None:
    require_desktop_tools()
    with virtual_display() as display:
        done = run_in_session(display, tmp_path, [str(bundle / "contract-desk"), "--smoke-test"],
                              click="Acknowledge",
                              env={"CONTRACT_DESK_SMOKE_CLICK_SECONDS": "60",
                                   "QT_QPA_PLATFORM": "offscreen"})
    said = (tmp_path / "stdout").read_text(encoding="utf-8")
    errors = (tmp_path / "stderr").read_text(encoding="utf-8")
    assert done.returncode == 0, said + errors + done.stderr
    steps = [line.split(":")[1].strip() for line in said.splitlines() if ": ok (" in line]
    assert steps == SMOKE_STEPS
    assert "Acknowledge clicked in the notification" in said
    assert said.rstrip().endswith("smoke test: passed")
    received = (tmp_path / "dunst.out").read_text(encoding="utf-8")
    assert "appname: 'Contract Desk'" in received, received
    # The icon is the bundle's own copy: the frozen app finds its resources.
    assert f"file://{bundle.resolve()}/_internal/contract_desk/resources/" in received, received
    assert "Traceback" not in errors


@pytest.mark.parametrize(("language", "label"), [
    ("nb", "oppsigelsesfrist"), ("ko", "해지 통지 기한"), ("zh_CN", "通知截止日")])
def test_the_bundle_speaks_each_language_and_formats_its_dates(
        bundle: Path, language: str, label: str) -> None:
    done = subprocess.run(
        [str(bundle / "contract-desk"), "keydates", "--start", "2025-01-01", "--end",
         "2026-12-31", "--notice", "3 months", "--today", "2026-01-01"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "CONTRACT_DESK_LANGUAGE": language})
    assert done.returncode == 0, done.stderr
    assert label in done.stdout
    internal = bundle / "_internal"
    for locale in ("en_GB", "nb_NO", "ko_KR", "zh_Hans_CN"):  # formats for these regions
        assert (internal / "babel" / "locale-data" / f"{locale}.dat").is_file(), locale
    for catalog in ("qtbase_ko", "qtbase_zh_CN", "qtbase_nn"):  # Qt's own words
        assert (internal / "PySide6" / "Qt" / "translations" / f"{catalog}.qm").is_file()
