"""The JSON report: the contract other tools and the scorer read (see README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..models import Finding, Report


def report_dict(report: Report, findings: Sequence[Finding]) -> dict[str, Any]:
    return {
        "documents": [{**doc.to_json(), "story": report.stories.get(doc.id)} for doc in report.documents],
        "findings": [finding.to_json() for finding in findings],
        "summary": {
            "documents": len(report.documents),
            "skipped": sum(doc.status == "skipped" for doc in report.documents),
            "facts": len(report.facts),
            "stories": len(set(report.stories.values())),
            "findings": report.counts_by_verdict(),
            "listed": len(findings),
        },
        "dropped": [drop.to_json() for drop in report.dropped],
    }


INDENT_UP_TO_CLAIMS = 1000  # larger reports are written compactly: json's C encoder is several times faster


def report_json(report: Report, findings: Sequence[Finding]) -> str:
    small = sum(len(f.claims) for f in findings) <= INDENT_UP_TO_CLAIMS
    return json.dumps(report_dict(report, findings), ensure_ascii=False, indent=2 if small else None) + "\n"
