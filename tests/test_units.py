"""The unit table: written forms to codes, dimensions, and conversions the alignment relies on."""

from __future__ import annotations

import pytest

from sourcediff.kinds.measures.lexicon import USD_PER_UNIT
from sourcediff.kinds.measures.units import UNITS, base_unit, convert, to_base, unit_at, unit_dimension

WRITTEN = [
    # (text, where the figure ends, code, what the unit's words cover, joined by a hyphen)
    ("12 miles", 2, "mi", " miles", False),
    ("a 12-mile race", 4, "mi", "-mile", True),
    ("80 nautical miles", 2, "nmi", " nautical miles", False),
    ("40 km", 2, "km", " km", False),
    ("64 kilometres", 2, "km", " kilometres", False),
    ("12kW", 2, "kw", "kW", False),
    ("3 MW", 1, "mw", " MW", False),
    ("80km/h", 2, "kmh", "km/h", False),
    ("70 mph", 2, "mph", " mph", False),
    ("50ml", 2, "ml", "ml", False),
    ("150lbs", 3, "lb", "lbs", False),
    ("135 pounds", 3, "lb", " pounds", False),
    ("9.9mm", 3, "mm", "mm", False),
    ("1.8m", 3, "m", "m", False),
    ("100t", 3, "t", "t", False),
    ("24 m2", 2, "m2", " m2", False),
    ("3 square miles", 1, "sqmi", " square miles", False),
    ("17 degrees Celsius", 2, "degC", " degrees Celsius", False),
    ("5°C", 1, "degC", "°C", False),
    ("98.6 degrees Fahrenheit", 4, "degF", " degrees Fahrenheit", False),
    ("17 degrees", 2, "deg", " degrees", False),
    ("4.6-magnitude", 3, "magnitude", "-magnitude", True),
    ("4.6 on the Richter scale", 3, "magnitude", " on the Richter scale", False),
    ("2 tablespoons", 1, "tbsp", " tablespoons", False),
    ("500 gigabytes", 3, "gb", " gigabytes", False),
    ("30 mpg", 2, "mpg", " mpg", False),
]


@pytest.mark.parametrize(("text", "end", "code", "words", "hyphen"), WRITTEN, ids=[w[0] for w in WRITTEN])
def test_written_units_are_read(text: str, end: int, code: str, words: str, hyphen: bool) -> None:
    found = unit_at(text, end)
    assert found is not None
    assert (found.code, text[end : found.end], found.hyphen) == (code, words, hyphen)


@pytest.mark.parametrize("text", ["12 people", "5 m people", "12 in all", "3 of them", "40 years", "5 G"])
def test_words_that_are_no_units(text: str) -> None:
    assert unit_at(text, text.index(" ") if " " in text else len(text)) is None


def test_every_code_but_money_holds_a_lower_case_letter() -> None:
    """`unit.isupper()` tells money (ISO 4217) from every other unit, as the judging code assumes."""
    assert all(not code.isupper() for code in UNITS)
    assert all(code.isupper() for code in USD_PER_UNIT)


@pytest.mark.parametrize(
    ("code", "dimension"),
    [("mi", "length"), ("nmi", "length"), ("km2", "area"), ("gal", "volume"), ("lb", "mass"), ("mph", "speed"),
     ("degF", "temperature"), ("deg", "temperature"), ("kwh", "energy"), ("mw", "power"), ("gb", "data size"),
     ("magnitude", "magnitude"), ("age", "age"), ("clock", "time of day"), ("year", "duration"), ("GBP", "money"),
     ("percent", "share"), (None, None), ("furlongs", None)],
)
def test_dimensions(code: str | None, dimension: str | None) -> None:
    assert unit_dimension(code) == dimension


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (25, "mi", "km", 40.2336),
        (40, "mi", "km", 64.37376),
        (80, "nmi", "km", 148.16),
        (135, "lb", "kg", 61.2349),
        (-17, "degC", "degF", 1.4),
        (32, "degF", "degC", 0.0),
        (100, "kmh", "mph", 62.1371),
        (1, "t", "lb", 2204.62),
        (2, "year", "month", 24.0),
        (6, "age_month", "age", 0.5),
        (10, "GBP", "USD", 13.5),
    ],
)
def test_conversions(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-3, abs=1e-9)


def test_to_base_and_base_units() -> None:
    assert to_base(1, "km") == 1000.0
    assert to_base(0, "degC") == pytest.approx(273.15)
    assert base_unit("length") == "m"
    assert base_unit("money") == "USD"
    assert base_unit("temperature") == "kelvin"


def test_what_cannot_be_converted_says_so() -> None:
    with pytest.raises(ValueError, match="no scale"):
        to_base(17, "deg")
    with pytest.raises(ValueError, match="different dimensions"):
        convert(3, "mi", "kg")
    with pytest.raises(KeyError):
        to_base(3, "furlongs")
