"""Line up the same fact across outlets by its frame.

Two facts can be the same fact only when their frames agree: the same measure and unit family,
the same happening, owner, place and event, and the same scope (a part never meets its whole).
Among the facts a frame allows, the words of their clauses rank the candidates (rare words weigh
more), and each outlet gives one value per fact: a cluster never takes two different figures from
one outlet unless the frames leave no doubt and the outlet states them in different sentences.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ...models import Fact, Frame, Quantity, When
from .._shared import DisjointSets
from .align_inputs import acronyms_as_owners, events_of, stemmed_words
from .fit import compatible, strength
from .settings import DEFAULTS, MeasuresSettings

Reading = tuple[float | None, float | None]

# How far apart (in facts) two figures of one document may be and still be paired, as rivals or as
# candidates to align: an article holds at most a few hundred facts (the dev set's most is 377, and 54
# of one measure), so this only cuts a many-megabyte page into runs and keeps its alignment linear.
RIVAL_REACH = 500


@dataclass(frozen=True, slots=True)
class Cluster:
    """Facts judged to state the same thing, with what it takes to score any pair of them."""

    facts: tuple[Fact, ...]
    group_of: tuple[int, ...] = ()  # each fact's group of copies of one reading
    group_scores: Mapping[tuple[int, int], float] = field(default_factory=dict)  # aligned pairs of groups
    why: tuple[str, ...] = ()  # the frame words and clause words the facts share

    def score(self, i: int, j: int) -> float:
        """How well facts i and j (positions in `facts`) align: 1 for copies, 0 when never paired."""
        if not self.group_of:
            return 0.0
        g, h = sorted((self.group_of[i], self.group_of[j]))
        return 1.0 if g == h else self.group_scores.get((g, h), 0.0)


def align(
    facts: Sequence[Fact],
    *,
    story_of: Mapping[str, int],
    published_years: Mapping[int, Sequence[int]] | None = None,
    settings: MeasuresSettings = DEFAULTS,
) -> list[Cluster]:
    """Group the facts that state the same thing; every fact ends in exactly one cluster.

    `published_years` gives each story's publication years; the year and month a story is about
    decide which clauses speak of another event. Copies of one sentence (syndicated wire copy) are
    aligned once: facts with the same sentence, figure and frame form one group.
    """
    facts = acronyms_as_owners(facts, story_of)
    events = events_of(facts, story_of, published_years or {})
    words = stemmed_words(facts)
    groups = _groups(facts, events, story_of)
    fits = _Fits(facts, events)
    weights = _idf(words)
    restated = _restatements(facts)
    rivals = _rival_words(facts, words, fits, restated)
    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for number, members in enumerate(groups):
        first = members[0]
        frame = facts[first].frame
        if frame is not None and frame.dimension != "none" and first not in restated:
            blocks[(story_of.get(facts[first].doc, 0), frame.dimension)].append(number)
    edges: list[tuple[float, int, int]] = []
    for block in blocks.values():
        edges += _edges(block, groups, facts, words, weights, rivals, fits, settings)
    edges.sort()  # best first: each edge is (-score, g, h)
    return _clusters(facts, groups, edges, words, fits, settings)


def _groups(facts: Sequence[Fact], events: Sequence[str], story_of: Mapping[str, int]) -> list[list[int]]:
    """Facts that are one reading: the same sentence, figure, frame and event, in one story."""
    by_key: dict[tuple[object, ...], list[int]] = {}
    for index, fact in enumerate(facts):
        local = fact.start - fact.sentence_start
        key = (story_of.get(fact.doc, 0), fact.sentence, local, fact.value, fact.frame, events[index])
        by_key.setdefault(key, []).append(index)
    return list(by_key.values())


class _Fits:
    """`compatible` for two facts, computed once per pair of distinct frames.

    Each distinct (frame, event) is numbered once: pairs are then looked up by two small numbers
    rather than by hashing two frames on every call.
    """

    def __init__(self, facts: Sequence[Fact], events: Sequence[str]) -> None:
        numbers: dict[tuple[Frame | None, str], int] = {}
        self.keys = [numbers.setdefault((f.frame, e), len(numbers)) for f, e in zip(facts, events, strict=True)]
        self.frames = list(numbers)  # number -> (frame, event)
        self.cache: dict[tuple[int, int], bool] = {}

    def __call__(self, i: int, j: int) -> bool:
        return self.keys_fit(self.keys[i], self.keys[j])

    def keys_fit(self, a: int, b: int) -> bool:
        found = self.cache.get((a, b))
        if found is None:
            (frame_a, event_a), (frame_b, event_b) = self.frames[a], self.frames[b]
            found = frame_a is not None and frame_b is not None and compatible(frame_a, frame_b,
                                                                               events=(event_a, event_b))
            self.cache[(a, b)] = found
        return found


def _restatements(facts: Sequence[Fact]) -> set[int]:
    """Figures that restate the one before them in other units: '200 million euros ($265.3 million)'."""
    found: set[int] = set()
    for index in range(1, len(facts)):
        previous, fact = facts[index - 1], facts[index]
        this, before = fact.detail, previous.detail
        if previous.doc != fact.doc or not (isinstance(this, Quantity) and isinstance(before, Quantity)):
            continue
        between = fact.sentence[max(0, fact.start - fact.sentence_start - 3) : fact.start - fact.sentence_start]
        if fact.start - previous.end <= 3 and "(" in between and this.unit != before.unit:
            found.add(index)
    return found


def _keys(frame: Frame) -> list[tuple[str, str]]:
    """What a compatible partner must share with a frame: its happening, its noun or its owner."""
    keys = [("p", frame.predicate)] if frame.predicate else []
    if frame.noun:
        keys.append(("n", frame.noun))
    if frame.owner and not frame.owner.startswith("?"):
        keys.append(("o", frame.owner.lstrip("~")))
    return keys


def _edges(
    block: Sequence[int],
    groups: Sequence[Sequence[int]],
    facts: Sequence[Fact],
    words: Sequence[frozenset[str]],
    weights: Mapping[str, float],
    rivals: Mapping[int, frozenset[str]],
    fits: _Fits,
    settings: MeasuresSettings,
) -> list[tuple[float, int, int]]:
    """Scored pairs of groups of one block whose frames fit and whose clauses share enough words, as
    (-score, g, h): sorted as they are, the best pair comes first."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for group in block:
        frame = facts[groups[group][0]].frame
        assert frame is not None
        for key in _keys(frame):
            index[key].append(group)
    seen: set[tuple[int, int]] = set()
    edges = []
    # Two pairs of readings alike in frame, words and rival words score alike: outlets that reprint a
    # sentence with another figure make many such pairs, and each kind is scored once.
    scored: dict[tuple[object, ...], float | None] = {}
    kind_of = {g: (fits.keys[i], id(words[i]), id(rivals.get(i))) for g in block for i in (groups[g][0],)}
    rival_readings = {g: reading(facts[groups[g][0]]) for g in block if groups[g][0] in rivals}
    for bucket in index.values():
        for g, h in _candidate_pairs(bucket, groups, facts):
            if (g, h) in seen:
                continue
            seen.add((g, h))
            if rival_readings and (g in rival_readings or h in rival_readings):
                same = reading(facts[groups[g][0]]) == reading(facts[groups[h][0]])
            else:
                same = False
            alike = (kind_of[g], kind_of[h], same)
            score = scored[alike] if alike in scored else scored.setdefault(
                alike, _pair_score(groups[g][0], groups[h][0], facts, words, weights, rivals, fits, settings))
            if score is not None:
                edges.append((-score, g, h))
    return edges


