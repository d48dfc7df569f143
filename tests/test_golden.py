"""Golden files: `sourcediff check` and `sourcediff facts` on the fixture story, byte for byte.

Any change to what the tool reports on the fixture shows up here as a diff against
`tests/data/golden/`. The commands run from the repository root on the relative path
`fixtures/casey-audit`, so every `source` in the output is that relative path and the files do
not depend on where the repository is checked out.

When a change to the output is intended, regenerate the files and review the diff before
committing them:

    SOURCEDIFF_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sourcediff.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
STORY = "fixtures/casey-audit"
UPDATE = os.environ.get("SOURCEDIFF_UPDATE_GOLDEN") == "1"

# golden file name -> the command line that writes it (after the output option is added)
RUNS = {
    "casey-audit.check.json": ["check", STORY, "--format", "json", "--fail-on", "none"],
    "casey-audit.all.json": ["check", STORY, "--all", "--format", "json", "--fail-on", "none"],
    "casey-audit.facts.json": ["facts", STORY, "--format", "json"],
    "casey-audit.check.html": ["check", STORY, "--format", "html", "--fail-on", "none"],
}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", sorted(RUNS))
def test_output_matches_the_golden_file(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    written = tmp_path / name
    main([*RUNS[name], "-o", str(written)])
    golden = GOLDEN / name
    if UPDATE:
        golden.write_bytes(written.read_bytes())
    assert golden.is_file(), f"no golden file {golden}; run with SOURCEDIFF_UPDATE_GOLDEN=1 to write it"
    assert written.read_bytes() == golden.read_bytes(), (
        f"{name} differs from {golden}; if the change is intended, rerun with SOURCEDIFF_UPDATE_GOLDEN=1 and review"
    )
