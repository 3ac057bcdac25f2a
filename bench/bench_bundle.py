"""The app bundle (packaging/contract_desk.spec): its size, and its start to a usable window.

The onedir is built once per run into the scratch folder with packaging/build.py
(about half a minute), or taken from ``CONTRACT_DESK_BENCH_BUNDLE`` (a built
onedir folder) when set; without PyInstaller these measures are not run.

- ``bundle_size``: the bytes of every file of the onedir, in MB of 2**20 bytes
  (links not counted twice). No baseline: the goal is the download and the disk.
- ``bundle_start``: from starting the bundle's program on the demo register to its
  window showing the register's contracts (``CONTRACT_DESK_QUIT_WHEN_READY=1``
  quits it then, status 0; offscreen). Baseline: ``python -m contract_desk`` on the
  same register, the same way.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

from bench.bench_list import _subprocess_env
from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import demo_register

BUNDLE_ENV = "CONTRACT_DESK_BENCH_BUNDLE"
BUILD = Path(__file__).resolve().parent.parent / "packaging" / "build.py"
SIZE_GOAL_MB = 150.0


def _build_helper() -> ModuleType:
    """packaging/build.py as a module (a folder named "packaging" would shadow the
    library of that name, so it is loaded from its file)."""
    spec = importlib.util.spec_from_file_location("contract_desk_build", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def bundle_folder(context: BenchContext) -> Path:
    """The onedir this run measures: the one named by $CONTRACT_DESK_BENCH_BUNDLE, or
    one built once per run."""
    given = os.environ.get(BUNDLE_ENV, "").strip()
    if given:
        return Path(given)
    return context.shared("bundle", lambda: _build(context))


def _build(context: BenchContext) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise Unavailable('PyInstaller is not installed (pip install ".[packaging]")')
    dist = context.workdir / "bundle"
    done = subprocess.run([sys.executable, str(BUILD), str(dist), "--work",
                           str(context.workdir / "bundle-work"), "--json"],
                          capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"building the bundle failed: {lines[-1]}")
    return Path(json.loads(done.stdout.strip().splitlines()[-1])["folder"])


def _seconds_to_window(command: list[str], env: dict[str, str]) -> float:
    """Wall time of ``command`` from its start to its exit once its window is ready."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                          timeout=1800)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"{Path(command[0]).name} exited {done.returncode}: {lines[-1]}")
    return seconds


def _fastest(context: BenchContext, command: list[str], env: dict[str, str]) -> float:
    """The best of ``context.repeat`` starts, after one untimed start that reads the
    program's files from disk (both programs are judged with warm caches)."""
    _seconds_to_window(command, env)
    return min(_seconds_to_window(command, env) for _ in range(max(1, context.repeat)))


@benchmark
def bundle(context: BenchContext) -> list[Measure]:
    """Measure the bundle's size and its start to a window showing the register."""
    helper = _build_helper()
    folder = bundle_folder(context)
    demo = demo_register(context)
    env = {**_subprocess_env(context), "QT_QPA_PLATFORM": "offscreen",
           "CONTRACT_DESK_QUIT_WHEN_READY": "1"}
    program = [str(helper.executable(folder)), "--db", str(demo.path)]
    python = [sys.executable, "-m", "contract_desk", "--db", str(demo.path)]
    bundled, source = _fastest(context, program, env), _fastest(context, python, env)
    return [
        Measure("bundle_size", helper.size_mb(folder), "MB", goal="under 150 MB (Linux onedir)",
                goal_limit=SIZE_GOAL_MB, about=(
                    "Every file of the onedir bundle built by packaging/contract_desk.spec, in "
                    "MB of 2**20 bytes. No baseline: the goal is what people download and keep.")),
        Measure("bundle_start", bundled, "s", baseline=source, about=(
            f"From starting the bundle's program on the demo register of {context.size:,} "
            "contracts to its window showing them (`CONTRACT_DESK_QUIT_WHEN_READY=1`, "
            f"offscreen; best of {context.repeat}, after one untimed start). "
            "Baseline: `python -m contract_desk` on the same register, the same way.")),
    ]
