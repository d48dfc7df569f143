"""Every figure a news sentence states, with its unit, bound and trend (issue 8's patterns).

Each row: a sentence of our own, the exact text the value must cover, and the fields that matter
for that wording. `value == text[start:end]` is checked for every row.
"""

from __future__ import annotations

from typing import Any

import pytest

from sourcediff.kinds.measures import extract_numbers
from sourcediff.models import Fact, Quantity
from sourcediff.text import paragraphs, sentences

INF = None


def numbers_in(text: str) -> list[Fact]:
    return extract_numbers(text, sentences(text, paragraphs(text)), doc_id="t")


def the_fact(text: str, value: str) -> Fact:
    facts = numbers_in(text)
    matching = [f for f in facts if f.value == value]
    assert len(matching) == 1, f"expected one fact {value!r} in {text!r}, got {[f.value for f in facts]}"
    return matching[0]


def check(sentence: str, value: str, expected: dict[str, Any]) -> None:
    fact = the_fact(sentence, value)
    assert sentence[fact.start : fact.end] == value
    expected = dict(expected)
    kind = expected.pop("kind", None)
    if kind is not None:
        assert fact.kind == kind
    detail = fact.detail
    assert isinstance(detail, Quantity)
    for name, want in expected.items():
        got = getattr(detail, name)
        if isinstance(want, float | int) and not isinstance(want, bool):
            assert got == pytest.approx(want), f"{name}: {got!r} != {want!r}"
        else:
            assert got == want, f"{name}: {got!r} != {want!r}"


GLUED_UNITS = [
    ("The new heater draws 12kW at full power.", "12kW", {"value": 12, "unit": "kw"}),
    ("The limit on the bypass is 80km/h.", "80km/h", {"value": 80, "unit": "kmh"}),
    ("Each dose is 50ml of the syrup.", "50ml", {"value": 50, "unit": "ml"}),
    ("The boxer came in at 150lbs.", "150lbs", {"value": 150, "unit": "lb"}),
    ("The app now has 2.1M users.", "2.1M users", {"value": 2_100_000, "unit": None, "counts": "users"}),
    ("Bank shares added 15pc in a week.", "15pc", {"value": 15, "unit": "percent", "trend": "up"}),
    ("The miner raised $US4.2m from investors.", "$US4.2m", {"value": 4_200_000, "unit": "USD"}),
    ("The club was sold for A$3m.", "A$3m", {"value": 3_000_000, "unit": "AUD"}),
    ("A bowl of noodles costs RM1.50 at the stall.", "RM1.50", {"value": 1.5, "unit": "MYR"}),
    ("The ticket price was 48 yuan.", "48 yuan", {"value": 48, "unit": "CNY"}),
    ("The developer borrowed HK$5bn for the tower.", "HK$5bn", {"value": 5e9, "unit": "HKD"}),
    ("The bloc approved €1.2bn in aid.", "€1.2bn", {"value": 1.2e9, "unit": "EUR"}),
    ("The charity was left £9million in a will.", "£9million", {"value": 9e6, "unit": "GBP"}),
    ("The licence costs 115USD a year.", "115USD", {"value": 115, "unit": "USD"}),
    ("The fund holds USD 200 million in bonds.", "USD 200 million", {"value": 2e8, "unit": "USD"}),
    ("The bill came to 40 Swiss francs.", "40 Swiss francs", {"value": 40, "unit": "CHF"}),
    ("The flat cost 35 lakh rupees.", "35 lakh rupees", {"value": 3_500_000, "unit": "INR"}),
    ("The rifle fires a 7.62mm round.", "7.62mm", {"value": 7.62, "unit": "mm"}),
]

SIGNS_AND_TRENDS = [
    ("The quarterback was sacked for -3 yards on the drive.", "-3 yards", {"value": -3, "unit": "yd"}),
    ("The index closed -0.8% on the day.", "-0.8%", {"value": -0.8, "unit": "percent", "trend": "down"}),
    ("Overnight the valley fell to minus 12 degrees.", "minus 12 degrees", {"value": -12, "unit": "deg"}),
    ("It was 12 degrees below zero at dawn.", "12 degrees below zero", {"value": -12, "unit": "deg"}),
    ("Exports rose 5% in March.", "5%", {"trend": "up", "change": "by"}),
    ("Imports fell 3% last year.", "3%", {"trend": "down", "change": "by"}),
    ("The lender lost $2m on the deal.", "$2m", {"value": 2e6, "trend": "down"}),
    ("The index gained 40 points.", "40 points", {"trend": "up", "counts": "points"}),
    ("The currency slid 2% against the dollar.", "2%", {"trend": "down"}),
    ("Rents climbed 8% in the capital.", "8%", {"trend": "up"}),
    ("The yield edged down 0.3 percentage points.", "0.3 percentage points", {"trend": "down"}),
    ("Output was down 1.4% from a year earlier.", "1.4%", {"trend": "down", "change": "by"}),
    ("Sales were up 3pc on the month.", "3pc", {"trend": "up"}),
    ("Gold fell from $1,900 to $1,750 an ounce.", "$1,900", {"trend": "down", "change": "from"}),
    ("Gold fell from $1,900 to $1,750 an ounce.", "$1,750", {"trend": "down", "change": "to", "previous": 1900}),
    ("The share price jumped 12% to $40.", "$40", {"trend": "up", "change": "to"}),
]

