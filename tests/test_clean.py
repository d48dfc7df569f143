"""Cleaning as a reader sees it: page furniture and appended stories go, the story stays."""

from __future__ import annotations

import pytest

from sourcediff.clean import clean, furniture_reason
from sourcediff.models import Document
from sourcediff.text import paragraphs

STORY = [
    "Flooding forced the evacuation of 3,000 residents from the river valley towns on Tuesday.",
    "The river burst its banks after two days of heavy rain, the regional flood agency said.",
    "Emergency crews used boats to reach residents trapped in their homes near the river.",
    "The flood agency warned that river levels would stay high until the weekend.",
    "Officials said the evacuation centres in the valley towns were full by Tuesday night.",
]
APPENDED = [
    "The central bank kept interest rates unchanged at its monthly meeting in the capital.",
    "Currency traders had expected the bank to cut borrowing costs after weak retail sales.",
    "Shares in technology companies rose sharply on the stock exchange after the decision.",
    "Analysts said the bank's governor signalled that a cut could come before the summer.",
]


def docs(*bodies: list[str]) -> list[Document]:
    return [Document(id=f"d{n}", outlet=f"Outlet {n}", text="\n".join(body)) for n, body in enumerate(bodies)]


def dropped_text(documents: list[Document], **options: object) -> dict[str, list[str]]:
    cleaned = clean(documents, [paragraphs(d.text) for d in documents], **options)  # type: ignore[arg-type]
    return {c.doc.id: [c.doc.text[d.start : d.end] for d in c.dropped] for c in cleaned}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("3:18", "video length"),
        ("1:02:45", "video length"),
        ("![Flood waters](/images/flood.jpg)", "image or caption markup"),
        ("Image: Rescue crews at work. Pic: Reuters", "image or caption markup"),
        ("www.example-news.com", "bare web address"),
        ("29 minutes ago", "time stamp"),
        ("- 3 hours ago", "time stamp"),
    ],
)
def test_furniture_is_recognised_by_its_shape(line: str, reason: str) -> None:
    assert furniture_reason(line, repeated=False, after_video=False) == reason


@pytest.mark.parametrize("line", [*STORY, "Flood warning: what we know so far", "“We lost everything,” she said."])
def test_story_lines_are_not_furniture(line: str) -> None:
    assert furniture_reason(line, repeated=False, after_video=False) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Updated: 3 March 2019", "time stamp"),
        ("Published 10:32 a.m. ET May 4, 2021 | Updated 5:14 p.m. ET May 4, 2021", "time stamp"),
        ("Last Modified: Monday, May 3, 2021 4:04 PM", "time stamp"),
        ("Posted on 12 June 2020", "time stamp"),
        ("June 12, 2020", "time stamp"),
        ("By Jane Smith, Staff Writer", "byline"),
        ("By The Associated Press", "byline"),
        ("By TOM REEVE and ANN MARSH", "byline"),
        ("Reuters contributed to this report.", "credit line"),
        ("The Associated Press contributed to this story", "credit line"),
        ("Contributing: Jo Bell, Sam Ortiz", "credit line"),
        ("Additional reporting by Lee Grant in Leeds", "credit line"),
        ("Copyright 2021 Example Media. All rights reserved.", "credit line"),
        ("Firefighters at the scene on Friday night. (Photo: Jo Bell, Valley Times)", "photo caption"),
        ("(Photo: Contributed)", "photo caption"),
        ("Rescue boats on the river. (AP Photo/Sam Ortiz)", "photo caption"),
        ("FILE - In this 2019 file photo, the bridge is seen from the east bank.", "photo caption"),
        ("MORE ON THIS STORY: Flood victims named | River to stay high | How to help", "related links"),
        ("Related: Five things to know about the valley floods", "related links"),
        ("READ MORE: Valley towns count the cost", "related links"),
        ("Flood victims named | River to stay high | How to help", "related links"),
        ("Get The Top 5 News Stories Each Day in Your InBox", "newsletter sign-up"),
        ("Sign up for our morning newsletter", "newsletter sign-up"),
        ("Click here for a photo gallery of the flood", "link prompt"),
        ("For ways to help the families, click here.", "link prompt"),
        ("View all 34 comments", "link prompt"),
        ("Contact Information:", "contact details"),
        ("Media contact: press office", "contact details"),
        ("Email: jo.bell@example.org", "contact details"),
        ("Office: (555) 123-4567", "contact details"),
        ("This story will be updated as more information becomes available.", "update notice"),
        ("This is a developing story.", "update notice"),
        ("Did you feel it? Tell us in the comments.", "reader prompt"),
        ("Floods hit the valley again. Our reporter Jo Bell has that story.", "video blurb"),
    ],
)
def test_furniture_is_recognised_by_its_wording(line: str, reason: str) -> None:
    assert furniture_reason(line, repeated=False, after_video=False) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Published reports said 3 people died in the flood.",
        "By watching videos from the area, police said the gunman ignored civilians.",
        "By 8:48 a.m., emergency medical services personnel arrived at the scene.",
        "By Monday, the river had risen another metre.",
        "The subscriber said the inbox was full of warnings.",
        "Police said the man, 45, will be charged on Monday.",
        "More than 60 people reported feeling the quake.",
        "The photo, taken by a neighbour, shows the church in flames.",
        "Updated flood maps were published by the agency on Tuesday, officials said after a meeting.",
    ],
)
def test_story_lines_with_furniture_words_are_kept(line: str) -> None:
    assert furniture_reason(line, repeated=False, after_video=False) is None


