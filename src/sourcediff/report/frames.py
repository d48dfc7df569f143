"""Findings and facts as pandas DataFrames (pandas is imported only here, when a frame is asked for)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Document, Fact, Finding

if TYPE_CHECKING:
    import pandas as pd

FINDING_COLUMNS = ("finding", "kind", "verdict", "severity", "topic", "outlet", "doc", "value", "start", "end",
                   "sentence")
FACT_COLUMNS = ("doc", "outlet", "kind", "value", "start", "end", "year", "sentence")


def findings_frame(findings: Sequence[Finding]) -> pd.DataFrame:
    """One row per claim of each finding, in report order."""
    import pandas as pd

    rows = [
        (f.id, f.kind, f.verdict, f.severity, f.topic, c.outlet, c.doc, c.value, c.start, c.end, c.text)
        for f in findings
        for c in f.claims
    ]
    return pd.DataFrame.from_records(rows, columns=list(FINDING_COLUMNS))


def facts_frame(documents: Sequence[Document], facts: Sequence[Fact]) -> pd.DataFrame:
    """One row per fact, in the order `sourcediff facts` lists them."""
    import pandas as pd

    outlets = {doc.id: doc.outlet or doc.id for doc in documents}
    rows = [
        (f.doc, outlets.get(f.doc, f.doc), f.kind, f.value, f.start, f.end, f.year, f.sentence) for f in facts
    ]
    return pd.DataFrame.from_records(rows, columns=list(FACT_COLUMNS))
