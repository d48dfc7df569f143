"""Judge each cluster of aligned facts: conflict, qualified, agree or single, and how much it matters."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter, not_

from ...models import Fact, Finding, Quantity, Verdict
from .._shared import Outlets, RememberedOutlets
from ..base import StoryContext
from .align import Cluster, align
from .apart import Apart
from .clock import MINUTES_PER_DAY
from .findings import FactRun, finding, finding_of
from .settings import DEFAULTS, MeasuresSettings
from .spans import Span, Spans, readings_of, weekday_of, weekday_span
from .units import unit_dimension


@dataclass(frozen=True, slots=True)
class Judgement:
    level: int  # 0 same, 1 qualifier explains, 2 rounding/conversion/complement explains, 3 conflict
    reason: str


SAME, QUALIFIER, LOOSE, CONFLICT = 0, 1, 2, 3
_DETAIL, _FRAME, _DOC = attrgetter("detail"), attrgetter("frame"), attrgetter("doc")


def judge(a: Span, b: Span, *, settings: MeasuresSettings = DEFAULTS) -> Judgement:
    """How two readings of one fact relate; a trend word explains any difference in time.

    A figure that a bound allows is the same figure ("54 charges", "more than 50 charges"); one
    figure written with two different qualifiers is a qualified difference ("more than $1 million",
    "about $1 million").
    """
    if a.unit == b.unit == "clock" and a.written is not None and b.written is not None:
        b = _same_day_round(b, round((a.written - b.written) / MINUTES_PER_DAY) * MINUTES_PER_DAY)
    overlap = a.low <= b.high and b.low <= a.high
    slack = a.slack + b.slack
    converted = a.unit != b.unit and bool(a.unit and b.unit) and unit_dimension(a.unit) == unit_dimension(b.unit)
    converted = converted and unit_dimension(a.unit) != "share"  # 37% and two-thirds: no conversion between them
    if converted and not (a.unit or "").isupper():  # a converted length or weight is rounded in the conversion
        slack += settings.conversion_share * max(abs(a.written or 0.0), abs(b.written or 0.0))
    if converted and a.low - slack <= b.high and b.low - slack <= a.high:
        money = bool(a.unit and a.unit.isupper())
        return Judgement(LOOSE, "currency conversion" if money else "unit conversion")
    if a.low == b.low and a.high == b.high:
        return Judgement(SAME, "same figure")
    if (a.vague or b.vague) and overlap:
        return Judgement(SAME, "same figure")  # "millions" allows "as many as 75 million"
    for exact, hedged in ((a, b), (b, a)):
        if exact.low == exact.high and hedged.low <= exact.low <= hedged.high and _allows(hedged, exact.low, settings):
            return Judgement(SAME, "same figure")
    if a.written == b.written and overlap and a.trend == b.trend:
        return Judgement(QUALIFIER, "the same figure with different qualifiers")
    trend = a.trend if a.trend != b.trend else None
    trend = trend or (b.trend if b.trend != a.trend else None)
    if a.low <= b.high and b.low <= a.high:
        return Judgement(QUALIFIER, _trend_reason(trend) if trend else "the qualifiers allow both")
    slack = a.slack + b.slack
    if _within(a, b, slack):
        reasons = {r for r in (a.why_slack, b.why_slack) if r}
        return Judgement(LOOSE, " and ".join(sorted(reasons)) or "rounding")
    if trend:
        return Judgement(LOOSE, _trend_reason(trend))
    return Judgement(CONFLICT, "the figures cannot both hold")


def _same_day_round(span: Span, shift: float) -> Span:
    """A time of day moved by whole days: "just before midnight" (23:59) meets "around midnight" (0:00)."""
    if not shift:
        return span
    return replace(span, low=span.low + shift, high=span.high + shift, written=(span.written or 0.0) + shift)


def _within(a: Span, b: Span, slack: float) -> bool:
    """Whether the slack bridges the gap; rounding must bridge it strictly ("130 pounds" is no
    rounding of 135, which rounds to 140), a time gap such as an age's may bridge it exactly."""
    gap = max(a.low - b.high, b.low - a.high)
    tolerance = 1e-9 * max([abs(x) for x in (a.low, a.high, b.low, b.high) if math.isfinite(x)] + [1.0])
    if {a.why_slack, b.why_slack} <= {"rounding", ""}:
        return gap < slack - tolerance
    return gap <= slack + tolerance


def _allows(hedged: Span, value: float, settings: MeasuresSettings) -> bool:
    """Whether a hedged figure is only a rounding of an exact one: "more than 50" of 54, "nearly $14
    billion" of $13.9 billion. "At least 12" against 15, or "about 13" against 13.9, is a difference."""
    written = hedged.written
    if written is None:
        return True
    return abs(value - written) <= max(hedged.step / 2, hedged.slack, abs(written) * settings.same_when_approximate)


def _trend_reason(trend: str | None) -> str:
    return {
        "forecast": "one figure is a forecast or expectation, the other a current count",
        "up": "one figure is described as a rising or running count",
        "down": "one figure is described as having fallen",
        "peak": "one figure is a peak at one point in time",
    }.get(trend or "", "an update explains it")


