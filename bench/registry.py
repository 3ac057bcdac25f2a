"""The tiny registry every benchmark module uses.

A benchmark module is a file ``bench/bench_<area>.py`` with functions like::

    from bench.registry import BenchContext, Measure, benchmark

    @benchmark
    def reminder_scan(context: BenchContext) -> list[Measure]:
        ...
        return [Measure("reminder_scan", seconds, "s", baseline=raw_seconds, ...)]

``bench/run.py`` imports every such module, calls each registered function with
one shared :class:`BenchContext` and reports every :class:`Measure` returned.
A baseline is always measured in the same run, never copied from elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class Unavailable(Exception):
    """A benchmark cannot run here yet (a feature it measures is not built); not a failure."""


@dataclass(frozen=True)
class Measure:
    """One number a benchmark reports, with the reference it is judged against."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    goal: str | None = None
    #: The largest value that meets the goal at this run's size (None: no numeric goal).
    goal_limit: float | None = None
    #: One or two sentences for docs/performance.md: what is measured, what the baseline is.
    about: str = ""
    #: The goal is a floor (a share filled), not a ceiling (seconds, bytes).
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """How many times the baseline the value is."""
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        """Whether the goal is met, or None when the measure has no numeric goal."""
        if self.goal_limit is None:
            return None
        if self.higher_is_better:
            return self.value >= self.goal_limit
        return self.value <= self.goal_limit

    def to_json(self) -> dict[str, Any]:
        """The shape ``run.py --json`` prints for this measure."""
        ratio = self.ratio
        return {  # six significant digits: a 60 µs baseline keeps its ratio's meaning
            "value": _significant(self.value),
            "unit": self.unit,
            "baseline": None if self.baseline is None else _significant(self.baseline),
            "ratio": None if ratio is None else _significant(ratio),
            "goal": self.goal,
        }


def _significant(number: float) -> float:
    return float(f"{number:.6g}")


@dataclass
class BenchContext:
    """What every benchmark of one run shares: the size, a scratch folder, a date."""

    size: int
    workdir: Path
    today: date
    repeat: int = 3
    _shared: dict[str, Any] = field(default_factory=dict)

    def shared(self, key: str, build: Callable[[], T]) -> T:
        """The value built once per run under ``key`` (e.g. the demo register)."""
        if key not in self._shared:
            self._shared[key] = build()
        value: T = self._shared[key]
        return value


Benchmark = Callable[[BenchContext], Iterable[Measure]]
_REGISTERED: list[Benchmark] = []


def benchmark(function: Benchmark) -> Benchmark:
    """Register ``function`` to be run by ``bench/run.py``."""
    _REGISTERED.append(function)
    return function


def registered() -> list[Benchmark]:
    """Every registered benchmark, in the order the modules registered them."""
    return list(_REGISTERED)
