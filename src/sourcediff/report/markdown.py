"""The Markdown report: for pasting into a ticket or a chat.

A heading, the one-line summary, then per finding a line `**id** severity verdict — topic`, its
summary and a bullet per claim: `outlet: "…the sentence with **the value** in bold…"`.

Article text is never read as Markdown or HTML: `\\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `~`, `#` and
`@` are backslash-escaped (CommonMark lets any ASCII punctuation be escaped), `<`, `>` and `&` are
written as `&lt;`, `&gt;` and `&amp;`, and a line-start marker (`-`, `+`, `=`, `1.`) is escaped
too; so "[click](javascript:x)" is shown, not linked, and "<script>" is text. Each piece of text
is one line (newlines and tabs become spaces), and controls, bidi overrides and undecodable
file-name bytes are shown escaped (`safe.for_cell`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..models import Finding, Report
from ..regexes import compile_regex
from .safe import for_cell
from .terminal import excerpt, summary_line

EXCERPT_CHARS = 160  # a ticket is wider than a table column
_ESCAPES = {**{ord(c): "\\" + c for c in "\\`*_[]|~#@"}, ord("<"): "&lt;", ord(">"): "&gt;", ord("&"): "&amp;"}
_SPACES = compile_regex(r"\s+")
_LINE_START = compile_regex(r"^(?:[-+=]|\d+(?=[.)]))")  # a list item, a setext underline, an ordered item


def md_text(text: str, *, strip: bool = True) -> str:
    """Article text as inline Markdown that shows exactly that text: one line, nothing live."""
    spaced = _SPACES.sub(" ", for_cell(text))
    return (spaced.strip() if strip else spaced).translate(_ESCAPES)


def md_line(text: str) -> str:
    """`md_text` for text that starts a line, where `-`, `+`, `=` or `1.` would start a block."""
    escaped = md_text(text)
    marker = _LINE_START.match(escaped)
    if not marker:
        return escaped
    if marker.group().isdigit():  # "1." -> "1\." : the number stays, the list does not start
        return escaped[: marker.end()] + "\\" + escaped[marker.end() :]
    return "\\" + escaped


def report_markdown_pieces(report: Report, findings: Sequence[Finding]) -> Iterator[str]:
    yield "# sourcediff report\n\n" + md_line(summary_line(report, len(findings))) + "\n"
    for doc in report.documents:
        if doc.status == "skipped":
            yield f"\n- skipped {md_text(doc.id)}: {md_text(doc.reason)}\n"
    if not findings:
        yield "\nNo findings listed.\n"
    for finding in findings:
        yield f"\n**{md_text(finding.id)}** {finding.severity} {finding.verdict} — {md_text(finding.topic)}\n"
        yield "\n" + md_line(finding.summary) + "\n\n"
        for claim in finding.claims:
            before, value, after = excerpt(claim, chars=EXCERPT_CHARS)
            quoted = f"{md_text(before, strip=False)}**{md_text(value)}**{md_text(after, strip=False)}".strip()
            draft = " (draft)" if claim.doc in report.reference else ""  # --reference
            yield f"- {md_line(claim.outlet)}{draft}: \"{quoted}\"\n"
