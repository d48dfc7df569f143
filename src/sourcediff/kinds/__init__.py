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
PARALLEL_JUDGE_FROM = 2_000  # facts; below this a second process costs more than it saves

# What a forked judging process reads: set just before the fork, so nothing is pickled on the way in.
_TO_JUDGE: list[tuple[FactKind, list[Fact]]] = []
_STORY: list[StoryContext] = []


def judge_all(facts: Sequence[Fact], story: StoryContext, *, timings: dict[str, float] | None = None,
              cpu: dict[str, float] | None = None, workers: int = 1) -> list[Finding]:
    """Every kind's findings, ranked and numbered F001, F002, ...; `timings` gets each kind's
    seconds, `cpu` its CPU seconds.

    With `workers` > 1 and enough facts, one kind is judged here while a forked process judges the
    others, shared as evenly as `judge_weight` tells; the findings are the same either way, in the
    same order.
    """
    groups = [(kind, mine) for kind in REGISTRY if (mine := [f for f in facts if f.kind in kind.kinds])]
    results: dict[str, Judged] = {}
    if workers > 1 and len(groups) > 1 and len(facts) >= PARALLEL_JUDGE_FROM and _can_fork():
        here = _half_of_the_work(groups)
        others = [group for group in groups if group is not here]
        results.update(_judge_forked(others, story, here=[here]))
    else:
        results.update(_judge(groups, story))
    findings: list[Finding] = []
    for kind, _ in groups:  # registry order, wherever each kind was judged
        found, seconds, cpu_seconds = results[kind.name]
        findings += found
        if timings is not None:
            timings[kind.name] = seconds
        if cpu is not None:
            cpu[kind.name] = cpu_seconds
    return rank_and_number(findings)


def _half_of_the_work(groups: Sequence[tuple[FactKind, list[Fact]]]) -> tuple[FactKind, list[Fact]]:
    """The kind to judge here while another process judges the rest: the one that leaves the two
    processes the most even shares of the work (facts times each kind's `judge_weight`)."""
    costs = [kind.judge_weight * len(facts) for kind, facts in groups]
    total = sum(costs)
    best = min(range(len(groups)), key=lambda i: max(costs[i], total - costs[i]))
    return groups[best]


def _judge(groups: Sequence[tuple[FactKind, list[Fact]]], story: StoryContext) -> dict[str, Judged]:
    results = {}
    for kind, mine in groups:
        started, started_cpu = time.perf_counter(), time.process_time()
        found = kind.judge(mine, story)
        results[kind.name] = (found, time.perf_counter() - started, time.process_time() - started_cpu)
    return results


def _judge_inherited() -> dict[str, Judged]:
    return _judge(_TO_JUDGE, _STORY[0])


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _judge_forked(away: list[tuple[FactKind, list[Fact]]], story: StoryContext, *,
                  here: list[tuple[FactKind, list[Fact]]]) -> dict[str, Judged]:
    """Judge `away` in a forked process while this one judges `here`."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _TO_JUDGE[:], _STORY[:] = away, [story]
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_judge_inherited)
            results = _judge(here, story)
            results.update(future.result())
    finally:
        _TO_JUDGE.clear()
        _STORY.clear()
    return results
