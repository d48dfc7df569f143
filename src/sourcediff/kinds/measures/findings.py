"""A judged cluster's findings: their severity, topic, summary and claims."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import groupby
from operator import attrgetter

from ...models import Fact, Finding, Quantity, Severity, Verdict
from .._shared import Outlets, RememberedOutlets, claims_of, outlet_list
from .lexicon import CASUALTY_WORDS
from .topics import HIGH_STAKES, shared_frame, topic_from

__all__ = ["finding", "severity_of"]

_VALUE, _DOC, _CONTEXT, _LEDE = map(attrgetter, ("value", "doc", "context", "lede"))  # a fact's, in one C call


def severity_of(verdict: str, facts: Sequence[Fact]) -> Severity:
    if verdict in ("agree", "single"):
        return "info"
    if verdict in ("qualified", "variant"):
        return "low"
    frame = facts[0].frame
    if frame is not None and frame.predicate in HIGH_STAKES:
        return "high"
    words = {w.lower() for context in set(map(_CONTEXT, facts)) for w in context}  # reprints share contexts
    counts = {f.detail.counts for f in facts if isinstance(f.detail, Quantity)}
    if words & CASUALTY_WORDS or counts & CASUALTY_WORDS or any(map(_LEDE, facts)):
        return "high"
    return "medium"


def finding(
    facts: Sequence[Fact], verdict: Verdict, reason: str, outlets: Outlets, why: tuple[str, ...] = ()
) -> Finding:
    frame = shared_frame(facts)
    topic = topic_from(frame, facts)
    return Finding(
        id="",
        kind=facts[0].kind,
        verdict=verdict,
        severity=severity_of(verdict, facts),
        topic=topic,
        summary=_summary(facts, verdict, reason, outlets, topic),
        claims=claims_of(facts, outlets),
        frame=frame,
        why=why,
    )


def _summary(facts: Sequence[Fact], verdict: str, reason: str, outlets: Outlets, topic: str) -> str:
    values, docs = list(map(_VALUE, facts)), list(map(_DOC, facts))
    spaced = {value: " ".join(value.split()) for value in dict.fromkeys(values)}  # each way of writing it, spaced
    by_value: dict[str, list[str]] = {}
    if len(spaced) == 1:  # one way of writing it: every outlet agrees on the words
        by_value[spaced[values[0]]] = docs
    else:  # each way's documents in the facts' order, the ways in order of first use (no step per fact in Python)
        keys = list(map(spaced.__getitem__, values))
        by_value = {key: [] for key in dict.fromkeys(keys)}
        for key, places in groupby(sorted(range(len(keys)), key=keys.__getitem__), key=keys.__getitem__):
            by_value[key] = list(map(docs.__getitem__, places))
    names = outlets.names if isinstance(outlets, RememberedOutlets) else partial(map, outlets)
    sides = "; ".join(f"'{value}' ({outlet_list(names(dict.fromkeys(docs)))})"  # each document once
                      for value, docs in by_value.items())
    if verdict == "conflict":
        return f"{sides} disagree on {topic}: the figures cannot both be true for the same fact."
    if verdict == "qualified":
        return f"{sides} differ on {topic}, but {reason}."
    if verdict == "agree":
        return f"{sides}: the outlets agree on {topic}."
    return f"{sides}: {reason}."
