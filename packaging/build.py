"""Build the Contract Desk bundle with packaging/contract_desk.spec, on any of the three OSes.

    python packaging/build.py DIST [--work DIR] [--json]

Runs PyInstaller into DIST (DIST/contract-desk/, and DIST/Contract Desk.app on
macOS) and reports where the program is, the onedir's size and how long the build
took; ``--json`` prints that as one JSON object (the tests and bench/bench_bundle.py
read it). Windows and macOS need Pillow to turn the PNG icon into .ico/.icns.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "contract_desk.spec"
NAME = "contract-desk"
APP = "Contract Desk.app"


@dataclass(frozen=True)
class Bundle:
    """A built bundle: its onedir, program and .app, its size in MB of 2**20 bytes, and
    the seconds the build took."""

    folder: str
    executable: str
    app: str | None
    size_mb: float
    seconds: float


def executable(folder: Path) -> Path:
    """The program in a onedir bundle."""
    return folder / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def size_mb(folder: Path) -> float:
    """The bytes of every file under ``folder`` (links not followed), in MB of 2**20 bytes."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files) / 2**20


def build(dist: Path, work: Path) -> Bundle:
    """Run PyInstaller on the spec into ``dist``; the bundle, or CalledProcessError."""
    if sys.platform != "linux" and importlib.util.find_spec("PIL") is None:
        raise SystemExit("build.py: install Pillow to make the Windows/macOS icon")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True)
    seconds = time.perf_counter() - start
    folder = dist / NAME
    app = dist / APP
    return Bundle(str(folder), str(executable(folder)), str(app) if app.exists() else None,
                  size_mb(folder), seconds)


def main(argv: list[str] | None = None) -> int:
    """Build, and report the bundle."""
    parser = argparse.ArgumentParser(description="Build the Contract Desk bundle.")
    parser.add_argument("dist", type=Path, help="where the bundle goes")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: temporary)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="contract-desk-build-") as scratch:
        bundle = build(options.dist.resolve(), (options.work or Path(scratch)).resolve())
    if options.json:
        _say(json.dumps(asdict(bundle)))
    else:
        _say(f"built {bundle.executable} ({bundle.size_mb:.1f} MB) in {bundle.seconds:.0f} s")
        if bundle.app:
            _say(f"      {bundle.app}")
    return 0


def _say(line: str) -> None:
    print(line, flush=True)  # noqa: T201 - a command-line tool


if __name__ == "__main__":
    sys.exit(main())
