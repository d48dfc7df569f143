"""The evaluation gate: the fixture story scored against its gold file by the shared scorer.

The gold file and scorer live in the shared folder next to the project; without it the gate
is skipped, not failed. Run with -s to see the scorer's summary line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "casey-audit.gold.json"
FIXTURE = ROOT / "fixtures" / "casey-audit"

MUST_BE_FOUND = ("D1", "D2", "D3", "D4", "D5", "D6", "D7")
MUST_HOLD = ("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8")
# Pinned floors: raise them when the tool improves, never lower them to make a change pass.
MAX_UNMATCHED = 2  # disagreements the gold file does not list (each one reviewed, see the README)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    if not SCORER.is_file() or not GOLD.is_file():
        pytest.skip(f"no evaluation data at {SHARED / 'eval'}; the gate needs the shared folder")
    report = tmp_path_factory.mktemp("gate") / "casey-audit.json"
    run = subprocess.run(
        [sys.executable, "-m", "sourcediff.cli", "check", str(FIXTURE), "--format", "json", "-o", str(report)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    assert report.is_file(), run.stderr
    score = subprocess.run(
        [sys.executable, str(SCORER), str(report), str(GOLD)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert score.stdout, score.stderr
    lines = score.stdout.splitlines()
    print("\n" + lines[-1])
    return lines


def status(lines: list[str], item: str) -> str:
    for line in lines:
        match = re.match(rf"^{re.escape(item)}\s+\w+\s+(\S+)", line)
        if match:
            return match.group(1)
    raise AssertionError(f"the scorer printed no line for {item}")


@pytest.mark.parametrize("item", MUST_BE_FOUND)
def test_gold_disagreements_are_found(scored: list[str], item: str) -> None:
    assert status(scored, item) == "found", "\n".join(scored)


@pytest.mark.parametrize("item", MUST_HOLD)
def test_gold_traps_are_avoided(scored: list[str], item: str) -> None:
    assert status(scored, item) == "ok", "\n".join(scored)


def unmatched_lines(lines: list[str]) -> list[str]:
    """The scorer's "  unmatched VERDICT: ..." lines, checked against the count in its summary line."""
    found = [line for line in lines if re.match(r"^\s+unmatched \w+: ", line)]
    counted = re.search(r"unmatched (\d+)", lines[-1])
    assert counted is not None, lines[-1]
    assert len(found) == int(counted.group(1)), "\n".join(lines)
    return found


def test_no_conflict_the_gold_file_does_not_expect(scored: list[str]) -> None:
    unexpected = [line for line in unmatched_lines(scored) if line.split()[1] == "conflict:"]
    assert unexpected == []


def test_the_scorer_prints_a_summary(scored: list[str]) -> None:
    assert scored[-1].startswith("core recall ")


def test_summary_meets_the_pinned_floors(scored: list[str]) -> None:
    summary = scored[-1]
    assert "core recall 7/7" in summary, summary
    assert "violations 0" in summary, summary
    unmatched = re.search(r"unmatched (\d+)", summary)
    assert unmatched is not None and int(unmatched.group(1)) <= MAX_UNMATCHED, summary
