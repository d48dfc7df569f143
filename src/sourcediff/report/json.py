"""The JSON report: the contract other tools and the scorer read (see README); always valid UTF-8."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from ..models import Claim, Finding, Report
from .frames import finding_story
from .safe import json_text


def report_dict(report: Report, findings: Sequence[Finding], *, include_text: bool = False) -> dict[str, Any]:
    """The report as JSON records; `include_text` adds each document's text as read (offsets point into it)."""
    return {
        "documents": _documents(report, include_text=include_text),
        "findings": [_finding(report, finding) for finding in findings],
        "summary": _summary(report, findings),
        "dropped": [drop.to_json() for drop in report.dropped],
    }


def _documents(report: Report, *, include_text: bool) -> list[dict[str, Any]]:
    drafts = frozenset(report.reference)
    return [{**doc.to_json(), "story": report.stories.get(doc.id), **({"draft": True} if doc.id in drafts else {}),
             **({"text": doc.text} if include_text else {})}
            for doc in report.documents]


def _finding(report: Report, finding: Finding) -> dict[str, Any]:
    """A finding with the story its claims belong to (claims are only ever of one story)."""
    return {**finding.to_json(), "story": finding_story(report, finding)}


def _summary(report: Report, findings: Sequence[Finding]) -> dict[str, Any]:
    return {
        "documents": len(report.documents),
        "skipped": sum(doc.status == "skipped" for doc in report.documents),
        "facts": len(report.facts),
        "stories": len(set(report.stories.values())),
        "findings": report.counts_by_verdict(),
        "listed": len(findings),
    }


INDENT_UP_TO_CLAIMS = 1000  # larger reports are written compactly: json's C encoder is several times faster


def report_json(report: Report, findings: Sequence[Finding], *, include_text: bool = False) -> str:
    return "".join(report_json_pieces(report, findings, include_text=include_text))


def report_json_pieces(report: Report, findings: Sequence[Finding], *, include_text: bool = False) -> Iterator[str]:
    """The JSON report in pieces that join into `report_json`'s text: a large report is encoded one
    finding at a time, so that neither its records nor its text are ever whole in memory."""
    if sum(len(f.claims) for f in findings) <= INDENT_UP_TO_CLAIMS:
        yield dumps(report_dict(report, findings, include_text=include_text), indent=2)
        return
    documents = _documents(report, include_text=include_text)
    yield json_text('{"documents": ' + json.dumps(documents, ensure_ascii=False) + ', "findings": [')
    encoded: dict[int, str] = {}  # id of a claim -> its JSON: findings share claims (many outlets, one figure)
    for number, finding in enumerate(findings):
        yield (", " if number else "") + _finding_text(report, finding, encoded)
    yield json_text('], "summary": ' + json.dumps(_summary(report, findings), ensure_ascii=False) + ', "dropped": '
                    + json.dumps([drop.to_json() for drop in report.dropped], ensure_ascii=False) + "}") + "\n"


def _finding_text(report: Report, finding: Finding, encoded: dict[int, str]) -> str:
    """`json_text(json.dumps(_finding(report, finding), ensure_ascii=False))`, byte for byte, with each
    claim encoded once however many findings list it (`encoded` remembers them; the claims live as
    long). `json_text` escapes character by character, so it may run on the parts."""
    parts = []
    record = {**replace(finding, claims=()).to_json(), "story": finding_story(report, finding)}  # as `_finding`
    for key, value in record.items():
        if key == "claims":
            claims = [encoded.get(id(claim)) or encoded.setdefault(id(claim), _claim_text(claim))
                      for claim in finding.claims]
            parts.append('"claims": [' + ", ".join(claims) + "]")
        else:
            parts.append(json_text(json.dumps(key, ensure_ascii=False) + ": " + json.dumps(value, ensure_ascii=False)))
    return "{" + ", ".join(parts) + "}"


def _claim_text(claim: Claim) -> str:
    return json_text(json.dumps(claim.to_json(), ensure_ascii=False))


def dumps(record: object, *, indent: int | None) -> str:
    """`record` as JSON text ending in a newline, safe to write as UTF-8 and to `cat` (see `safe.json_text`).

    UTF-8 as written (`ensure_ascii=False`), except that DEL, C1 controls, bidi overrides, line
    separators and lone surrogates are escaped as `\\uXXXX`: a file name that is not UTF-8 keeps
    its bytes as surrogate escapes ("\\udcff" for 0xFF), which `json.loads` and `os.fsencode` turn
    back into the name.
    """
    return json_text(json.dumps(record, ensure_ascii=False, indent=indent)) + "\n"


def report_jsonl_pieces(report: Report, findings: Sequence[Finding]) -> Iterator[str]:
    """`--format jsonl`: one line per finding, the same object as in the JSON report's `findings`
    (with its `story`); nothing else, so no findings is an empty output."""
    encoded: dict[int, str] = {}
    for finding in findings:
        yield _finding_text(report, finding, encoded) + "\n"
