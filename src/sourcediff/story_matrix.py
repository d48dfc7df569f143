"""Story grouping with numpy, for more documents than a few (see `stories`): tf-idf rows, every
pair compared as matrices up to `exact_up_to` documents, and blocking beyond."""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import chain, count

import numpy as np

ROWS_PER_PASS = 1024  # documents compared at once: bounds the similarity matrix's memory ...
PAIRS_PER_PASS = 1 << 22  # ... and rows times documents compared at once, for many documents
BLOCKING_WORDS = 12  # each document's heaviest words propose pairs ...
COMMON_WORDS = 4  # ... and lightest (the words most documents share) ...
NEIGHBOURS = 3  # ... with this many following documents in each word's list
PAIRS_PER_SCORING = 4096  # proposed pairs scored in one pass, before the components are updated
PRODUCTS_PER_PASS = 1 << 21  # word weights multiplied at once when scoring proposed pairs


def matrix_stories(
    word_lists: Sequence[Sequence[frozenset[str]]],
    *,
    min_similarity: float,
    min_centroid_similarity: float,
    exact_up_to: int,
) -> np.ndarray:
    """Each document's story label (any numbers: equal labels, same story); see `group_stories`."""
    merged: np.ndarray
    with _one_blas_thread():
        vectors = _tf_idf(word_lists)
        if len(word_lists) <= exact_up_to:
            dense = vectors.dense()
            groups = _compact(_dense_components(dense, min_similarity))
            centroids = np.zeros((int(groups.max()) + 1, dense.shape[1]), dtype=np.float32)
            np.add.at(centroids, groups, dense)
            centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
            merged = _dense_components(centroids, min_centroid_similarity)[groups]
        else:
            groups = _compact(_blocked_components(vectors, min_similarity))
            centroids_sparse = vectors.summed(groups)
            if centroids_sparse.rows <= exact_up_to:
                merged = _dense_components(centroids_sparse.dense(), min_centroid_similarity)[groups]
            else:
                merged = _blocked_components(centroids_sparse, min_centroid_similarity)[groups]
        return merged


def _one_blas_thread() -> AbstractContextManager[object]:
    """numpy's BLAS held to one thread: the matrices are small and many, and idle BLAS threads
    spinning between calls took as much CPU as the work itself."""
    from threadpoolctl import threadpool_limits

    limits: AbstractContextManager[object] = threadpool_limits(limits=1, user_api="blas")
    return limits


def _compact(labels: np.ndarray) -> np.ndarray:
    """Component labels renumbered 0, 1, 2, ... in the order of their smallest row."""
    compact: np.ndarray = np.unique(labels, return_inverse=True)[1]
    return compact


@dataclass(frozen=True, slots=True)
class _Rows:
    """Sparse rows (compressed: row r's entries are `indptr[r]:indptr[r + 1]`, columns ascending)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def row_of_entries(self) -> np.ndarray:
        return np.repeat(np.arange(self.rows), np.diff(self.indptr))

    def dense(self) -> np.ndarray:
        """Unit-length float32 rows, normalised as the dense matrix itself computes it."""
        matrix = np.zeros((self.rows, max(1, self.columns)), dtype=np.float32)
        matrix[self.row_of_entries(), self.indices] = self.data
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)  # in place: no second copy
        return matrix

    def unit(self) -> _Rows:
        """The rows scaled to unit length."""
        norms = np.sqrt(np.bincount(self.row_of_entries(), weights=self.data**2, minlength=self.rows))
        scale = 1.0 / np.maximum(norms, 1e-9)
        return _Rows(self.indptr, self.indices, self.data * np.repeat(scale, np.diff(self.indptr)), self.columns)

    def summed(self, groups: np.ndarray) -> _Rows:
        """One unit-length row per group: the sum of its members' rows (a centroid)."""
        keys = groups[self.row_of_entries()] * self.columns + self.indices
        unique, inverse = np.unique(keys, return_inverse=True)
        sums = np.bincount(inverse, weights=self.data)
        owners = unique // self.columns
        indptr = np.searchsorted(owners, np.arange(int(groups.max()) + 2))
        return _Rows(indptr, unique % self.columns, sums, self.columns).unit()


