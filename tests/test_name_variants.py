"""Name variants worth an editor's minutes, and the differences that are not.

Every story here is made up: several outlets' sentences about one event, and the finding (or no
finding) a fact-checker expects.
"""

from __future__ import annotations

import pytest

from sourcediff.kinds.names import compare_names, extract_names
from sourcediff.models import Fact, Finding
from sourcediff.text import paragraphs, sentences


def names_in(text: str, doc_id: str = "doc") -> list[Fact]:
    return extract_names(text, sentences(text, paragraphs(text)), doc_id=doc_id)


def compare(*docs: str) -> list[Finding]:
    facts = [fact for n, text in enumerate(docs) for fact in names_in(text, doc_id=f"doc{n}")]
    return compare_names(facts, outlet_of=lambda doc: "Outlet " + doc[3:])


def values(finding: Finding) -> set[str]:
    return {claim.value for claim in finding.claims}


# --- no finding: conventions and forms that name the same thing ------------------------------------

@pytest.mark.parametrize("docs", [
    # a clergy style is given to any minister
    ("The Rev. Larry Dunn led the service on Sunday.", "Pastor Larry Dunn said the church would be rebuilt.",
     "The Rev. Larry Dunn thanked the firefighters.", "Father Larry Dunn was not available."),
    # party and state after a lawmaker's name
    ("Rep. Anna Lowe, D-Calif., called for a vote.", "Rep. Tom Marsh, R-Calif., opposed it.",
     "Rep. Tom Marsh, R-Calif., said the memos were clear."),
    # British and American names of one body, written the same in both
    ("The U.N. said aid was on its way to Dhaka.", "The UN said aid was on its way to Dhaka.",
     "The U.N. said aid would reach Dhaka on Friday."),
    # an abbreviated title with and without its full stop
    ("Dr. Ann Price treated the injured at Mercy Hospital.", "Dr Ann Price treated the injured at Mercy Hospital.",
     "Dr Ann Price said three were in a serious condition."),
    # British and American spellings in a name
    ("Boats were moored in Kingsport Harbour overnight.", "Boats were moored in Kingsport Harbour.",
     "Boats were moored in Kingsport Harbor overnight."),
    ("The Defence Ministry in Ruritania said so.", "The Defence Ministry in Ruritania agreed.",
     "The Defense Ministry in Ruritania said so."),
    # a country and its adjective
    ("French police arrested two men near Calais.", "Police in France arrested two men near Calais.",
     "French police said the men were held overnight."),
])
def test_conventions_are_not_variants(docs: tuple[str, ...]) -> None:
    assert compare(*docs) == []


def test_clergy_ranks_of_one_person_still_differ() -> None:
    findings = compare("Bishop Ann Wells led the service.", "Archbishop Ann Wells led the service.",
                       "Bishop Ann Wells thanked the crews.")
    assert [f.topic for f in findings] == ["Ann Wells (title)"]


# --- spelling --------------------------------------------------------------------------------------

def test_a_surnames_final_s_is_a_slip_when_the_first_name_matches() -> None:
    docs = ("Deputy Mark Hendrick was shot at the scene.", "Deputy Mark Hendrick died later in hospital.",
            "The family of Mark Hendricks thanked the public.")
    (finding,) = compare(*docs)
    assert finding.topic == "Mark Hendrick (spelling)" and "Mark Hendricks" in values(finding)


def test_a_plural_family_name_is_not_a_slip() -> None:
    docs = ("Deputy Mark Hendrick was shot at the scene.", "Deputy Mark Hendrick died later in hospital.",
            "The Hendricks family thanked the public.")
    assert compare(*docs) == []


# --- roles -----------------------------------------------------------------------------------------

def role_finding(*docs: str) -> Finding | None:
    texts = {f"doc{n}": text for n, text in enumerate(docs)}
    facts = [fact for n, text in enumerate(docs) for fact in names_in(text, doc_id=f"doc{n}")]
    found = [f for f in compare_names(facts, outlet_of=lambda doc: "Outlet " + doc[3:], texts=texts)
             if f.topic.endswith("(role)")]
    assert len(found) <= 1, [f.summary for f in found]
    return found[0] if found else None


