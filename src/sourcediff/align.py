"""Line up the same fact across outlets.

Facts are first grouped by measure (what kind of quantity, and the noun it counts), so the
cost grows with the facts, not with their square; only inside one block are pairs scored.
A pair scores by the words around the two facts (rare words weigh more), by whether the noun
they count is one each outlet uses for a single figure, and is ruled out when the two
sentences are about different years or different named places and people.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .models import Fact, Quantity
from .text import stem

_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*)")
_NOT_ENTITIES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Government",
        "Minister",
        "Secretary",
        "Prime",
        "President",
        "Home",
        "Office",
        "Parliament",
        "Police",
        "Court",
        "Report",
    ]
)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Facts judged to state the same thing, with the scores that tie them together."""

    facts: tuple[Fact, ...]
    scores: dict[tuple[int, int], float]  # (i, j) with i < j, indexes into facts

    def score(self, i: int, j: int) -> float:
        return self.scores.get((min(i, j), max(i, j)), 0.0)


def measure(fact: Fact) -> str:
    """What kind of quantity a fact is, so only like is compared with like."""
    if fact.kind == "duration":
        return "duration"
    detail = fact.detail
    if isinstance(detail, Quantity):
        unit = detail.unit
        if unit in ("percent", "fraction"):
            return "share"
        if unit is None:
            return "count"
        if unit.isupper():
            return "money"
        return unit
    return fact.kind


def counted(fact: Fact) -> str | None:
    detail = fact.detail
    counts = detail.counts if isinstance(detail, Quantity) else None
    return stem(counts) if counts else None


def entities(sentence: str) -> frozenset[str]:
    """Capitalised words inside the sentence: the people, places and bodies it is about."""
    words = (re.sub(r"[’']s$", "", w) for w in _CAPITALISED.findall(sentence))
    return frozenset(w for w in words if w not in _NOT_ENTITIES)


def reference_year(facts: Sequence[Fact], published_years: Sequence[int]) -> int | None:
    """The year the story happens in: publication, else the latest year its sentences name."""
    if published_years:
        return max(published_years)
    years = [f.year for f in facts if f.year is not None]
    return max(years) if years else None