def _tf_idf(word_lists: Sequence[Sequence[frozenset[str]]]) -> _Rows:
    """Tf-idf rows over the words at least two documents share (not yet unit length).

    A word's count in a document is the number of its paragraphs using it. Columns follow the
    order in which the words first appear.
    """
    flat = list(chain.from_iterable(chain.from_iterable(word_lists)))
    # each word's number is where it first appears; renumbered 0, 1, 2, ... in that order
    first_seen: dict[str, int] = {}
    seen_at = np.fromiter(map(first_seen.setdefault, flat, count()), dtype=np.int64, count=len(flat))
    ids = np.unique(seen_at, return_inverse=True)[1]
    size = max(1, len(first_seen))
    owners = np.repeat(np.arange(len(word_lists), dtype=np.int64), [sum(map(len, p)) for p in word_lists])
    keys, counts = np.unique(owners * size + ids, return_counts=True)
    rows, words = keys // size, keys % size
    frequency = np.bincount(words, minlength=len(first_seen))
    shared = frequency > 1
    column = np.cumsum(shared) - 1
    total = len(word_lists)
    # math.log, one call per distinct value: the weights are those of the plain formula, bit for bit
    idf = np.array([math.log(1 + total / int(n)) for n in frequency])
    tf = np.array([0.0] + [1 + math.log(n) for n in range(1, int(counts.max(initial=0)) + 1)])
    kept = shared[words]
    indptr = np.searchsorted(rows[kept], np.arange(total + 1))
    return _Rows(indptr, column[words[kept]], tf[counts[kept]] * idf[words[kept]], int(shared.sum()))