def test_a_contact_block_is_furniture_to_its_end() -> None:
    contact = ["Contact Information:", "Sgt. Jo Bell", "State Police", "Public Affairs Section", "(555) 123-4567"]
    story = STORY[:3] + contact
    result = dropped_text(docs(story, STORY, STORY))
    assert result["d0"] == contact


def test_a_label_between_related_links_is_a_link() -> None:
    links = ["More: A guide to the valley floods", "The Explainer: Why rivers burst their banks",
             "Related: Flood victims named"]
    result = dropped_text(docs(STORY[:3] + links + STORY[3:], STORY, STORY))
    assert result["d0"] == links


def test_a_line_repeated_on_the_page_is_furniture() -> None:
    assert furniture_reason("Please enable video playback", repeated=True, after_video=False)


def test_a_story_appended_to_one_page_is_dropped_and_the_story_kept() -> None:
    reworded = [s.replace("residents", "people") for s in STORY]
    result = dropped_text(docs(STORY + APPENDED, STORY, reworded, STORY[:4]))
    assert result["d0"] == APPENDED
    assert result["d1"] == result["d2"] == result["d3"] == []


def test_two_short_stories_keep_every_paragraph() -> None:
    first = ["Tom Reed was jailed for 12 years at the crown court on Friday.",
             "The judge said he had shown a callous disregard for human life.",
             "“Nothing can bring them back, but justice has been done,” said the victims' employer.",
             "Damage was put at £2m."]
    second = ["A man who started a fire that killed two workers was jailed for 12 years.",
              "Detective Inspector Ann Lee said: “Nothing can bring them back, but justice has been done.”",
              "He must serve two-thirds of his sentence before release, the court heard.",
              "The fire caused more than £2m of damage to the warehouse."]
    assert dropped_text(docs(first, second)) == {"d0": [], "d1": []}


def test_no_filter_keeps_everything() -> None:
    result = dropped_text(docs(STORY + APPENDED + ["3:18"], STORY, STORY), no_filter=True)
    assert all(not lines for lines in result.values())


def test_a_short_wire_sentence_on_several_pages_is_story_text() -> None:
    wire = "The river peaked at 4.2 metres, the agency said."
    menu = "Home | News | Weather"
    result = dropped_text(docs([wire, menu, *STORY], [wire, menu, *STORY[1:]], [wire, *STORY[:4]]))
    assert all(wire not in lines for lines in result.values())
    assert result["d0"] == [menu]


