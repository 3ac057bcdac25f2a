"""The timeline over the demo register: a screenful painted, lanes laid out."""

from __future__ import annotations

from pathlib import Path

from bench.qt_probe import run_probe
from bench.registry import BenchContext, Measure, benchmark
from bench.support import demo_register

PROBE = Path(__file__).with_name("timeline_probe.py")


@benchmark
def timeline(context: BenchContext) -> list[Measure]:
    """Paint screenfuls of the timeline over the demo register in a fresh process."""
    demo = demo_register(context)
    probe = run_probe(context, PROBE, demo.path)
    n, lanes = int(probe["contracts"]), int(probe["lanes_on_screen"])
    return [
        Measure("timeline_paint", probe["paint_worst"] * 1000, "ms",
                baseline=probe["plain_rects"] * 1000, goal="under 16 ms per screenful",
                goal_limit=16.0, about=(
                    f"The slowest of nine paints of a 1,400 × 900 timeline ({lanes} lanes of "
                    f"{n:,} contracts, one-year zoom, bars, renewals, notice windows, send-by "
                    "marks, obligation diamonds, header, frozen column), each at a scroll "
                    "position never painted before (cold caches). Baseline: painting the same "
                    "number of lanes as two plain rectangles each into the same image.")),
        Measure("timeline_paint_median", probe["paint_median"] * 1000, "ms",
                baseline=probe["plain_rects"] * 1000, about=(
                    "The median of the same nine cold paints.")),
        Measure("timeline_paint_warm", probe["paint_warm"] * 1000, "ms",
                baseline=probe["plain_rects"] * 1000, about=(
                    "Repainting the same screenful (caches warm): what a scroll by a few "
                    "pixels or a hover costs.")),
        Measure("timeline_relayout", probe["relayout"] * 1000, "ms", about=(
            f"Handing the {n:,} filtered rows to the timeline (lanes, the date span) — what a "
            "search keystroke costs the timeline on top of the table.")),
    ]