@pytest.mark.parametrize(("one", "other", "severity", "shown"), [
    ("Fire Chief Dan Holt said the roof fell in.", "Deputy Fire Chief Dan Holt said the roof fell in.", "medium",
     {"Fire Chief Dan Holt", "Deputy Fire Chief Dan Holt"}),
    ("The plan was backed by council leader Ann Cole on Monday.", "The plan was backed by deputy leader Ann Cole.",
     "medium", {"council leader Ann Cole", "deputy leader Ann Cole"}),
    ("The suit names former campaign manager Paul Hart as a defendant.",
     "The suit names campaign chairman Paul Hart as a defendant.", "low",
     {"former campaign manager Paul Hart", "campaign chairman Paul Hart"}),
    ("It also names former campaign volunteer Tim Ross.", "It also names former campaign aide Tim Ross.", "low",
     {"former campaign volunteer Tim Ross", "former campaign aide Tim Ross"}),
    ("Rob Dale, 32, a lieutenant with the Avon Police Department, was charged.",
     "Rob Dale was charged. Dale is a marshal in Hatfield, police said.", "low",
     {"Rob Dale, 32, a lieutenant with the Avon Police Department", "Dale is a marshal in Hatfield"}),
])
def test_one_person_given_two_roles_is_a_variant(one: str, other: str, severity: str, shown: set[str]) -> None:
    finding = role_finding(one, other)
    assert finding is not None and finding.verdict == "variant" and finding.severity == severity
    assert {claim.value for claim in finding.claims} == shown


@pytest.mark.parametrize(("one", "other"), [
    # both held: an outlet says so
    ("Team president Ed Marsh fired the coach.", "General manager Ed Marsh fired the coach. Team president and "
                                                 "general manager Ed Marsh said it was hard."),
    # the same role, with tenure or a shorter title
    ("The suit names former campaign chairman Paul Hart.", "The suit names campaign chair Paul Hart."),
    ("Campaign spokesman Jo Rees declined to comment.", "Campaign spokeswoman Jo Rees declined to comment."),
    ("Senior adviser Kim Lowe left in May.", "Campaign aide Kim Lowe left in May."),
    ("Head coach Tony Reed was fired.", "Coach Tony Reed was fired on Monday."),
    # a generic word and a particular one
    ("Police officer Rob Dale was charged.", "Police lieutenant Rob Dale was charged."),
    # two facets of one person, in no shared field
    ("Civil rights lawyer Ana Ortiz spoke first.", "Activist Ana Ortiz spoke first."),
    # two people who share a surname
    ("Campaign manager Tom Mills resigned.", "Campaign chairman Jane Mills resigned."),
])
def test_roles_that_may_all_hold_are_not_variants(one: str, other: str) -> None:
    assert role_finding(one, other) is None


def test_two_peoples_roles_swapped_by_one_outlet_are_one_finding() -> None:
    a = ("Rob Dale and Lee Cole were charged. Dale is a full-time Avon police lieutenant and Cole is a marshal "
         "in Hatfield, police said.")
    b = "Rob Dale, 32, a marshal with the Hatfield Marshal Office, was charged. Lee Cole, 23, a lieutenant with " \
        "the Avon Police Department, was also charged."
    finding = role_finding(a, b)
    assert finding is not None and "swapped" in finding.summary
    assert "Dale is a full-time Avon police lieutenant" in {claim.value for claim in finding.claims}


# --- first names -----------------------------------------------------------------------------------

def first_name_findings(*docs: str) -> list[Finding]:
    return [f for f in compare(*docs) if f.topic.endswith("(first name)")]


