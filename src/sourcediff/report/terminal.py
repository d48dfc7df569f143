"""The terminal table: one row per finding, most severe first, with each outlet's words."""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..models import SEVERITIES, SEVERITY_RANK, Claim, Finding, Report
from .safe import for_message, for_terminal

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
VERDICT_STYLE = {"conflict": "bold red", "qualified": "cyan", "variant": "magenta", "agree": "green", "single": "dim"}
DEFAULT_LIMIT = 60  # rows; rich spends about 0.3 ms a row, and JSON has everything
EXCERPT_CHARS = 70
VALUE_CHARS = 140  # a long quote is cut in the table; JSON has it whole


def excerpt(claim: Claim, *, chars: int = EXCERPT_CHARS) -> tuple[str, str, str]:
    """The sentence around a claim's value, cut to about `chars` characters: (before, value, after)."""
    sentence = claim.text
    at = sentence.find(claim.value)
    if len(claim.value) > VALUE_CHARS:
        return "", claim.value[: VALUE_CHARS - 1].rstrip() + "…", ""
    if at < 0:
        return "", claim.value, ""
    room = max(10, (chars - len(claim.value)) // 2)
    before = sentence[max(0, at - room) : at]
    after = sentence[at + len(claim.value) : at + len(claim.value) + room]
    if at - room > 0:
        before = "…" + before.lstrip()
    if at + len(claim.value) + room < len(sentence):
        after = after.rstrip() + "…"
    return before, claim.value, after


def report_table(
    report: Report,
    findings: Sequence[Finding],
    *,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
    below: tuple[int, str] = (0, "info"),
) -> str:
    """The findings as a table; `below` is how many were left out under a minimum severity, and it."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 120,
        color_system=None if width else "auto",
        force_terminal=False if width else None,
        highlight=False,
        markup=False,  # article text is never markup: "[sic]" stays, "[/]" is no error
        emoji=False,  # nor emoji codes: ":fire:" stays as written
    )
    shown = findings[: limit or DEFAULT_LIMIT]
    if shown:
        table = Table(show_lines=True, expand=True)
        # id, severity and verdict are single words, never broken: each column is as wide as its longest
        table.add_column("id", no_wrap=True, min_width=len(max((f.id for f in shown), key=len)))
        table.add_column("severity", no_wrap=True, min_width=len("severity"))
        table.add_column("verdict", no_wrap=True, min_width=len("qualified"))
        table.add_column("topic", ratio=1, overflow="fold")
        table.add_column("what each outlet says", ratio=4, overflow="fold")
        for finding in shown:
            claims = Text()
            for n, claim in enumerate(finding.claims[:6]):
                before, value, after = (for_terminal(part, newlines=False) for part in excerpt(claim))
                if n:
                    claims.append("\n")
                claims.append(f"{for_terminal(claim.outlet, newlines=False)}: ", style="bold")
                claims.append(before)
                claims.append(value, style="reverse")
                claims.append(after)
            if len(finding.claims) > 6:
                claims.append(f"\n… and {len(finding.claims) - 6} more")
            claims.append("\n" + for_terminal(finding.summary), style="italic")
            table.add_row(
                Text(for_terminal(finding.id)),
                Text(finding.severity, SEVERITY_STYLE[finding.severity]),
                Text(finding.verdict, VERDICT_STYLE[finding.verdict]),
                Text(for_terminal(finding.topic)),
                claims,
            )
        console.print(table)
    if len(findings) > len(shown):
        console.print(Text(f"… {len(findings) - len(shown)} more findings not shown; use --limit or --format json"))
    hidden, least = below
    if hidden:
        lower = ", ".join(s for s in SEVERITIES if SEVERITY_RANK[s] > SEVERITY_RANK[least])
        console.print(Text(f"… {hidden} finding{'s' if hidden > 1 else ''} of lower severity ({lower}) not shown; "
                           f"--min-severity {SEVERITIES[SEVERITY_RANK[least] + 1]} shows them"))
    if explain:
        _explain(console, report, shown)
    console.print(Text(summary_line(report, len(findings))))
    return buffer.getvalue()


def summary_line(report: Report, listed: int) -> str:
    skipped = [d for d in report.documents if d.status == "skipped"]
    counts = report.counts_by_verdict()
    by_verdict = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    return (
        f"{len(report.documents) - len(skipped)} documents read, {len(skipped)} skipped; "
        f"{len(report.facts)} facts; findings: {by_verdict or 'none'}; {listed} listed"
    )


def _explain(console: object, report: Report, findings: Sequence[Finding]) -> None:
    """Values, offsets and what was set aside; ids and reasons (which hold file names) are shown escaped."""
    from rich.console import Console
    from rich.text import Text

    assert isinstance(console, Console)

    def line(text: str) -> None:
        console.print(Text(for_terminal(text)))

    for finding in findings:
        console.print(Text.assemble((for_terminal(finding.id), "bold"), " ", for_terminal(finding.summary)))
        if finding.frame is not None:
            frame = ", ".join(f"{k} {v}" for k, v in finding.frame.to_json().items() if v not in (None, "", "whole"))
            line(f"   frame: {frame}")
        if finding.why:
            line(f"   aligned on: {'; '.join(finding.why)}")
        for claim in finding.claims:
            line(f"   {for_message(claim.doc)} [{claim.start}:{claim.end}] {claim.value!r} -> {claim.normalized}")
    if report.dropped:
        line("Set aside by cleaning:")
        for drop in report.dropped:
            line(f"   {for_message(drop.doc)} [{drop.start}:{drop.end}] {drop.reason}: {drop.preview}")
    for doc in report.documents:
        if doc.status == "skipped":
            line(f"   skipped {for_message(doc.id)}: {for_message(doc.reason)}")
