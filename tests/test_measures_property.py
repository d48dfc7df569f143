"""Property: on any text made of the pieces figures are written with, extraction never raises and every
fact's value is exactly the text at its offsets, with a sound interval."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcediff.kinds.base import Segmented
from sourcediff.kinds.measures import extract_measures
from sourcediff.models import Document, Quantity, When

PIECES = [
    "12", "1,400", "3.5", "-3", "− 4", "0800", "3:30", "10.30", "7 1/2", "1/8", "3⁄4", "½", "6.02×10^23", "80, 000",
    "12,34,567.89", "$", "US$", "$US", "£", "€", "¥", "RM", "A$", "c $", "HK$", "USD", "MUSD", "元", "%", "pc",
    "per cent", "percent", "m", "bn", "k", "M", "million", "thousand", "hundred", "lakh", "kW", "km/h", "mph",
    "ml", "lbs", "pounds", "miles", "nautical miles", "degrees", "°C", "minus", "below zero", "magnitude", "M4.6",
    "-year-old", "years old", "aged", "age", "p.m.", "a.m.", "pm", "GMT", "ET", "noon", "midnight", "about",
    "shortly after", "more than", "nearly", "up", "down", "rose", "fell", "from", "to", "by", "between", "and",
    "or more", "-plus", "several", "a few", "a couple of", "dozens of", "one", "three", "twenty-five", "seventh",
    "straight", "day", "days", "the next day", "that night", "early", "Saturday", "Friday night", "Oct.", "June",
    "2019", "people", "houses", "Smith", ",", "(", ")", ".", ";", "-", "–", "'", "İ", "\u00a0", "Galaxy S10",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
    joiners = draw(st.lists(st.sampled_from([" ", "", " ", "\n\n", "  "]), min_size=len(words), max_size=len(words)))
    return "".join(word + joiner for word, joiner in zip(words, joiners, strict=True))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), st.booleans())
def test_extraction_never_raises_and_offsets_hold(text: str, dated: bool) -> None:
    doc = Document(id="d", text=text, published="2025-06-17" if dated else None)
    for fact in extract_measures(Segmented.of(doc)):
        assert 0 <= fact.start < fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.value
        detail = fact.detail
        if isinstance(detail, Quantity):
            assert fact.kind in ("number", "duration", "time")
            if detail.low is not None:
                assert detail.low <= detail.value or detail.bound == "range", (fact.value, detail)
            if detail.high is not None:
                assert detail.value <= detail.high, (fact.value, detail)
            if detail.members:
                assert detail.low == min(detail.members) and detail.high == max(detail.members)
        else:
            assert isinstance(detail, When) and fact.kind == "date"