@pytest.mark.parametrize(("one", "other"), [
    ("Bob Marsh", "Robert W. Marsh"),  # a pet form, whatever the register
    ("Jim Oakes", "James Oakes"),
    ("Bill Tenney", "William Tenney"),
    ("Peggy Lowe", "Margaret Lowe"),
    ("Alessio Russo", "Alessandro Russo"),  # two forms sharing their opening, neither a clipping
])
def test_a_first_name_in_two_forms_is_a_low_variant(one: str, other: str) -> None:
    docs = (f"Chairman {one} asked for the memos.", f"The request came from {one} on Thursday.",
            f"The memos were sent to {other} late on Thursday.")
    (finding,) = first_name_findings(*docs)
    assert finding.severity == "low" and finding.verdict == "variant"
    assert {claim.value for claim in finding.claims} >= {one, other}


@pytest.mark.parametrize(("one", "other"), [
    ("Rick Dane", "Richard Dane"),  # clippings a reader connects
    ("Chris Lowe", "Christopher Lowe"),
    ("Tom Hale", "Thomas Hale"),
    ("Mike Ortiz", "Michael Ortiz"),
    ("J. Mills", "John Mills"),  # an initial
    ("Paul Reyes", "Paula Reyes"),  # two people
    ("Christopher Lane", "Christina Lane"),
    ("Tom Wade", "Sarah Wade"),
])
def test_first_names_that_need_no_finding(one: str, other: str) -> None:
    docs = (f"Officers said {one} was at home.", f"The account came from {one} on Thursday.",
            f"Neighbours said {other} was at home.")
    assert first_name_findings(*docs) == []


def test_an_outlet_writing_both_forms_may_mean_two_people() -> None:
    docs = ("Bob Marsh and his father Robert Marsh ran the shop.", "Bob Marsh ran the shop.",
            "Robert Marsh ran the shop.")
    assert first_name_findings(*docs) == []


# --- nicknames -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("one", "other", "found"), [
    ("known by the street moniker of Tavo", 'known by the nickname "Tavy."', True),
    ('nicknamed "Bugsy"', 'known as "Bugsey"', True),
    ("known by the street moniker of Tavo", 'known by the nickname "Flaco."', False),  # two nicknames
    ("known as Tavo", "known as Tavo", False),
])
def test_a_nickname_spelt_differently(one: str, other: str, found: bool) -> None:
    docs = (f"The suspect, a gang member {one}, was arrested.", f"Police said he is a gang member {other}")
    findings = [f for f in compare(*docs) if f.topic.endswith("(nickname)")]
    assert bool(findings) == found


# --- names of bodies, places and works -------------------------------------------------------------

def variant_findings(*docs: str) -> list[Finding]:
    kinds = ("(spacing)", "(word form)", "(hyphenated part)", "(inserted word)", "(article)")
    return [f for f in compare(*docs) if f.topic.endswith(kinds)]


@pytest.mark.parametrize(("one", "other", "kind", "shown"), [
    ("the offices of Blue River Distribution Ltd. in the city", "the offices of Blue River Distributors Ltd. in the "
     "city", "word form", {"Blue River Distribution Ltd", "Blue River Distributors Ltd"}),
    ("a warehouse owned by Red Cedar Logistics near the port", "a warehouse owned by RedCedar Logistics near the "
     "port", "spacing", {"Red Cedar Logistics", "RedCedar Logistics"}),
    ("the owner of Pine Islands Auto Repair next door", "the owner of Pine Island Auto next door", "word form",
     {"Pine Islands Auto Repair", "Pine Island Auto"}),
    ("the crowd at Springfield Stadium on Sunday", "the crowd at Springfield Memorial Stadium on Sunday",
     "inserted word", {"Springfield Stadium", "Springfield Memorial Stadium"}),
    ("a late run by Ana Ruiz-Lopez sealed it", "a late run by Ana Lopez sealed it", "hyphenated part",
     {"Ana Ruiz-Lopez", "Ana Lopez"}),
    ("his new memoir, “A Quiet Life,” out in May", "his new memoir, Quiet Life, out in May", "article",
     {"A Quiet Life", "Quiet Life"}),
])
def test_one_name_written_two_ways(one: str, other: str, kind: str, shown: set[str]) -> None:
    docs = (f"Police said the fire started in {one}.", f"Witnesses said it began in {one}.",
            f"Firefighters said it began in {other}.")
    (finding,) = variant_findings(*docs)
    assert finding.topic.endswith(f"({kind})") and finding.verdict == "variant"
    assert {claim.value for claim in finding.claims} == shown


