"""Group documents into stories, so facts are only ever compared within one story.

A newsroom's input is rarely one story: a day of news holds many, and two stories both count
"the dead" or quote "the minister". Documents are grouped by what they say: tf-idf vectors over
the words at least two documents use, cosine similarity, and documents joined when similar
enough (connected components). Outlets covering one story share far more vocabulary than outlets
covering two stories (on real pages about 0.4-0.6 against under 0.15).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

ROWS_PER_PASS = 1024  # documents compared at once: bounds the similarity matrix's memory ...
PAIRS_PER_PASS = 1 << 22  # ... and rows times documents compared at once, for many documents


def group_stories(
    word_lists: Sequence[Sequence[frozenset[str]]],
    *,
    min_similarity: float = 0.25,
    min_centroid_similarity: float = 0.15,
) -> list[int]:
    """A story number for each document, given each document's paragraph word sets.

    Documents join when their similarity reaches `min_similarity`; then groups join when their
    centroids reach `min_centroid_similarity`. The second step matters when many outlets copy a
    few sources: each copy's own words then weigh so much that copies of two sources of one story
    look less alike than they are, while their groups' centroids still agree. Story numbers start
    at 0 and follow the order of each story's first document.
    """
    count = len(word_lists)
    if count <= 1:
        return [0] * count
    bags = [Counter(word for words in paragraphs for word in words) for paragraphs in word_lists]
    vectors = _tf_idf(bags)
    labels = _components(vectors, min_similarity)
    groups = np.unique(labels, return_inverse=True)[1]
    centroids = np.zeros((int(groups.max()) + 1, vectors.shape[1]), dtype=np.float32)
    np.add.at(centroids, groups, vectors)
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
    merged = _components(centroids, min_centroid_similarity)[groups]
    numbers: dict[int, int] = {}
    return [numbers.setdefault(int(label), len(numbers)) for label in merged]


def _components(vectors: np.ndarray, threshold: float) -> np.ndarray:
    """Connected components of 'cosine >= threshold', as the smallest row index in each.

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


def _tf_idf(bags: Sequence[Counter[str]]) -> np.ndarray:
    """Unit-length tf-idf rows over the words at least two documents share."""
    frequency = Counter(word for bag in bags for word in bag)
    shared = {word: column for column, word in enumerate(w for w, n in frequency.items() if n > 1)}
    matrix = np.zeros((len(bags), max(1, len(shared))), dtype=np.float32)
    total = len(bags)
    for row, bag in enumerate(bags):
        for word, n in bag.items():
            column = shared.get(word)
            if column is not None:
                matrix[row, column] = (1 + math.log(n)) * math.log(1 + total / frequency[word])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)  # in place: no second copy
    return matrix
