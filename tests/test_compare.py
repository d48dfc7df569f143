"""Alignment and verdicts on small multi-outlet stories, as `sourcediff check` would judge them.

Every story is a few plausible news paragraphs per outlet, passed to the pipeline as ready-made
`Document` records. Tests assert what a fact-checker reads off the report: which figures were
lined up, the verdict, and how severe it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from sourcediff.models import Document, Finding, Report
from sourcediff.pipeline import check

PUBLISHED = "2025-06-16"
BOTH_FILTERS = pytest.mark.parametrize("no_filter", [False, True], ids=["filtered", "no-filter"])


def story(*texts: str, no_filter: bool = False) -> Report:
    documents = [
        Document(id=f"doc{n}", text=text, outlet=f"Outlet {'ABCDEFGH'[n]}", title=f"Story {n}",
                 published=PUBLISHED, source=f"doc{n}.txt")
        for n, text in enumerate(texts)
    ]
    report = check(documents, no_filter=no_filter)
    assert_claims_point_into_documents(report)
    return report


def assert_claims_point_into_documents(report: Report) -> None:
    by_id = {doc.id: doc for doc in report.documents}
    for finding in report.findings:
        for claim in finding.claims:
            document = by_id[claim.doc]
            assert document.text[claim.start : claim.end] == claim.value
            assert claim.value in claim.text
            assert claim.outlet == document.outlet


def holding(report: Report, *values: str) -> list[Finding]:
    """Findings with a claim for each of the given values (exact printed text)."""
    return [f for f in report.findings if all(any(c.value == v for c in f.claims) for v in values)]


def the_finding(report: Report, *values: str) -> Finding:
    found = holding(report, *values)
    assert len(found) == 1, f"{values}: {[(f.verdict, [c.value for c in f.claims]) for f in report.findings]}"
    return found[0]


def verdicts(report: Report, kinds: Sequence[str] = ("number", "duration")) -> list[str]:
    return sorted(f.verdict for f in report.findings if f.kind in kinds)


FLOOD_AT_LEAST = """Flash floods swept through the valley town of Marlow on Tuesday night after days of heavy rain.
At least 12 people were killed when the river burst its banks, police said.
Rescue teams searched collapsed homes in Marlow through the night and the army was called in."""
FLOOD_EXACT = """Flash floods tore through Marlow on Tuesday night after days of heavy rain.
Police said 15 people were killed when the river burst its banks in the town.
Rescue teams searched collapsed homes through the night, and the army was called in to help."""
OFF_STORY_TAIL = """
Elsewhere, a cryptocurrency exchange in Singapore said hackers had stolen tokens worth $45m from wallets.
Shares in the exchange's parent company fell sharply in early trading after the announcement."""


@BOTH_FILTERS
def test_a_lower_bound_and_a_higher_exact_count_are_not_a_conflict(no_filter: bool) -> None:
    report = story(FLOOD_AT_LEAST, FLOOD_EXACT, no_filter=no_filter)
    finding = the_finding(report, "12 people", "15 people")
    assert finding.verdict == "qualified"
    assert finding.severity == "low"
    assert "conflict" not in verdicts(report)


BOMB_40 = """A car bomb exploded in a crowded market in the city of Karbala on Friday morning.
The interior ministry blamed the attack on insurgents and promised an inquiry into the bombing.
Officials said 40 people were killed in the blast and dozens more were wounded."""
BOMB_52 = """A car bomb tore through a crowded market in Karbala on Friday morning.
The interior ministry blamed insurgents for the bombing and ordered an inquiry.
Hospital officials said 52 people were killed in the blast, with many more wounded."""


@BOTH_FILTERS
def test_different_death_tolls_for_one_attack_are_a_high_severity_conflict(no_filter: bool) -> None:
    report = story(BOMB_40, BOMB_52, no_filter=no_filter)
    finding = the_finding(report, "40 people", "52 people")
    assert finding.verdict == "conflict"
    assert finding.severity == "high"  # casualties, though neither figure is in the opening paragraphs
    assert {c.outlet for c in finding.claims} == {"Outlet A", "Outlet B"}
    assert "disagree" in finding.summary


