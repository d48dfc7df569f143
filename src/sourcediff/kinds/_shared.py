"""Helpers every kind of fact uses to judge: claims, outlet lists, disjoint sets, final numbering."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..models import SEVERITY_RANK, VERDICT_RANK, Claim, Fact, Finding

Outlets = Callable[[str], str]  # document id -> the outlet a claim names

OUTLETS_SHOWN = 4  # a summary names this many outlets, then says how many more


def claim_of(fact: Fact, outlet_of: Outlets, *, value: str | None = None, start: int | None = None) -> Claim:
    """One outlet's side of a finding: the fact's own words and offsets, unless a narrower span is given."""
    return Claim(
        fact.doc,
        outlet_of(fact.doc),
        fact.value if value is None else value,
        fact.normalized(),
        fact.sentence,
        fact.start if start is None else start,
        fact.end,
    )


def claims_of(facts: Iterable[Fact], outlet_of: Outlets) -> tuple[Claim, ...]:
    """`claim_of` for each fact. Facts holding one detail record (outlets reprinting one sentence)
    share one normalised form: a finding of a thousand outlets builds a few, not a thousand."""
    normalized: dict[int, dict[str, Any]] = {}
    outlets: dict[str, str] = {}
    return tuple(
        Claim(fact.doc, outlets.get(fact.doc) or outlets.setdefault(fact.doc, outlet_of(fact.doc)), fact.value,
              normalized.get(id(fact.detail)) or normalized.setdefault(id(fact.detail), fact.normalized()),
              fact.sentence, fact.start, fact.end)
        for fact in facts
    )


def outlet_list(outlets: Iterable[str], *, shown: int = OUTLETS_SHOWN) -> str:
    """'A, B, C' or, for a syndicated story, 'A, B, C, D and 196 more' (each outlet once, in order)."""
    names = list(dict.fromkeys(outlets))
    if len(names) <= shown + 1:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def rank_and_number(findings: Sequence[Finding]) -> list[Finding]:
    """Most severe first, conflicts before explained differences; ids F001, F002, ... in that order."""
    ranked = sorted(findings, key=_rank)
    return [replace(finding, id=f"F{number:03d}") for number, finding in enumerate(ranked, start=1)]


def _rank(finding: Finding) -> tuple[int, int, str, int]:
    first = finding.claims[0]
    return (SEVERITY_RANK[finding.severity], VERDICT_RANK[finding.verdict], first.doc, first.start)


class DisjointSets:
    """Disjoint sets (union-find): items 0..n-1, each in its own set until `union` joins two sets."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        """The set's representative (path halving keeps later look-ups short)."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)