def judge_measures(facts: Sequence[Fact], story: StoryContext) -> list[Finding]:
    """Verdicts for every group of aligned figures and dates; ids are left for the caller to number."""
    settings = story.settings_of("measures", MeasuresSettings)
    published: dict[int, list[int]] = {}
    for doc_id, day in story.published.items():
        published.setdefault(story.story_of.get(doc_id, 0), []).append(day.year)
    clusters = align(facts, story_of=story.story_of, published_years=published, settings=settings)
    stated = _stated(clusters)
    findings: list[Finding] = []
    outlets = RememberedOutlets(story.outlet_of)  # a fact's claim is built once, however many findings list it
    spans_of = Spans(story.rates, settings)
    for cluster in clusters:
        findings.extend(_judge_cluster(cluster, outlets, spans_of, settings, stated))
    return findings


Stated = set[tuple[str, str | None, float, str | None, str | None]]


def _stated(clusters: Sequence[Cluster]) -> Stated:
    """Every figure a document states with whose and what it is, to see whether an outlet gives both sides."""
    return {_said(f) for c in clusters for f in c.facts if isinstance(f.detail, Quantity)}


def _said(fact: Fact) -> tuple[str, str | None, float, str | None, str | None]:
    assert isinstance(fact.detail, Quantity)
    frame = fact.frame
    owner = (frame.owner or "").lstrip("~") or None if frame else None
    return (fact.doc, fact.detail.unit, fact.detail.value, owner, None)


def _judge_cluster(
    cluster: Cluster, outlets: Outlets, spans_of: Spans, settings: MeasuresSettings, stated: Stated
) -> list[Finding]:
    """Verdicts for one cluster; work is done per distinct reading, not per pair of facts."""
    facts = cluster.facts
    spans = spans_of(facts)
    if any(s is None and weekday_of(f) is not None for s, f in zip(spans, facts, strict=True)):
        spans = [weekday_span(f) for f in facts]  # a bare weekday: compare the days every outlet names
    readings = readings_of(spans)
    if len({facts[i].doc for members in readings.values() for i in members}) < 2:
        return _unresolved(facts, outlets)
    verdict_of = _cached_judge(settings)
    distinct = list(readings)  # by position from here: a span is slow to hash
    apart = Apart(distinct)
    chosen = _majority(distinct, list(readings.values()), facts, verdict_of, apart)
    majority = [distinct[at] for at in chosen]
    explained: list[tuple[Span, Judgement]] = []
    unexplained: list[Span] = []
    kept = set(chosen)
    for at in (n for n in range(len(distinct)) if n not in kept):
        span = distinct[at]
        if any(apart.apart(at, m) for m in chosen):
            unexplained.append(span)  # what judge would find without asking
            continue
        worst = max((verdict_of(span, m) for m in majority), key=lambda v: v.level)
        if worst.level == CONFLICT:
            unexplained.append(span)
        else:
            explained.append((span, worst))
    reasons = [verdict_of(a, b).reason for n, a in enumerate(majority) for b in majority[n + 1 :]]
    reasons = [r for r in reasons if r != "same figure"] + [j.reason for _, j in explained]
    group = sorted(i for span in majority + [s for s, _ in explained] for i in readings[span])
    findings: list[Finding] = []
    if len({facts[i].doc for i in group}) >= 2:
        verdict: Verdict = "qualified" if reasons else "agree"
        findings.append(finding([facts[i] for i in group], verdict, _explain(reasons), outlets, cluster.why))
    elif not unexplained:
        findings.append(finding([facts[i] for i in group], "single", "only one outlet gives this figure", outlets))
    # The outlier is set against the readings that state the best-supported one: "12 miles" against
    # "1.2 miles", without the "one mile" that merely rounds 1.2 and is reported with it above.
    backing = [i for span in majority if not _rounds(verdict_of(span, majority[0])) for i in readings[span]]
    supports: dict[tuple[int, ...], _Support] = {}  # most outliers are set against the same backing facts
    for same_value in _by_value(unexplained, readings):
        findings.extend(_conflict(cluster, same_value, backing, outlets, settings, stated, supports))
    return findings


def _fits(a: Span, b: Span) -> bool | None:
    """Whether `judge` finds the two compatible (level LOOSE or below), worked out without judging
    them when they share a unit other than a time of day: a trend word on one explains any difference,
    and two of one trend fit when they overlap or the slack bridges the gap. None: judge them."""
    if a.unit != b.unit or a.unit == "clock":
        return None
    if a.trend != b.trend:
        return True
    return (a.low <= b.high and b.low <= a.high) or _within(a, b, a.slack + b.slack)


def _rounds(judgement: Judgement) -> bool:
    return judgement.level == LOOSE and judgement.reason == "rounding"


def _cached_judge(settings: MeasuresSettings) -> Callable[[Span, Span], Judgement]:
    """`judge` remembered for one cluster, by the spans' identities: hashing a span costs more than
    judging it again. Each entry holds its spans, so no id is taken by another span meanwhile."""
    cache: dict[tuple[int, int], tuple[Judgement, Span, Span]] = {}

    def verdict_of(a: Span, b: Span) -> Judgement:
        found = cache.get((id(a), id(b)))
        if found is None:
            found = cache[(id(a), id(b))] = (judge(a, b, settings=settings), a, b)
        return found[0]

    return verdict_of


