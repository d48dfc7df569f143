"""Group documents into stories, so facts are only ever compared within one story.

A newsroom's input is rarely one story: a day of news holds many, and two stories both count
"the dead" or quote "the minister". Documents are grouped by what they say: tf-idf vectors over
the words at least two documents use, cosine similarity, and documents joined when similar
enough (connected components). Outlets covering one story share far more vocabulary than outlets
covering two stories (on real pages about 0.4-0.6 against under 0.15).

Up to `exact_up_to` documents every pair is compared. Beyond, comparing every pair would grow with
the square of the input (a day of news, or thousands of outlets on one story), so pairs are found
by blocking: each document's few heaviest words (the rare words it uses most) and, in each such
word's list of documents, each document beside its next few neighbours. Only those pairs are
scored, exactly, so the work grows with the number of documents. A story needs only a chain of
similar pairs to hold together, and its documents share heavy words, so the chains are found.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import chain

PLAIN_UP_TO = 24  # documents compared in plain Python: loading numpy would cost more
EXACT_UP_TO = 1000  # documents (or groups) compared all pairs with all; blocking beyond


def group_stories(
    word_lists: Sequence[Sequence[frozenset[str]]],
    *,
    min_similarity: float = 0.25,
    min_centroid_similarity: float = 0.15,
    plain_up_to: int = PLAIN_UP_TO,
    exact_up_to: int = EXACT_UP_TO,
) -> list[int]:
    """A story number for each document, given each document's paragraph word sets.

    Documents join when their similarity reaches `min_similarity`; then groups join when their
    centroids reach `min_centroid_similarity`. The second step matters when many outlets copy a
    few sources: each copy's own words then weigh so much that copies of two sources of one story
    look less alike than they are, while their groups' centroids still agree. Up to `exact_up_to`
    documents (or groups) every pair is compared, in plain Python up to `plain_up_to` documents and
    with numpy beyond; past `exact_up_to`, only the pairs blocking proposes. Story numbers start at
    0 and follow the order of each story's first document.
    """
    count = len(word_lists)
    if count <= 1:
        return [0] * count
    if count <= min(plain_up_to, exact_up_to):
        return _plain_stories(word_lists, min_similarity, min_centroid_similarity)
    from .story_matrix import matrix_stories  # numpy: loaded only for more documents than a few

    merged = matrix_stories(word_lists, min_similarity=min_similarity,
                            min_centroid_similarity=min_centroid_similarity, exact_up_to=exact_up_to)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(int(label), len(numbers)) for label in merged]


def _plain_stories(word_lists: Sequence[Sequence[frozenset[str]]], min_similarity: float,
                   min_centroid_similarity: float) -> list[int]:
    """`group_stories` for a few documents, every pair compared with plain dicts."""
    bags = [Counter(chain.from_iterable(paragraphs)) for paragraphs in word_lists]
    frequency = Counter(chain.from_iterable(bags))
    total = len(bags)
    vectors = [_unit({word: (1 + math.log(n)) * math.log(1 + total / frequency[word])
                      for word, n in bag.items() if frequency[word] > 1}) for bag in bags]
    groups = _plain_components(vectors, min_similarity)
    members: dict[int, list[int]] = {}
    for index, group in enumerate(groups):
        members.setdefault(group, []).append(index)
    centroids = [_unit(_summed([vectors[i] for i in rows])) for rows in members.values()]
    merged = _plain_components(centroids, min_centroid_similarity)
    story_of_group = dict(zip(members, merged, strict=True))
    numbers: dict[int, int] = {}
    return [numbers.setdefault(story_of_group[group], len(numbers)) for group in groups]


def _plain_components(vectors: Sequence[dict[str, float]], threshold: float) -> list[int]:
    """Each vector's component of 'cosine >= threshold', as the smallest index in it."""
    labels = list(range(len(vectors)))
    for i, left in enumerate(vectors):
        for j in range(i + 1, len(vectors)):
            right = vectors[j]
            small, large = (left, right) if len(left) <= len(right) else (right, left)
            if math.fsum(weight * large.get(word, 0.0) for word, weight in small.items()) >= threshold:
                old, new = max(labels[i], labels[j]), min(labels[i], labels[j])
                labels = [new if label == old else label for label in labels]
    return labels


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(math.fsum(weight * weight for weight in vector.values()))  # exact: any word order
    return {word: weight / max(norm, 1e-9) for word, weight in vector.items()}


def _summed(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vector in vectors:
        for word, weight in vector.items():
            total[word] = total.get(word, 0.0) + weight
    return total
