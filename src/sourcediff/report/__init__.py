"""Report formats. Every format renders from the same `Report` record."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import SEVERITY_RANK, Report

FORMATS = ("table", "json", "html")


def render(
    report: Report,
    fmt: str,
    *,
    show_all: bool = False,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
    include_text: bool = False,
    min_severity: str = "info",
) -> str:
    return "".join(render_pieces(report, fmt, show_all=show_all, explain=explain, limit=limit, width=width,
                                 include_text=include_text, min_severity=min_severity))


def render_pieces(
    report: Report,
    fmt: str,
    *,
    show_all: bool = False,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
    include_text: bool = False,
    min_severity: str = "info",
) -> Iterator[str]:
    """`render`'s text in pieces, to be written one after another (a large JSON report is never
    whole in memory)."""
    listed = report.listed(show_all=show_all)
    findings = tuple(f for f in listed if SEVERITY_RANK[f.severity] <= SEVERITY_RANK[min_severity])
    if fmt == "json":
        from .json import report_json_pieces

        yield from report_json_pieces(report, findings, include_text=include_text)
        return
    if fmt == "html":
        from .html import report_html

        yield report_html(report, findings)
        return
    from .terminal import report_table

    yield report_table(report, findings, explain=explain, limit=limit, width=width,
                       below=(len(listed) - len(findings), min_severity))
