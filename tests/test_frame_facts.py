"""Facts the frame alignment needs (issue 7): ages, clock times, weights and distances, ordinals,
vague counts, and value spans that cover the unit or the counted noun."""

from __future__ import annotations

from typing import Any

import pytest

from sourcediff.models import Quantity
from test_quantities import check, numbers_in

INF = None  # an open end of an interval

AGES = [
    ("Mara Velloso, 23, was arrested at the scene.", "23", {"value": 23, "unit": "age", "counts": None}),
    ("Tomas Reyk (52) denied the charge.", "52", {"value": 52, "unit": "age"}),
    ("The suspect, 31, was held overnight.", "31", {"unit": "age"}),
    ("Jon Abara Jr., 19, and his cousin were freed.", "19", {"unit": "age"}),
    ("Two girls aged 6 and 8 saw the crash.", "6 and 8", {"unit": "age", "members": (6.0, 8.0), "low": 6, "high": 8}),
    ("Two girls age 6 and 8 were on the bus.", "6 and 8", {"unit": "age", "members": (6.0, 8.0)}),
    ("Pupils aged 11, 12 and 14 were hurt.", "11, 12 and 14", {"unit": "age", "members": (11.0, 12.0, 14.0)}),
    ("The sisters, 8- and 10-year-old girls, testified.", "8- and 10-year-old",
     {"unit": "age", "members": (8.0, 10.0)}),
    ("A 10-year-old girl raised the alarm.", "10-year-old", {"value": 10, "unit": "age"}),
    ("A six-month-old baby was rescued.", "six-month-old", {"value": 6, "unit": "age_month"}),
    ("The bridge is about two years old.", "two years old", {"value": 2, "unit": "age", "bound": "~"}),
]

CLOCK_TIMES = [
    ("The blast happened at about 3:30 p.m. on the quay.", "3:30 p.m.",
     {"value": 930, "unit": "clock", "bound": "~", "low": 925, "high": 935, "precision": 1}),
    ("The polls closed at 3 p.m. sharp.", "3 p.m.", {"value": 900, "bound": "=", "precision": 60}),
    ("The alarm went off at 9:40 p.m. Friday.", "9:40 p.m.", {"value": 1300}),
    ("Doors open at 10:00 am for members.", "10:00 am", {"value": 600, "precision": 60}),
    ("The ceasefire starts at 0800 GMT.", "0800 GMT", {"value": 480, "zone": "GMT"}),
    ("The verdict came at noon.", "noon", {"value": 720}),
    ("The ferry sank at midnight.", "midnight", {"value": 0}),
    ("A passer-by called shortly after 3 p.m. ET.", "3 p.m.",  # the splitter ends the sentence at "p.m."
     {"value": 900, "bound": ">", "low": 900, "high": 930, "zone": "ET"}),
    ("Gunfire was heard at 3 p.m. local time on the quay.", "3 p.m. local time", {"value": 900, "zone": "local time"}),
    ("He was caught shortly before midnight.", "midnight", {"value": 1440, "bound": "<", "low": 1410}),
    ("The fire was reported about 3:10 p.m. Alaska time.", "3:10 p.m.",
     {"value": 910, "bound": "~", "zone": "Alaska time"}),
    ("The shops close at 22:40 on weekdays.", "22:40", {"value": 1360}),
    ("The meeting started at 3:18 in the afternoon.", "3:18", {"value": 918}),
    ("Trains ran between 3 and 4 p.m. only.", "3 and 4 p.m.", {"low": 900, "high": 960, "bound": "range"}),
]

