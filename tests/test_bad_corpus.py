"""Every case of the adversarial corpus (tests/data/bad/, written by tests/data/make_bad.py) gives the
outcome a user must see: no crash, no hang, no silent loss, no escape reaching the terminal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BAD = Path(__file__).resolve().parent / "data" / "bad"
MAKE = Path(__file__).resolve().parent / "data" / "make_bad.py"
CASE_DIRS = sorted(p.parent for p in BAD.glob("*/*/expect.json"))


def test_the_corpus_on_disk_is_what_the_script_writes() -> None:
    done = subprocess.run([sys.executable, str(MAKE), "--check"], check=False, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("case_dir", CASE_DIRS, ids=[f"{p.parent.name}/{p.name}" for p in CASE_DIRS])
def test_bad_input_gives_the_expected_outcome(case_dir: Path, tmp_path: Path) -> None:
    expect: dict[str, Any] = json.loads((case_dir / "expect.json").read_text())
    work = tmp_path / "in"
    if (case_dir / "in").is_dir():
        shutil.copytree(case_dir / "in", work, symlinks=True)
    else:  # a case of stdin alone has no files, and git keeps no empty folder
        work.mkdir()
    if expect["unreadable"]:
        if os.geteuid() == 0:
            pytest.skip("root reads every file: an unreadable path cannot be made")
        for rel in expect["unreadable"]:
            (work / rel).chmod(0)
    args = [a.replace("{dir}", str(work)).replace("{tmp}", str(tmp_path)) for a in expect["args"]]
    stdin = None if expect["stdin"] is None else expect["stdin"].encode("latin-1")
    try:
        done = subprocess.run([sys.executable, "-m", "sourcediff", *args], check=False, input=stdin,
                              capture_output=True, timeout=expect["timeout"], cwd=tmp_path)
    finally:
        for rel in expect["unreadable"]:
            (work / rel).chmod(0o755)
    stdout = done.stdout.decode("utf-8")  # output is always valid UTF-8
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode in expect["exit_codes"], f"exit {done.returncode}: {stderr[-2000:]}"
    assert "Traceback" not in stderr, stderr[-2000:]
    for text in expect["stderr_has"]:
        assert text in stderr, f"{text!r} not on stderr: {stderr[-2000:]}"
    for text in expect["stdout_has"]:
        assert text in stdout, f"{text!r} not on stdout"
    for text in expect["stdout_lacks"]:
        assert text not in stdout, f"{text!r} on stdout"
    if expect["ok"] is not None or expect["skipped"] is not None:
        documents = json.loads(stdout)["documents"]
        statuses = [d["status"] for d in documents]
        if expect["ok"] is not None:
            assert statuses.count("ok") == expect["ok"], documents
        if expect["skipped"] is not None:
            assert statuses.count("skipped") == expect["skipped"], documents
        reasons = " ".join(d["reason"] or "" for d in documents if d["status"] == "skipped")
        for word in expect["reasons"]:
            assert word in reasons, reasons
