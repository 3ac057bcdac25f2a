"""docs/performance.md, written from one run's measures."""

from __future__ import annotations

import os
import platform
import sqlite3
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy

from bench.registry import Measure


def machine() -> str:
    """Cores, operating system and the versions the numbers depend on."""
    return (
        f"{os.cpu_count()} cores, {platform.system()} {platform.release()} "
        f"({platform.machine()}); Python {platform.python_version()}, "
        f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}"
    )


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def _met(measure: Measure) -> str:
    if measure.met is None:
        return "—"
    return "yes" if measure.met else "**no**"


def table(measures: Sequence[Measure]) -> list[str]:
    """The results as a Markdown table."""
    lines = ["| measure | value | baseline | ratio | goal | met? |", "|---|---:|---:|---:|---|---|"]
    for m in measures:
        ratio = "—" if m.ratio is None else f"{m.ratio:.2f}×"
        lines.append(
            f"| `{m.name}` | {_number(m.value, m.unit)} | {_number(m.baseline, m.unit)} "
            f"| {ratio} | {m.goal or '—'} | {_met(m)} |"
        )
    return lines


def render(measures: Sequence[Measure], *, size: int, failures: Sequence[str],
           started: datetime) -> str:
    """The whole page."""
    lines = [
        "# Performance",
        "",
        "Written by `bench/run.py --write-docs`; do not edit by hand, run it again.",
        "",
        f"- Measured: {started:%Y-%m-%d %H:%M} (local time)",
        f"- Machine: {machine()}",
        (f"- Register: a demo register of {size:,} contracts (seed 1) in a SQLite file "
        "in a temporary folder"),
        (f"- Reproduce: `python bench/run.py --size {size} --write-docs` "
        "(`--json` prints the same numbers as one JSON object)"),
        ("- The package's bytecode is compiled before measuring, as an installed "
         "package has it"),
        "",
        *table(measures),
        "",
        ("Ratio = value ÷ baseline; every baseline was measured in the same run, "
        "on the same machine, against the same data."),
        "",
        "## What each measure is",
        "",
    ]
    lines += [f"- **`{m.name}`** — {m.about}" for m in measures]
    if failures:
        lines += ["", "## Not measured in this run", ""]
        lines += [f"- {failure}" for failure in failures]
    return "\n".join(lines) + "\n"
