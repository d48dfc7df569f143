"""The calibration loop every bench script quotes its times in: a fixed pure-Python loop, best of a
few runs, in CPU seconds of this process. Figures divided by it compare across machines and loads.

    python bench/calibrate.py
"""

from __future__ import annotations

import time

STEPS = 10_000_000


def loop_seconds(steps: int = STEPS, repeat: int = 3) -> float:
    """The best CPU time of `t = 0; for i in range(steps): t += i` over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        total = 0
        for i in range(steps):
            total += i
        best = min(best, time.process_time() - started)
    return best


if __name__ == "__main__":
    print(f"calibration: {loop_seconds() * 1000:.1f} ms for a {STEPS:,}-step loop on one core")