def ambiguity(facts: Sequence[Fact], present: int | None = None) -> dict[tuple[str, str | None], float]:
    """Per (measure, counted noun): how many different figures one outlet gives for it.

    1.0 means every outlet that uses the noun gives one figure: the noun alone identifies
    the fact. More means the same noun counts several things and context must decide.
    """
    values: dict[tuple[str, str | None], dict[str, set[tuple[int | None, float]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for fact in facts:
        if isinstance(fact.detail, Quantity):
            year = fact.year if fact.year is not None else present  # other years are other facts
            values[(measure(fact), counted(fact))][fact.doc].add((year, fact.detail.value))
    result = {}
    for key, docs in values.items():
        per_doc = []
        for pairs in docs.values():
            by_year: Counter[int | None] = Counter(year for year, _ in pairs)
            per_doc.append(max(by_year.values()))
        result[key] = sum(per_doc) / len(per_doc)
    return result


def align(
    facts: Sequence[Fact],
    *,
    published_years: Sequence[int] = (),
    min_score: float = 0.5,
    max_block: int = 4000,
    neighbours: int = 12,
    entity_penalty: float = 0.6,
) -> list[Cluster]:
    """Group facts that state the same thing in different documents.

    Every fact ends in exactly one cluster; a fact no other outlet states is a cluster of one.
    """
    present = reference_year(facts, published_years)
    how_ambiguous = ambiguity(facts, present)
    weights = _idf(facts)
    blocks: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        blocks[(measure(fact), counted(fact))].append(index)
    clusters: list[Cluster] = []
    for key, members in blocks.items():
        unambiguous = key[1] is not None and how_ambiguous.get(key, 2.0) <= 1.2
        for start in range(0, len(members), max_block):
            chunk = [facts[i] for i in members[start : start + max_block]]
            clusters.extend(
                _cluster_block(
                    chunk,
                    weights,
                    present,
                    counted_weight=_counted_weight(key[1], unambiguous),
                    min_score=min_score,
                    neighbours=neighbours,
                    entity_penalty=entity_penalty,
                )
            )
    return clusters


def _counted_weight(counts: str | None, unambiguous: bool) -> float:
    if counts is None:
        return 0.0
    return 0.5 if unambiguous else 0.25


def _idf(facts: Sequence[Fact]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for fact in facts:
        frequency.update({stem(w) for w in fact.context})
    total = max(1, len(facts))
    return {word: math.log(1 + total / count) for word, count in frequency.items()}


def pair_scores(
    chunk: Sequence[Fact],
    weights: dict[str, float],
    present: int | None,
    *,
    counted_weight: float,
    entity_penalty: float,
) -> np.ndarray:
    """Score every pair in one block (a square matrix, zero on the diagonal and within a document)."""
    vocabulary: dict[str, int] = {}
    rows = [sorted({vocabulary.setdefault(stem(w), len(vocabulary)) for w in f.context}) for f in chunk]
    weight_of = np.zeros(len(vocabulary), dtype=np.float32)
    for word, column in vocabulary.items():
        weight_of[column] = weights.get(word, 1.0)
    matrix = np.zeros((len(chunk), len(vocabulary)), dtype=np.float32)
    for row, columns in enumerate(rows):
        matrix[row, columns] = 1.0
    weighted = matrix * weight_of
    shared = weighted @ matrix.T
    size = weighted.sum(axis=1)
    dice = 2 * shared / np.maximum(size[:, None] + size[None, :], 1e-9)
    score: np.ndarray = counted_weight + (1 - counted_weight) * dice
    score *= _same_time(chunk, present) * _entity_factor(chunk, entity_penalty)
    docs = np.array([f.doc for f in chunk])
    score[docs[:, None] == docs[None, :]] = 0.0
    return score


def _same_time(chunk: Sequence[Fact], present: int | None) -> np.ndarray:
    years = np.array([f.year if f.year is not None else (present or 0) for f in chunk])
    same: np.ndarray = (years[:, None] == years[None, :]).astype(np.float32)
    return same


def _entity_factor(chunk: Sequence[Fact], penalty: float) -> np.ndarray:
    """`penalty` where both sentences name people or places and share none of them."""
    names = [entities(f.sentence) for f in chunk]
    columns: dict[str, int] = {}
    rows = [[columns.setdefault(name, len(columns)) for name in group] for group in names]
    incidence = np.zeros((len(chunk), max(1, len(columns))), dtype=np.float32)
    for row, cols in enumerate(rows):
        incidence[row, cols] = 1.0
    named = incidence.sum(axis=1) > 0
    disjoint = (incidence @ incidence.T == 0) & named[:, None] & named[None, :]
    factor: np.ndarray = np.where(disjoint, np.float32(penalty), np.float32(1.0))
    return factor


def _cluster_block(
    chunk: Sequence[Fact],
    weights: dict[str, float],
    present: int | None,
    *,
    counted_weight: float,
    min_score: float,
    neighbours: int,
    entity_penalty: float,
) -> list[Cluster]:
    if len(chunk) == 1:
        return [Cluster(tuple(chunk), {})]
    score = pair_scores(chunk, weights, present, counted_weight=counted_weight, entity_penalty=entity_penalty)
    parent = list(range(len(chunk)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keep = min(neighbours, len(chunk) - 1)
    nearest = np.argpartition(-score, keep - 1, axis=1)[:, :keep] if keep > 0 else np.zeros((0, 0), int)
    for i, row in enumerate(nearest):
        for j in row:
            if score[i, j] >= min_score:
                parent[find(int(i))] = find(int(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(chunk)):
        groups[find(i)].append(i)
    clusters = []
    for members in groups.values():
        scores = (
            {
                (a, b): float(score[members[a], members[b]])
                for a in range(len(members))
                for b in range(a + 1, len(members))
                if score[members[a], members[b]] > 0
            }
            if len(members) <= 200
            else {}
        )
        clusters.append(Cluster(tuple(chunk[m] for m in members), scores))
    return clusters
