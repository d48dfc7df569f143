"""The terminal table: one row per finding, most severe first, with each outlet's words."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import SEVERITIES, SEVERITY_RANK, Claim, Finding, Report
from .reasons import alignment_reasons
from .safe import for_message, for_terminal
from .titles import story_title

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
VERDICT_STYLE = {"conflict": "bold red", "qualified": "cyan", "variant": "magenta", "agree": "green", "single": "dim"}
DEFAULT_LIMIT = 60  # rows; rich spends about 0.3 ms a row, and JSON has everything
EXCERPT_CHARS = 70
VALUE_CHARS = 140  # a long quote is cut in the table; JSON has it whole
SHOWN_CLAIMS = 6  # claims of one finding in the table; JSON has them all
VALUE_STYLE = "bold reverse"  # the disputed value in its sentence
LONG_VALUE = 40  # characters: a longer value (a quote) is shown bold, not as a block of reversed text


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


DEFAULT_WIDTH = 120  # columns of a table written to a file or a pipe; a terminal's own width otherwise
WIDE_FROM = 110  # columns from which id, severity, verdict and topic have columns of their own
TITLE_CHARS = 80


def report_table(
    report: Report,
    findings: Sequence[Finding],
    *,
    explain: bool = False,
    limit: int | None = None,
    width: int | None = None,
    below: tuple[int, str] = (0, "info"),
    color: bool = False,
) -> str:
    """The findings as tables, one per story; `below` is how many were left out under a minimum
    severity, and it. `color` writes the styles as terminal escape codes (rich honours NO_COLOR)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or DEFAULT_WIDTH,
        color_system="auto" if color else None,
        force_terminal=color,
        highlight=False,
        markup=False,  # article text is never markup: "[sic]" stays, "[/]" is no error
        emoji=False,  # nor emoji codes: ":fire:" stays as written
    )
    print_report(console, report, findings, explain=explain, limit=limit, below=below)
    return buffer.getvalue()


def print_report(
    console: Console,
    report: Report,
    findings: Sequence[Finding],
    *,
    explain: bool = False,
    limit: int | None = None,
    below: tuple[int, str] = (0, "info"),
) -> None:
    """Print the report to `console` at its width: each story's heading, then its findings' table."""
    from rich.text import Text

    shown = findings[: limit or DEFAULT_LIMIT]
    for story, members in _by_story(report, shown):
        console.print(_story_heading(report, story))
        console.print(_table(members, wide=console.width >= WIDE_FROM, explain=explain,
                             drafts=frozenset(report.reference)))
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


def _by_story(report: Report, findings: Sequence[Finding]) -> list[tuple[int | None, list[Finding]]]:
    """The findings grouped by story, stories in the order of their first (most severe) finding."""
    groups: dict[int | None, list[Finding]] = {}
    for finding in findings:
        story = report.stories.get(finding.claims[0].doc) if finding.claims else None
        groups.setdefault(story, []).append(finding)
    return list(groups.items())


def _story_heading(report: Report, story: int | None) -> Text:
    """"Story 2 · "Its title"", and below it "4 documents: outlet, outlet, ..."."""
    from rich.text import Text

    documents = [d for d in report.documents if d.status == "ok" and report.stories.get(d.id) == story]
    title = story_title(documents, chars=TITLE_CHARS)
    outlets = ", ".join(dict.fromkeys(_label(d.outlet or d.id, d.id in report.reference) for d in documents))
    heading = Text(f"Story {story}" if story is not None else "Findings", style="bold underline")
    if title:
        heading.append(f" · “{for_terminal(title, newlines=False)}”", style="bold")
    heading.append(f"\n{len(documents)} document{'s' if len(documents) != 1 else ''}: "
                   f"{for_terminal(outlets, newlines=False)}")
    return heading


def _label(outlet: str, draft: bool) -> str:
    """An outlet's name, and for the draft checked against its sources (--reference), that it is."""
    return f"{outlet} (draft)" if draft else outlet


