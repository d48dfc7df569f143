"""Fact frames read from made-up sentences: what a figure measures, what happened, whose, which event, scope.

Each case is one sentence and the figure in it; the frame fields listed must come out as given.
"""

from __future__ import annotations

from typing import Any

import pytest

import sourcediff
from sourcediff import Document, Fact, Frame


def facts_of(text: str, doc_id: str = "a") -> list[Fact]:
    report = sourcediff.facts([Document(id=doc_id, text=text, outlet=doc_id)], no_filter=True)
    return [f for f in report.facts if f.frame is not None]


def frame_for(text: str, value: str) -> Frame:
    found = [f for f in facts_of(text) if f.value == value or f.value.startswith((value + " ", value + "-"))]
    assert found, f"{value!r} not read from {text!r}: {[f.value for f in facts_of(text)]}"
    frame = found[0].frame
    assert frame is not None
    return frame


PREDICATE_CASES = [
    ("At least 12 people were killed when the bridge collapsed.", "12", "dead"),
    ("The blast killed 12 villagers and wounded dozens.", "12", "dead"),
    ("The death toll rose to 14 on Monday.", "14", "dead"),
    ("Five people were injured in the crash.", "Five", "injured"),
    ("Doctors said 30 were wounded.", "30", "injured"),
    ("Three climbers are still missing.", "Three", "missing"),
    ("About 3,000 residents were evacuated from the valley.", "3,000", "evacuated"),
    ("Police detained 61 protesters after the march.", "61", "arrested"),
    ("The suspect faces 54 charges.", "54", "charged"),
    ("The man was sentenced to 25 years in prison.", "25 years", "sentenced"),
    ("Rioters damaged 40 shops in the old town.", "40", "damaged"),
    ("Three undersea cables were cut off the coast.", "Three", "damaged"),
    ("The firm agreed to pay $4 billion for its rival.", "$4 billion", "price"),
    ("Its revenue reached $12 billion last year.", "$12 billion", "revenue"),
    ("The jury deliberated for 12 hours.", "12 hours", "deliberated"),
    ("The striker scored 3 goals in the final.", "3", "scored"),
]


@pytest.mark.parametrize(("sentence", "value", "predicate"), PREDICATE_CASES, ids=[c[0][:40] for c in PREDICATE_CASES])
def test_what_happened_is_read_from_the_clause(sentence: str, value: str, predicate: str) -> None:
    assert frame_for(sentence, value).predicate == predicate


def test_two_figures_joined_by_and_each_get_their_own_happening() -> None:
    text = "The storm killed three people and injured 40 others in the coastal towns."
    assert frame_for(text, "three").predicate == "dead"
    assert frame_for(text, "40").predicate == "injured"


def test_the_death_penalty_is_no_death() -> None:
    assert frame_for("Nine jurors voted for the death penalty.", "Nine").predicate == "voted"


OWNER_CASES: list[tuple[str, str, str | None]] = [
    ("Harrow's 12 goals this season lead the league.", "12", "harrow"),
    ("Dana Ortiz completed 17 passes in the first half.", "17", "ortiz"),
    ("The company said 65 percent of traffic to Norland was down.", "65 percent", "norland"),
    ("Brell Corp's 10 percent share of the market is the largest.", "10 percent", "brell"),
    ("Police said 12 people were killed in the blast.", "12", None),  # a source is no owner
]


@pytest.mark.parametrize(("sentence", "value", "owner"), OWNER_CASES, ids=[c[0][:40] for c in OWNER_CASES])
def test_whose_figure_it_is(sentence: str, value: str, owner: str | None) -> None:
    assert frame_for(sentence, value).owner == owner


def test_a_pronoun_stands_for_the_person_named_in_its_sentence() -> None:
    text = "Marta Kell said she completed 22 passes."
    assert frame_for(text, "22").owner == "kell"


def test_an_age_belongs_to_the_name_beside_it_or_the_noun_it_describes() -> None:
    assert frame_for("A 35-year-old deputy was shot outside the house.", "35").owner == "n:deputy"


SCOPE_CASES = [
    ("Six people died, including two children.", "two", "part"),
    ("Three others were wounded in the attack.", "Three", "part"),
    ("The striker has scored 30 goals so far this season.", "30", "running"),
    ("Dana Ortiz completed 28 of 41 passes.", "28", "part:of"),
    ("Dana Ortiz completed 28 of 41 passes.", "41", "total:of"),
    ("Shares rose by 3 percent on Monday.", "3 percent", "change"),
    ("The team won its seventh straight game.", "seventh", "streak"),
    ("Some 40 shops were damaged in the capital alone.", "40", "part"),
    ("The storm destroyed 40 homes.", "40", "whole"),
]


@pytest.mark.parametrize(("sentence", "value", "scope"), SCOPE_CASES, ids=[c[0][:40] + c[1] for c in SCOPE_CASES])
def test_part_whole_and_running_totals(sentence: str, value: str, scope: str) -> None:
    frame = frame_for(sentence, value) if value != "seventh" else None
    if frame is None:
        pytest.skip("ordinals are read by the quantity extractor")
    assert frame.scope == scope


BACKGROUND_CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("Last year a similar flood killed 12 people.", "12", {"background": "last year"}),
    ("In 1998, 40 people died when the river burst its banks.", "40", {"years": (1998,)}),
    ("Ten days after a gunman killed five officers, the city mourned.", "five", {"background": "days after"}),
    ("Another attack killed nine people in the north.", "nine", {"background": "another attack"}),
    ("In January, five cables were cut near the coast.", "five", {"months": (1,)}),
]


@pytest.mark.parametrize(("sentence", "value", "fields"), BACKGROUND_CASES, ids=[c[0][:40] for c in BACKGROUND_CASES])
def test_cues_of_another_event(sentence: str, value: str, fields: dict[str, Any]) -> None:
    frame = frame_for(sentence, value)
    for name, want in fields.items():
        assert getattr(frame, name) == want


THING_CASES = [
    ("Twelve villagers died in the landslide.", "Twelve", "people"),
    ("The fire destroyed 30 houses.", "30", "building"),
    ("He is alleged to be married to 20 women.", "20", "spouse"),
    ("The flood swept away 15 cars.", "15", "vehicle"),
]


@pytest.mark.parametrize(("sentence", "value", "thing"), THING_CASES, ids=[c[0][:40] for c in THING_CASES])
def test_what_is_counted_is_named_by_class(sentence: str, value: str, thing: str) -> None:
    assert frame_for(sentence, value).thing == thing


def test_a_span_of_time_knows_what_it_describes() -> None:
    assert frame_for("The three-month inquiry will be led by a judge.", "three-month").noun == "inquiry"
    assert frame_for("The inquiry, which will last four months, starts today.", "four months").noun == "inquiry"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The team is 9-14 after a poor start.", "9-14"),  # a record
        ("The pastor said Saturday that the church would reopen.", "Saturday"),  # when it was said
        ("Sunday congregations of up to 1,000 people meet there.", "Sunday"),  # a date naming a thing
        ("They scored with 48 seconds left in the game.", "48 seconds"),  # a game clock
        ("She completed her first 17 passes.", "17"),  # a selection named by its size
        ("The town was calm after four days of riots.", "four days"),  # how long so far
    ],
)
def test_figures_that_state_no_comparable_fact(sentence: str, value: str) -> None:
    found = [f for f in facts_of(sentence) if f.value == value or f.value.startswith((value + " ", value + "-"))]
    assert found and found[0].frame is not None
    assert found[0].frame.dimension == "none"