MEASURES = [
    ("The suspect is 5-foot-8, 135 pounds, with short hair.", "135 pounds", {"value": 135, "unit": "lb"}),
    ("The suspect is 5-foot-8, 135 pounds, with short hair.", "5-foot-8", {"value": 5 + 8 / 12, "unit": "ft"}),
    ("He was fined 500 pounds for the offence.", "500 pounds", {"value": 500, "unit": "GBP"}),
    ("She paid £30 for 20 pounds of apples.", "20 pounds", {"value": 20, "unit": "lb"}),
    ("A 10-pound baby was born on the ferry.", "10-pound", {"value": 10, "unit": "lb"}),
    ("The club paid 2 million pounds for him.", "2 million pounds", {"value": 2e6, "unit": "GBP"}),
    ("The trawler sank 80 nautical miles offshore.", "80 nautical miles", {"value": 80, "unit": "nmi"}),
    ("The town is 40 km (25 miles) from the border.", "40 km", {"value": 40, "unit": "km"}),
    ("The town is 40 km (25 miles) from the border.", "25 miles", {"value": 25, "unit": "mi"}),
    ("Temperatures dropped to minus 17 degrees.", "minus 17 degrees", {"value": -17, "unit": "deg"}),
    ("It was 30 degrees Celsius in the shade.", "30 degrees Celsius", {"value": 30, "unit": "degC"}),
    ("A magnitude 4.6 quake shook the coast.", "magnitude 4.6", {"value": 4.6, "unit": "magnitude"}),
    ("A 4.6-magnitude quake shook the coast.", "4.6-magnitude", {"value": 4.6, "unit": "magnitude"}),
    ("An M4.6 quake shook the coast.", "M4.6", {"value": 4.6, "unit": "magnitude"}),
    ("Officers found a 9.9mm pistol.", "9.9mm", {"value": 9.9, "unit": "mm", "counts": "millimetre"}),
    ("Winds reached 90 mph on the hills.", "90 mph", {"value": 90, "unit": "mph"}),
]

ORDINALS_AND_VAGUE = [
    ("Crowds marched for the seventh straight day.", "seventh straight day",
     {"value": 7, "unit": "ordinal", "counts": "day", "kind": "number"}),
    ("On the eighth day the strike ended.", "eighth day", {"value": 8, "unit": "ordinal", "counts": "day"}),
    ("It was his fourth season in charge.", "fourth season", {"value": 4, "unit": "ordinal", "counts": "season"}),
    ("She won a 3rd term in office.", "3rd term", {"value": 3, "unit": "ordinal", "counts": "term"}),
    ("Repairs will take several days, the operator said.", "several days",
     {"value": 3, "low": 3, "high": 9, "bound": "range", "unit": "day", "vague": True, "kind": "duration"}),
    ("Several special prosecutors declined the case.", "Several",
     {"low": 3, "high": 9, "bound": "range", "counts": "prosecutors", "vague": True}),
    ("A few officers stayed behind.", "A few officers", {"low": 2, "high": 5, "counts": "officers"}),
    ("The road will shut for a couple of weeks.", "a couple of weeks",
     {"low": 2, "high": 3, "unit": "week", "kind": "duration"}),
    ("He coached them for three-plus seasons.", "three-plus seasons",
     {"value": 3, "low": 3, "high": INF, "bound": ">", "counts": "seasons"}),
    ("The talks lasted half an hour.", "half an hour", {"value": 0.5, "unit": "hour", "kind": "duration"}),
    ("The search took an hour and a half.", "an hour and a half", {"value": 1.5, "unit": "hour", "kind": "duration"}),
    ("More than half voted to strike.", "half", {"value": 0.5, "unit": "fraction", "bound": ">"}),
    ("Sales fell by half.", "half", {"value": 0.5, "unit": "fraction", "trend": "down"}),
    ("Fire crews saved three houses.", "three houses", {"value": 3, "counts": "houses"}),
    ("The couple have two children.", "two children", {"value": 2, "counts": "children"}),
    ("He played 10 seasons for the club.", "10 seasons", {"value": 10, "counts": "seasons"}),
    ("The storm left 12 dead.", "12", {"value": 12, "counts": "dead"}),  # toll words stay out of the span
]

TABLE = AGES + CLOCK_TIMES + MEASURES + ORDINALS_AND_VAGUE


@pytest.mark.parametrize(("sentence", "value", "expected"), TABLE, ids=[f"{c[0][:40]}|{c[1]}" for c in TABLE])
def test_fact_the_frames_need(sentence: str, value: str, expected: dict[str, Any]) -> None:
    check(sentence, value, expected)


@pytest.mark.parametrize(("sentence", "value"), [(row[0], row[1]) for row in CLOCK_TIMES])
def test_clock_times_are_their_own_kind(sentence: str, value: str) -> None:
    facts = [f for f in numbers_in(sentence) if f.value == value]
    assert [f.kind for f in facts] == ["time"]
    assert isinstance(facts[0].detail, Quantity) and facts[0].detail.unit == "clock"


@pytest.mark.parametrize("sentence", [
    "For the first time the river froze.",
    "It was the second largest rally this year.",
    "Profits fell in the third quarter of 2019.",
])
def test_ordinals_that_count_nothing(sentence: str) -> None:
    ordinals = [f.value for f in numbers_in(sentence) if isinstance(f.detail, Quantity) and f.detail.unit == "ordinal"]
    assert ordinals == []
