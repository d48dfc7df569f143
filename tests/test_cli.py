"""The command line as a user runs it: output, files written, exit codes, help.

`CliRunner` drives the click group for output; `sourcediff.cli.main` (the console entry point,
the one error boundary) is called in-process for exit codes, catching its `SystemExit`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from sourcediff.cli import cli, main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"
SUMMARY = re.compile(r"^\d+ documents read, \d+ skipped; \d+ facts; findings: .+; \d+ listed$", re.MULTILINE)

DOCUMENT_KEYS = {"id", "outlet", "title", "url", "published", "status", "reason"}
FINDING_KEYS = {"id", "kind", "verdict", "severity", "topic", "summary", "claims"}
CLAIM_KEYS = {"doc", "outlet", "value", "normalized", "text", "start", "end"}
FACT_KEYS = {"doc", "kind", "value", "normalized", "text", "start", "end"}


def article(outlet: str, title: str, body: str) -> str:
    slug = re.sub(r"\W+", "-", title.lower()).strip("-")
    return (f"Title: {title}\nOutlet: {outlet}\nURL: https://{outlet.lower().replace(' ', '')}.example/{slug}\n"
            f"Published: 16 June 2025\n\n{body}\n")


AGREEING = {
    "courier.txt": article("Evening Courier", "Bridge inquiry to last three months", """\
The government has ordered a public inquiry into the collapse of the bridge in Dundee.

Engineers have blamed corrosion in the steel supports for the bridge, which carried 12,000 vehicles a day.

The three-month inquiry will be led by a retired judge, ministers said."""),
    "herald.txt": article("Morning Herald", "Judge to lead Dundee bridge inquiry", """\
Ministers have ordered a public inquiry into the Dundee bridge collapse.

Engineers blamed corrosion in the steel supports for the collapse of the bridge.

The inquiry, which will last three months, will be led by a retired judge."""),
}
CONFLICTING = {
    **AGREEING,
    "herald.txt": AGREEING["herald.txt"].replace("last three months", "last four months"),
}
QUALIFIED_ONLY = {
    "courier.txt": article("Evening Courier", "Floods kill at least 12 in Marlow", """\
Flash floods swept through the valley town of Marlow on Tuesday night after days of heavy rain.

At least 12 people were killed when the river burst its banks, police said.

Rescue teams searched collapsed homes in Marlow through the night and the army was called in."""),
    "herald.txt": article("Morning Herald", "Marlow floods: 15 dead", """\
Flash floods tore through Marlow on Tuesday night after days of heavy rain.

Police said 15 people were killed when the river burst its banks in the town.

