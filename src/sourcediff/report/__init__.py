"""Report formats. Every format renders from the same `Report` record."""

from __future__ import annotations

from ..models import Report

FORMATS = ("table", "json")


def render(
    report: Report,
    fmt: str,
    *,
    show_all: bool = False,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
) -> str:
    findings = report.listed(show_all=show_all)
    if fmt == "json":
        from .json import report_json

        return report_json(report, findings)
    from .terminal import report_table

    return report_table(report, findings, explain=explain, limit=limit, width=width)