def _table(findings: Sequence[Finding], *, wide: bool, explain: bool, drafts: frozenset[str] = frozenset()) -> Table:
    """Wide: id, severity, verdict and topic in columns of their own; narrow: stacked in the first."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True)
    longest_id = len(max((f.id for f in findings), key=len, default="id"))
    if wide:  # id, severity and verdict are single words, never broken: each column is as wide as its longest
        table.add_column("id", no_wrap=True, min_width=longest_id)
        table.add_column("severity", no_wrap=True, min_width=len("severity"))
        table.add_column("verdict", no_wrap=True, min_width=len("qualified"))
        table.add_column("topic", ratio=1, overflow="fold")
    else:
        table.add_column("finding", no_wrap=True, min_width=max(longest_id, len("qualified")))
    table.add_column("what each outlet says", ratio=4, overflow="fold")
    for finding in findings:
        claims = _claims_cell(finding, explain=explain, drafts=drafts)
        severity = Text(finding.severity, SEVERITY_STYLE[finding.severity])
        verdict = Text(finding.verdict, VERDICT_STYLE[finding.verdict])
        if wide:
            table.add_row(Text(for_terminal(finding.id)), severity, verdict, Text(for_terminal(finding.topic)), claims)
        else:
            label = Text.assemble((for_terminal(finding.id), "bold"), "\n", severity, "\n", verdict)
            table.add_row(label, Text.assemble((for_terminal(finding.topic) + "\n", "bold"), claims))
    return table


def _claims_cell(finding: Finding, *, explain: bool, drafts: frozenset[str]) -> Text:
    from rich.text import Text

    claims = Text()
    for n, claim in enumerate(finding.claims[:SHOWN_CLAIMS]):
        before, value, after = (for_terminal(part, newlines=False) for part in excerpt(claim))
        if n:
            claims.append("\n")
        claims.append(f"{for_terminal(_label(claim.outlet, claim.doc in drafts), newlines=False)}: ", style="bold")
        claims.append(before)
        claims.append(value, style=VALUE_STYLE if len(value) <= LONG_VALUE else "bold")  # a whole quote: bold
        claims.append(after)
    if len(finding.claims) > SHOWN_CLAIMS:
        claims.append(f"\n… and {len(finding.claims) - SHOWN_CLAIMS} more")
    claims.append("\n" + for_terminal(finding.summary), style="italic")
    if explain:
        claims.append("\naligned on: " + for_terminal("; ".join(alignment_reasons(finding))), style="dim")
    return claims


def summary_line(report: Report, listed: int) -> str:
    skipped = [d for d in report.documents if d.status == "skipped"]
    counts = report.counts_by_verdict()
    by_verdict = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    return (
        f"{len(report.documents) - len(skipped)} documents read, {len(skipped)} skipped; "
        f"{len(report.facts)} facts; findings: {by_verdict or 'none'}; {listed} listed"
    )


def _explain(console: Console, report: Report, findings: Sequence[Finding]) -> None:
    """Values, offsets and what was set aside; ids and reasons (which hold file names) are shown escaped."""
    from rich.text import Text

    def line(text: str) -> None:
        console.print(Text(for_terminal(text)))

    for finding in findings:
        console.print(Text.assemble((for_terminal(finding.id), "bold"), " ", for_terminal(finding.summary)))
        if finding.frame is not None:
            frame = ", ".join(f"{k} {v}" for k, v in finding.frame.to_json().items() if v not in (None, "", "whole"))
            line(f"   frame: {frame}")
        for claim in finding.claims:
            place = f"{for_message(claim.doc)} [{claim.start}:{claim.end}]"
            line(f"   {place} {claim.value!r} -> {_compact(claim.normalized)}")
    if report.dropped:
        line("Set aside by cleaning:")
        for drop in report.dropped:
            line(f"   {for_message(drop.doc)} [{drop.start}:{drop.end}] {drop.reason}: {drop.preview}")
    for doc in report.documents:
        if doc.status == "skipped":
            line(f"   skipped {for_message(doc.id)}: {for_message(doc.reason)}")


def _compact(normalized: object) -> str:
    """A normalised value's set fields, `key=value` (the JSON report has every field)."""
    if not isinstance(normalized, dict):
        return str(normalized)
    return ", ".join(f"{key}={value}" for key, value in normalized.items() if value not in (None, False, "", [], ()))
