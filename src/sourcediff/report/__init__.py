"""Report formats. Every format renders from the same `Report` record."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import SEVERITY_RANK, Finding, Report

# table: for a terminal; html: a page to open or send; json, jsonl, csv: for tools; markdown: for a ticket;
# sqlite: a database file (-o)
FORMATS = ("table", "json", "html", "csv", "jsonl", "markdown", "sqlite")
FILE_FORMATS = ("sqlite",)  # written to -o by `write_file`, never as text


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
    color: bool = False,
    excel: bool = False,
) -> str:
    """The report as `fmt` writes it; the table is `width` columns wide (default 120), with terminal
    colour codes when `color`."""
    return "".join(render_pieces(report, fmt, show_all=show_all, explain=explain, limit=limit, width=width,
                                 include_text=include_text, min_severity=min_severity, color=color,
                                 excel=excel))


def listed(report: Report, *, show_all: bool = False, min_severity: str = "info") -> tuple[Finding, ...]:
    """The findings a report lists: disagreements (every one with `show_all`) of `min_severity` or higher."""
    least = SEVERITY_RANK[min_severity]
    return tuple(f for f in report.listed(show_all=show_all) if SEVERITY_RANK[f.severity] <= least)


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
    color: bool = False,
    excel: bool = False,
) -> Iterator[str]:
    """`render`'s text in pieces, to be written one after another (a large JSON report is never
    whole in memory). `excel` is for CSV (see report/csv.py)."""
    findings = listed(report, show_all=show_all, min_severity=min_severity)
    if fmt in FILE_FORMATS:
        raise ValueError(f"--format {fmt} writes a file, not text: use report.write_file")
    if fmt == "json":
        from .json import report_json_pieces

        yield from report_json_pieces(report, findings, include_text=include_text)
        return
    if fmt == "jsonl":
        from .json import report_jsonl_pieces

        yield from report_jsonl_pieces(report, findings)
        return
    if fmt == "csv":
        from .csv import report_csv_pieces

        yield from report_csv_pieces(report, findings, excel=excel)
        return
    if fmt == "markdown":
        from .markdown import report_markdown_pieces

        yield from report_markdown_pieces(report, findings)
        return
    if fmt == "html":
        from .html import report_html

        yield report_html(report, findings)
        return
    from .terminal import report_table

    yield report_table(report, findings, explain=explain, limit=limit, width=width, color=color,
                       below=(len(report.listed(show_all=show_all)) - len(findings), min_severity))


def write_file(report: Report, fmt: str, output: str, *, show_all: bool = False, min_severity: str = "info") -> None:
    """Write a report of a FILE_FORMATS format (sqlite) to the file `output`, whole or not at all."""
    from .sqlite import write_database

    if fmt != "sqlite":
        raise ValueError(f"--format {fmt} is written as text: use render_pieces")
    write_database(report, listed(report, show_all=show_all, min_severity=min_severity), output)