Rescue teams searched collapsed homes through the night, and the army was called in to help."""),
}


def write(folder: Path, files: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in files]


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def exit_code(*args: str) -> int:
    try:
        main(list(args))
    except SystemExit as done:
        return int(done.code or 0)
    return 0


# --- check: output -----------------------------------------------------------------------------

def test_check_prints_a_table_and_the_summary_line(tmp_path: Path) -> None:
    paths = write(tmp_path, CONFLICTING)
    result = invoke("check", *paths)
    assert result.exit_code == 1
    assert SUMMARY.search(result.output), result.output
    assert "2 documents read, 0 skipped" in result.output
    assert "conflict" in result.output
    assert "Morning Herald" in result.output and "Evening Courier" in result.output


def test_check_json_follows_the_contract(tmp_path: Path) -> None:
    paths = write(tmp_path, CONFLICTING)
    result = invoke("check", *paths, "--format", "json")
    report = json.loads(result.output)
    assert {"documents", "findings", "summary", "dropped"} <= report.keys()
    assert len(report["documents"]) == 2
    for document in report["documents"]:
        assert document.keys() >= DOCUMENT_KEYS
        assert document["status"] == "ok"
        assert document["published"] == "2025-06-16"
        assert document["url"].startswith("https://")
    assert {d["outlet"] for d in report["documents"]} == {"Evening Courier", "Morning Herald"}
    assert report["findings"], "the conflicting story must list a finding"
    texts = {d["id"]: Path(p).read_text(encoding="utf-8") for d, p in zip(report["documents"], paths, strict=True)}
    for finding in report["findings"]:
        assert finding.keys() >= FINDING_KEYS
        for claim in finding["claims"]:
            assert claim.keys() >= CLAIM_KEYS
            assert claim["value"] in claim["text"]
            assert claim["end"] - claim["start"] == len(claim["value"])
            assert claim["doc"] in texts
    conflict = next(f for f in report["findings"] if f["verdict"] == "conflict")
    assert {c["value"] for c in conflict["claims"]} == {"three-month", "four months"}


def test_output_option_writes_the_report_to_a_file(tmp_path: Path) -> None:
    paths = write(tmp_path / "in", CONFLICTING)
    target = tmp_path / "report.json"
    result = invoke("check", *paths, "--format", "json", "-o", str(target))
    assert result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]
    table = tmp_path / "report.txt"
    invoke("check", *paths, "--output", str(table))
    assert SUMMARY.search(table.read_text(encoding="utf-8"))


def test_all_lists_more_findings_than_the_default(tmp_path: Path) -> None:
    paths = write(tmp_path, CONFLICTING)
    default = json.loads(invoke("check", *paths, "--format", "json").output)
    everything = json.loads(invoke("check", *paths, "--format", "json", "--all").output)
    assert len(everything["findings"]) > len(default["findings"])
    assert {f["verdict"] for f in default["findings"]} <= {"conflict", "qualified", "variant"}
    assert {"agree", "single"} & {f["verdict"] for f in everything["findings"]}
    assert everything["summary"]["listed"] == len(everything["findings"])


def test_no_filter_keeps_an_off_story_tail(tmp_path: Path) -> None:
    tail = ("\n\nElsewhere, a cryptocurrency exchange in Singapore said hackers had stolen tokens worth $45m."
            "\n\nShares in the exchange's parent company fell sharply in early trading after the announcement.\n")
    files = {**QUALIFIED_ONLY, "courier.txt": QUALIFIED_ONLY["courier.txt"] + tail}
    paths = write(tmp_path, files)
    filtered = json.loads(invoke("facts", *paths, "--format", "json").output)
    kept = json.loads(invoke("facts", *paths, "--format", "json", "--no-filter").output)
    assert "$45m" not in {f["value"] for f in filtered["facts"]}
    assert any("off-story" in d["reason"] for d in filtered["dropped"])
    assert "$45m" in {f["value"] for f in kept["facts"]}
    assert kept["dropped"] == []


def test_standard_input_is_read_with_a_dash(tmp_path: Path) -> None:
    paths = write(tmp_path, {"herald.txt": CONFLICTING["herald.txt"]})
    result = invoke("check", "-", paths[0], "--format", "json", "--all", input=CONFLICTING["courier.txt"])
    report = json.loads(result.output)
    assert len(report["documents"]) == 2
    assert "<stdin>" in {d["source"] for d in report["documents"]}
    assert any(f["verdict"] == "conflict" for f in report["findings"])
    facts = json.loads(invoke("facts", "-", "--format", "json", input=AGREEING["courier.txt"]).output)
    assert [f["value"] for f in facts["facts"] if f["kind"] == "duration"] == ["three-month"]


# --- check: exit codes ---------------------------------------------------------------------------

def test_exit_0_when_the_outlets_agree(tmp_path: Path) -> None:
    paths = write(tmp_path, AGREEING)
    assert exit_code("check", *paths, "-o", str(tmp_path / "out.txt")) == 0
    assert invoke("check", *paths).exit_code == 0


def test_exit_1_on_a_conflict_unless_fail_on_none(tmp_path: Path) -> None:
    paths = write(tmp_path, CONFLICTING)
    out = str(tmp_path / "out.txt")
    assert exit_code("check", *paths, "-o", out) == 1
    assert exit_code("check", *paths, "-o", out, "--fail-on", "conflict") == 1
    assert exit_code("check", *paths, "-o", out, "--fail-on", "none") == 0


def test_fail_on_any_counts_a_qualified_finding(tmp_path: Path) -> None:
    paths = write(tmp_path, QUALIFIED_ONLY)
    out = tmp_path / "out.json"
    assert exit_code("check", *paths, "-o", str(out), "--format", "json") == 0
    verdicts = {f["verdict"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]}
    assert verdicts == {"qualified"}
    assert exit_code("check", *paths, "-o", str(out), "--fail-on", "any") == 1


def test_exit_2_when_nothing_can_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code("check", str(tmp_path / "missing.txt")) == 2
    error = capsys.readouterr().err
    assert error.startswith("sourcediff: ")
    assert "missing.txt" in error
    assert "Traceback" not in error


@pytest.mark.parametrize(
    "args",
    [["check", "--bogus", "x.txt"], ["facts", "--format", "xml", "x.txt"], ["check"], ["nonsense"]],
    ids=["unknown option", "bad choice", "no path", "unknown command"],
)
def test_exit_2_on_a_usage_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code(*args) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("sourcediff: ")
    assert len(error.splitlines()) == 1


# --- facts -------------------------------------------------------------------------------------

def test_facts_table_lists_each_document(tmp_path: Path) -> None:
    paths = write(tmp_path, QUALIFIED_ONLY)
    result = invoke("facts", *paths)
    assert result.exit_code == 0
    assert "Evening Courier" in result.output and "Morning Herald" in result.output
    assert "12" in result.output and "15" in result.output


def test_facts_json_follows_the_contract(tmp_path: Path) -> None:
    paths = write(tmp_path, QUALIFIED_ONLY)
    report = json.loads(invoke("facts", *paths, "--format", "json").output)
    assert {"documents", "facts", "dropped"} <= report.keys()
    assert all(d.keys() >= DOCUMENT_KEYS for d in report["documents"])
    assert report["facts"]
    for fact in report["facts"]:
        assert fact.keys() >= FACT_KEYS
        assert fact["value"] in fact["text"]
    counts = {(f["value"], f["normalized"]["bound"]) for f in report["facts"] if f["kind"] == "number"}
    assert {("12 people", ">="), ("15 people", "=")} <= counts


def test_facts_output_option(tmp_path: Path) -> None:
    paths = write(tmp_path / "in", QUALIFIED_ONLY)
    target = tmp_path / "facts.json"
    assert exit_code("facts", *paths, "--format", "json", "-o", str(target)) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["facts"]


# --- help --------------------------------------------------------------------------------------

COMMANDS = sorted(cli.commands) if isinstance(cli, click.Group) else []


def test_the_commands_are_known() -> None:
    assert {"check", "facts"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=["sourcediff", *COMMANDS])
def test_every_command_has_help(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    assert "--help" in result.output
    if command:
        assert (cli.commands[command[0]].help or "").strip(), f"{command[0]} has no description"
        assert exit_code(*command, "-h") == 0


# --- the project's own fixture story -----------------------------------------------------------

OFF_STORY = ["stablecoin", "Palestine Action", "Larnaca", "£10,000", "3:18"]


@pytest.fixture(scope="module")
def fixture_report() -> dict[str, object]:
    result = CliRunner().invoke(cli, ["check", str(FIXTURE), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1  # the story has a conflict
    report: dict[str, object] = json.loads(result.output)
    return report


@pytest.mark.slow
def test_fixture_story_finds_the_audit_length_conflict(fixture_report: dict[str, object]) -> None:
    findings = fixture_report["findings"]
    assert isinstance(findings, list)
    conflicts = [f for f in findings if f["verdict"] == "conflict"]
    assert any(
        any("four months" in c["value"] for c in f["claims"]) and any("three month" in c["value"] for c in f["claims"])
        for f in conflicts
    ), [[c["value"] for c in f["claims"]] for f in conflicts]


@pytest.mark.slow
def test_fixture_story_qualifies_the_reopened_cases(fixture_report: dict[str, object]) -> None:
    findings = fixture_report["findings"]
    assert isinstance(findings, list)
    qualified = [f for f in findings if f["verdict"] == "qualified"]
    assert any(
        {"800", "1,000"} <= {c["value"] for c in f["claims"]} for f in qualified
    ), [[c["value"] for c in f["claims"]] for f in qualified]
    assert not any(
        {"800", "1,000"} <= {c["value"] for c in f["claims"]} for f in findings if f["verdict"] == "conflict"
    )


@pytest.mark.slow
def test_fixture_story_reports_nothing_from_the_appended_off_story_text(fixture_report: dict[str, object]) -> None:
    findings = fixture_report["findings"]
    assert isinstance(findings, list)
    for finding in findings:
        for claim in finding["claims"]:
            for needle in OFF_STORY:
                assert needle.lower() not in claim["value"].lower(), (needle, claim["value"])
                assert needle.lower() not in claim["text"].lower(), (needle, claim["text"])


@pytest.mark.slow
def test_fixture_story_with_all_still_leaves_out_the_off_story_text() -> None:
    result = CliRunner().invoke(cli, ["check", str(FIXTURE), "--format", "json", "--all"], catch_exceptions=False)
    report = json.loads(result.output)
    quoted = " ".join(c["value"] + " " + c["text"] for f in report["findings"] for c in f["claims"]).lower()
    assert [needle for needle in OFF_STORY if needle.lower() in quoted] == []
    assert len(report["documents"]) == 5


def test_kinds_limits_what_is_read_and_compared(tmp_path: Path) -> None:
    fixture = str(Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit")
    every = json.loads(invoke("check", fixture, "--format", "json").output)
    figures = json.loads(invoke("check", fixture, "--format", "json", "--kinds", "number,duration,date").output)
    assert {f["kind"] for f in every["findings"]} >= {"name", "quote", "duration"}
    assert {f["kind"] for f in figures["findings"]} <= {"number", "duration", "date"}
    listed = json.loads(invoke("facts", fixture, "--format", "json", "--kinds", "name").output)
    assert {f["kind"] for f in listed["facts"]} == {"name"}


def test_an_unknown_kind_is_a_usage_error(tmp_path: Path) -> None:
    paths = write(tmp_path, AGREEING)
    assert exit_code("check", *paths, "--kinds", "number,colour") == 2


def test_a_usage_mistake_points_to_the_help_of_its_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", str(tmp_path), "--fail-on", "sometimes"])
    assert exited.value.code == 2
    assert "see 'sourcediff check --help'" in capsys.readouterr().err
