"""--min-severity and --fail-on as an editor uses them: see what matters, fail a job on what matters."""

from __future__ import annotations

import pytest

from sourcediff.cli import _fails
from sourcediff.models import Claim, Document, Finding, Report
from sourcediff.report import render


def finding(number: int, verdict: str, severity: str) -> Finding:
    claim = Claim("a", "Outlet A", "12", {}, "Twelve people were hurt, 12 in all.", 28, 30)
    return Finding(id=f"F{number:03}", kind="number", verdict=verdict, severity=severity,  # type: ignore[arg-type]
                   topic="people hurt", summary=f"finding {number}", claims=(claim,))


FINDINGS = (finding(1, "conflict", "high"), finding(2, "variant", "medium"), finding(3, "qualified", "low"),
            finding(4, "agree", "info"))
REPORT = Report((Document("a", "Twelve people were hurt, 12 in all.", outlet="Outlet A"),), FINDINGS)


@pytest.mark.parametrize(("least", "shown"), [("high", ["F001"]), ("medium", ["F001", "F002"]),
                                              ("low", ["F001", "F002", "F003"]), ("info", ["F001", "F002", "F003"])])
def test_min_severity_lists_findings_of_that_severity_or_higher(least: str, shown: list[str]) -> None:
    table = render(REPORT, "table", width=100, min_severity=least)
    assert [f for f in ("F001", "F002", "F003", "F004") if f in table] == shown
    hidden = 3 - len(shown)
    assert (f"{hidden} finding" in table and "not shown" in table) if hidden else "not shown" not in table


def test_json_lists_every_severity_unless_asked() -> None:
    assert '"F003"' in render(REPORT, "json")
    assert '"F003"' not in render(REPORT, "json", min_severity="medium")


@pytest.mark.parametrize(("fail_on", "failing"), [
    ("conflict", ["F001"]), ("qualified", ["F001", "F003"]), ("variant", ["F001", "F002", "F003"]),
    ("high", ["F001"]), ("medium", ["F001", "F002"]), ("low", ["F001", "F002", "F003"]),
    ("any", ["F001", "F002", "F003"]), ("none", []),
])
def test_fail_on_takes_a_verdict_or_a_severity(fail_on: str, failing: list[str]) -> None:
    assert [f.id for f in FINDINGS if _fails(f, fail_on)] == failing
