"""A judged cluster's findings: their severity, topic, summary and claims."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import chain, groupby
from operator import attrgetter

from ...models import Claim, Fact, Finding, Frame, Quantity, Severity, Verdict
from .._shared import Outlets, RememberedOutlets, claims_of, outlet_list
from .lexicon import CASUALTY_WORDS
from .topics import HIGH_STAKES, counted_of, merged_frame, topic_of

__all__ = ["FactRun", "finding", "finding_of"]

_VALUE, _DOC, _CONTEXT, _LEDE, _FRAME = map(attrgetter, ("value", "doc", "context", "lede", "frame"))


class FactRun:
    """Facts in order, with what a finding needs of them worked out once, when first asked.

    A finding lists one or more runs one after the other. Every outlier of a cluster is set against
    the same outlets backing the majority: with that backing as one run, shared by their findings,
    its frames, outlets, words and claims are read once, not once per outlier. The results are what
    the facts of all the runs, read as one list, would give.
    """

    __slots__ = ("_alarming", "_by_value", "_claims", "_frames", "_sides", "facts", "outlets")

    def __init__(self, facts: Sequence[Fact], outlets: Outlets) -> None:
        self.facts, self.outlets = facts, outlets
        self._alarming: bool | None = None
        self._by_value: dict[str, list[str]] | None = None
        self._claims: tuple[Claim, ...] | None = None
        self._frames: tuple[list[Frame], dict[int, Frame], Counter[int]] | None = None
        self._sides: dict[str, str] = {}

    def alarming(self) -> bool:
        """Whether a word of a clause or what a figure counts is a casualty word, or a fact is in a lede."""
        if self._alarming is None:
            facts = self.facts
            contexts = {id(c): c for c in map(_CONTEXT, facts)}.values()  # reprints share contexts
            words = {w.lower() for context in contexts for w in context}
            counts = {f.detail.counts for f in facts if isinstance(f.detail, Quantity)}
            self._alarming = bool(words & CASUALTY_WORDS or counts & CASUALTY_WORDS or any(map(_LEDE, facts)))
        return self._alarming

    def frames(self) -> tuple[list[Frame], dict[int, Frame], Counter[int]]:
        """The facts' frames in order, each frame record once by its id, and how many facts hold each."""
        if self._frames is None:
            frames: list[Frame] = list(filter(None, map(_FRAME, self.facts)))  # a frame is never false
            ids = list(map(id, frames))
            self._frames = (frames, dict(zip(ids, frames, strict=True)), Counter(ids))
        return self._frames

    def by_value(self) -> dict[str, list[str]]:
        """Each way of writing the figure (spaced), in order of first use, with its facts' documents in order."""
        if self._by_value is None:
            values, docs = list(map(_VALUE, self.facts)), list(map(_DOC, self.facts))
            spaced = {value: " ".join(value.split()) for value in dict.fromkeys(values)}
            if len(spaced) == 1:  # one way of writing it: every outlet agrees on the words
                self._by_value = {spaced[values[0]]: docs}
            else:  # no step per fact in Python
                keys = list(map(spaced.__getitem__, values))
                by_value: dict[str, list[str]] = {key: [] for key in dict.fromkeys(keys)}
                for key, places in groupby(sorted(range(len(keys)), key=keys.__getitem__), key=keys.__getitem__):
                    by_value[key] = list(map(docs.__getitem__, places))
                self._by_value = by_value
        return self._by_value

    def side(self, value: str) -> str:
        """"'1,000' (A, B, C and 12 more)": one way of writing the figure, with its outlets."""
        side = self._sides.get(value)
        if side is None:
            side = self._sides[value] = _side(value, self.by_value()[value], self.outlets)
        return side

    def claims(self) -> tuple[Claim, ...]:
        if self._claims is None:
            self._claims = claims_of(self.facts, self.outlets)
        return self._claims


def finding(
    facts: Sequence[Fact], verdict: Verdict, reason: str, outlets: Outlets, why: tuple[str, ...] = ()
) -> Finding:
    return finding_of([FactRun(facts, outlets)], verdict, reason, why)


def finding_of(runs: Sequence[FactRun], verdict: Verdict, reason: str, why: tuple[str, ...] = ()) -> Finding:
    """The finding listing the facts of `runs` in order (each run non-empty, all with one `outlets`)."""
    frame = _shared_frame(runs)
    distinct = _distinct_frames(runs)
    first = runs[0].facts[0]
    topic = topic_of(frame, first.kind, lambda: next(filter(None, (counted_of(run.facts) for run in runs)), None),
                     distinct.values())
    claims = runs[0].claims() if len(runs) == 1 else tuple(chain.from_iterable(run.claims() for run in runs))
    return Finding(
        id="",
        kind=first.kind,
        verdict=verdict,
        severity=_severity(verdict, runs),
        topic=topic,
        summary=_summary(runs, verdict, reason, topic),
        claims=claims,
        frame=frame,
        why=why,
    )


def _severity(verdict: str, runs: Sequence[FactRun]) -> Severity:
    if verdict in ("agree", "single"):
        return "info"
    if verdict in ("qualified", "variant"):
        return "low"
    frame = runs[0].facts[0].frame
    if frame is not None and frame.predicate in HIGH_STAKES:
        return "high"
    return "high" if any(run.alarming() for run in runs) else "medium"


def _shared_frame(runs: Sequence[FactRun]) -> Frame | None:
    parts = [run.frames() for run in runs]
    firsts = [frames[0] for frames, _, _ in parts if frames]
    if not firsts:
        return None
    if len(parts) == 1:
        return merged_frame(firsts[0], len(parts[0][0]), parts[0][1], parts[0][2])
    weights: Counter[int] = Counter()
    for _, _, these in parts:
        weights.update(these)
    return merged_frame(firsts[0], sum(len(frames) for frames, _, _ in parts), _distinct_frames(runs), weights)


def _distinct_frames(runs: Sequence[FactRun]) -> dict[int, Frame]:
    if len(runs) == 1:
        return runs[0].frames()[1]
    distinct: dict[int, Frame] = {}
    for run in runs:
        distinct.update(run.frames()[1])  # a frame already in keeps its place: order of first use
    return distinct


def _summary(runs: Sequence[FactRun], verdict: str, reason: str, topic: str) -> str:
    sides = "; ".join(_sides(runs))
    if verdict == "conflict":
        return f"{sides} disagree on {topic}: the figures cannot both be true for the same fact."
    if verdict == "qualified":
        return f"{sides} differ on {topic}, but {reason}."
    if verdict == "agree":
        return f"{sides}: the outlets agree on {topic}."
    return f"{sides}: {reason}."


def _sides(runs: Sequence[FactRun]) -> Iterable[str]:
    """Each way of writing the figure with its outlets, in order of first use across the runs."""
    owners: dict[str, list[FactRun]] = {}
    for run in runs:
        for value in run.by_value():
            owners.setdefault(value, []).append(run)
    for value, these in owners.items():
        if len(these) == 1:
            yield these[0].side(value)  # one run writes it this way: its side as that run words it
        else:
            docs = [doc for run in these for doc in run.by_value()[value]]
            yield _side(value, docs, runs[0].outlets)


def _side(value: str, docs: list[str], outlets: Outlets) -> str:
    names = outlets.names if isinstance(outlets, RememberedOutlets) else partial(map, outlets)
    return f"'{value}' ({outlet_list(names(dict.fromkeys(docs)))})"  # each document once