@pytest.mark.parametrize(("one", "other"), [
    ("Springfield Memorial Stadium", "Memorial Stadium"),  # a name shortened at either end
    ("Avon Police Department", "Avon County Police Department"),  # two agencies
    ("Avon Police Department", "Avon Fire Department"),
    ("Sainte-Anne Hospital", "Sainte Anne Hospital"),  # a hyphen is house style
    ("West German", "West Germany"),  # two words: an adjective and a country
    ("Israeli Defense Forces", "Israel Defense Forces"),
    ("The Valley Times", "Valley Times"),  # "the" is optional
])
def test_names_that_are_not_one_name_written_two_ways(one: str, other: str) -> None:
    docs = (f"It was reported to {one} on Friday.", f"It was reported to {one} later.",
            f"It was reported to {other} on Friday.")
    assert variant_findings(*docs) == []


@pytest.mark.parametrize("headline", ["Gunman Convicted Of Murdering Deputy Jo Bell.",
                                      "Gunman Convicted Of Murdering Avon Valley Stn. Deputy Jo Bell."])
def test_a_title_case_headline_is_not_a_name(headline: str) -> None:
    doc = (f"{headline}\nA gunman was convicted of murdering deputy Jo Bell, "
           "prosecutors said on Monday. The jury was told he had been convicted before.")
    found = {fact.value for fact in names_in(doc)}
    assert not any("Convicted" in value or "Gunman" in value for value in found)
    assert any(value.endswith("Jo Bell") for value in found)


# --- capitals --------------------------------------------------------------------------------------

QUAKE = "The {} said the quake struck at 2:09 a.m. and was felt across the valley."


@pytest.mark.parametrize(("rare", "found"), [
    ("NWSC", True),  # two letters swapped: a slip
    ("NSCW", True),
    ("NSTC", False),  # a letter the acronym does not have: another body
    ("NSW", False),  # shorter
])
def test_a_misspelt_acronym(rare: str, found: bool) -> None:
    docs = (QUAKE.format("NSWC"), QUAKE.format("NSWC"), "Officials at the NSWC confirmed it.", QUAKE.format(rare))
    findings = [f for f in compare(*docs) if f.topic == "NSWC (spelling)"]
    assert bool(findings) == found
    if found:
        assert {c.value for c in findings[0].claims} == {rare, "NSWC"}


def test_two_forces_one_letter_apart_are_not_a_slip() -> None:
    docs = ("The LAPD said two men were held.", "The LAPD said two men were held.", "The LASD said one man was held.")
    assert compare(*docs) == []


def test_a_name_in_a_text_set_in_capitals_is_compared() -> None:
    caps = ("POLICE HAVE ARRESTED TWO MEN. STATE ATTORNEY GENERAL JANE ORPAL ISSUED A STATEMENT TODAY SAYING THE "
            "ARRESTS FOLLOW A LONG REVIEW.")
    docs = ("Attorney General Jane Orpall said the men were arrested.", "Jane Orpall said the review took months.",
            "Orpall said charges would follow.", caps)
    (finding,) = compare(*docs)
    assert finding.topic == "Jane Orpall (spelling)" and "JANE ORPAL" in {c.value for c in finding.claims}


def test_capitals_for_emphasis_are_not_acronyms() -> None:
    assert [f.value for f in names_in("He wrote that there was NO COLLUSION and met the CEO of Pius XIV.")] == ["Pius"]
