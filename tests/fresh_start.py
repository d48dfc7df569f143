"""Starting the package in a fresh interpreter with its own bytecode folder, as tests of what it
keeps beside its bytecode (compiled patterns, generated record code) do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def start(probe: str, cache: Path, **env: str) -> dict[str, object]:
    """Run `probe` (Python that prints one JSON object) with bytecode written under `cache`; what it printed."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment.update(PYTHONPYCACHEPREFIX=str(cache), **env)
    done = subprocess.run([sys.executable, "-c", probe], env=environment, capture_output=True, text=True,
                          check=True, timeout=120)
    result: dict[str, object] = json.loads(done.stdout)
    return result
