"""CPU time of each pipeline stage, for `-v` and bench/run.py.

CPU time counts this process and the worker processes it has waited for (the extraction workers),
so a stage run on two cores shows the work of both.
"""

from __future__ import annotations

import sys
import time

if sys.platform == "win32":  # no resource module: this process's own time only

    def cpu_seconds() -> float:
        """User and system time of this process."""
        return time.process_time()

else:
    import resource

    def cpu_seconds() -> float:
        """User and system time of this process and of every child process it has waited for."""
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime
