"""The calibration loop every bench script quotes its times in: `t = 0; for i in range(10_000_000):
t += i` at the top level of a fresh interpreter (as bench/run.py and the speed issue define it), best
CPU time of three runs. Figures divided by it compare across machines and loads.

    python bench/calibrate.py
"""

from __future__ import annotations

import subprocess
import sys

STEPS = 10_000_000
LOOP = f"import time\nstarted = time.process_time()\nt = 0\nfor i in range({STEPS}):\n    t += i\n" \
       "print(time.process_time() - started)"


def loop_seconds(repeat: int = 3) -> float:
    """The best CPU time of the loop, each run in a fresh interpreter."""
    runs = [subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, check=True)
            for _ in range(repeat)]
    return min(float(run.stdout) for run in runs)


if __name__ == "__main__":
    print(f"calibration: {loop_seconds():.3f} s for the {STEPS:,}-step loop in a fresh interpreter")