def test_furniture_worked_out_beside_extraction_gives_the_same_cleaning() -> None:
    """The pipeline reads each page's own furniture in the worker processes; cleaning with those
    reasons drops exactly what cleaning from scratch drops, repeated lines and video captions too."""
    from sourcediff.clean import line_reasons

    furniture = ["Share this article", "2:45", "Watch: boats reach the flooded towns", "Advertisement",
                 "By Jane Roe, Staff Writer"]
    documents = docs(STORY[:3] + furniture + STORY[3:], furniture[:2] + STORY + ["Share this article"],
                     STORY + APPENDED, furniture + STORY, [*STORY[:2], "3:10", "Rescue teams at work", *STORY[2:]])
    lists = [paragraphs(d.text) for d in documents]
    alone = [line_reasons(d.text, p) for d, p in zip(documents, lists, strict=True)]
    from_scratch = clean(documents, lists)
    beside = clean(documents, lists, line_reason_lists=alone)
    assert [c.dropped for c in beside] == [c.dropped for c in from_scratch]
    assert any(d.reason == "video caption" for c in beside for d in c.dropped)
    assert any(d.reason == "line repeated on the page" for c in beside for d in c.dropped)


@pytest.mark.parametrize("no_filter", [False, True])
def test_a_paragraph_of_one_phrase_repeated_is_dropped_unread_and_listed(no_filter: bool) -> None:
    import sourcediff

    junk = "Subscribe for 1,000 offers " * 400  # a scraping loop: 10,800 characters, one phrase
    first = Document(id="a", outlet="Outlet A", text="\n".join([STORY[0], junk, STORY[4]]))
    second = Document(id="b", outlet="Outlet B", text="\n".join(STORY))
    found = sourcediff.facts([first, second], workers=1, no_filter=no_filter)
    values = [f.value for f in found.facts if f.doc == "a"]
    assert "3,000 residents" in values  # the prose around it is read as before
    assert not any("1,000" in value for value in values)
    [drop] = [d for d in found.dropped if d.doc == "a" and d.reason == "the same few words repeated over and over"]
    assert first.text[drop.start : drop.end] == junk.strip()


def test_long_prose_and_an_article_pasted_twice_are_not_taken_for_repeated_text() -> None:
    from sourcediff.text import repeated_text

    prose = " ".join(STORY + APPENDED)
    assert not repeated_text(prose * 2)  # pasted twice: squeezes to about half, not to nothing
    assert not repeated_text(" ".join(f"Candidate {n} won {n * 37 % 1000:,} votes in ward {n}." for n in range(80)))
    assert repeated_text("1,000 " * 1000)


class _Walked(frozenset[str]):
    """A set of words walked in alphabetical order, or the opposite one: copies of one set made in two
    processes may be walked in different orders."""

    backwards = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(frozenset.__iter__(self), reverse=self.backwards))

    def __and__(self, other):  # type: ignore[no-untyped-def]
        return type(self)(frozenset.__and__(self, other))


class _Backwards(_Walked):
    backwards = True


def test_a_paragraph_score_does_not_depend_on_the_order_its_words_are_walked_in() -> None:
    from sourcediff.clean import _scores

    credits = {"ash": 0.1, "bell": 0.2, "cove": 0.3}  # (0.1 + 0.2 + 0.3) / 3 != (0.3 + 0.2 + 0.1) / 3 in floating point
    assert list(_Walked(credits)) == ["ash", "bell", "cove"] and list(_Backwards(credits)) == ["cove", "bell", "ash"]
    for own in (frozenset(credits), frozenset()):  # the document's own words, or another's
        scores = {_scores([words], (credits, credits), own)[0] for words in (_Walked(credits), _Backwards(credits))}
        assert len(scores) == 1


def test_clause_overlap_does_not_depend_on_the_order_words_are_walked_in() -> None:
    from sourcediff.kinds.measures.align import _dice

    weights = {"ash": 0.1, "bell": 0.2, "cove": 0.3, "dune": 0.7}  # plain sums: ...4211 one way, ...421 the other
    other = {"ash", "bell", "cove"}
    assert _dice(_Walked(weights), _Walked(other), weights) == _dice(_Backwards(weights), _Backwards(other), weights)
