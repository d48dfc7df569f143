"""A date phrase's period: the first and last day it covers, worked out from its parts and the publication date.

Plain date arithmetic; `dateparser` is imported only for "N weeks ago" phrases, and then only on
those short spans: it is far too slow to run over whole articles.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import replace

from ...models import When
from .date_words import Candidate

Date = datetime.date
Span = tuple[Date, Date]

# Months of the year each part covers; months past 12 run into the next year (winter).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "start": (1, 3), "beginning": (1, 3), "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (10, 12), "close": (10, 12), "h1": (1, 6), "h2": (7, 12),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
}
# Days of the month each part covers; 31 stands for the month's last day.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "start": (1, 10), "beginning": (1, 10), "mid": (11, 20), "middle": (11, 20),
    "late": (21, 31), "end": (21, 31), "close": (21, 31), "h1": (1, 15), "h2": (16, 31),
}
# Days of the week (Monday = 0) each part covers: "early next week".
WEEK_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 2), "start": (0, 2), "beginning": (0, 2), "mid": (1, 3), "middle": (1, 3),
    "late": (3, 6), "end": (3, 6), "close": (3, 6),
}
SATURDAY = 5


def _month_span(year: int, month: int) -> Span:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, first: int, last: int) -> Span:
    return _month_span(year, first)[0], _month_span(year, last)[1]


def _when(span: Span | None, granularity: str, *, relative: bool = False) -> When:
    if span is None:
        return When(None, None, granularity, relative)  # type: ignore[arg-type]
    return When(span[0].isoformat(), span[1].isoformat(), granularity, relative)  # type: ignore[arg-type]


def _year_of(candidate: Candidate, published: Date | None) -> int | None:
    if candidate.year is not None:
        return candidate.year
    if candidate.shift is not None and published is not None:
        return published.year + candidate.shift
    return None


def _resolve_year(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    year = _year_of(candidate, published)
    relative = candidate.year is None
    if year is None:  # "last year" with no publication date
        return _when(None, "relative", relative=True)
    part = candidate.part
    if not part:
        return _when(_months_span(year, 1, 12), "year", relative=relative)
    if part in ("earlier", "later"):
        if published is None or published.year != year:  # "earlier in 2019": no finer than the year
            return _when(_months_span(year, 1, 12), "year", relative=relative)
        bounds = (Date(year, 1, 1), published) if part == "earlier" else (published, Date(year, 12, 31))
        return _when(bounds, "part-of-year", relative=True)
    return _when(_months_span(year, *YEAR_PARTS[part]), "part-of-year", relative=relative)


def _month_year(candidate: Candidate, published: Date) -> tuple[int, int]:
    """The (year, month) a month phrase without its own year means, seen from `published`."""
    here = published.year * 12 + published.month - 1
    if candidate.month is None:  # "last month", "the end of this month"
        return divmod(here + (candidate.shift or 0), 12)[0], (here + (candidate.shift or 0)) % 12 + 1
    month = candidate.month
    if candidate.year_shift is not None:
        return published.year + candidate.year_shift, month
    if candidate.shift == 1:
        return (published.year if month > published.month else published.year + 1), month
    if candidate.shift == 0:
        return published.year, month
    if candidate.shift == -1:
        return (published.year if month < published.month else published.year - 1), month
    return (published.year if month <= published.month else published.year - 1), month


def _resolve_month(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    relative = candidate.year is None
    if candidate.year is not None and candidate.month is not None:
        year, month = candidate.year, candidate.month
    elif published is not None:
        year, month = _month_year(candidate, published)
    else:
        return _when(None, "month" if candidate.month else "relative", relative=candidate.month is None)
    first, last = _month_span(year, month)
    part = candidate.part
    if not part:
        return _when((first, last), "month", relative=relative)
    if part in ("earlier", "later"):
        if published is None or not first <= published <= last:  # "earlier in March": the month
            return _when((first, last), "month", relative=relative)
        return _when((first, published) if part == "earlier" else (published, last), "part-of-year",
                     relative=True)
    low, high = MONTH_PARTS.get(part, (1, 31))
    return _when((first.replace(day=low), last.replace(day=min(high, last.day))), "part-of-year",
                 relative=relative)


def _nearest_day(month: int, day: int, published: Date) -> Date | None:
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(Date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda option: abs((option - published).days), default=None)


def _resolve_day(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    if candidate.month is None:  # yesterday, today, last night
        if published is None:
            return _when(None, "relative", relative=True)
        day = published + datetime.timedelta(days=candidate.shift or 0)
        return _when((day, day), "day", relative=True)
    assert candidate.day is not None
    if candidate.year is not None:
        try:
            day = Date(candidate.year, candidate.month, candidate.day)
        except ValueError:
            return None  # 30 February: not a date
        return _when((day, day), "day")
    if candidate.day > calendar.monthrange(2024, candidate.month)[1]:
        return None
    found = _nearest_day(candidate.month, candidate.day, published) if published else None
    return _when((found, found) if found else None, "day", relative=True)


def _resolve_weekday(candidate: Candidate, published: Date | None, *, future: bool) -> When:
    if published is None or candidate.weekday is None:
        return _when(None, "weekday", relative=True)
    back = (published.weekday() - candidate.weekday) % 7
    ahead = (candidate.weekday - published.weekday()) % 7
    if candidate.shift == -1:
        day = published - datetime.timedelta(days=back or 7)
    elif candidate.shift == 1:
        day = published + datetime.timedelta(days=ahead or 7)
    elif candidate.shift == 0:
        day = published + datetime.timedelta(days=candidate.weekday - published.weekday())
    else:
        day = published + datetime.timedelta(days=ahead if future else -back)
    return _when((day, day), "weekday", relative=True)


def _resolve_week(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    if published is None:
        return _when(None, "relative", relative=True)
    monday = published - datetime.timedelta(days=published.weekday() - 7 * (candidate.shift or 0))
    sunday = monday + datetime.timedelta(days=6)
    if candidate.part == "earlier":
        return _when((monday, published), "part-of-year", relative=True)
    if candidate.part == "later":
        return _when((published, sunday), "part-of-year", relative=True)
    if candidate.part in WEEK_PARTS:
        first, last = WEEK_PARTS[candidate.part]
        span = (monday + datetime.timedelta(days=first), monday + datetime.timedelta(days=last))
        return _when(span, "range", relative=True)
    return _when((monday, sunday), "range", relative=True)


def _resolve_weekend(candidate: Candidate, published: Date | None, *, future: bool) -> When:
    if published is None:
        return _when(None, "relative", relative=True)
    on_weekend = published.weekday() >= SATURDAY
    latest = published - datetime.timedelta(days=(published.weekday() - SATURDAY) % 7)  # on or before
    upcoming = published + datetime.timedelta(days=(SATURDAY - published.weekday()) % 7 or 7)
    if candidate.shift == 1 or (future and not on_weekend):
        saturday = upcoming  # "next weekend", "will meet this weekend"
    elif candidate.shift == -1 and on_weekend:
        saturday = latest - datetime.timedelta(days=7)  # "last weekend", said on a Sunday
    else:
        saturday = latest  # "over the weekend", "this weekend": news reports the one just gone
    return _when((saturday, saturday + datetime.timedelta(days=1)), "range", relative=True)


def _resolve_season(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    first, last = YEAR_PARTS[candidate.part or "summer"]
    if candidate.year is not None:
        return _when(_months_span(candidate.year, first, last), "part-of-year")
    if published is None:
        return _when(None, "relative", relative=True)
    spans = [_months_span(year, first, last) for year in range(published.year - 2, published.year + 2)]
    if candidate.shift == -1:
        span = max(span for span in spans if span[1] < published)
    elif candidate.shift == 1:
        span = min(span for span in spans if span[0] > published)
    else:
        span = _months_span(published.year, first, last)
    return _when(span, "part-of-year", relative=True)


def _resolve_decade(candidate: Candidate, _published: Date | None, _text: str) -> When | None:
    assert candidate.year is not None
    return _when(_months_span(candidate.year, 1, 12 * 10), "range")


def _resolve_fiscal(candidate: Candidate, published: Date | None, _text: str) -> When | None:
    """ "the year ending March 2025": the twelve months that end with that month (or day)."""
    assert candidate.month is not None
    if candidate.year is not None:
        year = candidate.year
    elif published is not None:
        year = published.year if candidate.month <= published.month else published.year - 1
    else:
        return _when(None, "range")
    last = _month_span(year, candidate.month)[1]
    first = _month_span(year - 1, candidate.month + 1)[0]
    if candidate.day is not None:  # "the year to 5 April 2025": 6 April 2024 to 5 April 2025
        last = last.replace(day=min(candidate.day, last.day))
        before = _month_span(year - 1, candidate.month)[1]
        first = before.replace(day=min(candidate.day, before.day)) + datetime.timedelta(days=1)
    return _when((first, last), "range", relative=candidate.year is None)


def _resolve_ago(candidate: Candidate, published: Date | None, text: str) -> When | None:
    phrase = text[candidate.start : candidate.end]
    if published is not None and candidate.part in ("minute", "hour"):
        return _when((published, published), "day", relative=True)  # a live page's time stamp
    if published is None or re.search(r"few|several|couple", phrase, re.IGNORECASE):
        return _when(None, "relative", relative=True)
    import dateparser  # here, not at the top: slow to import, and only "ago" phrases need it

    base = datetime.datetime.combine(published, datetime.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return _when(None, "relative", relative=True)
    day = parsed.date()
    if candidate.part == "month":
        return _when(_month_span(day.year, day.month), "month", relative=True)
    if candidate.part in ("year", "decade"):
        return _when(_months_span(day.year, 1, 12), "year", relative=True)
    return _when((day, day), "day", relative=True)


def _resolve_range(candidate: Candidate, published: Date | None, text: str) -> When | None:
    ends = [resolve(part, published, text=text) for part in candidate.parts]
    if any(end is None for end in ends):
        return None
    first, last = ends[0], ends[-1]
    assert first is not None and last is not None
    relative = first.relative or last.relative
    if first.start is None or last.end is None or last.end < first.start:  # "16 June-May": no order
        return When(None, None, "range", relative)
    return When(first.start, last.end, "range", relative)


Resolver = Callable[[Candidate, Date | None, str], When | None]
RESOLVERS: dict[str, Resolver] = {
    "year": _resolve_year, "month": _resolve_month, "day": _resolve_day, "week": _resolve_week,
    "season": _resolve_season, "decade": _resolve_decade,
    "fiscal": _resolve_fiscal, "ago": _resolve_ago, "range": _resolve_range,
}


def _resolve_relative_day(candidate: Candidate, _published: Date | None, _text: str) -> When | None:
    """ "the next day": a day counted from the last one the text named, which resolution does not know."""
    return When(None, None, "relative", True, offset=candidate.shift, day_part=candidate.part)


RESOLVERS["relday"] = _resolve_relative_day
# Kinds whose `part` is a part of the day ("early Saturday", "last night"), kept in `When.day_part`.
_DAY_PART_KINDS = frozenset({"weekday", "day"})


def resolve(candidate: Candidate, published: Date | None, *, text: str, future: bool = False) -> When | None:
    """The period a date phrase covers; None when the phrase names no real date (30 February)."""
    if candidate.kind == "weekday":
        when: When | None = _resolve_weekday(candidate, published, future=future)
    elif candidate.kind == "weekend":
        return _resolve_weekend(candidate, published, future=future)
    else:
        when = RESOLVERS[candidate.kind](candidate, published, text)
    if when is not None and candidate.part and candidate.kind in _DAY_PART_KINDS:
        return replace(when, day_part=candidate.part)
    return when
