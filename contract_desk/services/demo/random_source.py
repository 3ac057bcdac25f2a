"""A seeded random source with the few draws the demo register needs.

Everything random in the demo comes from one of these, so the same seed gives
the same register, down to every uid. The draws are built on ``random()``
alone because the generic ``randrange`` costs several times more, and the
demo makes millions of draws.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from contract_desk.domain.terms import months_before

T = TypeVar("T")

# The version (4) and variant (RFC 4122) bits of a random UUID.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


class DemoRandom(random.Random):
    """``random.Random`` plus uids, chances, picks and dates."""

    def uid(self) -> str:
        """A version-4 UUID drawn from this source instead of the operating system."""
        digits = f"{(self.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
        return (f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-"
                f"{digits[16:20]}-{digits[20:]}")

    def chance(self, probability: float) -> bool:
        """True with the given probability."""
        return self.random() < probability

    def between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high``, both included."""
        return low + int(self.random() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        """One of ``items``, each as likely as the others."""
        return items[int(self.random() * len(items))]

    def weighted(self, items: Sequence[T], cumulative_weights: Sequence[float]) -> T:
        """One of ``items``, as likely as its share of the last cumulative weight."""
        drawn = self.random() * cumulative_weights[-1]
        return items[bisect.bisect(cumulative_weights, drawn)]

    def some(self, items: Sequence[T], count: int) -> list[T]:
        """``count`` different ones of ``items``, in the order drawn."""
        left = list(items)
        return [left.pop(int(self.random() * len(left))) for _ in range(count)]

    def day_between(self, first: date, last: date) -> date:
        """A day from ``first`` to ``last``, both included."""
        return first + timedelta(days=self.between(0, (last - first).days))

    def days_after(self, day: date, low: int, high: int) -> date:
        """``day`` moved forward by ``low`` to ``high`` days."""
        return day + timedelta(days=self.between(low, high))

    def digits(self, pattern: str) -> str:
        """``pattern`` with every ``#`` replaced by a random digit."""
        count = pattern.count("#")
        drawn = iter(f"{self.between(0, 10**count - 1):0{count}d}")
        return "".join(next(drawn) if ch == "#" else ch for ch in pattern)


def months_after(day: date, months: int) -> date:
    """``day`` moved forward whole months, clamped to the month's last day."""
    return months_before(day, -months)


def months_between(first: date, last: date) -> int:
    """Whole months from ``first`` to ``last`` (Jan 15 to Apr 15 is 3, to Apr 14 is 2)."""
    months = (last.year - first.year) * 12 + last.month - first.month
    return months - 1 if last.day < first.day else months
