"""Figures and dates as comparable readings: an interval in a common unit, with how loosely it may be read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...models import Fact, Quantity, When
from ...pickling import quick_init
from .lexicon import DAYS_PER_UNIT, USD_PER_UNIT
from .settings import DEFAULTS, MeasuresSettings
from .units import UNITS, to_base

__all__ = ["WEEKDAY_SCALE", "Span", "Spans", "readings_of", "span_of", "weekday_of", "weekday_span"]


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A fact as a comparable interval in a common unit, with how loosely it may be read."""

    low: float
    high: float
    slack: float  # how far rounding, a vague word or a conversion lets the value move
    why_slack: str
    trend: str | None
    written: float | None = None  # the figure as printed, in the common unit
    unit: str | None = None
    vague: bool = False  # "dozens", "millions": says only roughly how many
    step: float = 0.0  # the rounding step of the figure as written (50 -> 10, 13.9 -> 0.1), in the common unit



def span_of(fact: Fact, *, rates: Mapping[str, float], settings: MeasuresSettings = DEFAULTS) -> Span | None:
    detail = fact.detail
    if isinstance(detail, When):
        return _date_span(detail)
    if not isinstance(detail, Quantity):
        return None
    low = detail.low if detail.low is not None else -float("inf")
    high = detail.high if detail.high is not None else float("inf")
    factor, slack_share, why = 1.0, 0.0, ""
    measured = UNITS.get(detail.unit or "")
    if measured is not None and measured.factor is not None and measured.dimension not in _NOT_CONVERTED:
        return _measured_span(detail, measured.factor, settings)
    if detail.unit == "age":  # reports written a year or two apart give the same person different ages
        return Span(low, high, settings.age_years, "the ages may be given at different times", detail.trend,
                    detail.value, detail.unit)
    if detail.unit in DAYS_PER_UNIT:
        factor = DAYS_PER_UNIT[detail.unit]
    elif detail.unit == "fraction":
        factor, slack_share, why = 100.0, 0.0, "a fraction in words is a rounded share"
    elif detail.unit and detail.unit.isupper():
        factor = rates.get(detail.unit, USD_PER_UNIT.get(detail.unit, 1.0))
        slack_share, why = (settings.conversion_share, "currency conversion") if detail.unit != "USD" else (0.0, "")
    low, high = low * factor, high * factor
    if detail.unit == "fraction":
        slack = settings.fraction_points
    else:
        step = detail.precision * factor / 2
        # A small whole count is exact ("20 wives" is no rounded 19); identifiers are never rounded.
        rounded = detail.unit is not None or abs(detail.value) >= settings.rounded_from or detail.precision < 1
        rounded = rounded and not (fact.frame is not None and fact.frame.dimension == "address")
        slack = min(step, abs(detail.value * factor) * settings.rounding_share) if step > 0 and rounded else 0.0
        if slack_share:
            slack = max(slack, abs(detail.value * factor) * slack_share)
            why = why or "rounding"
        elif slack:
            why = "rounding"
    if detail.negated and detail.unit in ("percent", "fraction"):
        low, high = 100 - high, 100 - low
        why = "complement (" + (why or "share") + ")"
    written = detail.value * factor if not detail.negated else 100 - detail.value * factor
    vague = detail.vague or (detail.bound == ">=" and not detail.qualifiers)
    return Span(low, high, slack, why, detail.trend, written, detail.unit, vague, detail.precision * factor)


_NOT_CONVERTED = frozenset({"duration", "age", "share", "time", "ordinal"})


def _measured_span(detail: Quantity, factor: float, settings: MeasuresSettings) -> Span:
    """A length, mass, speed, temperature ... in its dimension's base unit, so that "40 km" meets
    "25 miles"; a figure in another unit than the base may be off by a conversion's rounding."""
    unit = detail.unit or ""

    def base(value: float | None, open_end: float) -> float:
        return open_end if value is None else to_base(value, unit)

    low, high = base(detail.low, -float("inf")), base(detail.high, float("inf"))
    written = to_base(detail.value, unit)
    step = detail.precision * factor / 2
    small = abs(detail.value) < 10 and detail.precision >= 1
    rounded = step if small else min(step, abs(written) * settings.rounding_share)
    if detail.precision == 1 and not small and detail.value % 10:
        rounded = 0.0  # "135 pounds" is given to the pound; "130 pounds" may round 134
    slack = rounded  # "one mile" may round 1.2 miles
    return Span(low, high, slack, "rounding", detail.trend, written, unit,
                detail.vague, detail.precision * factor)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_SCALE = -10_000.0  # weekdays without a date sit on a scale of their own, far below any date


def weekday_of(fact: Fact) -> int | None:
    """The weekday a date fact names or falls on (Monday = 0), if any."""
    detail = fact.detail
    if not isinstance(detail, When):
        return None
    if detail.start and detail.start == detail.end:
        from datetime import date

        return date.fromisoformat(detail.start).weekday()
    lowered = fact.value.lower()
    return next((n for n, name in enumerate(_WEEKDAYS) if name in lowered or name[:3] + "." in lowered), None)


def weekday_span(fact: Fact) -> Span | None:
    day = weekday_of(fact)
    return None if day is None else Span(WEEKDAY_SCALE + day, WEEKDAY_SCALE + day, 0.0, "", None)


def _date_span(when: When) -> Span | None:
    if when.start is None or when.end is None:
        return None
    from datetime import date

    low = date.fromisoformat(when.start).toordinal()
    high = date.fromisoformat(when.end).toordinal()
    return Span(float(low), float(high), 0.0, "", None)


class Spans:
    """`span_of` for one judging run, worked out once per detail record: outlets reprinting a
    sentence hold one record, and the span depends only on it and on whether the figure is an address."""

    __slots__ = ("_known", "_rates", "_settings")

    def __init__(self, rates: Mapping[str, float], settings: MeasuresSettings) -> None:
        self._rates, self._settings = rates, settings
        self._known: dict[tuple[int, bool], tuple[Span | None, object]] = {}  # the detail kept alive with it

    def __call__(self, facts: Sequence[Fact]) -> list[Span | None]:
        known, spans = self._known, []
        for fact in facts:
            frame = fact.frame
            key = (id(fact.detail), frame is not None and frame.dimension == "address")
            found = known.get(key)
            if found is None:
                found = known[key] = (span_of(fact, rates=self._rates, settings=self._settings), fact.detail)
            spans.append(found[0])
        return spans


def readings_of(spans: Sequence[Span | None]) -> dict[Span, list[int]]:
    """Each distinct reading with the positions of the facts giving it, in order of first use; the
    facts sharing one span record are gathered by identity first, as hashing a span is slow."""
    by_record: dict[int, list[int]] = {}
    records: dict[int, Span] = {}
    for index, span in enumerate(spans):
        if span is not None:
            by_record.setdefault(id(span), []).append(index)
            records[id(span)] = span
    readings: dict[Span, list[int]] = {}
    merged = False
    for key, members in by_record.items():
        same = readings.get(records[key])
        if same is None:
            readings[records[key]] = members
        else:
            same += members
            merged = True
    if merged:
        for members in readings.values():
            members.sort()
    return readings