SCALES_RANGES_FRACTIONS = [
    ("The dam cost 6 hundred million dollars.", "6 hundred million dollars", {"value": 6e8, "unit": "USD"}),
    ("Between 3 to 4 thousand fans queued.", "3 to 4 thousand fans",
     {"value": 3000, "low": 3000, "high": 4000, "bound": "range"}),
    ("Organisers expect seven to eight thousand runners.", "seven to eight thousand runners",
     {"low": 7000, "high": 8000, "bound": "range"}),
    ("Prices should rise between 2% and 3% this year.", "2% and 3%",
     {"low": 2, "high": 3, "bound": "range", "unit": "percent"}),
    ("The new engine gets from 30 mpg to 34.", "30 mpg to 34", {"low": 30, "high": 34, "unit": "mpg"}),
    ("Homes there sell for $400,000 to $1.2 million.", "$400,000 to $1.2 million",
     {"low": 400_000, "high": 1_200_000, "bound": "range", "unit": "USD"}),
    ("The rebels hold a quarter million acres.", "a quarter million acres", {"value": 250_000}),
    ("Stir in 1/8 cup of sugar.", "1/8 cup", {"value": 0.125, "unit": "cup"}),
    ("Add 3⁄4 teaspoon of salt.", "3⁄4 teaspoon", {"value": 0.75, "unit": "tsp"}),
    ("Add ½ teaspoon of yeast.", "½ teaspoon", {"value": 0.5, "unit": "tsp"}),
    ("Two-fifths of members voted against.", "Two-fifths", {"value": 0.4, "unit": "fraction"}),
    ("The walkers covered 7 1/2 miles before noon.", "7 1/2 miles", {"value": 7.5, "unit": "mi"}),
    ("The bonds rose 1/2 point in late trade.", "1/2", {"value": 0.5, "trend": "up"}),
    ("A mole holds 6.02×10^23 particles.", "6.02×10^23 particles", {"value": 6.02e23}),
    ("The charge is 1.6×10−19 coulombs.", "1.6×10−19 coulombs", {"value": 1.6e-19}),
    ("She faces one count of fraud.", "one count", {"value": 1}),
    ("Only one witness came forward.", "one witness", {"value": 1, "counts": "witness"}),
    ("Sixty-five per cent of members backed the deal.", "Sixty-five per cent", {"value": 65, "unit": "percent"}),
]

LOWER_CASED_OR_TOKENISED = [
    ("the group raised $ 12 million from backers .", "$ 12 million", {"value": 1.2e7, "unit": "USD"}),
    ("the mill sold one - quarter of its stock .", "one - quarter", {"value": 0.25, "unit": "fraction"}),
    ("the mine is worth c $ 7 million , analysts say .", "c $ 7 million", {"value": 7e6, "unit": "CAD"}),
    ("the arena holds 80, 000 fans .", "80, 000 fans", {"value": 80_000}),
    ("the firm lost 75 million dollars last year .", "75 million dollars", {"value": 7.5e7, "unit": "USD"}),
    ("the loan is 15 dollars 50 a week .", "15 dollars 50", {"value": 15.5, "unit": "USD"}),
    ("the fee rises to 17 USD 25 in may .", "17 USD 25", {"value": 17.25, "unit": "USD"}),
    ("a coffee costs $3 and 50 cents here .", "$3 and 50 cents", {"value": 3.5, "unit": "USD"}),
    ("the county - - $ 75 million of bonds was sold .", "$ 75 million", {"value": 7.5e7}),
]

TABLE = GLUED_UNITS + SIGNS_AND_TRENDS + SCALES_RANGES_FRACTIONS + LOWER_CASED_OR_TOKENISED


@pytest.mark.parametrize(("sentence", "value", "expected"), TABLE, ids=[f"{c[0][:40]}|{c[1]}" for c in TABLE])
def test_every_stated_figure_is_read(sentence: str, value: str, expected: dict[str, Any]) -> None:
    check(sentence, value, expected)


NOT_QUANTITIES = [
    ("She filmed it on a Galaxy S10 phone.", "10"),
    ("The Airbus A320 landed safely.", "320"),
    ("The office is in ZIP code 10001.", "10001"),
    ("The shop at 221 Orchard Street closed.", "221"),
    ("The plan: 1 ) cut costs, 2 ) hire staff.", "1"),
    ("Sales on oct. 14 beat forecasts.", "14"),
    ("The deal closed Oct. 14 after a review.", "14"),
    ("He was one of the first to arrive.", "one"),
    ("At one point the queue stretched round the block.", "one"),
    ("No one was hurt in the fire.", "one"),
    ("One is never too old to learn.", "One"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_QUANTITIES, ids=[n[0][:40] for n in NOT_QUANTITIES])
def test_names_markers_days_and_idioms_are_not_counted(sentence: str, number: str) -> None:
    assert not [f.value for f in numbers_in(sentence) if number in f.value.split() or f.value == number]


def test_a_sum_and_a_count_after_it_stay_apart() -> None:
    assert [f.value for f in numbers_in("The fund paid USD 200 and 30 people applied.")] == ["USD 200", "30 people"]


def test_an_age_in_apposition_is_not_a_count() -> None:
    check("Jon Abara, 52, was charged with fraud.", "52", {"value": 52, "unit": "age", "counts": None})
