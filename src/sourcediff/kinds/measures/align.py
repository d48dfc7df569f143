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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ...models import Fact, Quantity
from ...text import stem
from .._shared import DisjointSets
from .settings import DEFAULTS, MeasuresSettings

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
    """Facts judged to state the same thing, and how to score any pair of them."""

    facts: tuple[Fact, ...]
    scorer: BlockFeatures | None = None  # None for a cluster of one
    rows: tuple[int, ...] = ()  # each fact's row in the scorer

    def score(self, i: int, j: int) -> float:
        if self.scorer is None:
            return 0.0
        return float(self.scorer.scores([self.rows[i]], [self.rows[j]])[0, 0])


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
    story_of: Mapping[str, int] | None = None,
    settings: MeasuresSettings = DEFAULTS,
) -> list[Cluster]:
    """Group facts that state the same thing in different documents.

    Every fact ends in exactly one cluster; a fact no other outlet states is a cluster of one.
    Within a block, scores are computed `settings.rows_per_pass` rows at a time against the whole
    block, and only each fact's `settings.neighbours` best partners are kept, so memory stays bounded.
    """
    present = reference_year(facts, published_years)
    how_ambiguous = ambiguity(facts, present)
    weights = _idf(facts)
    blocks: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        blocks[(measure(fact), counted(fact))].append(index)
    clusters: list[Cluster] = []
    for key, members in blocks.items():
        block = [facts[i] for i in members]
        if len(block) == 1:
            clusters.append(Cluster(tuple(block)))
            continue
        unambiguous = key[1] is not None and key in how_ambiguous and (
            how_ambiguous[key] <= settings.max_figures_per_noun)
        features = BlockFeatures(
            block,
            weights,
            present,
            counted_weight=_counted_weight(key[1], unambiguous, settings),
            entity_penalty=settings.entity_penalty,
            story_of=story_of or {},
        )
        pieces = sub_blocks(block, weights, max_size=settings.max_block, keys=settings.sub_block_keys)
        clusters.extend(_cluster_block(block, features, pieces, settings))
    return clusters


def _counted_weight(counts: str | None, unambiguous: bool, settings: MeasuresSettings) -> float:
    if counts is None:
        return 0.0
    return settings.unambiguous_noun_weight if unambiguous else settings.ambiguous_noun_weight


