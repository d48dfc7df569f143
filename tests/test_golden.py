"""Golden files: `sourcediff check` and `sourcediff facts` on the fixture story, byte for byte.

Any change to what the tool reports on the fixture shows up here as a diff against
`tests/data/golden/`. The commands run from the repository root on the relative path
`fixtures/casey-audit`, so every `source` in the output is that relative path and the files do
not depend on where the repository is checked out.

A SQLite report is binary: its golden file is a JSON dump of it (each table's schema and rows, in
key order), so a diff shows what changed.

When a change to the output is intended, regenerate the files and review the diff before
committing them:

    SOURCEDIFF_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
import sqlite3
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
    "casey-audit.check.txt": ["check", STORY, "--fail-on", "none"],  # the table, as written to a file: 120 wide
    "casey-audit.check.csv": ["check", STORY, "--format", "csv", "--fail-on", "none"],
    "casey-audit.check.jsonl": ["check", STORY, "--format", "jsonl", "--fail-on", "none"],
    "casey-audit.check.md": ["check", STORY, "--format", "markdown", "--fail-on", "none"],
    "casey-audit.check.sqlite.json": ["check", STORY, "--format", "sqlite", "--fail-on", "none"],
    "casey-audit.check.html": ["check", STORY, "--format", "html", "--fail-on", "none"],
}


def sqlite_dump(path: Path) -> bytes:
    """A SQLite report as JSON text: each table's schema and rows (in key order), indexes by name."""
    with sqlite3.connect(path) as connection:
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type DESC, name").fetchall()
        dump = {name: {"sql": sql, "rows": connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()}
                if kind == "table" else {"sql": sql} for kind, name, sql in schema}
    return (json.dumps(dump, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


DUMPS = {"casey-audit.check.sqlite.json": sqlite_dump}  # golden file name -> how the written file is shown

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", sorted(RUNS))
def test_output_matches_the_golden_file(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    written = tmp_path / name
    main([*RUNS[name], "-o", str(written)])
    golden = GOLDEN / name
    content = DUMPS[name](written) if name in DUMPS else written.read_bytes()
    if UPDATE:
        golden.write_bytes(content)
    assert golden.is_file(), f"no golden file {golden}; run with SOURCEDIFF_UPDATE_GOLDEN=1 to write it"
    assert content == golden.read_bytes(), (
        f"{name} differs from {golden}; if the change is intended, rerun with SOURCEDIFF_UPDATE_GOLDEN=1 and review"
    )