def _dense_components(vectors: np.ndarray, threshold: float) -> np.ndarray:
    """Connected components of 'cosine >= threshold' over every pair, as the smallest row index in each.

    The similarities are computed a block of rows at a time and each block's edges are merged into
    the components at once, so memory stays bounded by the block, not by the number of similar
    pairs (every pair, when thousands of outlets cover one story).
    """
    count = len(vectors)
    labels = np.arange(count)
    rows_per_pass = max(1, min(ROWS_PER_PASS, PAIRS_PER_PASS // max(1, count)))
    for start in range(0, count, rows_per_pass):
        found = np.nonzero(vectors[start : start + rows_per_pass] @ vectors.T >= threshold)
        labels = _merge(labels, found[0] + start, found[1])
    return labels


def _blocked_components(vectors: _Rows, threshold: float) -> np.ndarray:
    """Connected components of 'cosine >= threshold' over the pairs blocking proposes.

    The pairs are scored a pass at a time, and a pair whose rows an earlier pass already joined is
    not scored: in a story thousands of outlets cover, most pairs never need their score.
    """
    unit = vectors.unit()
    pairs = _proposed_pairs(unit)
    labels = np.arange(unit.rows)
    for start in range(0, len(pairs), PAIRS_PER_SCORING):
        batch = pairs[start : start + PAIRS_PER_SCORING]
        batch = batch[labels[batch[:, 0]] != labels[batch[:, 1]]]
        similar = batch[_similarities(unit, batch) >= threshold]
        labels = _merge(labels, similar[:, 0], similar[:, 1])
    return labels


def _proposed_pairs(vectors: _Rows, *, words: int = BLOCKING_WORDS, common: int = COMMON_WORDS,
                    neighbours: int = NEIGHBOURS) -> np.ndarray:
    """Pairs of rows (first < second; nearest neighbours first) that stand within `neighbours`
    places of each other in the list of rows of a column both have among their `words` heaviest
    or `common` lightest.

    The heaviest words (rare, used often) pair a document with its closest copies; the lightest
    (the words most documents share) pair it with others that tell the story from another source,
    whose centroids then join (see `group_stories`).
    """
    rows = vectors.row_of_entries()
    heaviest_first = np.argsort(rows * 2.0 + (1.0 - vectors.data), kind="stable")  # unit rows: weights <= 1
    rank = np.arange(len(heaviest_first)) - vectors.indptr[rows[heaviest_first]]
    from_end = np.repeat(np.diff(vectors.indptr), np.diff(vectors.indptr))[heaviest_first] - rank - 1
    chosen = heaviest_first[(rank < words) | (from_end < common)]
    by_column = np.lexsort((rows[chosen], vectors.indices[chosen]))
    columns, members = vectors.indices[chosen][by_column], rows[chosen][by_column]
    found = [np.empty((0, 2), dtype=np.int64)]
    for step in range(1, neighbours + 1):
        same = columns[step:] == columns[:-step]
        found.append(np.stack([members[:-step][same], members[step:][same]], axis=1))
    proposed = np.concatenate(found)
    first = np.sort(np.unique(proposed[:, 0] * vectors.rows + proposed[:, 1], return_index=True)[1])
    ordered: np.ndarray = proposed[first]  # nearest neighbours first, each pair once
    return ordered


def _similarities(vectors: _Rows, pairs: np.ndarray) -> np.ndarray:
    """The dot product of each pair of rows, a batch of pairs at a time.

    Each pair's shorter row is looked up, word by word, in the other: every entry has a key (row
    times columns plus column) and the keys are sorted, so one `searchsorted` finds them all.
    """
    lengths = np.diff(vectors.indptr)
    keys = vectors.row_of_entries() * vectors.columns + vectors.indices
    short, long = pairs[:, 0].copy(), pairs[:, 1].copy()
    swap = lengths[short] > lengths[long]
    short[swap], long[swap] = pairs[swap, 1], pairs[swap, 0]
    result = np.zeros(len(pairs))
    ends = np.cumsum(lengths[short])
    start = 0
    while start < len(pairs):
        stop = max(start + 1, int(np.searchsorted(ends, (ends[start - 1] if start else 0) + PRODUCTS_PER_PASS)))
        result[start:stop] = _batch_similarities(vectors, keys, lengths, short[start:stop], long[start:stop])
        start = stop
    return result


def _batch_similarities(vectors: _Rows, keys: np.ndarray, lengths: np.ndarray, short: np.ndarray,
                        long: np.ndarray) -> np.ndarray:
    counts = lengths[short]
    pair = np.repeat(np.arange(len(short)), counts)
    entries = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    entries += np.repeat(vectors.indptr[short], counts)
    wanted = long[pair] * vectors.columns + vectors.indices[entries]
    at = np.minimum(np.searchsorted(keys, wanted), max(0, len(keys) - 1))
    products = np.where(keys[at] == wanted, vectors.data[entries] * vectors.data[at], 0.0)
    return np.bincount(pair, weights=products, minlength=len(short))


def _merge(labels: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """`labels` (each row's smallest row index in its component) with the edges left-right added."""
    a, b = labels[left], labels[right]
    differ = a != b
    if not differ.any():
        return labels
    count = len(labels)
    # only one edge per pair of components is needed: a block of one story has millions of the same
    pairs = np.unique(np.minimum(a[differ], b[differ]) * count + np.maximum(a[differ], b[differ]))
    low, high = pairs // count, pairs % count
    roots = np.arange(count)
    while True:  # labels spread along the edges until nothing changes, with pointer jumping
        lowest = roots.copy()
        np.minimum.at(lowest, high, roots[low])
        np.minimum.at(lowest, low, roots[high])
        lowest = lowest[lowest]
        if np.array_equal(lowest, roots):
            merged: np.ndarray = roots[labels]
            return merged
        roots = lowest
