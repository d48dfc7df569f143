"""The kinds of fact, one package each, and the registry that runs them.

Each kind (see `base.FactKind`) extracts its facts from one document and judges its facts of a
whole run. The registry decides which kinds run for the kinds of fact asked for: a kind runs
when it yields one of them or when a kind that runs needs its facts (quotes need names, to
resolve speakers). To add a kind, write its package and list it in `REGISTRY` after the kinds
it needs.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType

from ..models import FACT_KINDS, Document, Fact, Finding
from ._shared import rank_and_number
from .base import FactKind, Segmented, StoryContext, published_date
from .measures import Measures, document_rates
from .names import Names
from .quotes import Quotes

__all__ = [
    "KINDS",
    "REGISTRY",
    "FactKind",
    "Segmented",
    "StoryContext",
    "extract_all",
    "judge_all",
    "plan",
    "published_date",
    "rank_and_number",
    "story_context",
]

KINDS = FACT_KINDS  # every Fact.kind value, in the order the CLI lists them
REGISTRY: tuple[FactKind, ...] = (Names(), Measures(), Quotes())  # a kind comes after the kinds it needs


def plan(wanted: Collection[str], registry: Sequence[FactKind] = REGISTRY) -> tuple[FactKind, ...]:
    """The kinds that must run to give the facts `wanted`, in registry order."""
    provider = {name: kind for kind in registry for name in kind.kinds}
    chosen: set[int] = set()
    waiting = [provider[name] for name in wanted if name in provider]
    while waiting:
        kind = waiting.pop()
        if id(kind) not in chosen:
            chosen.add(id(kind))
            waiting.extend(provider[name] for name in kind.needs)
    return tuple(kind for kind in registry if id(kind) in chosen)


def extract_all(doc: Segmented, wanted: Collection[str] = KINDS) -> list[Fact]:
    """The document's facts of the kinds `wanted`, in text order (ties: by kind name)."""
    earlier: dict[str, list[Fact]] = {}
    found: list[Fact] = []
    for kind in plan(wanted):
        facts = kind.extract(doc, MappingProxyType(earlier))
        for name in kind.kinds:
            earlier[name] = [fact for fact in facts if fact.kind == name]
        found += facts
    return [fact for fact in sorted(found, key=lambda f: (f.start, f.kind)) if fact.kind in wanted]


def story_context(
    documents: Sequence[Document],
    facts: Sequence[Fact],
    story_of: Mapping[str, int],
    *,
    settings: Mapping[str, object] | None = None,
) -> StoryContext:
    """The context every judge of the run shares, with the exchange rates the documents print."""
    return StoryContext(documents=tuple(documents), story_of=story_of, rates=document_rates(facts),
                        settings=settings or {})


Judged = tuple[list[Finding], float, float]  # a kind's findings, wall and CPU seconds


def judge_all(facts: Sequence[Fact], story: StoryContext, *, timings: dict[str, float] | None = None,
              cpu: dict[str, float] | None = None) -> list[Finding]:
    """Every kind's findings, ranked and numbered F001, F002, ...; `timings` gets each kind's
    seconds, `cpu` its CPU seconds.

    Kinds are judged one after the other in this process. Judging some in a forked process was
    measured (bench/run.py): every page either process touches is then copied, which cost more CPU
    than it saved, and more time too from a few thousand articles on.
    """
    groups = [(kind, mine) for kind in REGISTRY if (mine := [f for f in facts if f.kind in kind.kinds])]
    results = _judge(groups, story)
    findings: list[Finding] = []
    for kind, _ in groups:  # registry order
        found, seconds, cpu_seconds = results[kind.name]
        findings += found
        if timings is not None:
            timings[kind.name] = seconds
        if cpu is not None:
            cpu[kind.name] = cpu_seconds
    return rank_and_number(findings)


def _judge(groups: Sequence[tuple[FactKind, list[Fact]]], story: StoryContext) -> dict[str, Judged]:
    results = {}
    for kind, mine in groups:
        started, started_cpu = time.perf_counter(), time.process_time()
        found = kind.judge(mine, story)
        results[kind.name] = (found, time.perf_counter() - started, time.process_time() - started_cpu)
    return results
