"""The same articles give the same report byte for byte, whatever order or folders they come in."""

from __future__ import annotations

import io
import itertools
import json
import random
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import sourcediff
from sourcediff.cli import main
from sourcediff.models import Claim, Document, Finding, Report

# A made-up story from four outlets: they disagree on the toll, the day, the cost and a quote.
ARTICLES = {
    "quillby": ("Quillby Gazette", 7, "Thursday", 3, "we were not warned"),
    "ashmere": ("Ashmere Echo", 9, "Thursday", 3, "we were never warned"),
    "tolland": ("Tolland Courier", 7, "Wednesday", 4, "we were not warned"),
    "brisk": ("Brisk Daily", 9, "Thursday", 4, "nobody warned us"),
}


def text(outlet: str, dead: int, day: str, cost: int, quote: str) -> str:
    return (f"Outlet: {outlet}\nTitle: Mill fire in Hobbleton\n\n"
            f"A fire at the old Hobbleton paper mill killed {dead} workers on {day}, the fire service said.\n\n"
            f"Rebuilding the mill will cost £{cost} million, according to the owners.\n\n"
            f"Shift manager Pellam Crowe said \"{quote}\" about the faulty alarm.\n")


def write(folder: Path, layout: dict[str, str]) -> None:
    for name, rel in layout.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text(*ARTICLES[name]), encoding="utf-8")


def run_json(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(cwd)
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit):
        main(["check", *args, "--all", "--format", "json"])
    return out.getvalue()


def without_sources(report: str) -> str:
    loaded = json.loads(report)
    for document in loaded["documents"]:
        document.pop("source")
    return json.dumps(loaded)


def test_every_argument_order_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {name: f"{name}.txt" for name in ARTICLES})
    orders = list(itertools.permutations(f"{name}.txt" for name in ARTICLES))
    outputs = {run_json(list(order), tmp_path, monkeypatch) for order in random.Random(9).sample(orders, 8)}
    assert len(outputs) == 1
    report = json.loads(outputs.pop())
    assert [d["id"] for d in report["documents"]] == sorted(ARTICLES)
    assert len(report["findings"]) >= 4
    for finding in report["findings"]:
        keys = [(c["doc"], c["start"], c["end"]) for c in finding["claims"]]
        assert keys == sorted(keys), finding["id"]


def test_folder_layouts_differ_only_in_each_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flat, nested = tmp_path / "flat", tmp_path / "nested"
    write(flat, {name: f"{name}.txt" for name in ARTICLES})
    write(nested, {"quillby": "z/quillby.txt", "ashmere": "b/c/ashmere.txt", "tolland": "tolland.txt",
                   "brisk": "a/brisk.txt"})
    one = run_json(["."], flat, monkeypatch)
    other = run_json(["z", "tolland.txt", "a", "b"], nested, monkeypatch)
    assert without_sources(one) == without_sources(other)
    assert json.loads(other)["documents"][0]["source"] == os_path("b/c/ashmere.txt")


def os_path(rel: str) -> str:
    return str(Path(rel))


def test_summaries_name_outlets_in_document_id_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {name: f"{name}.txt" for name in ARTICLES})
    report = json.loads(run_json(["tolland.txt", "quillby.txt", "brisk.txt", "ashmere.txt"], tmp_path, monkeypatch))
    toll = next(f for f in report["findings"] if "workers" in f["summary"] and f["verdict"] == "conflict")
    assert "(Ashmere Echo, Brisk Daily)" in toll["summary"]
    assert "(Quillby Gazette, Tolland Courier)" in toll["summary"]


def test_the_library_gives_the_same_report_for_shuffled_records() -> None:
    records = [{"id": name, "outlet": fields[0], "text": text(*fields)} for name, fields in ARTICLES.items()]
    reports = set()
    for seed in range(3):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        report = json.dumps(sourcediff.check(shuffled).to_json(show_all=True), ensure_ascii=False)
        reports.add(without_sources(report))  # a record's source is its place in the list: "<input 2>"
        found = sourcediff.facts(shuffled)
        assert [d.id for d in found.documents] == sorted(ARTICLES)
    assert len(reports) == 1


def test_a_report_made_by_hand_is_kept_in_the_same_order() -> None:
    claims = (Claim("b", "B", "9", None, "9 dead", 4, 5), Claim("a", "A", "7", None, "7 dead", 8, 9),
              Claim("a", "A", "8", None, "8 dead", 2, 3))
    finding = Finding("F001", "number", "conflict", "high", "dead", "7 or 9", claims)
    report = Report((Document("b", "x"), Document("a", "y")), (finding,))
    assert [d.id for d in report.documents] == ["a", "b"]
    assert [(c.doc, c.start) for c in report.findings[0].claims] == [("a", 2), ("a", 8), ("b", 4)]
    assert report.findings[0].id == "F001"


def test_copying_the_folder_elsewhere_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "one" / "story", {name: f"{name}.txt" for name in ARTICLES})
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    assert run_json(["story"], tmp_path / "one", monkeypatch) == run_json(["story"], tmp_path / "two", monkeypatch)


def test_the_report_is_the_same_whatever_the_interpreter_hashes_strings_with(tmp_path: Path) -> None:
    """Python hashes strings with a seed chosen at each start, and a set of words is walked in the
    order of its hashes: nothing may depend on that order (a float summed over a set did, and one
    summary listed its figures in another order under PYTHONHASHSEED=2 on the bench's 1,000 articles)."""
    import os
    import subprocess
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench" / "run.py"
    story = tmp_path / "story.jsonl"
    make = ("import random, runpy, sys, pathlib; b = runpy.run_path(sys.argv[1]); "
            "articles = b['generate'](1000, b['load_fixtures'](), random.Random(b['SEED'] + 1000)); "
            "b['write_jsonl'](articles, pathlib.Path(sys.argv[2]))")
    subprocess.run([sys.executable, "-c", make, str(bench), str(story)], check=True, timeout=300)
    reports = []
    for seed in ("0", "2"):
        out = tmp_path / f"report-{seed}.json"
        subprocess.run([sys.executable, "-m", "sourcediff", "check", str(story), "--format", "json", "-o", str(out),
                        "--fail-on", "none", "-q"], check=True, timeout=600, env={**os.environ, "PYTHONHASHSEED": seed})
        reports.append(out.read_bytes())
    assert reports[0] == reports[1]