REFERENDUM_53 = """Voters in the northern province backed the new constitution in Sunday's referendum.
The electoral commission said 53% of voters supported the change.
Turnout was high across the province, officials said."""
REFERENDUM_52_9 = """The new constitution was approved by voters in the northern province on Sunday.
According to the electoral commission, 52.9% of voters supported the change.
Officials said turnout was high across the province."""


def test_a_rounded_share_is_qualified_by_rounding() -> None:
    report = story(REFERENDUM_53, REFERENDUM_52_9)
    finding = the_finding(report, "53%", "52.9%")
    assert finding.verdict == "qualified"
    assert finding.severity == "low"
    assert "rounding" in finding.summary


GRANT_GBP = """The Wellcome Trust has awarded a grant of £10m to a malaria research centre in Oxford.
The grant will pay for trials of a new malaria vaccine in Kenya and Ghana.
Researchers in Oxford said the money would transform their work on the disease."""
GRANT_USD = """A malaria research centre in Oxford has won a {amount} grant from the Wellcome Trust.
The money will pay for trials of a new malaria vaccine in Kenya and Ghana, researchers said.
Researchers said the grant would transform their work on the disease."""


@pytest.mark.parametrize("amount", ["$13.5m", "$13m", "$14m"])
def test_the_same_grant_in_two_currencies_is_not_a_conflict(amount: str) -> None:
    report = story(GRANT_GBP, GRANT_USD.format(amount=amount))
    finding = the_finding(report, "£10m", amount)
    assert finding.verdict in ("qualified", "agree")
    assert finding.kind == "number"
    assert all(f.verdict != "conflict" for f in report.findings)


def test_a_currency_conversion_is_named_as_the_reason() -> None:
    report = story(GRANT_GBP, GRANT_USD.format(amount="$13m"))
    finding = the_finding(report, "£10m", "$13m")
    assert finding.verdict == "qualified"
    assert "currency conversion" in finding.summary


def test_an_exact_conversion_is_still_qualified_not_agreed() -> None:
    report = story(GRANT_GBP, GRANT_USD.format(amount="$13.5m"))
    finding = the_finding(report, "£10m", "$13.5m")
    assert finding.verdict == "qualified"


def test_a_grant_twice_as_large_is_a_conflict() -> None:
    report = story(GRANT_GBP, GRANT_USD.format(amount="$30m"))
    assert the_finding(report, "£10m", "$30m").verdict == "conflict"


CASES_NOW_AND_EXPECTED = """Prosecutors in Leeds are reviewing historic fraud investigations after a damning inspection report.
Over 800 previously closed fraud cases have been reopened by the prosecution service. That number is expected to surpass 1,000 in the coming weeks, officials said.
The inspectors criticised delays in the prosecution service and a lack of specialist staff."""  # noqa: E501
CASES_EXPECTED = """A damning inspection report has led prosecutors in Leeds to review historic fraud investigations.
The number of closed fraud cases being reopened is expected to rise to more than 1,000 in the coming weeks.
The inspectors criticised delays and a lack of specialist staff at the prosecution service."""


@BOTH_FILTERS
def test_a_current_count_and_a_forecast_are_qualified_by_time(no_filter: bool) -> None:
    report = story(CASES_NOW_AND_EXPECTED, CASES_EXPECTED, no_filter=no_filter)
    finding = the_finding(report, "800", "1,000")
    assert finding.verdict == "qualified"
    assert "forecast" in finding.summary
    assert {c.doc for c in finding.claims if c.value == "1,000"} == {"doc0", "doc1"}
    assert "conflict" not in verdicts(report)


INQUIRY_THREE = """The government has ordered a public inquiry into the collapse of the bridge in Dundee.
Engineers have blamed corrosion in the steel supports for the collapse of the bridge.
The three-month inquiry will be led by a retired judge, ministers said."""
INQUIRY_FOUR = """Ministers have ordered a public inquiry into the Dundee bridge collapse.
Engineers blamed corrosion in the steel supports for the collapse of the bridge.
The inquiry, which will last four months, will be led by a retired judge."""


