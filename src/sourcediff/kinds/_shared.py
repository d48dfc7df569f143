"""Helpers every kind of fact uses to judge: claims, outlet lists, disjoint sets, final numbering."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from operator import attrgetter

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


class RememberedOutlets:
    """`outlet_of` that also remembers the claim made of each fact, for one judging run.

    When many outlets agree on a figure and a few give others, each of those others makes a finding
    that lists the agreeing outlets' claims again; with this as `claims_of`'s `outlet_of`, each
    fact's claim is built once and shared (claims are frozen, so sharing one changes nothing).
    The facts are kept alive with their claims, so an id is never taken by another fact.
    """

    __slots__ = ("_claims", "_facts", "_names", "_outlet_of")

    def __init__(self, outlet_of: Outlets) -> None:
        self._outlet_of = outlet_of
        self._claims: dict[int, Claim] = {}  # id of a fact -> its claim
        self._facts: list[Fact] = []  # the facts of those ids, kept alive
        self._names: dict[str, str] = {}

    def __call__(self, doc_id: str) -> str:
        return self._names.get(doc_id) or self._names.setdefault(doc_id, self._outlet_of(doc_id))

    def names(self, doc_ids: Iterable[str]) -> list[str]:
        """The outlet of each document, as `map(self, doc_ids)` gives them, in fewer calls."""
        doc_ids, names = list(doc_ids), self._names
        if names.keys() >= set(doc_ids):  # every outlet already named: one map, no call per document
            return list(map(names.__getitem__, doc_ids))
        return [self(doc_id) for doc_id in doc_ids]

    def claims(self, facts: Sequence[Fact]) -> tuple[Claim, ...]:
        remembered = self._claims
        ids = list(map(id, facts))
        missing = list(set(ids).difference(remembered))  # facts never claimed yet
        if missing:
            by_id = dict(zip(ids, facts, strict=True))
            new = list(map(by_id.__getitem__, missing))
            remembered.update(zip(missing, _claims_of(new, self._outlet_of), strict=True))
            self._facts += new
        return tuple(map(remembered.__getitem__, ids))


def claims_of(facts: Iterable[Fact], outlet_of: Outlets) -> tuple[Claim, ...]:
    """`claim_of` for each fact. Facts holding one detail record (outlets reprinting one sentence)
    share one normalised form: a finding of a thousand outlets builds a few, not a thousand."""
    if isinstance(outlet_of, RememberedOutlets):
        return outlet_of.claims(facts if isinstance(facts, Sequence) else list(facts))
    return _claims_of(facts, outlet_of)


def _claims_of(facts: Iterable[Fact], outlet_of: Outlets) -> tuple[Claim, ...]:
    facts = facts if isinstance(facts, list) else list(facts)
    docs = list(map(_DOC, facts))
    outlets = {doc: outlet_of(doc) for doc in dict.fromkeys(docs)}  # each document's outlet asked once, in order
    details = list(map(_DETAIL, facts))
    keys = list(map(id, details))
    forms = {key: detail.to_json() for key, detail in dict(zip(keys, details, strict=True)).items()}
    return tuple(map(Claim, docs, map(outlets.__getitem__, docs), map(_VALUE, facts), map(forms.__getitem__, keys),
                     map(_SENTENCE, facts), map(_START, facts), map(_END, facts)))  # no Python step per fact


_DOC, _DETAIL, _VALUE, _SENTENCE, _START, _END = map(attrgetter, ("doc", "detail", "value", "sentence", "start", "end"))


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
