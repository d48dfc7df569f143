"""A conflict's finding built from runs of facts (the outliers, then the outlets backing the majority,
shared by every outlier's finding) says exactly what the finding of all those facts in one list says."""

from __future__ import annotations

import pytest

from sourcediff.kinds._shared import RememberedOutlets
from sourcediff.kinds.measures.findings import FactRun, finding, finding_of
from sourcediff.models import Document, Fact, Report, Verdict
from sourcediff.pipeline import check

OUTLETS = "ABCDEFGH"
TOLL = [
    "A strong earthquake struck the coastal province of Veyra early on Monday, officials said.",
    "{n} people were killed and more than 300 were injured when buildings collapsed.",
    "Rescue teams were searching the rubble of 45 homes in the town of Ostin on Monday night.",
]


TOLLS = ["62", "62", "62", "About 60", "75", "62", "81", "62"]  # one toll per outlet, A to H


def story() -> Report:
    return check([
        Document(id=f"doc{n}", text=" ".join(TOLL).format(n=toll), outlet=f"Outlet {OUTLETS[n]}",
                 title=f"Story {n}", published="2025-03-10", source=f"doc{n}.txt")
        for n, toll in enumerate(TOLLS)
    ])


def story_facts() -> list[Fact]:
    facts = [f for f in story().facts if f.kind in ("number", "duration", "date")]
    assert len({f.doc for f in facts}) == len(TOLLS)
    return facts


@pytest.mark.parametrize("verdict", ["conflict", "qualified", "agree", "single"])
def test_a_finding_of_runs_is_the_finding_of_their_facts_in_one_list(verdict: Verdict) -> None:
    facts = story_facts()
    outlets = RememberedOutlets(lambda doc: "Outlet " + OUTLETS[int(doc[3:])])
    whole = finding(facts, verdict, "a reason", outlets, ("why",))
    for cut in (1, 2, len(facts) // 2, len(facts) - 1):
        head, tail = FactRun(facts[:cut], outlets), FactRun(facts[cut:], outlets)
        assert finding_of([head, tail], verdict, "a reason", ("why",)) == whole
    shared = FactRun(facts[3:], outlets)  # one run listed by several findings, as a cluster's backing is
    for cut in (1, 2, 3):
        assert finding_of([FactRun(facts[:cut], outlets), shared], verdict, "a reason") == finding(
            facts[:cut] + facts[3:], verdict, "a reason", outlets)


def test_each_outlier_is_set_against_the_same_backing_outlets() -> None:
    conflicts = [f for f in story().findings if f.verdict == "conflict"]
    outliers = {c.value: c.outlet for f in conflicts for c in f.claims if c.value not in ("62 people", "60 people")}
    assert outliers == {"75 people": "Outlet E", "81 people": "Outlet G"}
    for conflict in conflicts:
        backing = {c.outlet for c in conflict.claims if c.value in ("62 people", "60 people")}
        assert backing == {"Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet F", "Outlet H"}
        assert "'62 people' (Outlet A, Outlet B, Outlet C, Outlet F, Outlet H)" in conflict.summary
        assert "disagree on people killed" in conflict.summary
