"""Report formats. Every format renders from the same `Report` record."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Finding, Report

DEFAULT_VERDICTS = ("conflict", "qualified", "variant")
FORMATS = ("table", "json")


def listed_findings(report: Report, *, show_all: bool = False) -> list[Finding]:
    """The findings a user asked to see: disagreements by default, everything with --all."""
    if show_all:
        return list(report.findings)
    return [f for f in report.findings if f.verdict in DEFAULT_VERDICTS]


def render(
    report: Report,
    fmt: str,
    *,
    show_all: bool = False,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
) -> str:
    findings = listed_findings(report, show_all=show_all)
    if fmt == "json":
        from .json import report_json

        return report_json(report, findings)
    from .terminal import report_table

    return report_table(report, findings, explain=explain, limit=limit, width=width)


def verdict_counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.verdict] = counts.get(finding.verdict, 0) + 1
    return counts