def _candidate_pairs(
    bucket: Sequence[int], groups: Sequence[Sequence[int]], facts: Sequence[Fact]
) -> Iterator[tuple[int, int]]:
    """Every pair (g < h) of the groups that share a key, except two groups of one document whose first
    facts are more than RIVAL_REACH facts apart: a many-megabyte page is paired in runs, not as a whole.

    Groups are numbered in text order, so each document's groups are in order and a run ends early.
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for g in bucket:
        by_doc[facts[groups[g][0]].doc].append(g)
    lists = list(by_doc.values())
    for n, own in enumerate(lists):
        for x, g in enumerate(own):
            first = groups[g][0]
            for h in own[x + 1 :]:
                if groups[h][0] - first > RIVAL_REACH:
                    break
                yield g, h
        for other in lists[n + 1 :]:
            yield from ((min(g, h), max(g, h)) for g in own for h in other)


def _pair_score(
    i: int,
    j: int,
    facts: Sequence[Fact],
    words: Sequence[frozenset[str]],
    weights: Mapping[str, float],
    rivals: Mapping[int, frozenset[str]],
    fits: _Fits,
    settings: MeasuresSettings,
) -> float | None:
    """How well two facts align (0.5 to 1), or None when their frames or words rule it out."""
    a, b = facts[i].frame, facts[j].frame
    if a is None or b is None or not fits(i, j):
        return None
    shared = strength(a, b)
    needed = settings.needed_overlap[min(shared, len(settings.needed_overlap) - 1)]
    overlap = _dice(words[i], words[j], weights)
    if (i in rivals or j in rivals) and shared < settings.second_value_strength:
        # one outlet gives several values that fit this frame: only the words telling them apart count
        needed += settings.ambiguity_overlap
        overlap = _dice(rivals.get(i, words[i]), rivals.get(j, words[j]), weights)
    if overlap < needed:
        return None
    score = 0.5 + 0.1 * shared + 0.3 * overlap
    if (i in rivals or j in rivals) and reading(facts[i]) == reading(facts[j]):
        score += settings.same_value_bonus  # of an outlet's two candidates, the one that agrees is the likelier match
    return min(1.0, score)


def _rival_words(
    facts: Sequence[Fact], words: Sequence[frozenset[str]], fits: _Fits, restated: set[int]
) -> dict[int, frozenset[str]]:
    """Facts whose own outlet gives another value for a frame that fits theirs, with the words that
    tell each from those rivals."""
    by_doc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if fact.frame is not None and fact.frame.dimension != "none" and i not in restated:
            by_doc[(fact.doc, fact.frame.dimension)].append(i)
    found: dict[int, frozenset[str]] = {}
    for group in by_doc.values():
        for start in range(0, len(group), RIVAL_REACH):
            found.update(_rivals_among(group[start : start + RIVAL_REACH], facts, words, fits))
    return found


def _rivals_among(
    group: Sequence[int], facts: Sequence[Fact], words: Sequence[frozenset[str]], fits: _Fits
) -> dict[int, frozenset[str]]:
    """`_rival_words` for one run of one outlet's facts. Facts with the same frame, event, reading and
    words are one class (a figure repeated down a page): classes, not facts, are paired."""
    classes: dict[tuple[int, Reading, frozenset[str]], list[int]] = {}
    for i in group:
        value = reading(facts[i])
        if value != (None, None):
            classes.setdefault((fits.keys[i], value, words[i]), []).append(i)
    ordered = list(classes)
    rival_words: dict[int, set[str]] = {}
    for x, (key, value, own) in enumerate(ordered):
        for y in range(x + 1, len(ordered)):
            other_key, other_value, other_words = ordered[y]
            if value != other_value and fits.keys_fit(key, other_key):
                rival_words.setdefault(x, set()).update(other_words)
                rival_words.setdefault(y, set()).update(own)
    return {i: ordered[x][2] - frozenset(union) for x, union in rival_words.items() for i in classes[ordered[x]]}


@dataclass(slots=True)
class _Join:
    """What a cluster being built holds: its groups, frames, and each outlet's readings and sentences."""

    groups: list[int]
    frames: set[int]  # numbers of (frame, event), see `_Fits`
    readings: dict[str, set[Reading]]
    sentences: set[tuple[str, str]]


