"""Which readings of a cluster are plainly apart, so that judging them is not needed to call them a conflict.

Judging a pair of readings costs a function call; a cluster of a story told by thousands of outlets
can hold hundreds of readings, and finding the best-supported one asks about every pair. Two
readings of one unit (not a time of day, which judge moves by whole days) and one trend word are a
conflict whenever their intervals, each widened by its own slack, lie apart by more than the
tolerance `_within` allows: no conversion, qualifier, rounding or trend can explain them. Such pairs
are left out; every other pair is judged as before, so the verdicts do not change.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .spans import Span

# A reading's interval is widened by this share of its largest finite end (at least 1) beyond its slack:
# a thousand times `_within`'s tolerance, so rounding in these sums can never call a pair apart that judge
# would not call a conflict.
MARGIN = 1e-6


class Apart:
    """The readings of one cluster, by position, with what tells two of them plainly apart."""

    __slots__ = ("_classes", "_high", "_key", "_low", "_unclassed")

    def __init__(self, spans: Sequence[Span]) -> None:
        self._key: list[tuple[str | None, str | None] | None] = []
        self._low: list[float] = []
        self._high: list[float] = []
        for span in spans:
            ends = [abs(x) for x in (span.low, span.high) if math.isfinite(x)]
            margin = MARGIN * max([*ends, 1.0])
            low, high = span.low - span.slack - margin, span.high + span.slack + margin
            sound = not (math.isnan(low) or math.isnan(high)) and span.unit != "clock"
            self._key.append((span.unit, span.trend) if sound else None)
            self._low.append(low)
            self._high.append(high)
        classes: dict[tuple[str | None, str | None], list[int]] = {}
        self._unclassed: list[int] = []
        for at, key in enumerate(self._key):
            if key is None:
                self._unclassed.append(at)
            else:
                classes.setdefault(key, []).append(at)
        self._classes = {key: _Sweep(members, self._low, self._high) for key, members in classes.items()}

    def apart(self, a: int, b: int) -> bool:
        """Whether readings `a` and `b` are a conflict on their figures alone."""
        key = self._key[a]
        return key is not None and key == self._key[b] and (
            self._low[a] > self._high[b] or self._low[b] > self._high[a])

    def near(self, at: int) -> Iterator[int]:
        """Every reading not plainly apart from reading `at` (itself included), in no set order."""
        key = self._key[at]
        for other, sweep in self._classes.items():
            if other == key:
                yield from sweep.overlapping(self._low[at], self._high[at])
            else:
                yield from sweep.members
        yield from self._unclassed


class _Sweep:
    """The readings of one unit and trend, sorted by the low end of their widened intervals."""

    __slots__ = ("_high", "_lows", "_sorted", "_widest", "members")

    def __init__(self, members: list[int], low: Sequence[float], high: Sequence[float]) -> None:
        self.members = members
        self._sorted = sorted(members, key=low.__getitem__)
        self._lows = [low[at] for at in self._sorted]
        self._high = high
        self._widest = max(high[at] - low[at] for at in members)

    def overlapping(self, low: float, high: float) -> list[int]:
        """The readings whose widened interval meets [low, high]."""
        if not math.isfinite(self._widest):
            first = 0
        else:  # the ones that reach `low` start no further below it than the widest; a little lower, for rounding
            below = low - self._widest
            first = bisect_left(self._lows, below - (abs(low) + self._widest) * 1e-9)
        last = bisect_right(self._lows, high)
        ends = self._high
        return [at for at in self._sorted[first:last] if ends[at] >= low]
