"""The terminal report as an editor sees it: at the terminal's width, in colour, grouped by story.

Made-up articles on two stories; each disagrees on a figure, so every story has a finding.
"""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from sourcediff.models import Document, Report
from sourcediff.pipeline import check
from sourcediff.report import render
from sourcediff.report.terminal import print_report

FERRY = [
    "Ferry runs aground off the island\nA passenger ferry carrying 212 people ran aground off the island of "
    "Tarrow on Sunday morning, the coastguard said.\nAll passengers were taken off by lifeboat crews.\n"
    "The ferry operator said the vessel would be towed to port on Monday.",
    "Passengers rescued after ferry grounding\nA ferry with 221 people on board ran aground off Tarrow island on "
    "Sunday, coastguards said.\nLifeboat crews took all passengers off the ship.\n"
    "The operator said the ferry would be towed to port on Monday.",
]
MARKET = [
    "Market hall reopens after repairs\nThe town's covered market hall reopened on Saturday after repairs costing "
    "£3.2m, the council said.\nTraders returned to 48 stalls in the hall.\n"
    "The roof had been closed since storms damaged it last winter.",
    "Covered market back in business\nThe covered market hall reopened on Saturday after a £4.5m repair, the "
    "council said.\nTraders moved back into 48 stalls.\nStorms damaged the roof last winter.",
]
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def documents() -> list[Document]:
    return [Document(id=f"ferry-{n}", outlet=f"Harbour News {n}", title="Ferry runs aground", text=t)
            for n, t in enumerate(FERRY)] + [
            Document(id=f"market-{n}", outlet=f"Town Post {n}", title="Market hall reopens", text=t)
            for n, t in enumerate(MARKET)]


@pytest.fixture(scope="module")
def report() -> Report:
    return check(documents())


def recorded(report: Report, width: int, **options: object) -> Console:
    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True, color_system="truecolor",
                      highlight=False, markup=False, emoji=False)
    print_report(console, report, report.listed(), **options)  # type: ignore[arg-type]
    return console


def test_the_report_has_disagreements_on_both_stories(report: Report) -> None:
    topics = {report.stories[f.claims[0].doc] for f in report.listed() if f.verdict == "conflict"}
    assert len(topics) == 2


@pytest.mark.parametrize("width", [80, 100, 160])
def test_every_line_fits_the_width_and_no_label_is_broken(report: Report, width: int) -> None:
    text = recorded(report, width).export_text()
    assert max(cell_len(line) for line in text.splitlines()) <= width
    for finding in report.listed():
        assert re.search(rf"\b{finding.id}\b", text)
        assert re.search(rf"\b{finding.severity}\b", text) and re.search(rf"\b{finding.verdict}\b", text)
    for value in ("212 people", "221 people"):
        assert value in text  # a value is never broken across lines when there is room for it


@pytest.mark.parametrize("width", [80, 100, 160])
def test_findings_are_grouped_under_their_story(report: Report, width: int) -> None:
    text = recorded(report, width).export_text()
    headings = [m.start() for m in re.finditer(r"^Story \d", text, flags=re.MULTILINE)]
    assert len(headings) == 2
    ferry_story = text[headings[0]:headings[1]] if "Ferry" in text[headings[0]:headings[1]] else text[headings[1]:]
    assert "Harbour News 0" in ferry_story and "212 people" in ferry_story
    assert "£3.2m" not in ferry_story


def test_the_disputed_value_is_highlighted_and_severity_coloured(report: Report) -> None:
    styled = recorded(report, 120).export_text(styles=True)
    assert re.search(r"\x1b\[1;7m(212|221) people\x1b\[0m", styled), "value not shown in reverse video"
    assert "\x1b[1;31mhigh" in styled or "\x1b[1;31mconflict" in styled


def test_the_wide_layout_gives_severity_and_verdict_their_own_columns(report: Report) -> None:
    wide = recorded(report, 160).export_text().splitlines()
    narrow = recorded(report, 80).export_text().splitlines()
    assert any("severity" in line and "verdict" in line for line in wide)
    assert any("finding" in line for line in narrow) and not any("severity" in line for line in narrow)


def test_explain_says_why_the_claims_were_aligned(report: Report) -> None:
    text = recorded(report, 120, explain=True).export_text()
    assert "aligned on:" in text
    assert "aligned on:" not in recorded(report, 120).export_text()


def test_a_file_or_pipe_gets_plain_text_at_120_columns(report: Report) -> None:
    text = render(report, "table")
    assert not ESCAPE.search(text)
    assert max(cell_len(line) for line in text.splitlines()) == 120


def run_in_a_terminal(args: list[str], *, columns: int, env: dict[str, str]) -> str:
    """`sourcediff ARGS` with its stdout a pseudo-terminal `columns` wide; what it printed."""
    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    clean_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    process = subprocess.Popen([sys.executable, "-m", "sourcediff", *args], stdout=follower,
                               stderr=subprocess.DEVNULL, env={**clean_env, "TERM": "xterm-256color", **env})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once the process has ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def story_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ferry")
    for n, text in enumerate(FERRY):
        (folder / f"ferry-{n}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_a_terminal_gets_colour_at_its_own_width(story_folder: Path) -> None:
    shown = run_in_a_terminal(["check", str(story_folder), "--fail-on", "none"], columns=90, env={})
    assert ESCAPE.search(shown), "no colour on a terminal"
    plain = ESCAPE.sub("", shown)
    assert max(cell_len(line) for line in plain.splitlines()) <= 90
    assert "conflict" in plain and "Story 1" in plain


@pytest.mark.slow
def test_no_color_is_honoured(story_folder: Path) -> None:
    shown = run_in_a_terminal(["check", str(story_folder), "--fail-on", "none"], columns=90, env={"NO_COLOR": "1"})
    colours = [code for code in ESCAPE.findall(shown) if re.search(r"\[(?:[0-9;]*;)?(3\d|4\d|9\d)(;|m)", code)]
    assert not colours, colours[:3]
    assert "conflict" in ESCAPE.sub("", shown)
