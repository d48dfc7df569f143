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


def damaged_file_is_made_again(probe: str, cache: Path) -> dict[str, object]:
    """Start once, damage the file the package kept, start again: what that second start printed
    (its third start must learn nothing again)."""
    path = Path(str(start(probe, cache)["path"]))
    path.write_bytes(b"\x00not a file the package wrote" * 40)
    again = start(probe, cache)
    assert again["learnt"] == again["kept"]
    assert start(probe, cache)["learnt"] == 0
    return again


def nothing_written_without_bytecode(probe: str, cache: Path) -> dict[str, object]:
    """A start under PYTHONDONTWRITEBYTECODE learns nothing and writes no file: what it printed."""
    run = start(probe, cache, PYTHONDONTWRITEBYTECODE="1")
    assert run["learnt"] == 0 and not Path(str(run["path"])).exists()
    return run