def _clusters(
    facts: Sequence[Fact],
    groups: Sequence[Sequence[int]],
    edges: Sequence[tuple[float, int, int]],
    words: Sequence[frozenset[str]],
    fits: _Fits,
    settings: MeasuresSettings,
) -> list[Cluster]:
    """Join groups best pair first (`edges` as `_edges` gives them, sorted); a join must keep every
    pair in the cluster compatible and give each outlet one value (or two from different sentences,
    when the frames leave no doubt)."""
    sets = DisjointSets(len(groups))
    joins = {g: _start(g, groups[g], facts, fits) for g in range(len(groups))}
    for _, g, h in edges:
        root_g, root_h = sets.find(g), sets.find(h)
        if root_g == root_h:
            continue
        left, right = joins[root_g], joins[root_h]
        if not all(fits.keys_fit(a, b) for a in left.frames for b in right.frames):
            continue
        if _two_values(left, right) and not _second_value(left, right, facts, groups[g][0], groups[h][0], settings):
            continue
        sets.union(g, h)
        root = sets.find(g)
        small, large = sorted((left, right), key=lambda join: len(join.groups))
        for doc, values in small.readings.items():
            large.readings.setdefault(doc, set()).update(values)
        large.groups += small.groups
        large.frames |= small.frames
        large.sentences |= small.sentences
        joins[root] = large
        del joins[root_h if root == root_g else root_g]
    scores = {(g, h): -negative for negative, g, h in edges}
    clusters = []
    for join in joins.values():
        members = [i for g in join.groups for i in groups[g]]
        group_of = [g for g in join.groups for _ in groups[g]]
        clusters.append(Cluster(tuple(facts[i] for i in members), tuple(group_of), scores, _why(facts, members, words)))
    return clusters


