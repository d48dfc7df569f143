"""The HTML report (`--format html`): one self-contained page a fact-checker can open and share.

The page holds the stories, the documents, the counts by verdict, every listed finding with each
outlet's sentence side by side (the value in `<mark>`, with its offsets), and a matrix of what
each outlet gives for each finding. It fetches nothing: styles and the filter script are inline,
and a Content-Security-Policy allows only them (by their sha256 hashes), so article text that
holds markup can neither load nor run anything. Article text only ever reaches the page through
jinja2's autoescaping, in element text and quoted attributes; the only article-derived `href` is a
document URL whose scheme is exactly http or https. The output is deterministic: no timestamps,
no random ids.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..models import FACT_KINDS, LISTED_VERDICTS, SEVERITIES, VERDICTS, Claim, Document, Finding, Report
from .reasons import alignment_reasons
from .safe import for_html
from .titles import story_title

if TYPE_CHECKING:
    import jinja2

CELL_CHARS = 90  # a long value (a quote) is cut in the matrix; its card above has it whole
CSP = ("default-src 'none'; style-src '{style}'; script-src '{script}'; img-src 'none'; font-src 'none'; "
       "connect-src 'none'; base-uri 'none'; form-action 'none'")


def report_html(report: Report, findings: Sequence[Finding]) -> str:
    """The report as one HTML page (see the module's docstring); `findings` are those to list, in order."""
    from markupsafe import Markup

    style, script = _resource("report.css"), _resource("report.js")
    assert "</" not in style + script, "an inline style or script must not close its element"
    csp = CSP.format(style=_sha256(style), script=_sha256(script))
    page = _template().render(style=Markup(style), script=Markup(script), csp=csp, **page_data(report, findings))
    return page if page.endswith("\n") else page + "\n"


@cache
def _resource(name: str) -> str:
    return resources.files("sourcediff.report").joinpath("templates", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _template() -> jinja2.Template:
    import jinja2
    from markupsafe import Markup

    def finalize(value: object) -> object:
        """Every `{{ ... }}` text: odd characters shown escaped (autoescaping follows)."""
        return for_html(value) if isinstance(value, str) and not isinstance(value, Markup) else value

    environment = jinja2.Environment(
        autoescape=True,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return environment.from_string(_resource("report.html.j2"))


def page_data(report: Report, findings: Sequence[Finding]) -> dict[str, Any]:
    """What the template shows, as plain records (every string still raw: the template escapes it)."""
    documents = {doc.id: doc for doc in report.documents}
    stories = _stories(report)
    listed = [_finding(number, finding, report, documents) for number, finding in enumerate(findings, start=1)]
    counts = report.counts_by_verdict()
    read = [doc for doc in report.documents if doc.status == "ok"]
    return {
        "page_title": "sourcediff: " + (stories[0]["title"] if len(stories) == 1 else f"{len(stories)} stories"),
        "stories": stories,
        "documents": [_document(doc, report) for doc in report.documents],
        "read": len(read),
        "skipped": len(report.documents) - len(read),
        "facts": len(report.facts),
        "counts": [(verdict, counts.get(verdict, 0)) for verdict in VERDICTS],
        "total": sum(counts.values()),
        "findings": listed,
        "filters": _filters(findings, report),
        "matrices": _matrices(report, findings, listed),
        "severities": SEVERITIES,
    }


def _story(report: Report, finding: Finding) -> int | None:
    return report.stories.get(finding.claims[0].doc) if finding.claims else None


def _stories(report: Report) -> list[dict[str, Any]]:
    """Each story's number, its title (see `titles.story_title`) and its size."""
    members: dict[int, list[Document]] = {}
    for doc in report.documents:
        story = report.stories.get(doc.id)
        if story is not None:
            members.setdefault(story, []).append(doc)
    stories = []
    for number in sorted(members):
        title = story_title(members[number])
        stories.append({"number": number, "title": title or "(untitled)", "documents": len(members[number])})
    return stories


def _document(doc: Document, report: Report) -> dict[str, Any]:
    outlet = f"{doc.outlet} (draft)" if doc.id in report.reference else doc.outlet  # --reference
    return {"id": doc.id, "outlet": outlet, "title": doc.title, "url": doc.url, "link": web_link(doc.url),
            "published": doc.published or "", "status": doc.status, "reason": doc.reason, "source": doc.source,
            "story": report.stories.get(doc.id)}


def web_link(url: str) -> str | None:
    """`url` when it is a web address (scheme exactly http or https, a host, no blanks or controls), else None:
    nothing else, and never a `javascript:` URL, becomes a link."""
    scheme, colon, rest = url.partition(":")
    if scheme not in ("http", "https") or not colon or not rest.startswith("//"):
        return None
    host = rest[2:].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if not host or any(ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in url):  # an undecodable byte: not a usable address
        return None
    return url


def _finding(number: int, finding: Finding, report: Report, documents: dict[str, Document]) -> dict[str, Any]:
    disputed = _disputed(finding)
    return {
        "anchor": f"finding-{number}",  # our own number: a library-built finding's id may be any text
        "id": finding.id,
        "kind": finding.kind,
        "verdict": finding.verdict,
        "severity": finding.severity,
        "topic": finding.topic,
        "summary": finding.summary,
        "story": _story(report, finding),
        "explanation": list(finding.explanation),
        "why": alignment_reasons(finding),
        "claims": [_claim(claim, documents.get(claim.doc), claim.doc in disputed) for claim in finding.claims],
    }


def _claim(claim: Claim, doc: Document | None, disputed: bool) -> dict[str, Any]:
    before, after, found = _around(claim, doc)
    return {"outlet": claim.outlet, "doc": claim.doc, "start": claim.start, "end": claim.end, "value": claim.value,
            "sentence": claim.text, "before": before, "after": after, "found": found, "disputed": disputed}


def _around(claim: Claim, doc: Document | None) -> tuple[str, str, bool]:
    """The sentence before and after the claim's value, at the value's own offsets when the sentence can be
    found around them in the document (a sentence may hold the same figure twice), else at its first
    occurrence; found is False when the sentence does not hold the value as written."""
    sentence, value = claim.text, claim.value
    at = -1
    if doc is not None and value and doc.text[claim.start : claim.end] == value:
        begins = doc.text.find(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
        if begins >= 0:
            at = claim.start - begins
    if at < 0:
        at = sentence.find(value) if value else -1
    if at < 0:
        return sentence, "", False
    return sentence[:at], sentence[at + len(value) :], True


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _disputed(finding: Finding) -> set[str]:
    """The documents whose value is in dispute: in a disagreement, those giving a value other than the one most
    documents give; every document when no value has a majority (as in a conflict of two)."""
    if finding.verdict not in LISTED_VERDICTS:
        return set()
    given: dict[str, set[str]] = {}
    for claim in finding.claims:
        given.setdefault(claim.doc, set()).add(_key(claim.value))
    documents_per_value = Counter(key for keys in given.values() for key in sorted(keys)).most_common(2)
    if len(documents_per_value) < 2 or documents_per_value[0][1] == documents_per_value[1][1]:
        return set(given)
    majority = documents_per_value[0][0]
    return {doc for doc, keys in given.items() if keys != {majority}}


def _filters(findings: Sequence[Finding], report: Report) -> dict[str, list[str]]:
    """The kinds, verdicts and outlets the listed findings have, in the report's orders."""
    order = {doc.id: number for number, doc in enumerate(report.documents)}
    claims = sorted((order.get(c.doc, len(order)), c.outlet) for f in findings for c in f.claims)
    return {
        "kind": [kind for kind in FACT_KINDS if any(f.kind == kind for f in findings)],
        "verdict": [verdict for verdict in VERDICTS if any(f.verdict == verdict for f in findings)],
        "outlet": list(dict.fromkeys(outlet for _, outlet in claims)),
    }


def _cut(value: str) -> str:
    return value if len(value) <= CELL_CHARS else value[: CELL_CHARS - 1].rstrip() + "…"


def _matrices(report: Report, findings: Sequence[Finding], listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per story: a row per listed finding, a column per document read, each cell the values that document
    gives (disputed ones marked)."""
    groups: dict[int | None, list[tuple[Finding, dict[str, Any]]]] = {}
    for finding, shown in zip(findings, listed, strict=True):
        groups.setdefault(shown["story"], []).append((finding, shown))
    matrices = []
    for story in sorted(groups, key=lambda s: (s is None, s or 0)):
        rows = groups[story]
        cited = {claim.doc for finding, _ in rows for claim in finding.claims}
        columns = [doc for doc in report.documents
                   if doc.id in cited or (doc.status == "ok" and report.stories.get(doc.id) == story)]
        matrix_rows = []
        for finding, shown in rows:
            disputed = _disputed(finding)
            cells = []
            for doc in columns:
                values = [_cut(v) for v in dict.fromkeys(c.value for c in finding.claims if c.doc == doc.id)]
                cells.append({"given": values, "disputed": doc.id in disputed and bool(values)})
            matrix_rows.append({"finding": shown, "cells": cells})
        matrices.append({"story": story, "columns": [{"id": d.id, "outlet": d.outlet} for d in columns],
                         "rows": matrix_rows})
    return matrices
