"""The table formats of `sourcediff check`: csv (and --excel), jsonl, markdown and sqlite.

What a user gets: every claim present and equal to the JSON report's, nothing in an article run as
a formula, a link or HTML, a database whose keys hold, and the exit codes of every other format.
The articles are made up: a dam on a made-up river, three made-up outlets.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import sourcediff
from cli_run import run
from sourcediff.report import FORMATS, render

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "casey-audit"
FORMULA = '=HYPERLINK("http://x.example","see") '
HOSTILE = "[click](javascript:x) <script>alert(x)</script> **bold** a|b "
TEXT = ("{lead}The Lowmere dam {aside}released {volume} cubic metres of water on Tuesday, the river authority "
        "said.\n\nOvernight the temperature at the dam fell to {cold}C, the authority said.\n")


def articles(*, volume_b: int = 450, cold_b: int = -7, outlet_b: str = "Vale Post") -> list[dict[str, str]]:
    """Three outlets on a made-up dam release; the first's sentence carries Markdown and HTML, the
    second's starts with a spreadsheet formula and gives other figures."""
    return [
        {"id": "a", "outlet": "River Gazette", "title": "Dam opens",
         "text": TEXT.format(lead="", aside=HOSTILE, volume=400, cold=-5)},
        {"id": "b", "outlet": outlet_b, "title": "Dam release",
         "text": TEXT.format(lead=FORMULA, aside="", volume=volume_b, cold=cold_b)},
        {"id": "c", "outlet": "Delta Times", "title": "Water let out",
         "text": TEXT.format(lead="", aside="", volume=400, cold=-5)},
    ]


