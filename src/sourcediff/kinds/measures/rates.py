"""Exchange rates a story prints itself ("£10m ($13.5m)"), to compare sums given in two currencies."""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Fact, Quantity


def document_rates(facts: Sequence[Fact]) -> dict[str, float]:
    """Exchange rates printed by the documents themselves: '£10m ($13.5m)' gives GBP in USD."""
    rates: dict[str, list[float]] = {}
    by_sentence: dict[tuple[str, str], list[Quantity]] = {}
    for fact in facts:
        if isinstance(fact.detail, Quantity) and fact.detail.unit and fact.detail.unit.isupper():
            by_sentence.setdefault((fact.doc, fact.sentence), []).append(fact.detail)
    for amounts in by_sentence.values():
        dollars = [a for a in amounts if a.unit == "USD" and a.value]
        others = [a for a in amounts if a.unit not in (None, "USD") and a.value]
        if len(dollars) == 1 and len(others) == 1:
            rates.setdefault(others[0].unit or "", []).append(dollars[0].value / others[0].value)
    return {unit: sorted(values)[len(values) // 2] for unit, values in rates.items()}