@BOTH_FILTERS
def test_three_months_against_four_months_is_a_conflict(no_filter: bool) -> None:
    report = story(INQUIRY_THREE, INQUIRY_FOUR, no_filter=no_filter)
    finding = the_finding(report, "three-month", "four months")
    assert finding.verdict == "conflict"
    assert finding.kind == "duration"
    assert finding.severity == "medium"  # no casualties, and not in the opening paragraphs


RECORDED = """A review of hospital records in the region found widespread gaps in patient data, officials said.
Ethnicity was recorded for only 37% of patients treated for the condition, the review found.
The health authority said it would improve how data is collected."""
NOT_RECORDED = """Widespread gaps in patient data have been found by a review of hospital records in the region.
The review found that ethnicity was not recorded for two-thirds of patients treated for the condition.
The health authority promised to improve how data is collected."""


def test_a_share_recorded_and_its_complement_not_recorded_agree_loosely() -> None:
    report = story(RECORDED, NOT_RECORDED)
    finding = the_finding(report, "37%", "two-thirds")
    assert finding.verdict == "qualified"
    assert "complement" in finding.summary
    assert "conflict" not in verdicts(report)


SMUGGLING_NOW = """Police in Dover say a people-smuggling network has been broken up after a long investigation.
Seven men were convicted this year of running the smuggling network from the port.
Officers said the network had made millions from desperate migrants."""
SMUGGLING_THEN = """A people-smuggling network operating from Dover has been broken up, police say.
The case echoes an earlier investigation at the port, in which nine men were convicted in 2012.
Officers said smuggling networks made millions from desperate migrants."""


def test_counts_from_different_years_are_different_events() -> None:
    report = story(SMUGGLING_NOW, SMUGGLING_THEN)
    assert "conflict" not in verdicts(report)
    assert not holding(report, "Seven", "nine")


def test_the_same_counts_without_years_would_be_a_conflict() -> None:
    """The control for the test above: it is the years that keep the two apart."""
    now = SMUGGLING_NOW.replace(" this year", "")
    then = SMUGGLING_THEN.replace("The case echoes an earlier investigation at the port, in which nine men "
                                  "were convicted in 2012.", "Nine men were convicted of running the "
                                  "smuggling network from the port.")
    report = story(now, then)
    assert the_finding(report, "Seven men", "Nine men").verdict == "conflict"


TOLL = [
    """Floods swept through the valley on Monday, and officials said 40 people were killed.
Rescue teams continued to search the flooded villages for survivors.
The government declared a state of emergency across the region.""",
    """Officials said 40 people were killed when floods swept through the valley on Monday.
Rescue teams were still searching for survivors in the flooded villages.
The government has declared a state of emergency in the region.""",
    """Some 40 people were killed when floods hit the valley on Monday, officials said.
Rescue teams searched flooded villages for survivors.
A state of emergency has been declared in the region by the government.""",
    """Floods swept through the valley on Monday, and officials said 65 people were killed.
Rescue teams searched the flooded villages for survivors.
The government declared a state of emergency in the region.""",
]


def test_three_outlets_agree_and_the_fourth_is_the_conflict() -> None:
    report = story(*TOLL)
    counts = [f for f in report.findings if f.kind == "number"]
    agree = [f for f in counts if f.verdict == "agree"]
    conflict = [f for f in counts if f.verdict == "conflict"]
    assert len(agree) == 1 and len(conflict) == 1, [(f.verdict, [c.value for c in f.claims]) for f in counts]
    assert {c.doc for c in agree[0].claims} == {"doc0", "doc1", "doc2"}
    assert {c.value for c in agree[0].claims} == {"40 people"}
    outlier = [c for c in conflict[0].claims if c.doc == "doc3"]
    assert [c.value for c in outlier] == ["65 people"]
    assert {c.doc for c in conflict[0].claims} == {"doc0", "doc1", "doc2", "doc3"}
    assert conflict[0].severity == "high"
    assert "'65 people' (Outlet D)" in conflict[0].summary


RECOMMENDATIONS = """An independent review of how police handle domestic abuse cases was published on Tuesday.
The review of domestic abuse policing made 12 recommendations to chief constables.
Campaigners said the review showed victims of domestic abuse had been let down by police."""
FORCES = """An independent review of how police handle domestic abuse cases has been published.
The review of domestic abuse policing examined 15 police forces and their chief constables.
Campaigners said victims of domestic abuse had been let down by police for years."""


