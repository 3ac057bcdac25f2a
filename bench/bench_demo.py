"""Demo generation: a register of ``size`` contracts, against a raw SQLite insert of its rows."""

from __future__ import annotations

from bench.registry import BenchContext, Measure, benchmark
from bench.support import demo_register, raw_insert_seconds

GOAL_SECONDS = 60.0
GOAL_SIZE = 100_000


@benchmark
def demo_generate(context: BenchContext) -> list[Measure]:
    """Time ``generate_demo`` and ``sqlite3.executemany`` of the very rows it wrote."""
    demo = demo_register(context)
    raw = raw_insert_seconds(demo.path, context.workdir / "raw-insert.sqlite3")
    summary = demo.summary
    return [Measure(
        "demo_generate", demo.seconds, "s", baseline=raw,
        goal=f"under {GOAL_SECONDS:.0f} s for {GOAL_SIZE:,} contracts",
        # Fixed costs dominate small runs, so the goal is only judged at full size.
        goal_limit=None if context.size < GOAL_SIZE else GOAL_SECONDS * context.size / GOAL_SIZE,
        about=(
            f"`generate_demo` writing {summary.contracts:,} contracts, "
            f"{summary.obligations:,} obligations, {summary.parties:,} counterparties and one "
            "audit event per contract into a new SQLite register, in one transaction. "
            "Baseline: `sqlite3.executemany` inserting exactly those rows into an empty copy "
            "of the same schema (same indexes, constraints and pragmas); reading them is not "
            "timed. The goal is judged at 100,000 contracts or more (scaled linearly above)."
        ),
    )]
