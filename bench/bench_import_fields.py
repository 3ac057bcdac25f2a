"""How much of real registers' contents arrives in the register's fields (see bench/corpus.py)."""

from __future__ import annotations

import time

from bench.corpus import corpus_reports, totals
from bench.registry import BenchContext, Measure, benchmark

GOAL = 95.0


@benchmark
def import_fields_filled(context: BenchContext) -> list[Measure]:
    """The share of (contract, field) pairs filled where the corpus files hold the field."""
    start = time.perf_counter()
    mapped = list(corpus_reports())
    seconds = time.perf_counter() - start
    automatic = list(corpus_reports(use_overrides=False))
    held, filled = totals(mapped)
    auto_held, auto_filled = totals(automatic)
    needs_mapping = [r.expected.file for r in automatic if r.refused]
    files = len(mapped)
    return [
        Measure("import_fields_filled", 100 * filled / held, "%",
                baseline=100 * auto_filled / auto_held, goal=f"≥ {GOAL:.0f}%",
                goal_limit=GOAL, higher_is_better=True,
                about=f"{filled:,} of {held:,} (contract, field) pairs filled over {files} public "
                      "registers in tests/data/registers, where a person reading the file sees "
                      "the field; the columns of the "
                      f"{len(needs_mapping)} file(s) whose headers name no contract "
                      f"({', '.join(needs_mapping) or 'none'}) mapped as a user would. "
                      "Baseline: the same with the suggested mapping alone (those files refused "
                      f"until mapped): {auto_filled:,} of {auto_held:,}."),
        Measure("import_fields_plan_seconds", seconds, "s",
                about=f"Reading, mapping and planning all {files} corpus files once "
                      "(no database)."),
    ]