def _start(group: int, members: Sequence[int], facts: Sequence[Fact], fits: _Fits) -> _Join:
    readings: dict[str, set[Reading]] = {}
    for i in members:
        if reading(facts[i]) != (None, None):
            readings.setdefault(facts[i].doc, set()).add(reading(facts[i]))
    return _Join([group], {fits.keys[members[0]]}, readings, {(facts[i].doc, facts[i].sentence) for i in members})


def _two_values(left: _Join, right: _Join) -> bool:
    """Joining would give one outlet two different values for one fact."""
    return any(left.readings[doc] != right.readings[doc] for doc in left.readings.keys() & right.readings.keys())


def _second_value(
    left: _Join, right: _Join, facts: Sequence[Fact], i: int, j: int, settings: MeasuresSettings
) -> bool:
    """An outlet stating one fact twice, differently, in two sentences ("charged over two women",
    "has at least three wives"): both readings are its own, and both are compared."""
    a, b = facts[i].frame, facts[j].frame
    if a is None or b is None or strength(a, b) < settings.second_value_strength:
        return False
    return not (left.sentences & right.sentences)


def reading(fact: Fact) -> Reading:
    """A fact's value as a hashable pair, to tell two values of one outlet apart.

    A figure the outlet marks as a forecast, a rise or a peak is its own reading of another moment:
    "over 800 now, expected to pass 1,000" gives the outlet no second value for the same moment.
    """
    detail = fact.detail
    if isinstance(detail, Quantity):
        if detail.trend is not None:
            return (None, None)
        return (detail.low, detail.high)
    if isinstance(detail, When) and detail.start:
        return (float(hash(detail.start)), float(hash(detail.end)))
    return (float(hash(fact.value.lower())), None)


def _why(facts: Sequence[Fact], group: Sequence[int], words: Sequence[frozenset[str]]) -> tuple[str, ...]:
    """What made the facts align: the frame parts they share, then the clause words most of them use."""
    if len(group) < 2:
        return ()
    parts: list[str] = []
    frames = [facts[i].frame for i in group]
    for label, values in (
        ("happened", [f.predicate for f in frames if f]),
        ("owner", [f.owner.lstrip("~") for f in frames if f and f.owner]),
        ("counts", [f.noun for f in frames if f]),
        ("where", [f.where for f in frames if f]),
    ):
        counted = Counter(v for v in values if v and not v.startswith("v:"))
        common = sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:1]
        if common and common[0][1] >= 2:
            parts.append(f"{label}: {common[0][0]}")
    shared: Counter[str] = Counter()
    for word_set, times in Counter(words[i] for i in group).items():  # reprints share their word sets
        for word in word_set:
            shared[word] += times
    docs = len({facts[i].doc for i in group})
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:8]
    common_words = [w for w, n in ranked if n >= max(2, docs // 2)]
    return (*parts, *(f"word: {w}" for w in common_words[:5]))


def _dice(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    # summed exactly: a set's order follows its words' hashes, which change from run to run, and a
    # last-bit difference would reorder two near-equal pairs and with them a cluster's facts
    shared = math.fsum(weights.get(w, 1.0) for w in a & b)
    total = math.fsum(weights.get(w, 1.0) for w in a) + math.fsum(weights.get(w, 1.0) for w in b)
    return 2 * shared / total if total else 0.0


def _idf(word_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for words in word_sets:
        frequency.update(words)
    total = max(1, len(word_sets))
    return {word: math.log(1 + total / count) for word, count in frequency.items()}