class _Support:
    """The facts backing the majority against one outlier: a run of a finding, and the figures they state."""

    __slots__ = ("run", "said")

    def __init__(self, run: FactRun, said: set[tuple[str | None, float, str | None, str | None]]) -> None:
        self.run, self.said = run, said


def _conflict(
    cluster: Cluster,
    same_value: list[int],
    backing: list[int],
    outlets: Outlets,
    settings: MeasuresSettings,
    stated: Stated,
    supports: dict[tuple[int, ...], _Support],
) -> list[Finding]:
    """One side of a conflict against the majority, if the alignment is strong enough to say so."""
    facts = cluster.facts
    outlier_docs = {facts[i].doc for i in same_value}
    backers = map(facts.__getitem__, backing)  # the backing not from an outlier's document (no Python step per fact)
    support = list(compress(backing, map(not_, map(outlier_docs.__contains__, map(_DOC, backers)))))
    sample = support[: settings.conflict_sample]
    best = max((cluster.score(i, m) for i in same_value[: settings.conflict_sample] for m in sample), default=0.0)
    if not support or best < settings.min_conflict_score:
        reason = "no other outlet clearly states the same fact"
        return [finding([facts[i]], "single", reason, outlets) for i in same_value]
    key = tuple(support)
    backed = supports.get(key)
    if backed is None:
        backed = supports[key] = _supported(list(map(facts.__getitem__, support)), outlets)
    runs = [FactRun(list(map(facts.__getitem__, same_value)), outlets), backed.run]
    if any((facts[i].doc, *said) in stated for i in same_value for said in backed.said):
        reason = "the outlet giving this figure also gives the other, so it tells the two apart"
        return [finding_of(runs, "qualified", reason, cluster.why)]
    return [finding_of(runs, "conflict", "", cluster.why)]


def _supported(backers: list[Fact], outlets: Outlets) -> _Support:
    """'$13.2 billion ... including net debt, $13.9 billion': an outlet stating both figures explains
    them, so the figures the backers state are kept with them, each with whose it is."""
    keys = zip(map(id, map(_DETAIL, backers)), map(id, map(_FRAME, backers)), strict=True)
    said = dict(zip(keys, backers, strict=True))  # reprints say one thing
    return _Support(FactRun(backers, outlets),
                    {_said(fact)[1:] for fact in said.values() if isinstance(fact.detail, Quantity)})


def _unresolved(facts: Sequence[Fact], outlets: Outlets) -> list[Finding]:
    """Facts that cannot be placed on a scale (a weekday with no publication date): same words agree."""
    by_words: dict[str, list[Fact]] = {}
    for fact in facts:
        by_words.setdefault(" ".join(fact.value.lower().split()), []).append(fact)
    findings = []
    for group in by_words.values():
        if len({f.doc for f in group}) >= 2:
            findings.append(finding(group, "agree", "", outlets))
        else:
            findings.extend(finding([f], "single", "only one outlet gives this figure", outlets) for f in group)
    return findings


def _by_value(unexplained: list[Span], readings: dict[Span, list[int]]) -> list[list[int]]:
    """Outliers that give the same figure form one side of one conflict."""
    groups: dict[tuple[float, float], list[int]] = {}
    for span in unexplained:
        groups.setdefault((span.low, span.high), []).extend(readings[span])
    return [sorted(group) for group in groups.values()]


def _majority(
    spans: list[Span], members: list[list[int]], facts: Sequence[Fact],
    verdict_of: Callable[[Span, Span], Judgement], apart: Apart,
) -> list[int]:
    """The largest set of mutually compatible readings (positions), grown from the best-supported one.

    Support is counted in outlets; exact, current figures are preferred as the seed, and a reading
    joins only when it is compatible with every reading already in.
    """
    docs = [{facts[i].doc for i in these} for these in members]

    def fits(a: int, b: int) -> bool:  # readings plainly apart never get here from `near`; `_fits` refuses them
        quick = _fits(spans[a], spans[b])
        return verdict_of(spans[a], spans[b]).level <= LOOSE if quick is None else quick

    def preference(at: int) -> tuple[int, int, int, int, int]:
        backers = set().union(*[docs[n] for n in apart.near(at) if fits(at, n)])
        first = members[at][0]
        detail = facts[first].detail
        exact = 1 if isinstance(detail, Quantity) and detail.bound == "=" else 0
        return (len(backers), 0 if spans[at].trend else 1, exact, len(docs[at]), -first)

    ordered = sorted(range(len(spans)), key=preference, reverse=True)
    chosen = [ordered[0]]
    for at in ordered[1:]:
        if all(fits(at, other) for other in chosen):
            chosen.append(at)
    return chosen


def _explain(reasons: Sequence[str]) -> str:
    unique = list(dict.fromkeys(reasons))
    return "; ".join(unique) if unique else "all outlets give the same figure"
