"""Input at the limits, as a user runs it: a thousand records with broken ones among them, folders
1,200 levels deep, an 11 MB CSV field, a run stopped by SIGTERM, a report that cannot be written,
and a document whose analysis fails. Every record is accounted for and no run is lost."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import sourcediff
from sourcediff import pipeline
from sourcediff.read import read_paths

SENTENCE = "Flooding forced {n} residents from their homes in the river valley on Tuesday, officials said."
BROKEN = [  # (a broken JSONL line, words its reason must hold)
    ('{"id": "x", "text": 12345}', "is a number (12345)"),
    ('{"id": "x", "text": NaN}', "is NaN"),
    ('{"id": "x", "text": Infinity}', "is infinite"),
    ('{"id": "x", "text": null}', "no article text"),
    ('{"id": "x", "text": ""}', "no article text"),
    ('{"id": "x", "text": "   "}', "no article text"),
    ('{"id": "x", "text": ["a", "b"]}', "is a list"),
    ('{"id": "x", "text": {"p": "a"}}', "is an object"),
    ('{"id": "x", "text": false}', "is false"),
    ('{"id": "x", "outlet": "Herald"}', "no article text"),
    ('{"id": "x", "text": "cut off', "not valid JSON"),
    ("[1, 2, 3]", "not a JSON object"),
    ('"just a string"', "not a JSON object"),
    ("not json at all", "not valid JSON"),
    ("{" * 500 + "}" * 500, "nested more than 100 levels"),
    ('{"a":' * 300 + "1" + "}" * 300, "nested more than 100 levels"),
    ('{"id": "x", "text": ' + "9" * 400 + "}", "a number too long to read"),
]


def run(*args: str, cwd: Path, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sourcediff", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def test_a_thousand_records_with_37_broken_ones(tmp_path: Path) -> None:
    rng = random.Random(9)
    broken = [BROKEN[i % len(BROKEN)] for i in range(37)]
    lines = [json.dumps({"id": f"r{n}", "outlet": f"Outlet {n % 9}", "text": SENTENCE.format(n=1000 + n)})
             for n in range(963)]
    slots = sorted(rng.sample(range(1000), 37))
    for slot, (line, _) in zip(slots, broken, strict=True):
        lines.insert(slot, line)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n")

    documents = read_paths([str(feed)])
    assert Counter(d.status for d in documents) == {"ok": 963, "skipped": 37}
    skipped = [d for d in documents if d.status == "skipped"]
    for doc, slot, (_, words) in zip(skipped, slots, broken, strict=True):
        assert doc.reason.startswith(f"feed.jsonl line {slot + 1}: "), doc.reason
        assert words in doc.reason, doc.reason

    done = run("check", str(feed), "--format", "json", "--kinds", "number", cwd=tmp_path, timeout=300)
    assert done.returncode == 1, done.stderr[-2000:]
    assert Counter(d["status"] for d in json.loads(done.stdout)["documents"]) == {"ok": 963, "skipped": 37}
    assert "37 of 1000 documents skipped" in done.stderr


def test_folders_1200_levels_deep_do_not_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n="3,000"))
    (tmp_path / "b.txt").write_text(SENTENCE.format(n="3,200"))
    level = os.open(tmp_path, os.O_RDONLY)
    for _ in range(1200):  # made one level at a time: pathlib and os.makedirs recurse once per level
        os.mkdir("d", dir_fd=level)
        inner = os.open("d", os.O_RDONLY, dir_fd=level)
        os.close(level)
        level = inner
    with os.fdopen(os.open("c.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=level), "w") as handle:
        handle.write(SENTENCE.format(n="3,000"))
    os.close(level)
    try:
        done = run("check", ".", "--format", "json", cwd=tmp_path)
    finally:
        _remove_nested(tmp_path / "d", "c.txt")  # pytest's own clean-up recurses once per level
    assert done.returncode == 1, done.stderr[-2000:]
    documents = json.loads(done.stdout)["documents"]
    assert [d["status"] for d in documents].count("ok") == 2
    [deep] = [d for d in documents if d["status"] == "skipped"]
    assert "nested more than 100 levels deep" in deep["reason"]


def _remove_nested(top: Path, leaf: str) -> None:
    """Remove a chain of folders named like `top`, each holding the next, and `leaf` in the last."""
    chain = [os.open(top, os.O_RDONLY)]
    while True:
        try:
            chain.append(os.open(top.name, os.O_RDONLY, dir_fd=chain[-1]))
        except FileNotFoundError:
            break
    os.unlink(leaf, dir_fd=chain[-1])
    for inner, outer in zip(reversed(chain[1:]), reversed(chain[:-1]), strict=True):
        os.close(inner)
        os.rmdir(top.name, dir_fd=outer)
    os.close(chain[0])
    top.rmdir()


def test_an_11_mb_csv_field_is_read(tmp_path: Path) -> None:
    long_text = SENTENCE.format(n="3,000") + " " + "Water stood in the streets. " * 400_000
    assert len(long_text) > 11_000_000
    feed = tmp_path / "feed.csv"
    feed.write_text(f'id,outlet,text\nr1,Herald,"{long_text}"\nr2,Courier,"{SENTENCE.format(n="3,200")}"\n')
    documents = read_paths([str(feed)])
    assert [(d.id, d.status) for d in documents] == [("r1", "ok"), ("r2", "ok")]
    assert documents[0].text == long_text.strip()


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc")
def test_sigterm_ends_the_run_and_its_workers(tmp_path: Path) -> None:
    paragraph = " ".join(SENTENCE.format(n=1000 + n) + f" The council set aside £{n}.5 million." for n in range(30))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"r{n}", "outlet": f"O{n % 7}", "text": paragraph})
                              for n in range(400)))
    report = tmp_path / "report.json"
    process = subprocess.Popen([sys.executable, "-m", "sourcediff", "check", str(feed), "--workers", "2",
                                "--format", "json", "-o", str(report)], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    # with --workers 2 this process reads a share itself beside one worker: wait for that worker
    while not workers and time.monotonic() < deadline and process.poll() is None:
        for task in Path(f"/proc/{process.pid}/task").glob("*"):
            with contextlib.suppress(OSError):
                workers |= {int(pid) for pid in (task / "children").read_text().split()}
        time.sleep(0.05)
    if process.poll() is not None or not workers:
        process.kill()
        pytest.skip("the run ended before its workers started")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 2
    assert "interrupted; no report written" in stderr
    assert not report.exists()
    time.sleep(0.5)
    assert [pid for pid in workers if _running(pid)] == []


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_failed_write_leaves_no_partial_report(tmp_path: Path) -> None:
    import resource

    (tmp_path / "a.txt").write_text(SENTENCE.format(n="3,000"))
    (tmp_path / "b.txt").write_text(SENTENCE.format(n="3,200"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("the report of the last run")

    def small_files() -> None:  # a full disk, as far as this process can tell
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    done = run("check", "a.txt", "b.txt", "--format", "json", "-o", "out/report.json", cwd=tmp_path,
               preexec_fn=small_files)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert (out / "report.json").read_text() == "the report of the last run"
    assert [p.name for p in out.iterdir()] == ["report.json"]


def test_a_document_whose_analysis_fails_is_skipped_and_the_others_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    analyse = pipeline.analyse

    def fragile(doc: sourcediff.Document, kinds: object) -> pipeline.Analysis:
        if doc.id == "b":
            raise ValueError("a fault in one article")
        return analyse(doc, kinds)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyse", fragile)
    report = sourcediff.check([{"id": i, "outlet": i.upper(), "text": SENTENCE.format(n=n)}
                               for i, n in (("a", "3,000"), ("b", "3,100"), ("c", "3,200"))], workers=1)
    assert [(d.id, d.status) for d in report.documents] == [("a", "ok"), ("b", "skipped"), ("c", "ok")]
    assert "ValueError: a fault in one article" in report.documents[1].reason
    assert report.findings