def _idf(facts: Sequence[Fact]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for fact in facts:
        frequency.update({stem(w) for w in fact.context})
    total = max(1, len(facts))
    return {word: math.log(1 + total / count) for word, count in frequency.items()}


class BlockFeatures:
    """What pair scores are computed from, for every fact of one block.

    Words and names are kept per fact as column lists; a dense matrix is built only for the rows
    and columns one pass scores, over just their words, so memory never grows with the block's
    whole vocabulary.
    """

    def __init__(
        self,
        block: Sequence[Fact],
        weights: dict[str, float],
        present: int | None,
        *,
        counted_weight: float,
        entity_penalty: float,
        story_of: Mapping[str, int],
    ) -> None:
        self.counted_weight = counted_weight
        self.entity_penalty = entity_penalty
        vocabulary: dict[str, int] = {}
        self.words = [[vocabulary.setdefault(stem(w), len(vocabulary)) for w in set(f.context)] for f in block]
        self.word_weight = np.ones(max(1, len(vocabulary)), dtype=np.float32)
        for word, column in vocabulary.items():
            self.word_weight[column] = weights.get(word, 1.0)
        people: dict[str, int] = {}
        self.names = [[people.setdefault(n, len(people)) for n in entities(f.sentence)] for f in block]
        self.years = np.array([f.year if f.year is not None else (present or 0) for f in block])
        doc_ids: dict[str, int] = {}
        self.docs = np.array([doc_ids.setdefault(f.doc, len(doc_ids)) for f in block])
        self.stories = np.array([story_of.get(f.doc, 0) for f in block])

    def scores(self, rows: Sequence[int] | np.ndarray, cols: Sequence[int] | np.ndarray) -> np.ndarray:
        """Pair scores (0..1) of `rows` against `cols`; 0 within one document or across years."""
        rows, cols = np.asarray(rows), np.asarray(cols)
        left, right, columns = _dense(self.words, rows, cols)
        weight = self.word_weight[columns]
        weighted = left * weight
        shared = weighted @ right.T
        size_left, size_right = weighted.sum(axis=1), (right * weight).sum(axis=1)
        dice = 2 * shared / np.maximum(size_left[:, None] + size_right[None, :], 1e-9)
        score: np.ndarray = self.counted_weight + (1 - self.counted_weight) * dice
        named_left, named_right, _ = _dense(self.names, rows, cols)
        has_left, has_right = named_left.sum(axis=1) > 0, named_right.sum(axis=1) > 0
        disjoint = (named_left @ named_right.T == 0) & has_left[:, None] & has_right[None, :]
        score = np.where(disjoint, score * self.entity_penalty, score)
        score[self.years[rows][:, None] != self.years[cols][None, :]] = 0.0
        score[self.docs[rows][:, None] == self.docs[cols][None, :]] = 0.0
        score[self.stories[rows][:, None] != self.stories[cols][None, :]] = 0.0
        return score


def _dense(
    members: Sequence[list[int]], rows: np.ndarray, cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """0/1 matrices for `rows` and `cols` over only the columns they use, and those columns."""
    used = sorted({c for i in rows for c in members[i]} | {c for i in cols for c in members[i]})
    local = {column: n for n, column in enumerate(used)}
    width = max(1, len(used))

    def fill(indexes: np.ndarray) -> np.ndarray:
        lists = [members[i] for i in indexes]
        matrix = np.zeros((len(indexes), width), dtype=np.float32)
        flat = [local[c] for items in lists for c in items]
        if flat:
            row_of = np.repeat(np.arange(len(lists)), [len(items) for items in lists])
            matrix[row_of, flat] = 1.0
        return matrix

    return fill(rows), fill(cols), np.array(used or [0], dtype=np.int64)


def sub_blocks(block: Sequence[Fact], weights: dict[str, float], *, max_size: int, keys: int) -> list[np.ndarray]:
    """Overlapping sub-blocks of a large block, so no score matrix grows with its square.

    Each fact joins the sub-blocks of its `keys` most distinctive context words among those other
    facts of the block share; two facts stating the same thing share such words. A sub-block that
    is still too large is cut into pieces of `max_size`. Blocks up to `keys * max_size` facts are
    scored whole: below that, scoring every pair costs less than scoring each fact `keys` times.
    """
    if len(block) <= keys * max_size:
        return [np.arange(len(block))]
    word_sets = [{stem(w) for w in f.context} for f in block]
    shared: Counter[str] = Counter(w for words in word_sets for w in words)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(word_sets):
        usable = sorted((w for w in words if shared[w] > 1), key=lambda w: (-weights.get(w, 1.0), w))
        for word in usable[:keys] or ["<none>"]:
            groups[word].append(index)
    pieces = []
    for members in groups.values():
        for start in range(0, len(members), max_size):
            pieces.append(np.array(members[start : start + max_size]))
    return pieces


def _cluster_block(
    block: Sequence[Fact],
    features: BlockFeatures,
    pieces: Sequence[np.ndarray],
    settings: MeasuresSettings,
) -> list[Cluster]:
    sets = DisjointSets(len(block))
    step = settings.rows_per_pass
    for piece in pieces:
        if len(piece) < 2:
            continue
        keep = min(settings.neighbours, len(piece) - 1)
        for start in range(0, len(piece), step):
            rows = piece[start : start + step]
            score = features.scores(rows, piece)
            nearest = np.argpartition(-score, keep - 1, axis=1)[:, :keep]
            strong = np.take_along_axis(score, nearest, axis=1) >= settings.min_score
            for offset, column in zip(*np.nonzero(strong), strict=True):
                sets.union(int(rows[offset]), int(piece[nearest[offset, column]]))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(block)):
        groups[sets.find(i)].append(i)
    return [
        Cluster(tuple(block[m] for m in members), features if len(members) > 1 else None, tuple(members))
        for members in groups.values()
    ]
