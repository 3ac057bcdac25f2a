"""The timeline over the demo register: a screenful painted, lanes laid out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.bench_list import _subprocess_env
from bench.registry import BenchContext, Measure, Unavailable, benchmark
from bench.support import demo_register

PROBE = Path(__file__).with_name("timeline_probe.py")


def _probe(context: BenchContext, path: Path) -> dict[str, float]:
    try:
        import PySide6  # noqa: F401
    except ImportError as error:
        raise Unavailable(f"PySide6 is not installed: {error}") from None
    env = _subprocess_env(context)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, str(PROBE), str(path), context.today.isoformat()],
                          env=env, capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"the timeline probe exited {done.returncode}: {lines[-1]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@benchmark
def timeline(context: BenchContext) -> list[Measure]:
    """Paint screenfuls of the timeline over the demo register in a fresh process."""
    demo = demo_register(context)
    probe = _probe(context, demo.path)
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
