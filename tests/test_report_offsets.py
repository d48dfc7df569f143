"""Every claim in every report points at exactly the text it quotes: text[start:end] == value.

Stories are generated from sentence parts (names with titles, quotes in several styles, figures,
dates), so the property is checked over findings of every kind, not one fixture.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcediff.models import Document, Report
from sourcediff.pipeline import check, facts

PEOPLE = ["Maria Lopez", "Dr Maria Lopez", "Professor Maria Lopez", "Ms Lopez", "Lopez's", "Sir Alan Brook",
          "Lord Brook", "Alan Broke", "Chief Constable Dana Reyes", "Dana Reyes", "Reyes"]
PLACES = ["Northfield", "Northfeild", "Port Amber", "the valley of Caldra", "Caldra"]
QUOTES = [
    "“We will rebuild every home that was lost,” {who} said.",
    "“We will rebuild every home,” {who} said. “Nobody will be left behind.”",
    "{who} said: ‘We will rebuild every home that was lost.’",
    "“We will rebuild every single home that was lost,” said {who}.",
    "{who} told reporters the damage was “unprecedented”.",
    "“It's too early to say what went wrong,” {who} added, “but we won't stop looking.”",
]
FIGURES = [
    "At least 12 people were killed in {place} on Tuesday.",
    "The death toll in {place} has risen to 15.",
    "Some 3,000 residents of {place} were evacuated, officials said.",
    "The council approved £20m ($27m) in emergency aid for {place}.",
    "A three-month inquiry will report by the end of 2026.",
    "Nearly two-thirds of homes in {place} had no insurance.",
    "Rescue teams worked for 36 hours, and about 40% of roads reopened by Friday.",
]

sentence = st.one_of(
    st.builds(lambda q, who: q.format(who=who), st.sampled_from(QUOTES), st.sampled_from(PEOPLE)),
    st.builds(lambda f, place: f.format(place=place), st.sampled_from(FIGURES), st.sampled_from(PLACES)),
    st.builds(lambda who, place: f"{who} visited {place} on Monday.", st.sampled_from(PEOPLE), st.sampled_from(PLACES)),
)
article = st.lists(st.lists(sentence, min_size=1, max_size=3).map(" ".join), min_size=3, max_size=7).map("\n".join)


def assert_claims_point_at_their_text(report: Report) -> None:
    texts = {doc.id: doc.text for doc in report.documents}
    for finding in report.findings:
        for claim in finding.claims:
            assert texts[claim.doc][claim.start : claim.end] == claim.value, (finding.kind, claim)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=2, max_size=4))
def test_every_claim_is_an_exact_slice_of_its_document(bodies: list[str]) -> None:
    docs = [Document(id=f"d{n}", outlet=f"Outlet {n}", text=f"Floods hit the region\n{body}")
            for n, body in enumerate(bodies)]
    report = check(docs, no_filter=True)
    assert_claims_point_at_their_text(report)
    kinds = {f.kind for f in report.findings}
    assert kinds <= {"number", "duration", "date", "time", "name", "quote"}


def test_fixture_story_claims_are_exact_slices() -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"
    report = check([str(fixture)])
    assert {f.kind for f in report.findings} >= {"name", "quote", "number", "duration"}
    assert_claims_point_at_their_text(report)


def test_every_listed_fact_is_an_exact_slice(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"
    found = facts([str(fixture)])
    texts = {doc.id: doc.text for doc in found.documents}
    assert {f.kind for f in found.facts} == {"number", "duration", "date", "name", "quote"}
    for fact in found.facts:
        assert texts[fact.doc][fact.start : fact.end] == fact.value
