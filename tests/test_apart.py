"""Readings that are plainly apart are conflicts without judging them, and the quick compatibility
test gives what judge gives: a large cluster's best-supported figure is chosen as before."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcediff.kinds.measures.apart import Apart
from sourcediff.kinds.measures.judge import CONFLICT, LOOSE, Span, _fits, judge

ENDS = st.one_of(
    st.sampled_from([0.0, 1.0, 12.0, 12.5, 50.0, 54.0, 100.0, 1_000_000.0, 13.9e9, 14e9]),
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    low, width = draw(ENDS), draw(st.sampled_from([0.0, 0.0, 1.0, 10.0, 0.5, float("inf")]))
    low = draw(st.sampled_from([low, -float("inf")])) if width else low
    written = draw(st.sampled_from([low, low + 1.0, None])) if low != -float("inf") else None
    return Span(
        low, low + width if low != -float("inf") else draw(ENDS),
        draw(st.sampled_from([0.0, 0.5, 5.0, 50.0, 0.05 * abs(written or 1.0)])),
        draw(st.sampled_from(["", "rounding", "currency conversion", "the ages may be given at different times"])),
        draw(st.sampled_from([None, None, "forecast", "up"])),
        written,
        draw(st.sampled_from([None, None, "km", "mile", "USD", "EUR", "clock", "age"])),
        draw(st.booleans()),
        draw(st.sampled_from([0.0, 1.0, 10.0])),
    )


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(spans(), min_size=2, max_size=8))
def test_apart_and_quick_fits_agree_with_judge(readings: list[Span]) -> None:
    apart = Apart(readings)
    for a, first in enumerate(readings):
        near = set(apart.near(a))
        for b, second in enumerate(readings):
            level = judge(first, second).level
            if apart.apart(a, b):
                assert level == CONFLICT, (first, second)
            else:
                assert b in near
            quick = _fits(first, second)
            if quick is not None:
                assert quick == (level <= LOOSE), (first, second)


def test_readings_far_apart_in_one_unit_are_apart_and_close_ones_are_not() -> None:
    readings = [Span(40.0, 40.0, 0.5, "rounding", None), Span(52.0, 52.0, 0.5, "rounding", None),
                Span(50.0, 50.0, 5.0, "rounding", None), Span(41.0, float("inf"), 0.5, "rounding", None),
                Span(60.0, 60.0, 0.0, "", "forecast")]
    apart = Apart(readings)
    assert apart.apart(0, 1)  # 40 against 52
    assert not apart.apart(1, 2)  # 52 is a rounding of "about 50"
    assert not apart.apart(1, 3)  # "more than 41" allows 52
    assert not apart.apart(0, 4)  # a forecast of 60: a trend word may explain it
    assert sorted(apart.near(0)) == [0, 3, 4]  # 40 is no rounding of 50, and rounds to 41 at most
