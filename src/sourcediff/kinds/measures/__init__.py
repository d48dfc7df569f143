"""Numbers, durations and dates: extracted as intervals, aligned by what they measure, judged by overlap.

`extract.py` reads them together (dates first, then the figures outside them, each with its
sentence's year); `align.py` groups the same fact across outlets; `judge.py` gives each group
its verdict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...models import Fact, FactKindName, Finding
from ..base import Segmented, StoryContext
from .dates import extract_dates, year_spans
from .extract import extract_measures
from .judge import judge_measures
from .numbers import extract_numbers
from .rates import document_rates
from .settings import MeasuresSettings

__all__ = [
    "Measures",
    "MeasuresSettings",
    "document_rates",
    "extract_dates",
    "extract_measures",
    "extract_numbers",
    "year_spans",
]


class Measures:
    """Numbers, durations and dates: one kind, as they are read together."""

    name = "measures"
    kinds: tuple[FactKindName, ...] = ("number", "duration", "date", "time")
    needs: tuple[FactKindName, ...] = ("name",)  # owners of figures are read from the names

    def extract(self, doc: Segmented, earlier: Mapping[str, Sequence[Fact]]) -> list[Fact]:
        return extract_measures(doc, earlier.get("name", ()))

    def judge(self, facts: Sequence[Fact], story: StoryContext) -> list[Finding]:
        return judge_measures(facts, story)
