"""Where date phrases are: the regular expressions, and the candidate each match yields.

Each pattern comes with its gate: a cheap test (a digit, a month name, a word such as "last") that
a sentence must pass before the pattern's slower search runs there. `date_search.py` runs them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ...regexes import compile_regex
from .date_words import (
    DATE_PREPOSITIONS,
    GENERIC_BEFORE,
    MONTH_STARTS,
    MONTHS,
    NAME_LIKE_MONTHS,
    QUARTERS,
    RELATIVE_DAYS,
    SHIFTS,
    WEEKDAY_STARTS,
    WEEKDAYS,
    Builder,
    Candidate,
    Kind,
    count_follows,
    opens_sentence,
    word_before,
)

# Patterns open with a literal or a digit so the regex engine can skip ahead fast; the check on the
# character before a match sits just after its first characters, e.g. (?<![\w£$]\d\d) after "20".
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_FULL = rf"(?:{_MONTH_NAMES})\b"
_MONTH = rf"(?P<month>(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\.(?=\s+\d))?)"
_WEEKDAY = (
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b"
)
_DAY_NUMBER_FOLLOWS = compile_regex(r"\.?,?\s+\d")
_NOT_NUMBER_BEFORE = r"\w£$€¥#.,/\-–"  # a character before a digit that makes it part of a number
_NOT_TIME = r"(?!\s*(?:[ap]\.?m\b|%|per\s?cent|:\d|[.,]\d))"
_SHIFT = r"(?i:(?P<shift>last|this|next))"


def _day(name: str = "day", *, lead: bool = False) -> str:
    """A day of the month, 1-31 checked by the builder; `lead`: nothing number-like before it."""
    guard = rf"(?<![{_NOT_NUMBER_BEFORE}]\d)" if lead else ""
    return rf"(?P<{name}>\d{guard}\d?)(?:st|nd|rd|th)?"


def _year(name: str = "year", *, lead: bool = False) -> str:
    guard = rf"(?<![{_NOT_NUMBER_BEFORE}]\d\d)" if lead else ""
    return rf"(?P<{name}>(?:19|20){guard}\d{{2}})(?![\w%]|[,.]\d)"


_YEAR_TAIL = rf"(?:,?\s+{_year()})?"
_CAPITALISED_AFTER = compile_regex(r" ([A-Z][a-z]+)")


def _int(match: re.Match[str], name: str) -> int | None:
    value = match.group(name)
    return int(value) if value else None


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").rstrip(".").lower()]


def _shift(match: re.Match[str], name: str = "shift") -> int | None:
    value = match.groupdict().get(name)
    return SHIFTS[value.lower()] if value else None


def _weekday(match: re.Match[str]) -> int | None:
    value = match.groupdict().get("weekday")
    return WEEKDAYS[value.lower()] if value else None


def _calendar_day(match: re.Match[str]) -> Candidate | None:
    if not 1 <= int(match.group("day")) <= 31:
        return None
    if not match.group("year") and count_follows(match.string, match.end(), len(match.string)):
        return None  # "in March 12 people died"
    return Candidate(
        match.start(), match.end(), "day", year=_int(match, "year"), month=_month(match),
        day=int(match.group("day")), weekday=_weekday(match),
    )


def _day_range(match: re.Match[str]) -> Candidate | None:
    last, first_day = _calendar_day(match), int(match.group("day1"))
    if last is None or not 1 <= first_day < int(match.group("day")):
        return None
    first = replace(last, day=first_day, weekday=None)
    return Candidate(match.start(), match.end(), "range", year=last.year, parts=(first, last))


def _iso(match: re.Match[str]) -> Candidate:
    return Candidate(
        match.start(), match.end(), "day", year=int(match.group("year")), month=int(match.group("month")),
        day=int(match.group("day")),
    )


def _numeric(match: re.Match[str]) -> Candidate | None:
    first, second, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
    if len(year_text) == 2:
        if match.group("sep") != "/":
            return None
        year_text = ("20" if int(year_text) <= 50 else "19") + year_text
    day, month = (first, second) if second <= 12 else (second, first)  # day-first unless impossible
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Candidate(match.start(), match.end(), "day", year=int(year_text), month=month, day=day)


def _month_year(match: re.Match[str]) -> Candidate:
    return Candidate(
        match.start(), match.end(), "month", year=_int(match, "year"), month=_month(match),
        year_shift=_shift(match),
    )


def _part(match: re.Match[str]) -> Candidate:
    part = (match.group("part") or match.group("part2") or "").lower()
    if match.group("half"):
        part = "h1" if match.group("half").lower() == "first" else "h2"
    elif match.group("quarter"):
        part = f"q{QUARTERS[match.group('quarter').lower()]}"
    if match.group("month"):
        return Candidate(match.start(), match.end(), "month", year=_int(match, "year"), month=_month(match),
                         part=part)
    unit = (match.group("unit") or match.group("the_unit") or "year").lower()
    kind: Kind = "month" if unit == "month" else "week" if unit == "week" else "year"
    year = _int(match, "year_only")
    shift = _shift(match) if match.group("shift") else (None if year else 0)
    return Candidate(match.start(), match.end(), kind, year=year, shift=shift, part=part)


def _season(match: re.Match[str]) -> Candidate | None:
    season = match.group("season")
    if not (match.group("shift") or match.group("year")):
        return None
    if season == "fall" and match.group("year") and " of " not in match.group():
        return None  # "prices fall 2000 points"
    return Candidate(match.start(), match.end(), "season", year=_int(match, "year"), shift=_shift(match),
                     part=season.lower())


def _relative(match: re.Match[str]) -> Candidate | None:
    word = match.group("word")
    if word and word[0].isupper() and not opens_sentence(match.string, match.start()):
        return None  # "on the Today programme": a title in mid-sentence
    if word:
        part = (match.group("tod") or "").lower() or ("night" if word.lower() == "tonight" else None)
        return Candidate(match.start(), match.end(), "day", shift=RELATIVE_DAYS[word.lower()], part=part)
    if match.group("over"):
        return Candidate(match.start(), match.end(), "weekend")
    shift, unit = _shift(match), match.group("unit").lower()
    if unit in ("night", "evening"):
        return None if shift == 1 else Candidate(match.start(), match.end(), "day", shift=-1 if shift else 0,
                                                 part=unit)
    if unit in ("morning", "afternoon"):
        return Candidate(match.start(), match.end(), "day", shift=0, part=unit) if shift == 0 else None
    kind: Kind = unit  # type: ignore[assignment]
    return Candidate(match.start(), match.end(), kind, shift=shift)


_RELATIVE_DAY_OFFSETS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}


_RELATIVE_DAY_LEAD = compile_regex(r"(?:\b(?:later|earlier)\s+)?(?:\bthe\s+)?$", re.IGNORECASE)


def _relative_day(match: re.Match[str]) -> Candidate | None:
    """ "the next day", "the previous day", "the day before", "later that day", "that night": a day counted
    from the day the text last named, not from the publication date."""
    way = (match.group("way") or match.group("way2") or "").lower()
    part = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
    lead = _RELATIVE_DAY_LEAD.search(match.string, max(0, match.start() - 20), match.start())
    start = lead.start() if lead and lead.group() else match.start()
    if match.group("way2") and start == match.start():
        return None  # "a day after", "every night before": no particular day
    return Candidate(start, match.end(), "relday", shift=_RELATIVE_DAY_OFFSETS.get(way, 0),
                     part=None if part == "day" else part)


def _ago(match: re.Match[str]) -> Candidate:
    return Candidate(match.start(), match.end(), "ago", part=match.group("unit").lower())


def _decade(match: re.Match[str]) -> Candidate:
    return Candidate(match.start("decade"), match.end(), "decade", year=int(match.group("decade")))


def _fiscal(match: re.Match[str]) -> Candidate:
    return Candidate(match.start(), match.end(), "fiscal", year=_int(match, "year"), month=_month(match),
                     day=_int(match, "day"))


def _weekday_phrase(match: re.Match[str]) -> Candidate | None:
    before = word_before(match.string, 0, match.start())
    if before.lower() in GENERIC_BEFORE:
        return None  # "was a Thursday", "every Monday": no particular day
    day_follows = _DAY_NUMBER_FOLLOWS.match(match.string, match.end())
    if len(match.group("weekday")) < 6 and not day_follows:
        return None  # "Sun", "Sat" alone: a newspaper, a verb
    named = not (match.group("shift") or match.group("early") or day_follows)  # "early Saturday" names no thing
    if named and _weekday_in_name(match.string, before, match.end()):
        return None
    return Candidate(match.start(), match.end(), "weekday", weekday=_weekday(match), shift=_shift(match),
                     part=_day_part(match))


def _day_part(match: re.Match[str]) -> str | None:
    """ "early Saturday", "Friday night", "late Friday evening": the part of the day, as a reader says it."""
    parts = [(match.groupdict().get(name) or "").lower() for name in ("early", "tod")]
    return " ".join(part for part in parts if part) or None


def _weekday_in_name(text: str, before: str, end: int) -> bool:
    """ "the Sunday Herald", "Good Friday": a weekday inside a capitalised name (`before` it, the word)."""
    if before.lower() in DATE_PREPOSITIONS or before.lower() in SHIFTS:
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    return bool(after and after.group(1).lower() not in MONTHS) or before[:1].isupper()


def _bare_month(match: re.Match[str]) -> Candidate | None:
    month, shift = _month(match), _shift(match)
    possessive = match.groupdict().get("poss")
    if possessive and month in NAME_LIKE_MONTHS:
        return None
    needs_context = shift is None and not possessive
    return Candidate(match.start(), match.end("month"), "month", month=month, shift=shift,
                     needs_context=needs_context)


def _bare_year(match: re.Match[str]) -> Candidate:
    return Candidate(match.start(), match.end(), "year", year=int(match.group("year")), needs_context=True)


def _year_range(match: re.Match[str]) -> Candidate | None:
    first, tail = int(match.group("y1")), match.group("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last < first + 100:
        return None
    return Candidate(match.start(), match.end(), "range", parts=(
        Candidate(match.start(), match.start() + 4, "year", year=first),
        Candidate(match.end() - len(tail), match.end(), "year", year=last),
    ))



_PART_TARGET = (
    rf"(?:(?P<month>{_MONTH_FULL})(?:\s+{_year()})?|{_year('year_only')}"
    r"|(?i:(?P<shift>last|this|next)\s+(?P<unit>year|month|week))\b|(?i:the\s+(?P<the_unit>year|month|week))\b)"
)

# Cheap tests that rule a pattern out for a sentence before its slower full search: most sentences
CASED_GATES: dict[str, re.Pattern[str]] = {
    "digit": compile_regex(r"\d+"),
    "year": compile_regex(r"(?:19|20)\d\d"),
    "month": compile_regex(f"(?:{'|'.join(MONTH_STARTS)})"),
    "weekday": compile_regex(f"(?:{'|'.join(WEEKDAY_STARTS)})"),
}
WORD_GATES: dict[str, tuple[str, ...]] = {  # looked up in the lower-cased text
    "part": ("end", "start", "beginning", "middle", "close", "early", "late", "mid", "half", "quarter", "earlier"),
    "season": ("spring", "summer", "autumn", "winter", "fall"),
    "relative": ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "weekend"),
    "ago": ("ago",),
    "relday": ("day", "night", "morning", "afternoon", "evening"),
    "fiscal": ("year ", "months "),
}


def _find_all(text: str, word: str) -> Iterator[int]:
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + 1)


@dataclass(frozen=True, slots=True)
class Gates:
    """Where in one text each gate opens, found in one pass so that each sentence only looks up."""

    positions: list[int]
    names: list[str]

    @classmethod
    def of(cls, text: str) -> Gates:
        hits = [(match.start(), name) for name, gate in CASED_GATES.items() for match in gate.finditer(text)]
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters ("İ") lower to two: keep offsets aligned
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        hits += [(at, name) for name, words in WORD_GATES.items() for word in words for at in _find_all(lowered, word)]
        hits.sort()
        return cls([at for at, _name in hits], [name for _at, name in hits])

    def open_in(self, lo: int, hi: int) -> set[str]:
        index = bisect.bisect_left(self.positions, lo)
        found = set()
        while index < len(self.positions) and self.positions[index] < hi:
            found.add(self.names[index])
            index += 1
        return found


@dataclass(frozen=True, slots=True)
class DatePattern:
    """A regular expression for date phrases, and what a sentence must hold for it to match there.

    `gate` is the pattern's gate in `Gates`. The other fields are for `sentence_candidates` and
    name signals (see `_signals`): `needs`, all of them in the sentence; `starts`, the only signals
    a match can begin at, so at least one of them (or of `scan_if`) in the sentence; `scan_if`,
    signals that make the whole sentence be searched after all.
    """

    gate: str
    regex: re.Pattern[str]
    build: Builder
    needs: frozenset[str]
    starts: tuple[str, ...] = ()
    scan_if: frozenset[str] = frozenset()
    # A match implies its gate is open, except for the fiscal gate ("year " with a plain space):
    # "year\u00a0ending" matches but leaves it shut, so that gate is checked as such.
    checks_gate: bool = False


def _pattern(gate: str, regex: str, build: Builder, *, needs: tuple[str, ...] = (), starts: tuple[str, ...] = (),
             scan_if: tuple[str, ...] = ()) -> DatePattern:
    return DatePattern(gate, compile_regex(regex), build, frozenset(needs), starts, frozenset(scan_if),
                       checks_gate=gate == "fiscal")


PATTERNS: tuple[DatePattern, ...] = (
    _pattern("year", r"(?P<year>(?:19|20)(?<![\d\-]\d\d)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
             r"(?![\d\-])", _iso, starts=("year",)),
    _pattern("digit", r"(?P<a>\d(?<![\d/.,]\d)\d?)(?P<sep>[/.\-])(?P<b>\d\d?)(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})"
             r"(?![\d/]|[.\-]\d)", _numeric, starts=("numeric",)),
    _pattern("month", rf"{_day(lead=True)}\s+(?:of\s+)?{_MONTH}{_YEAR_TAIL}", _calendar_day, needs=("month",),
             starts=("day",)),
    _pattern("month", rf"{_MONTH}\s+{_day()}\b{_NOT_TIME}{_YEAR_TAIL}", _calendar_day, needs=("day",),
             starts=("month",)),
    _pattern("month", rf"{_day('day1', lead=True)}\s*(?:-|–|to|and)\s*{_day()}\s+(?:of\s+)?{_MONTH}{_YEAR_TAIL}",
             _day_range, needs=("month",), starts=("day",)),
    _pattern("month", rf"{_MONTH}\s+{_day('day1')}\s*(?:-|–|to)\s*{_day()}\b{_NOT_TIME}{_YEAR_TAIL}", _day_range,
             needs=("day",), starts=("month",)),
    _pattern("month", rf"{_MONTH}\s+(?:of\s+)?(?:{_year()}|{_SHIFT}\s+year\b)", _month_year, starts=("month",)),
    _pattern("part", r"\b(?i:(?P<part>end|start|beginning|middle|close)\s+of\s+(?:the\s+)?"
             r"|(?P<part2>early|late|mid|earlier|later)(?:-|\s+)(?:in\s+)?"
             r"|(?P<half>first|second)\s+half\s+of\s+(?:the\s+)?"
             r"|(?P<quarter>first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:the\s+)?)" + _PART_TARGET,
             _part, starts=("part",), scan_if=("fraction",)),
    _pattern("season", rf"\b(?:{_SHIFT}\s+)?(?P<season>(?i:spring|summer|autumn|winter)|fall|Fall)\b"
             rf"(?:\s+(?:of\s+)?{_year()})?", _season, needs=("season",)),
    _pattern("relative", r"\b(?i:(?P<word>yesterday|today|tomorrow|tonight)(?:\s+(?P<tod>morning|afternoon|evening))?"
             r"|(?P<shift>last|this|next)\s+(?P<unit>night|morning|afternoon|evening|week|weekend|month|year)"
             r"|(?P<over>over|at|during)\s+the\s+weekend)\b", _relative, starts=("relative", "shift"),
             scan_if=("weekend",)),
    _pattern("relative", rf"\b{_SHIFT}\s+(?P<month>{_MONTH_FULL})", _bare_month, needs=("month",), starts=("shift",)),
    _pattern("relday", r"(?i:(?P<way>next|following|previous|preceding)\s+(?P<unit>day|morning|afternoon|evening|night)"
             r"|(?P<unit2>day|night)\s+(?P<way2>before|after)(?!\s+(?:the|a|an|his|her|their|its)\b)"
             r"|(?:that|same)\s+(?:same\s+)?(?P<unit3>day|morning|afternoon|evening|night))\b(?!-)",
             _relative_day, starts=("relday", "shift")),
    _pattern("ago", r"\b(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|a\s+few"
             r"|few|several|a\s+couple\s+of)\s+(?P<unit>minute|hour|day|week|fortnight|month|year|decade)s?\s+ago)\b",
             _ago, needs=("ago",)),
    _pattern("year", r"(?P<decade>(?:19|20)(?<![\w£$€¥]\d\d)\d0)['’]?s\b", _decade, starts=("year",)),
    _pattern("fiscal", rf"\b(?:[Tt]he\s+)?(?i:(?:financial\s+|fiscal\s+)?year|12\s+months|twelve\s+months)\s+"
             rf"(?i:ending|ended|to|up\s+to|through)\s+(?:{_day()}\s+)?{_MONTH}(?:\s+{_year()})?", _fiscal,
             needs=("fiscal", "month")),
    _pattern("weekday", rf"\b(?:(?i:(?P<early>early|late))\s+)?(?:{_SHIFT}\s+)?{_WEEKDAY}"
             r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night))\b)?",
             _weekday_phrase, needs=("weekday",), starts=("weekday", "shift", "part")),
    _pattern("month", rf"(?P<month>{_MONTH_FULL})(?P<poss>['’]s\b)?", _bare_month, starts=("month",)),
    _pattern("year", rf"{_year('y1', lead=True)}\s*[-–—/]\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})"
             r"(?![\w%\-–/]|[,.]\d)", _year_range, starts=("year",)),
    _pattern("year", rf"{_year(lead=True)}(?![\-–/]\w)", _bare_year, starts=("year",)),
)
