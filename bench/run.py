"""Run every benchmark of Contract Desk and report the measures.

    python bench/run.py [--size N] [--json] [--write-docs] [--only NAME]

Benchmarks are the ``@benchmark`` functions of the modules ``bench/bench_*.py``.
``--json`` prints one JSON object, measure name -> {"value", "unit", "baseline",
"ratio", "goal"}; ``--write-docs`` rewrites docs/performance.md. The register
lives in a temporary folder, never in the user's data folder. Exit status 1
when a benchmark failed (its error goes to stderr; the others still report).
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    # Run as a script, Python puts bench/ on the path, not the checkout it lives in.
    sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bench.registry import BenchContext, Measure, Unavailable, registered  # noqa: E402
from contract_desk.domain.clock import local_today  # noqa: E402

DEFAULT_SIZE = 100_000
DOCS = ROOT / "docs" / "performance.md"
#: Contracts in a ``--quick`` run.
QUICK_SIZE = 10_000


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description="Run Contract Desk's benchmarks.")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE,
                        help=f"contracts in the demo register (default {DEFAULT_SIZE:,})")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite {DOCS}")
    parser.add_argument("--docs", type=Path, default=DOCS, help="where --write-docs writes")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only benchmark modules whose name contains NAME")
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per timing (best counts; default 3, 1 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help=f"day-to-day: {QUICK_SIZE:,} contracts, every measure once "
                             "(under 5 minutes on 2 cores); the reference stays the "
                             f"{DEFAULT_SIZE:,} run in {DOCS.name}")
    options = parser.parse_args(argv)
    if options.quick:
        if options.size != DEFAULT_SIZE:
            parser.error("--quick runs at 10,000 contracts; leave out --size")
        if options.write_docs and options.docs == DOCS:
            parser.error(f"a --quick run does not replace the reference in {DOCS.name}; "
                         "give --docs FILE to write it elsewhere")
        options.size = QUICK_SIZE
    if options.repeat is None:
        options.repeat = 1 if options.quick else 3
    if options.size < 1:
        parser.error("--size must be at least 1")
    return options


def load_modules(only: Sequence[str]) -> list[str]:
    """Import every bench/bench_*.py (or those --only names); their names."""
    names = sorted(path.stem for path in (ROOT / "bench").glob("bench_*.py"))
    if only:
        names = [name for name in names if any(part in name for part in only)]
    for name in names:
        importlib.import_module(f"bench.{name}")
    return names


def run_all(context: BenchContext, modules: Sequence[str] | None = None
            ) -> tuple[list[Measure], list[str], bool]:
    """Run each registered benchmark (of ``modules`` only, when given: a module imported
    by another, for a helper, is not run): its measures, notes on what did not run, any
    failure."""
    measures: list[Measure] = []
    notes: list[str] = []
    failed = False
    wanted = None if modules is None else {f"bench.{name}" for name in modules}
    for bench in registered():
        if wanted is not None and bench.__module__ not in wanted:
            continue
        _progress(f"running {bench.__name__} ...")
        try:
            measures.extend(bench(context))
        except Unavailable as reason:
            notes.append(f"`{bench.__name__}`: not available yet ({reason})")
        except Exception as error:  # one broken benchmark must not hide the others
            traceback.print_exc(file=sys.stderr)
            notes.append(f"`{bench.__name__}`: failed ({error})")
            failed = True
    for note in notes:
        _progress(note)
    return measures, notes, failed


@contextmanager
def _scratch_home(home: Path) -> Iterator[None]:
    """Point the data folder at ``home`` (and forget $CONTRACT_DESK_DB) while benchmarks run."""
    saved = {name: os.environ.get(name) for name in ("CONTRACT_DESK_HOME", "CONTRACT_DESK_DB")}
    os.environ["CONTRACT_DESK_HOME"] = str(home)
    os.environ.pop("CONTRACT_DESK_DB", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _compile_bytecode() -> None:
    """Compile the package's bytecode, as an installed package (pip, the bundle) has it.

    A checkout run with PYTHONDONTWRITEBYTECODE (or read-only) would otherwise
    compile every module again in each command-line subprocess measured, a cost no
    user's installation pays after its first start.
    """
    package = Path(__file__).resolve().parent.parent / "contract_desk"
    compileall.compile_dir(package, quiet=1)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _print_text(measures: Sequence[Measure]) -> None:
    for line in report.table(measures):
        print(line)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print or write the results; the exit status."""
    options = parse_args(argv)
    modules = load_modules(options.only)
    started = datetime.now().astimezone()
    _compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="contract-desk-bench-") as workdir, \
            _scratch_home(Path(workdir) / "home"):
        context = BenchContext(options.size, Path(workdir), local_today(), options.repeat)
        measures, notes, failed = run_all(context, modules)
    if options.json:
        print(json.dumps({m.name: m.to_json() for m in measures}, indent=2))
    else:
        _print_text(measures)
    if options.write_docs:
        options.docs.parent.mkdir(parents=True, exist_ok=True)
        page = report.render(measures, size=options.size, failures=notes, started=started)
        options.docs.write_text(page, encoding="utf-8")
        _progress(f"wrote {options.docs}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
