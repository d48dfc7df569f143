"""Names as a reader sees them: sentence in, mention with title and surname out; stories in, variants out."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.kinds.names import compare_names, extract_names, name_key, transliteration
from sourcediff.models import Fact, Finding, Mention
from sourcediff.text import paragraphs, sentences


def names_in(text: str, doc_id: str = "doc") -> list[Fact]:
    return extract_names(text, sentences(text, paragraphs(text)), doc_id=doc_id)


def mention(text: str, value: str) -> Mention:
    found = {f.value: f.detail for f in names_in(text)}
    assert value in found, sorted(found)
    detail = found[value]
    assert isinstance(detail, Mention)
    return detail


def compare(*docs: str) -> list[Finding]:
    facts = [fact for n, text in enumerate(docs) for fact in names_in(text, doc_id=f"doc{n}")]
    return compare_names(facts, outlet_of=lambda doc: "Outlet " + doc[3:])


# sentence, mention as written (title included), title, surname
MENTIONS = [
    ("Dame Jane Smith opened the new library on Tuesday.", "Dame Jane Smith", "Dame", "Smith"),
    ("The report was written by Baroness Smith, who chairs the committee.", "Baroness Smith", "Baroness", "Smith"),
    ("Critics said the findings of Smith's report were ignored.", "Smith", "", "Smith"),
    ("The author J. K. Rowling has published a new novel.", "J. K. Rowling", "", "Rowling"),
    ("Commission President Ursula von der Leyen arrived late.", "Commission President Ursula von der Leyen",
     "Commission President", "von der Leyen"),
    ("The death of Abu Bakr al-Baghdadi was confirmed by officials.", "Abu Bakr al-Baghdadi", "", "al-Baghdadi"),
    ("Supporters of Jean-Luc Martel marched through the city.", "Jean-Luc Martel", "", "Martel"),
    ("On Monday Prime Minister Jane Doe said the plan would work.", "Prime Minister Jane Doe", "Prime Minister", "Doe"),
    ("The move was announced by the Home Secretary, John Smith, on Monday.", "John Smith", "", "Smith"),
    ("Afterwards Ms Carter told reporters she would appeal.", "Ms Carter", "Ms", "Carter"),
    ("Mr. Jones declined to comment on the ruling.", "Mr. Jones", "Mr.", "Jones"),
    ("The bill was signed by Gov. Alan Reyes late on Friday.", "Gov. Alan Reyes", "Gov.", "Reyes"),
    ("Officers led by Sgt. Maria Lopez reached the house first.", "Sgt. Maria Lopez", "Sgt.", "Lopez"),
    ("Tributes were paid to Sir Keith Marlow, the former chancellor.", "Sir Keith Marlow", "Sir", "Marlow"),
    ("Yesterday Leader of the Opposition Mark Ellis called it a disgrace.", "Leader of the Opposition Mark Ellis",
     "Leader of the Opposition", "Ellis"),
    ("The study was led by Professor Hannah Okafor of the university.", "Professor Hannah Okafor", "Professor",
     "Okafor"),
    ("The injured were treated by Dr Ahmed Hassan at the scene.", "Dr Ahmed Hassan", "Dr", "Hassan"),
    ("In the Lords, Lord Patel spoke against the bill.", "Lord Patel", "Lord", "Patel"),
    ("The motion was opposed by Senator Grace Whitman and others.", "Senator Grace Whitman", "Senator", "Whitman"),
    ("The case was adjourned by Judge Amanda Reyes until Friday.", "Judge Amanda Reyes", "Judge", "Reyes"),
    ("The inquiry is led by Detective Chief Inspector Paul Hart.", "Detective Chief Inspector Paul Hart",
     "Detective Chief Inspector", "Hart"),
    ("Hundreds of homes were flooded in Tewkesbury overnight.", "Tewkesbury", "", "Tewkesbury"),
    ("Flights to Charles de Gaulle airport resumed.", "Charles de Gaulle", "", "de Gaulle"),
    ("The symphonies of Ludwig van Beethoven were played.", "Ludwig van Beethoven", "", "van Beethoven"),
    ("Both Yvonne Carter and Mark Carter gave evidence.", "Yvonne Carter", "", "Carter"),
    ("Both Yvonne Carter and Mark Carter gave evidence.", "Mark Carter", "", "Carter"),
    ("The lawyer for the Smiths' neighbour, Ed Davies, spoke.", "Ed Davies", "", "Davies"),
    ("A statement from President Volodymyr Zelenskyy followed.", "President Volodymyr Zelenskyy", "President",
     "Zelenskyy"),
    ("The inquiry heard from Mrs O'Neill on Thursday.", "Mrs O'Neill", "Mrs", "O'Neill"),
    ("UN Secretary-General António Guterres warned of famine.", "Secretary-General António Guterres",
     "Secretary-General", "Guterres"),
    ("The ship was inspected by Rear Admiral Lisa Grant.", "Rear Admiral Lisa Grant", "Rear Admiral", "Grant"),
    ("Chief Fire Officer Mark Lane said crews rescued 30 people.", "Chief Fire Officer Mark Lane",
     "Chief Fire Officer", "Lane"),
    ("The striker Mohamed Salah scored twice.", "Mohamed Salah", "", "Salah"),
    ("The award went to the Rev. Thomas Ebbs.", "Rev. Thomas Ebbs", "Rev.", "Ebbs"),
]


@pytest.mark.parametrize(("text", "value", "title", "surname"), MENTIONS)
def test_mention(text: str, value: str, title: str, surname: str) -> None:
    found = mention(text, value)
    assert (found.title, found.surname) == (title, surname)
    assert found.text == value


# sentence, mention, what the mention says beyond its title and surname
DETAILS = [
    ("Critics said the findings of Smith's report were ignored.", "Smith", {"possessive": True}),
    ("The lawyer for the Smiths' neighbour, Ed Davies, spoke.", "Smiths", {"possessive": True}),
    ("The author J. K. Rowling has published a new novel.", "J. K. Rowling", {"given": "J. K."}),
    ("The move was announced by the Home Secretary, John Smith, on Monday.", "John Smith",
     {"role": "Home Secretary", "entity_kind": "person"}),
    ("Officials said Prime Minister Sir Ian Doe would attend.", "Prime Minister Sir Ian Doe",
     {"rank": "sir", "role": "Prime Minister", "given": "Ian", "name": "Ian Doe"}),
    ("Tributes were paid to Dame Jane Smith.", "Dame Jane Smith", {"rank": "dame", "given": "Jane"}),
    ("It was Sir Ed who spoke first.", "Sir Ed", {"given": "Ed", "surname": ""}),
    ("A note was signed by Attorney General Pam Cole.", "Attorney General Pam Cole", {"rank": ""}),
    ("The statement was read by the right-wing commentator Dan Hale.", "Dan Hale", {"role": "commentator"}),
    ("Hundreds of homes were flooded in Tewkesbury overnight.", "Tewkesbury", {"entity_kind": "place"}),
    ("The claims were denied by the National Crime Agency.", "National Crime Agency", {"entity_kind": "org"}),
    ("Mayor Jo Bright, 54, said the town would recover.", "Mayor Jo Bright", {"entity_kind": "person"}),
]


@pytest.mark.parametrize(("text", "value", "expected"), DETAILS)
def test_mention_details(text: str, value: str, expected: dict[str, object]) -> None:
    found = mention(text, value).to_json()
    assert {key: found[key] for key in expected} == expected


# sentence, a capitalised word that must not be read as a name
NOT_NAMES = [
    ("The council met on Monday to discuss the flood.", "Monday"),
    ("In January the river burst its banks.", "January"),
    ("In January the river burst its banks.", "In"),
    ("Thousands of homes were flooded overnight.", "Thousands"),
    ("Speaking at the scene, Jane Doe said the damage was severe.", "Speaking"),
    ("Crews of Spanish trawlers were rescued.", "Spanish"),
    ("The Government acted late, and the government admits it.", "Government"),
    ("Flood Warnings Issued Across The Whole Region", "Flood Warnings"),
    ("Praising Baroness Smith, the minister apologised.", "Praising Baroness Smith"),
    ("The Home Secretary said nothing.", "Home Secretary"),
    ("He posted the video on X.", "X."),
]


def test_acronyms_are_bodies_apart_from_name_chains() -> None:
    found = {f.value: f.detail for f in names_in("The verdict was broadcast by the BBC and CNN.")}
    assert set(found) == {"BBC", "CNN"}
    assert all(isinstance(m, Mention) and m.entity_kind == "org" for m in found.values())


@pytest.mark.parametrize(("text", "word"), NOT_NAMES)
def test_not_a_name(text: str, word: str) -> None:
    assert word not in [f.value for f in names_in(text)]


def test_mention_is_a_frozen_slotted_record() -> None:
    found = mention("Dame Jane Smith opened the library.", "Dame Jane Smith")
    assert not hasattr(found, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.title = "Baroness"  # type: ignore[misc]
    assert found.to_json()["title"] == "Dame"


def test_fact_fields() -> None:
    text = "Floods hit the town.\nLater, Dame Jane Smith visited Tewkesbury."
    fact = next(f for f in names_in(text) if f.value == "Dame Jane Smith")
    assert (fact.kind, fact.paragraph, fact.sentence) == ("name", 1, "Later, Dame Jane Smith visited Tewkesbury.")
    assert text[fact.start : fact.end] == fact.value
    assert fact.normalized()["surname"] == "Smith"


# --- comparison over small stories ---------------------------------------------------------------

FLOOD = (
    "Floodwater swept through Sheffield on Tuesday after the river burst its banks. Dame Helen Rowe, who "
    "chairs the flood board, said defences had held. The Prime Minister, Jane Ashworth, visited Shefield.",
    "Baroness Helen Rowe said the board had warned of the risk for years. \"We did what we could,\" "
    "Baroness Rowe told reporters. Prime Minister Jane Ashworth promised help for Sheffield.",
    "Baroness Rowe defended the board. In Sheffield, 300 homes were flooded. Australia and Austria sent "
    "support. Iran and Iraq did too, and Iran pledged aid. Ms Ashworth promised more.",
)
ELECTION = (
    "Yvonne Carter won the seat by 400 votes. Mark Carter, her rival and no relation, conceded. Ed Davies "
    "and Ed Milton both lost. Carter's victory was expected. The Carters celebrated. Ms Carter thanked voters.",
    "Yvonne Carter said she was delighted. Ed Milton, the Green candidate, blamed turnout. Paul Martin "
    "counted votes. Paul Martin's team agreed. Officials from Israel watched with Israeli observers.",
    "Yvonnes Carter was declared the winner in Bristol. Paula Martin cheered. Officials said it was fair.",
)
COURT = (
    "Liam O'Connor, 34, was jailed at the crown court. His barrister, Priya Natarajan, said he was sorry. "
    "José Álvarez, a witness, wept. Judge Sarah McKenzie passed sentence. A letter from Zelensky was not read.",
    "O'Connor was jailed. Priya Natarajan said he would appeal. Jose Alvarez gave evidence. Judge Sarah "
    "Mckenzie said the attack was cowardly. Mohamed Salah, a friend, gave a character reference.",
    "Mr O'Connor showed no emotion. His barrister, Priya Natarjan, spoke briefly. O'Connor's family left. "
    "Mohammed Salah was in court. A message from Zelenskyy was read out by Zelenskyy's envoy.",
)


def by_topic(findings: list[Finding]) -> dict[str, Finding]:
    return {f.topic: f for f in findings}


def test_flood_story_title_variant() -> None:
    finding = by_topic(compare(*FLOOD))["Helen Rowe (title)"]
    assert (finding.kind, finding.verdict, finding.severity, finding.id) == ("name", "variant", "low", "")
    values = {claim.value for claim in finding.claims}
    assert {"Dame Helen Rowe", "Baroness Helen Rowe"} <= values
    assert "'Dame' (Outlet 0)" in finding.summary and "'Baroness' (Outlet 1, Outlet 2)" in finding.summary


def test_flood_story_misspelt_place() -> None:
    finding = by_topic(compare(*FLOOD))["Sheffield (spelling)"]
    assert (finding.verdict, finding.severity) == ("variant", "medium")
    assert "'Sheffield'" in finding.summary and "majority" in finding.summary
    assert [c.value for c in finding.claims].count("Shefield") == 1
    assert {c.outlet for c in finding.claims if c.value == "Sheffield"} == {"Outlet 0", "Outlet 1", "Outlet 2"}
    for claim in finding.claims:
        assert FLOOD[int(claim.doc[3:])][claim.start : claim.end] == claim.value


def test_flood_story_says_nothing_else() -> None:
    assert sorted(by_topic(compare(*FLOOD))) == ["Helen Rowe (title)", "Sheffield (spelling)"]


def test_election_story_misspelt_person() -> None:
    findings = compare(*ELECTION)
    finding = by_topic(findings)["Yvonne Carter (spelling)"]
    assert finding.severity == "medium"
    assert "'Yvonnes Carter' (Outlet 2)" in finding.summary
    assert "slip for 'Yvonne Carter'" in finding.summary
    assert {c.value for c in finding.claims} == {"Yvonnes Carter", "Yvonne Carter"}
    assert {c.outlet for c in finding.claims if c.value == "Yvonne Carter"} == {"Outlet 0", "Outlet 1"}


def test_election_story_keeps_people_apart() -> None:
    """Two Carters, two Eds, Paul and Paula, Israel and Israeli, possessives and plurals: no finding."""
    assert [f.topic for f in compare(*ELECTION)] == ["Yvonne Carter (spelling)"]


def test_court_story() -> None:
    found = by_topic(compare(*COURT))
    assert found["Priya Natarajan (spelling)"].severity == "medium"
    translit = [f for f in found.values() if "transliteration" in f.topic]
    assert sorted(f.topic for f in translit) == ["Mohammed Salah (transliteration)", "Zelenskyy (transliteration)"]
    for finding in translit:
        assert finding.severity == "low" and finding.summary.startswith("transliteration")
    # accents (José/Jose), letter case (McKenzie/Mckenzie) and possessives (O'Connor's) are not variants
    assert len(found) == 3


def test_sentence_case_and_diacritics_are_one_spelling() -> None:
    assert name_key("José") == name_key("Jose") == name_key("JOSE")
    assert name_key("O’Neill") == name_key("O'Neill")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("mohammed", "muhammad", True), ("gaddafi", "qaddafi", True), ("tchaikovsky", "tchaikovski", True),
        ("zelensky", "zelenskyy", True), ("kyiv", "kiev", True), ("sheffield", "shefield", False),
        ("yvonne", "yvonnes", False), ("austria", "australia", False),
    ],
)
def test_transliteration(a: str, b: str, expected: bool) -> None:
    assert transliteration(a, b) is expected


def test_common_pairs_are_not_flagged() -> None:
    docs = (
        "Aid from Austria arrived. Officials in Australia said more would come from Australia soon.",
        "Flights to Australia resumed. Australia sent troops. Iran and Iraq signed the accord in Iran.",
        "The Australia deal holds. Jan Smith and Jay Smith met in Iran.",
    )
    assert compare(*docs) == []


def test_different_people_with_one_surname_keep_their_titles() -> None:
    docs = (
        "Sir John Hale opened the debate. Lady Hale, his wife, watched.",
        "Sir John Hale spoke. Lady Hale said she was proud.",
    )
    assert compare(*docs) == []


def test_rank_of_one_class_only() -> None:
    """An office and an honour are not competing titles: 'Prime Minister' and 'Sir' both stand."""
    docs = ("Prime Minister Keith Doe spoke.", "Sir Keith Doe spoke.", "Sir Keith said no more.")
    assert compare(*docs) == []


def test_military_rank_variant() -> None:
    docs = ("General Anna Berg inspected the troops.", "Colonel Anna Berg said the base was safe.",
            "General Berg left on Friday.")
    finding = by_topic(compare(*docs))["Anna Berg (title)"]
    assert {c.value for c in finding.claims} >= {"General Anna Berg", "Colonel Anna Berg"}


def test_rare_form_must_be_rare() -> None:
    """Two outlets each using their own form of a lone word: no majority, no finding."""
    docs = ("Officials met Brightman in Sheffield.", "Officials met Brightmann in Sheffield.")
    assert compare(*docs) == []


def test_a_full_name_spelt_two_ways_as_often_is_a_variant() -> None:
    """Each outlet its own spelling of a surname after the same given name: no majority, but one name."""
    docs = ("Mayor Jo Brightman spoke in Sheffield.", "Mayor Jo Brightmann spoke in Sheffield.")
    (finding,) = compare(*docs)
    assert finding.verdict == "variant" and "spell one name two ways" in finding.summary
    assert {c.value for c in finding.claims} == {"Jo Brightman", "Jo Brightmann"}


def test_no_names_no_findings() -> None:
    assert compare_names([], outlet_of=str) == []


# --- offsets -------------------------------------------------------------------------------------

WORDS = ["Dame", "Baroness", "Mr.", "Dr", "Jane", "Smith's", "Smiths'", "von", "der", "Leyen", "al-Baghdadi",
         "J.", "K.", "Jean-Luc", "O'Neill", "José", "the", "of", "said", "Home", "Secretary", "U.S.", "in",
         "Sheffield", "MPs", "Prime", "Minister", "Sir", "Ian", "Lord", "House", "Commons", "“", "”", ",", ".",
         ":", "—", "\n", "'s", "Łukasz", "É", "Leader", "Opposition"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.sampled_from([" ", "  ", "", " \n"]), min_size=40,
                                                             max_size=40))
def test_fact_value_is_the_text_at_its_offsets(words: list[str], gaps: list[str]) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    for fact in names_in(text):
        assert text[fact.start : fact.end] == fact.value
        detail = fact.detail
        assert isinstance(detail, Mention)
        assert fact.value.endswith(detail.name) and fact.value.startswith(detail.title)
        assert text[fact.start + detail.name_offset : fact.end] == detail.name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offsets_hold_for_any_text(text: str) -> None:
    for fact in names_in(text):
        assert text[fact.start : fact.end] == fact.value


def test_a_bare_titled_surname_shared_by_two_people_is_not_resolved() -> None:
    docs = ("Dame Yvonne Carter and Professor Mark Carter spoke.", "Baroness Carter met Mark Carter.",
            "Mark Carter and Dame Yvonne Carter left.")
    assert compare(*docs) == []


def test_regnal_names_stand_alone() -> None:
    docs = ("Prince Edmund opened the bridge. Edmund Fay cheered.", "King Edmund opened the bridge.",
            "King Edmund waved.")
    finding = by_topic(compare(*docs))["Edmund (title)"]
    assert {c.value for c in finding.claims} == {"Prince Edmund", "King Edmund"}


def test_a_slip_reprinted_by_many_outlets_is_still_a_slip() -> None:
    """Wire copy: thirty outlets reprint one report with the slip; forty spell it right elsewhere."""
    slipped = "Flood chief Marianne Okafor said the barrier held. Residents praised Marianne Okafur's team."
    right = ["Marianne Okafor visited the site on Monday.", "The agency's Marianne Okafor said pumps were running."]
    found = compare(*([slipped] * 30 + right * 20))
    [finding] = [f for f in found if "spelling" in f.topic]
    assert "'Okafur" in finding.summary or "Marianne Okafur" in finding.summary
    assert "and " in finding.summary  # thirty outlets are summarised, not listed


def test_two_independent_sources_spelling_a_name_differently_is_not_a_slip() -> None:
    one = "Flood chief Marianne Okafur said the barrier held on Monday night."
    other = "Residents thanked Marianne Okafur's team for working through the night."
    right = "Marianne Okafor visited the site on Tuesday, the agency said."
    assert [f for f in compare(one, other, right, right) if "spelling" in f.topic] == []