def write_articles(folder: Path, records: list[dict[str, str]]) -> str:
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def json_report(tmp_path: Path, *inputs: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    written = tmp_path / "report.json"
    run(["check", *inputs, "--format", "json", "--fail-on", "none", "-o", str(written), *extra])
    return json.loads(written.read_text(encoding="utf-8"))


# --- csv --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_csv_reads_back_with_pandas_with_every_claim_of_the_json_report(tmp_path: Path) -> None:
    import pandas as pd

    written = tmp_path / "report.csv"
    assert run(["check", str(FIXTURE), "--all", "--format", "csv", "--fail-on", "none", "-o", str(written)]) == 0
    frame = pd.read_csv(written, keep_default_na=False, dtype={"value": str, "topic": str, "outlet": str})
    expected = [(f, c) for f in json_report(tmp_path, str(FIXTURE), extra=("--all",))["findings"] for c in f["claims"]]
    assert len(frame) == len(expected) > 0
    for row, (finding, claim) in zip(frame.itertuples(index=False), expected, strict=True):
        assert (row.finding, row.story, row.kind, row.verdict, row.severity, row.topic, row.summary) == (
            finding["id"], finding["story"], finding["kind"], finding["verdict"], finding["severity"],
            finding["topic"], finding["summary"])
        assert (row.outlet, row.doc, row.value, row.start, row.end, row.sentence) == (
            claim["outlet"], claim["doc"], claim["value"], claim["start"], claim["end"], claim["text"])
        assert json.loads(row.normalized) == claim["normalized"]
    assert written.read_bytes().count(b"\r") == 0  # lines end in "\n"


def test_csv_has_the_rows_of_to_dataframe() -> None:
    import pandas as pd

    report = sourcediff.check(articles())
    frame = report.to_dataframe()
    read = pd.read_csv(io.StringIO(render(report, "csv")), keep_default_na=False, dtype={"value": str})
    assert list(read.columns) == list(frame.columns)
    assert read.astype(str).values.tolist() == frame.astype(str).values.tolist()


def test_excel_csv_starts_with_a_bom_and_shows_formulas_as_text(tmp_path: Path) -> None:
    import pandas as pd

    inputs = write_articles(tmp_path, articles(outlet_b="=cmd|' /C calc'!A0"))
    excel, plain = tmp_path / "excel.csv", tmp_path / "plain.csv"
    assert run(["check", inputs, "--format", "csv", "--excel", "--fail-on", "none", "-o", str(excel)]) == 0
    assert run(["check", inputs, "--format", "csv", "--fail-on", "none", "-o", str(plain)]) == 0
    assert excel.read_bytes().startswith(b"\xef\xbb\xbffinding,")
    assert plain.read_bytes().startswith(b"finding,")
    neutral = pd.read_csv(excel, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    as_is = pd.read_csv(plain, keep_default_na=False, dtype=str)
    b_neutral, b_as_is = neutral[neutral["doc"] == "b"], as_is[as_is["doc"] == "b"]
    assert set(b_neutral["sentence"].str[:12]) == {"'=HYPERLINK(", "Overnight th"}
    assert "'=cmd|' /C calc'!A0" in set(b_neutral["outlet"])
    assert "'-7C" in set(b_neutral["value"])  # a negative figure gets the quote too (documented)
    assert set(b_as_is["sentence"].str[:11]) == {"=HYPERLINK(", "Overnight t"}
    assert "-7C" in set(b_as_is["value"]) and "=cmd|' /C calc'!A0" in set(b_as_is["outlet"])
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in neutral.to_numpy().ravel())


def test_a_csv_run_never_imports_pandas(tmp_path: Path) -> None:
    inputs = write_articles(tmp_path, articles())
    program = ("import sys\nfrom sourcediff.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n"
               "    pass\nassert 'pandas' not in sys.modules, 'pandas was imported'\n")
    done = subprocess.run([sys.executable, "-c", program, "check", inputs, "--format", "csv", "-o",
                           str(tmp_path / "r.csv")], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("finding,")


def test_csv_and_markdown_are_valid_utf8_with_controls_and_odd_bytes_shown_escaped() -> None:
    records = articles()
    records[0]["text"] = records[0]["text"].replace("Lowmere", "Low\u202emere\x1b[31m").replace("dam", "d\udcffam", 1)
    report = sourcediff.check(records)
    for fmt in ("csv", "markdown", "jsonl"):
        text = render(report, fmt)
        text.encode("utf-8")  # strict: no lone surrogate
        assert not any(c in text for c in ("\u202e", "\x1b")), fmt
    assert "Low\\u202emere\\x1b[31m" in render(report, "csv")


# --- jsonl ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_jsonl_is_one_finding_per_line_as_in_the_json_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = json_report(tmp_path, str(FIXTURE), extra=("--all",))["findings"]
    capsys.readouterr()
    assert run(["check", str(FIXTURE), "--all", "--format", "jsonl", "--fail-on", "none"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == expected
    assert len(lines) == len(expected) > 0 and all(line.startswith('{"id": ') for line in lines)


def test_jsonl_is_empty_when_nothing_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = write_articles(tmp_path, articles(volume_b=400, cold_b=-5))
    assert run(["check", inputs, "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""


# --- markdown ---------------------------------------------------------------------------------


def test_markdown_shows_article_text_as_text_and_values_bold() -> None:
    from markdown_it import MarkdownIt

    text = render(sourcediff.check(articles()), "markdown")
    assert text.startswith("# sourcediff report\n\n3 documents read, 0 skipped;")
    assert "**F001** high conflict — " in text
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
    assert "<a " not in html and "<script" not in html and "<em>" not in html and "<table" not in html
    assert "<strong>bold</strong>" not in html
    assert "[click](javascript:x) &lt;script&gt;alert(x)&lt;/script&gt; **bold** a|b" in html  # shown as written
    assert "<strong>400 cubic metres</strong>" in html and "<strong>450 cubic metres</strong>" in html
    assert "<li>River Gazette: &quot;…" in html
    assert "&lt;script&gt;" in text and "\\[click\\]" in text and "\\*\\*bold\\*\\*" in text and "a\\|b" in text


def test_a_markdown_line_cannot_start_a_list_or_a_heading() -> None:
    from markdown_it import MarkdownIt

    text = render(sourcediff.check(articles(outlet_b="- 1. # Vale Post")), "markdown")
    html = MarkdownIt("commonmark").render(text)
    assert "<li>- 1. # Vale Post: " in html and "<ol" not in html and "<h1>" in html and "<h2" not in html


# --- sqlite -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_sqlite_joins_findings_claims_and_documents(tmp_path: Path) -> None:
    database = tmp_path / "report.db"
    assert run(["check", str(FIXTURE), "--format", "sqlite", "-o", str(database), "--fail-on", "none"]) == 0
    report = json_report(tmp_path, str(FIXTURE))
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT findings.id, documents.outlet, claims.value, claims.start, claims.sentence FROM findings"
            " JOIN claims ON claims.finding = findings.id JOIN documents ON documents.id = claims.doc"
            " ORDER BY claims.id").fetchall()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        facts = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
        linked = connection.execute(
            'SELECT count(*) FROM claims JOIN facts ON facts.id = claims.fact'
            ' WHERE facts.doc = claims.doc AND facts.start = claims.start AND facts."end" = claims."end"').fetchone()
        stories = connection.execute("SELECT id, story FROM documents ORDER BY id").fetchall()
    expected = [(f["id"], c["outlet"], c["value"], c["start"], c["text"])
                for f in report["findings"] for c in f["claims"]]
    assert rows == expected and len(rows) > 0
    assert facts == report["summary"]["facts"] > 0
    assert linked[0] > 0
    assert stories == sorted((d["id"], d["story"]) for d in report["documents"])


def test_sqlite_needs_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = write_articles(tmp_path, articles())
    for output in ([], ["-o", "-"]):
        assert run(["check", inputs, "--format", "sqlite", *output]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "add -o FILE" in err, err


def test_sqlite_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    inputs = write_articles(tmp_path, articles())
    database = tmp_path / "out" / "report.db"
    database.parent.mkdir()
    database.write_bytes(b"an old report, not a database")
    assert run(["check", inputs, "--format", "sqlite", "-o", str(database), "--fail-on", "none"]) == 0
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        claims = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert tables == ["documents", "facts", "findings", "claims"]
    assert claims == 6  # two conflicts (the volume, the temperature), each stated by the three outlets
    assert sorted(p.name for p in database.parent.iterdir()) == ["report.db"]


# --- every format -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_fail_on_and_exit_codes_are_those_of_every_format(fmt: str, tmp_path: Path) -> None:
    inputs = write_articles(tmp_path, articles())
    (tmp_path / "same").mkdir()
    same = write_articles(tmp_path / "same", articles(volume_b=400, cold_b=-5))
    output = ["-o", str(tmp_path / f"report.{fmt}")]
    assert run(["check", inputs, "--format", fmt, *output]) == 1  # a conflict
    assert run(["check", inputs, "--format", fmt, "--fail-on", "none", *output]) == 0
    assert run(["check", same, "--format", fmt, *output]) == 0
    assert run(["check", inputs, "--format", fmt, "--fail-on", "nonsense", *output]) == 2


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_excel_is_a_usage_error_with_another_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = write_articles(tmp_path, articles())
    assert run(["check", inputs, "--format", fmt, "--excel", "-o", str(tmp_path / "r")]) == 2
    assert "--excel applies only to --format csv" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_an_interrupted_sqlite_run_leaves_the_old_file_and_no_half_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcediff.report import sqlite as database_report

    def interrupted(connection: sqlite3.Connection, *_: object) -> None:
        connection.execute("INSERT INTO documents (id, status, chars) VALUES ('half', 'ok', 0)")
        raise KeyboardInterrupt

    monkeypatch.setattr(database_report, "_fill", interrupted)
    inputs = write_articles(tmp_path, articles())
    database = tmp_path / "out" / "report.db"
    database.parent.mkdir()
    database.write_bytes(b"the previous report")
    assert run(["check", inputs, "--format", "sqlite", "-o", str(database)]) == 2  # "interrupted; no report written"
    assert database.read_bytes() == b"the previous report"
    assert sorted(p.name for p in database.parent.iterdir()) == ["report.db"]