@BOTH_FILTERS
def test_figures_counting_different_things_are_never_aligned(no_filter: bool) -> None:
    report = story(RECOMMENDATIONS, FORCES, no_filter=no_filter)
    assert not holding(report, "12 recommendations", "15")
    assert the_finding(report, "12 recommendations").verdict == "single"
    assert the_finding(report, "15").verdict == "single"
    assert "conflict" not in verdicts(report)


def test_an_off_story_tail_is_set_aside_unless_no_filter() -> None:
    filtered = story(FLOOD_AT_LEAST + OFF_STORY_TAIL, FLOOD_EXACT)
    assert not holding(filtered, "$45m")
    assert {d.doc for d in filtered.dropped} == {"doc0"}
    assert any("off-story" in d.reason for d in filtered.dropped)
    kept = story(FLOOD_AT_LEAST + OFF_STORY_TAIL, FLOOD_EXACT, no_filter=True)
    assert kept.dropped == ()
    assert the_finding(kept, "$45m").verdict == "single"
    assert the_finding(kept, "12 people", "15 people").verdict == "qualified"


def test_one_outlet_alone_gives_only_single_findings() -> None:
    report = story(BOMB_40)
    assert {f.verdict for f in report.findings} == {"single"}
    assert all(f.severity == "info" for f in report.findings)


def test_findings_are_numbered_most_severe_first() -> None:
    report = story(BOMB_40, BOMB_52)
    assert [f.id for f in report.findings] == [f"F{n:03d}" for n in range(1, len(report.findings) + 1)]
    assert report.findings[0].verdict == "conflict"


SUSPECT = (
    "Police in Dunmore are searching for a man who robbed a petrol station on Friday night.\n"
    "The suspect is described as about 5 feet 8 inches tall and weighing {weight} pounds.\n"
    "He fled on foot towards the railway station, police said."
)


@pytest.mark.parametrize(("one", "other", "verdict"), [("130", "135", "conflict"), ("130", "134", "qualified"),
                                                       ("135", "135", "agree")])
def test_a_figure_given_to_the_unit_is_no_rounding_of_a_round_one(one: str, other: str, verdict: str) -> None:
    report = story(SUSPECT.format(weight=one), SUSPECT.format(weight=other))
    values = {f"{one} pounds", f"{other} pounds"}
    assert the_finding(report, *values).verdict == verdict


DEPTH = ("A magnitude 4.1 earthquake shook the hill towns of Brenford on Sunday.\n"
         "The quake struck {depth} below the surface, the geological survey said.\nNo damage was reported.")


def test_an_outlier_is_set_against_the_figure_not_against_its_roundings() -> None:
    report = story(DEPTH.format(depth="1.4 miles"), DEPTH.format(depth="1.4 miles"), DEPTH.format(depth="one mile"),
                   DEPTH.format(depth="14 miles"))
    conflict = the_finding(report, "14 miles")
    assert conflict.verdict == "conflict"
    assert {c.value for c in conflict.claims} == {"14 miles", "1.4 miles"}
    assert the_finding(report, "one mile", "1.4 miles").verdict == "qualified"


CABLES = ("Thousands of homes in Ardley lost power {when} two transmission lines were brought down by ice on Monday.\n"
          "Engineers said repairs to the lines would take several days.")


def test_a_trend_verb_of_another_clause_does_not_make_a_figure_a_fall() -> None:
    report = story(CABLES.format(when="after"), CABLES.format(when="after").replace("two", "three"))
    finding = the_finding(report, "two", "three")
    assert finding.verdict == "conflict"


ARREST = ("Police in Calder said a man wanted over the bank robbery in the town was arrested {when} on Friday.\n"
          "He was held at the central police station and will appear in court on Monday.")


def test_times_either_side_of_midnight_are_the_same_time() -> None:
    report = story(ARREST.format(when="just before midnight"), ARREST.format(when="around midnight"))
    assert the_finding(report, "midnight").verdict in ("agree", "qualified")
    assert "conflict" not in {f.verdict for f in report.findings}
