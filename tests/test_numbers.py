"""Number and duration extraction, as a fact-checker reads it: a sentence in, a figure out.

Each row is a news sentence, the exact text the figure must cover, and the normalised fields
that matter for that phrasing. Rows only list the fields they are about, so a row fails when
the extractor gets *that* thing wrong, not when an unrelated field changes.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcediff.kinds.measures import extract_numbers
from sourcediff.models import Fact, Quantity
from sourcediff.text import paragraphs, sentences

INF = None  # an open end of an interval


def numbers_in(text: str) -> list[Fact]:
    return extract_numbers(text, sentences(text, paragraphs(text)), doc_id="t")


def the_fact(text: str, value: str) -> Fact:
    facts = numbers_in(text)
    matching = [f for f in facts if f.value == value]
    assert len(matching) == 1, f"expected one fact {value!r} in {text!r}, got {[f.value for f in facts]}"
    return matching[0]


def exact(value: float, **fields: Any) -> dict[str, Any]:
    return {"value": value, "low": value, "high": value, "bound": "=", **fields}


def interval(value: float, low: float | None, high: float | None, bound: str, **fields: Any) -> dict[str, Any]:
    return {"value": value, "low": low, "high": high, "bound": bound, **fields}


NUMBER_CASES = [
    # digits, separators, decimals
    ("The floods forced 11,000 residents from their homes.", "11,000 residents",
     exact(11_000, unit=None, counts="residents")),
    ("The index closed at 7,452.3 points on Friday.", "7,452.3 points", exact(7452.3, counts="points")),
    ("The firm cut 1,400 jobs across its factories.", "1,400 jobs", exact(1400, counts="jobs", kind="number")),
    ("The minister announced 15 new hospitals for the region.", "15", exact(15, counts="hospitals")),
    ("The report made 12 recommendations to ministers.", "12 recommendations", exact(12, counts="recommendations")),
    ("The storm left 3 dead in the coastal towns.", "3", exact(3, counts="dead")),
    # percentages
    ("Turnout was 37% in the northern wards.", "37%", exact(37, unit="percent")),
    ("Inflation rose to 3.5 per cent last month.", "3.5 per cent", exact(3.5, unit="percent", trend="up")),
    ("Unemployment fell to 12 percent in the region.", "12 percent", exact(12, unit="percent", trend="down")),
    ("The vaccine is 95% effective against severe illness.", "95%", exact(95, unit="percent", counts="vaccine")),
    ("Prices have risen 52.9% since the war began.", "52.9%", exact(52.9, unit="percent", trend="up")),
    ("The budget deficit reached 4.5% of GDP.", "4.5%", exact(4.5, unit="percent", counts="gdp")),
    ("Support fell by 3.5 percentage points.", "3.5 percentage points", exact(3.5, unit="percent", trend="down")),
    ("Unemployment fell to 4.2% in the spring.", "4.2%", exact(4.2, unit="percent", counts="unemployment")),
    # money with a scale
    ("The council was awarded £10m for flood defences.", "£10m", exact(10_000_000, unit="GBP")),
    ("The broadcaster agreed a $1.5bn deal with the league.", "$1.5bn",
     exact(1_500_000_000, unit="USD", counts="deal")),
    ("Brussels pledged €85 million to rebuild the port.", "€85 million", exact(85_000_000, unit="EUR")),
    ("The club paid £45million for the striker.", "£45million", exact(45_000_000, unit="GBP")),
    ("The grant is worth $13.5m to the charity.", "$13.5m", exact(13_500_000, unit="USD", counts="grant")),
    ("The EU pledged 85 million euros in reconstruction aid.", "85 million euros", exact(85_000_000, unit="EUR")),
    ("The charity raised £2.3 million for the appeal.", "£2.3 million", exact(2_300_000, unit="GBP")),
    ("The hospital has a budget of £1.2bn this year.", "£1.2bn", exact(1_200_000_000, unit="GBP", counts="budget")),
    ("He was paid £2.50 an hour at the warehouse.", "£2.50", exact(2.5, unit="GBP")),
    ("The fund has US$5m for repairs.", "US$5m", exact(5_000_000, unit="USD")),
    ("The average salary was $52,000 in the sector.", "$52,000", exact(52_000, unit="USD", counts="salary")),
    # number words
    ("Three people were taken to hospital after the crash.", "Three people", exact(3, counts="people")),
    ("Ten candidates are standing in the by-election.", "Ten candidates", exact(10, counts="candidates")),
    ("Twenty-five schools were closed because of the snow.", "Twenty-five schools", exact(25, counts="schools")),
    ("Officials counted three hundred and forty-two spoiled ballots.", "three hundred and forty-two",
     exact(342, counts="ballots")),
    ("A million people signed the petition.", "A million people", exact(1_000_000, counts="people")),
    ("Half a million people lost power during the storm.", "Half a million people", exact(500_000, counts="people")),
    ("He was one of three men charged over the riot.", "three men", exact(3, counts="men")),
    # dozens
    ("A dozen homes were destroyed by the landslide.", "A dozen homes", exact(12, counts="homes")),
    ("Four dozen soldiers were sent to the border.", "Four dozen soldiers", exact(48, counts="soldiers")),
    # fractions
    ("Two-thirds of voters backed the proposal.", "Two-thirds", exact(2 / 3, unit="fraction", counts="voters")),
    ("A quarter of hospitals reported staff shortages.", "A quarter",
     exact(0.25, unit="fraction", counts="hospitals")),
    ("Half of the budget was spent on salaries.", "Half", exact(0.5, unit="fraction", counts="budget")),
    ("Half of the budget went on salaries.", "Half", exact(0.5, unit="fraction", counts="budget")),
    ("Three quarters of respondents said prices had risen.", "Three quarters",
     exact(0.75, unit="fraction", counts="respondents")),
    ("A third of the harvest was lost to drought.", "A third", exact(1 / 3, unit="fraction", counts="harvest")),
    ("More than half of voters stayed at home.", "half", interval(0.5, 0.5, INF, ">", unit="fraction")),
    # hyphenated modifiers and durations: the value covers the unit word
    ("The three-month audit found serious failings.", "three-month",
     exact(3, unit="month", counts="audit", kind="duration")),
    ("The 197-page report was published by the committee.", "197", exact(197, unit=None, counts="page")),
    ("The seven-year inquiry heard from witnesses.", "seven-year",
     exact(7, unit="year", counts="inquiry", kind="duration")),
    ("The ceasefire lasted 48 hours.", "48 hours", exact(48, unit="hour", kind="duration")),
    ("The clean-up will take two weeks, the council said.", "two weeks", exact(2, unit="week", kind="duration")),
    ("She has lived in the village for a decade.", "a decade", exact(1, unit="decade", kind="duration")),
    ("He was sentenced to 12 years in prison.", "12 years", exact(12, unit="year", kind="duration")),
    ("The talks went on for three consecutive days.", "three consecutive days",
     exact(3, unit="day", kind="duration")),
    ("Her audit, completed in just four months, painted a bleak picture.", "four months",
     exact(4, unit="month", counts="audit", kind="duration")),
    ("The patient waited nearly five hours in the emergency department.", "five hours",
     interval(5, 4.5, 5, "<", unit="hour", kind="duration")),
    # ranges
    ("Between 13 and 15 people are missing after the avalanche.", "13 and 15 people",
     interval(13, 13, 15, "range", counts="people")),
    ("Officials said 13 to 15 people were still missing.", "13 to 15 people",
     interval(13, 13, 15, "range", counts="people")),
    ("Some 110,000-150,000 people fled the fighting.", "110,000-150,000 people",
     interval(110_000, 110_000, 150_000, "range", counts="people")),
    ("Between 50 and 60 homes were damaged in the storm.", "50 and 60 homes",
     interval(50, 50, 60, "range", counts="homes")),
    ("The fund will grow to between £2bn and £3bn.", "£2bn and £3bn",
     interval(2e9, 2e9, 3e9, "range", unit="GBP", trend="forecast")),
    ("Voters aged 18-24 were the least likely to turn out.", "18-24", interval(18, 18, 24, "range", unit="age")),
    # lower bounds
    ("More than 200 people were evacuated from the valley.", "200 people",
     interval(200, 200, INF, ">", counts="people")),
    ("Over 300 flights were cancelled at the airport.", "300 flights", interval(300, 300, INF, ">", counts="flights")),
    ("At least 12 people were killed in the blast.", "12 people", interval(12, 12, INF, ">=", counts="people")),
    ("Upwards of 5,000 protesters marched on parliament.", "5,000 protesters",
     interval(5000, 5000, INF, ">", counts="protesters")),
    ("In excess of 40,000 people have signed the petition.", "40,000 people",
     interval(40_000, 40_000, INF, ">", counts="people")),
    ("No fewer than 30 ministers attended the summit.", "30 ministers",
     interval(30, 30, INF, ">=", counts="ministers")),
    ("Hundreds of homes were flooded in the valley.", "Hundreds", interval(200, 200, 999, ">=", counts="homes")),
    ("Dozens of people were hurt in the stampede.", "Dozens", interval(24, 24, 99, ">=", counts="people")),
    ("Tens of thousands of people marched through the capital.", "thousands",
     interval(2000, 2000, 999_999, ">=", counts="people")),
    # upper bounds
    ("Nearly 400 jobs will be lost at the plant.", "400 jobs", interval(400, 360, 400, "<", counts="jobs")),
    ("Almost 90 schools were closed.", "90 schools", interval(90, 81, 90, "<", counts="schools")),
    ("Up to 40 people may have died in the fire.", "40 people", interval(40, INF, 40, "<=", counts="people")),
    ("Fewer than 100 voters turned out in the ward.", "100 voters", interval(100, INF, 100, "<", counts="voters")),
    ("As many as 70 civilians were wounded.", "70 civilians", interval(70, INF, 70, "<=", counts="civilians")),
    # approximations
    ("About 60 firefighters tackled the blaze.", "60 firefighters", interval(60, 54, 66, "~", counts="firefighters")),
    ("Around 2,000 homes lost power overnight.", "2,000 homes", interval(2000, 1800, 2200, "~", counts="homes")),
    ("Roughly 30 patients were moved to other wards.", "30 patients", interval(30, 27, 33, "~", counts="patients")),
    ("Some 500 troops were deployed to the region.", "500 troops", interval(500, 450, 550, "~", counts="troops")),
    ("An estimated 70,000 people attended the rally.", "70,000 people",
     interval(70_000, 63_000, 77_000, "~", counts="people")),
    ("Approximately 1,200 homes were flooded.", "1,200 homes", interval(1200, 1080, 1320, "~", counts="homes")),
    ("The 100-odd residents were moved to a shelter.", "100", interval(100, 90, 110, "~", counts="residents")),
    # trends and projections
    ("The number of flood warnings is expected to rise to more than 300 tonight.", "300",
     interval(300, 300, INF, ">", trend="forecast", counts="warnings")),
    ("Officials said the total is expected to surpass 1,000 by the weekend.", "1,000",
     interval(1000, 1000, INF, ">", trend="forecast")),
    ("The number of cold cases being reopened is expected to rise to more than 1,000 in the coming weeks.", "1,000",
     interval(1000, 1000, INF, ">", trend="forecast", counts="cases")),
    ("Casualties rose to 52 on the third day.", "52", exact(52, trend="up", counts="casualties")),
    ("So far 23 bodies have been recovered from the rubble.", "23", exact(23, trend="up", counts="bodies")),
    ("Initially 12 people were reported missing.", "12 people", exact(12, trend="up", counts="people")),
    ("The death toll has fallen to 40 after a recount.", "40", exact(40, trend="down")),
    ("The reservoir could reach 90% capacity next week.", "90%", exact(90, unit="percent", trend="forecast")),
    # what the figure counts
    ("Over 800 previously closed cases were reopened by prosecutors.", "800",
     interval(800, 800, INF, ">", counts="cases")),
    ("Officers from three police forces took part in the raids.", "three", exact(3, counts="forces")),
    ("She won by a margin of over 200.", "200", interval(200, 200, INF, ">", counts="margin")),
    ("The number of people now waiting for surgery rose to 7.6 million.", "7.6 million",
     exact(7_600_000, counts="people", trend="up")),
    ("A number of officials said the death toll had reached 40.", "40", exact(40, counts="toll")),
    ("Over 800 fraud cases were reopened. That number is expected to surpass 1,000.", "1,000",
     interval(1000, 1000, INF, ">", counts="cases", trend="forecast")),
    ("The Home Office will recruit 2,000 more officers.", "2,000", exact(2000, counts="officers")),
    ("The 5,000-strong force was deployed to the border.", "5,000", exact(5000, counts="force")),
    ("Two-thirds of perpetrators were never identified.", "Two-thirds",
     exact(2 / 3, unit="fraction", counts="perpetrators")),
    # negation: the share claimed is the complement
    ("Ethnicity was not recorded for two-thirds of patients.", "two-thirds",
     exact(2 / 3, unit="fraction", counts="patients", negated=True)),
    ("Ethnicity was recorded for 37% of patients.", "37%",
     exact(37, unit="percent", counts="patients", negated=False)),
    ("Data were missing for 20% of the schools surveyed.", "20%", exact(20, unit="percent", negated=True)),
    # ages are ages, not counts
    ("The 40-year-old was arrested at the scene.", "40-year-old", exact(40, unit="age", counts=None)),
    ("A 19-year-old man was charged with arson.", "19-year-old", exact(19, unit="age", counts=None)),
    ("The driver, aged 67, was unhurt.", "67", exact(67, unit="age", counts=None)),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), NUMBER_CASES, ids=[c[0][:48] for c in NUMBER_CASES])
def test_extracts_the_figure(sentence: str, value: str, expected: dict[str, Any]) -> None:
    fact = the_fact(sentence, value)
    assert sentence[fact.start : fact.end] == value
    expected = dict(expected)
    kind = expected.pop("kind", None)
    if kind is not None:
        assert fact.kind == kind
    detail = fact.detail
    assert isinstance(detail, Quantity)
    for field, want in expected.items():
        got = getattr(detail, field)
        if isinstance(want, float | int) and not isinstance(want, bool):
            assert got == pytest.approx(want), f"{field}: {got!r} != {want!r}"
        else:
            assert got == want, f"{field}: {got!r} != {want!r}"


def test_the_table_is_broad() -> None:
    assert len(NUMBER_CASES) >= 80
    assert len({c[0] for c in NUMBER_CASES}) == len(NUMBER_CASES)


NOT_QUANTITIES = [
    "The meeting started at 3:18 in the afternoon.",
    "Voters had until 10.30am to register.",
    "The rally begins at 3pm outside the town hall.",
    "The polls open at 7 a.m. on Thursday.",
    "Police were called at 22:40 on Saturday.",
    "Tickets went on sale at 9am GMT.",
    "Call the helpline on 0800 555 0123 for advice.",
    "Call 020 7946 0958 for details.",
    "The law changed in 2012 after a long campaign.",
    "It was the first time the river had burst its banks.",
    "She finished 2nd in the race.",
    "It was the 3rd such attack this year.",
    "Leaders met at the G7 summit.",
    "Deaths from COVID-19 rose sharply.",
    "The Boeing 737 crashed shortly after take-off.",
    "Section 28 was repealed after a long campaign.",
    "Protesters gathered outside No. 10 on Friday.",
    "She is one of the most senior officials.",
    "No one was injured in the blast.",
    "The leaders congratulated one another.",
    "The team won 3-2 on Sunday.",
    "The court ruled 5-4 in favour of the government.",
    "Britain triggered Article 50 after the referendum.",
    "The firm filed for Chapter 11 protection.",
    "A Category 5 hurricane made landfall.",
    "Passengers at Terminal 5 were delayed.",
    "Traffic was stuck on the M25 again.",
    "The 9/11 attacks changed everything.",
    "The dam was built 40 years ago.",
    "The scheme was announced a year ago.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_labels_times_codes_and_idioms_are_not_quantities(sentence: str) -> None:
    assert [f.value for f in numbers_in(sentence) if f.kind != "time"] == []


RATES = [
    ("The firm will pay £10m a year to the council.", "£10m"),
    ("The scheme costs £1.2 billion a year.", "£1.2 billion"),
    ("The clinic sees 500 cases a year.", "500 cases"),
]


@pytest.mark.parametrize(("sentence", "amount"), RATES)
def test_a_rate_is_not_also_a_span_of_time(sentence: str, amount: str) -> None:
    assert [f.value for f in numbers_in(sentence)] == [amount]
    assert all(f.kind == "number" for f in numbers_in(sentence))


def test_several_figures_in_one_sentence_keep_their_own_spans() -> None:
    text = "At least 12 people died and 40 were injured, while 3,000 homes lost power for two days."
    facts = numbers_in(text)
    assert [f.value for f in facts] == ["12 people", "40", "3,000 homes", "two days"]
    assert [f.kind for f in facts] == ["number", "number", "number", "duration"]
    for fact in facts:
        assert text[fact.start : fact.end] == fact.value


def test_offsets_point_into_the_whole_document() -> None:
    text = "Flood warning.\n\nThe river rose overnight. More than 200 people were evacuated.\n"
    fact = the_fact(text, "200 people")
    assert fact.start == text.index("200")
    assert fact.paragraph == 1
    assert fact.sentence == "More than 200 people were evacuated."


# ---------------------------------------------------------------------------------------------
# Property: random sentences built from number phrases and filler words. The reference is the
# integer the phrase was built from, written out by the slow, obvious code below.

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_UNITS[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, units = divmod(rest, 10)
        small = _UNITS[rest] if rest < 20 else _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        parts.append(("and " if hundreds else "") + small)
    return " ".join(parts)


def in_words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    parts = [f"{_below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(("and " if thousands and rest < 100 else "") + _below_thousand(rest))
    return " ".join(parts)


def in_digits(n: int) -> str:
    return f"{n:,}"


QUALIFIERS: dict[str, tuple[str, float | None, float | None]] = {
    # phrase: (bound, low as a multiple of n, high as a multiple of n)
    "": ("=", 1.0, 1.0),
    "more than": (">", 1.0, None),
    "over": (">", 1.0, None),
    "at least": (">=", 1.0, None),
    "nearly": ("<", 0.9, 1.0),
    "up to": ("<=", None, 1.0),
    "fewer than": ("<", None, 1.0),
    "about": ("~", 0.9, 1.1),
    "around": ("~", 0.9, 1.1),
}
FILLER = ["the", "river", "council", "officials", "flood", "across", "region", "in", "after", "storm",
          "reported", "were", "ministers", "budget", "election", "hospital", "said", "on", "war", "town"]
NOUNS = ["people", "homes", "voters", "troops", "cases", "schools", "patients", "votes"]


@st.composite
def number_sentences(draw: st.DrawFn) -> tuple[str, str, int, str, str]:
    n = draw(st.integers(min_value=2, max_value=999_999))
    phrase = draw(st.sampled_from([in_digits, in_words]))(n)
    qualifier = draw(st.sampled_from(sorted(QUALIFIERS)))
    before = draw(st.lists(st.sampled_from(FILLER), max_size=5))
    after = draw(st.lists(st.sampled_from(FILLER), max_size=5))
    noun = draw(st.sampled_from(NOUNS))
    words = ["Officials", "said", *before, qualifier, phrase, noun, *after]
    return " ".join(w for w in words if w) + ".", phrase, n, qualifier, noun


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(number_sentences())
def test_property_every_phrase_is_read_back_exactly(case: tuple[str, str, int, str, str]) -> None:
    text, phrase, n, qualifier, noun = case
    facts = numbers_in(text)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.value
        detail = fact.detail
        assert isinstance(detail, Quantity)
        if detail.low is not None:
            assert detail.low <= detail.value
        if detail.high is not None:
            assert detail.value <= detail.high
    assert len(facts) == 1
    detail = facts[0].detail
    assert isinstance(detail, Quantity)
    # A count's span takes in the noun it counts when that noun comes right after it.
    assert facts[0].value == (f"{phrase} {noun}" if detail.counts == noun else phrase)
    assert detail.value == n
    bound, low, high = QUALIFIERS[qualifier]
    assert detail.bound == bound
    assert detail.low == (None if low is None else pytest.approx(low * n))
    assert detail.high == (None if high is None else pytest.approx(high * n))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=2, max_value=99_999),
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["between {a} and {b}", "{a} to {b}", "{a}-{b}"]),
    st.sampled_from(NOUNS),
)
def test_property_ranges_keep_both_ends(low: int, width: int, shape: str, noun: str) -> None:
    high = low + width
    phrase = shape.format(a=in_digits(low), b=in_digits(high))
    text = f"Officials said {phrase} {noun} were affected."
    facts = numbers_in(text)
    assert len(facts) == 1
    fact = facts[0]
    assert text[fact.start : fact.end] == fact.value
    assert f"{phrase} {noun}".endswith(fact.value)
    detail = fact.detail
    assert isinstance(detail, Quantity)
    assert (detail.bound, detail.low, detail.high, detail.value) == ("range", low, high, low)


def test_a_trend_word_belongs_to_its_own_clause() -> None:
    text = "The death toll has risen to 15, with 3,200 people evacuated from their homes."
    trends = {f.value: f.detail.trend for f in numbers_in(text)}
    assert trends == {"15": "up", "3,200 people": None}


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", "\u2009"])
def test_thousands_set_off_by_a_thin_or_no_break_space_are_one_figure(space: str) -> None:
    text = f"The storm cut power to 12{space}500 homes and 1{space}200{space}000 people were told to stay inside."
    assert the_fact(text, f"12{space}500 homes").detail.value == 12500
    assert the_fact(text, f"1{space}200{space}000 people").detail.value == 1_200_000
    assert not any(f.detail.value in (0, 500, 200) for f in numbers_in(text))


def test_a_zero_width_space_after_a_thousands_comma_does_not_split_the_figure() -> None:
    text = "The storm cut power to 12,\u200b500 homes, the utility said."  # as some CMSs break long numbers
    assert the_fact(text, "12,\u200b500 homes").detail.value == 12500
    assert len(numbers_in(text)) == 1
