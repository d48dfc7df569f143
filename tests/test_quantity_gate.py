"""The quantity gate: the shared quantity sets scored by the shared scorer, with pinned value-F1 floors.

The sets and the scorer live in the shared folder next to the project; without it the gate is
skipped, not failed. Run with -s to see the scorer's lines.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "quantities.py"
SETS = SHARED / "dev" / "quantities"

# Pinned floors (value F1): raise them when extraction improves, never lower them to make a change pass.
FLOORS = {"age-model": 0.95, "currency-model": 0.93, "dimension-model": 0.92, "temperature-model": 0.97}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not SCORER.is_file() or not SETS.is_dir():
        pytest.skip(f"no quantity sets at {SETS}; the gate needs the shared folder")
    command = shlex.join([sys.executable, "-m", "sourcediff.cli"])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, str(SCORER), "--sourcediff", command], capture_output=True, text=True,
                         cwd=ROOT, env=env, check=False)
    assert run.returncode == 0, run.stderr
    print("\n" + run.stdout)
    found = dict(re.findall(r"^([\w-]+): .*?value P [\d.]+ R [\d.]+ F1 ([\d.]+)", run.stdout, re.MULTILINE))
    return {name: float(f1) for name, f1 in found.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_value_f1_meets_the_floor(scores: dict[str, float], name: str) -> None:
    assert name in scores, f"the scorer printed no line for {name}"
    assert scores[name] >= FLOORS[name], f"{name}: value F1 {scores[name]:.3f} < {FLOORS[name]}"
