"""The issue #13 evidence at full counts (too long for CI): many writers and kill -9.

    python bench/reliability.py writers [--db URL] [--processes 8] [--writes 200]
    python bench/reliability.py kill [--db URL] [--runs 200]

Without --db the register is a SQLite file in a temporary folder. Prints one
line per result; exit status 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.reliability_kill import POSTGRES_PATHS, SQLITE_PATHS, KillPaths, kill_path  # noqa: E402
from bench.reliability_writers import check_register, run_writers, summary_line  # noqa: E402
from contract_desk.domain.clock import local_today  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run what the command line asks; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("writers", "kill"))
    parser.add_argument("--db", help="a PostgreSQL URL (default: a SQLite file)")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=200)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="contract-desk-reliability-") as folder:
        if options.what == "writers":
            target = options.db or str(Path(folder) / "register.sqlite3")
            run = run_writers(target, Path(folder) / "files", processes=options.processes,
                              writes=options.writes)
            problems = check_register(run)
            print(summary_line(run))
        else:
            paths = KillPaths(options.db or "sqlite", Path(folder), local_today())
            problems = []
            for path in POSTGRES_PATHS if options.db else SQLITE_PATHS:
                result = kill_path(paths, path, options.runs,
                                   progress=lambda line: print(line, file=sys.stderr))
                print(f"{path}: {result.runs} runs, {result.killed} killed, {result.finished} "
                      f"finished first (measured {result.measured_seconds:.2f} s), "
                      f"{len(result.problems)} problems", flush=True)
                problems += result.problems
    for problem in problems[:50]:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
