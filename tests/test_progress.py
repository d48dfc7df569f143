"""The progress bar: on a terminal, for long runs only; `--quiet` turns it off."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sourcediff.cli import main
from sourcediff.models import Document
from sourcediff.pipeline import check
from sourcediff.progress import ProgressBar

ARTICLE = "Bridge closed after crash\nThe bridge was closed for {n} hours after a crash on Monday, police said."


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_pipeline_reports_each_document_and_the_comparing() -> None:
    calls: list[tuple[str, int, int]] = []
    check([Document(id=f"d{n}", text=ARTICLE.format(n=n + 2)) for n in range(3)],
          progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert [c for c in calls if c[0] == "analysing"] == [("analysing", n, 3) for n in (1, 2, 3)]
    assert calls[-1] == ("comparing", 1, 1)


def test_a_long_run_draws_a_bar_on_a_terminal() -> None:
    screen = Terminal()
    with ProgressBar(screen) as bar:
        for done in range(1, 61):
            bar("analysing", done, 60)
        bar("comparing", 1, 1)
    drawn = screen.getvalue()
    assert "analysing" in drawn and "60/60" in drawn and "comparing" in drawn


@pytest.mark.parametrize(("enabled", "documents"), [(True, 50), (False, 500)])
def test_no_bar_for_a_short_run_or_when_turned_off(enabled: bool, documents: int) -> None:
    screen = Terminal()
    with ProgressBar(screen, enabled=enabled) as bar:
        for done in range(1, documents + 1):
            bar("analysing", done, documents)
    assert screen.getvalue() == ""


def test_quiet_is_accepted_and_nothing_but_the_report_is_printed(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE.format(n=n + 2), encoding="utf-8")
    main(["check", str(tmp_path), "-q", "--fail-on", "none"])  # returns: exit 0
    shown = capsys.readouterr()
    assert shown.err == "" and "documents read" in shown.out
