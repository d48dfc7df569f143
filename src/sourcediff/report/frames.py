"""Findings and facts as rows: pandas DataFrames, and the rows the CSV report writes.

`claim_rows` is the one row builder for the findings: `Report.to_dataframe()` and `--format csv`
both take their rows from it, so the two always have the same columns and values. pandas is
imported only here, and only when a frame is asked for (a CSV run never imports it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Document, Fact, Finding, Report
from .safe import json_text

if TYPE_CHECKING:
    import pandas as pd

FINDING_COLUMNS = ("finding", "story", "kind", "verdict", "severity", "topic", "summary", "outlet", "doc", "value",
                   "normalized", "start", "end", "sentence")
FACT_COLUMNS = ("doc", "outlet", "kind", "value", "start", "end", "year", "sentence")


def compact_json(record: object) -> str:
    """`record` as one line of JSON text, UTF-8 as written but for the escapes of `safe.json_text`."""
    return json_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")))


def finding_story(report: Report, finding: Finding) -> int | None:
    """The story a finding's claims belong to (claims are only ever of one story)."""
    return report.stories.get(finding.claims[0].doc) if finding.claims else None


def claim_rows(report: Report, findings: Sequence[Finding]) -> Iterator[tuple[Any, ...]]:
    """One row of FINDING_COLUMNS per claim of each finding, in report order; `normalized` is compact JSON text."""
    for f in findings:
        story = finding_story(report, f)
        for c in f.claims:
            yield (f.id, story, f.kind, f.verdict, f.severity, f.topic, f.summary, c.outlet, c.doc, c.value,
                   compact_json(c.normalized), c.start, c.end, c.text)


def findings_frame(report: Report, findings: Sequence[Finding]) -> pd.DataFrame:
    """One row per claim of each finding, in report order (the rows of `claim_rows`)."""
    import pandas as pd

    return pd.DataFrame.from_records(list(claim_rows(report, findings)), columns=list(FINDING_COLUMNS))


def facts_frame(documents: Sequence[Document], facts: Sequence[Fact]) -> pd.DataFrame:
    """One row per fact, in the order `sourcediff facts` lists them."""
    import pandas as pd

    outlets = {doc.id: doc.outlet or doc.id for doc in documents}
    rows = [
        (f.doc, outlets.get(f.doc, f.doc), f.kind, f.value, f.start, f.end, f.year, f.sentence) for f in facts
    ]
    return pd.DataFrame.from_records(rows, columns=list(FACT_COLUMNS))
