"""Where date phrases are: the regular expressions, their vocabulary and the candidate they yield.

Nothing here knows the publication date. This module says where a date phrase stands and what
its parts are (day, month, year, "last", "early", ...); `dates.py` turns the parts into ISO periods.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

Kind = Literal[
    "day", "weekday", "month", "year", "week", "weekend", "decade", "season", "fiscal", "ago", "range"
]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate("january jan|february feb|march mar|april apr|may|june jun|july jul|"
                                   "august aug|september sep sept|october oct|november nov|december dec".split("|"), 1)
    for name in names.split()
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate("monday mon|tuesday tue tues|wednesday wed|thursday thu thur thurs|"
                                   "friday fri|saturday sat|sunday sun".split("|"))
    for name in names.split()
}
SHIFTS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
QUARTERS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# Months that are also names (March, April, May, June, August): never dates with a possessive.
NAME_LIKE_MONTHS = frozenset({3, 4, 5, 6, 8})
# Words before a bare year or month that make it a date ("in 2012", "since March").
DATE_PREPOSITIONS = frozenset(
    "in on since by until till from during before after between through throughout circa year early late mid".split()
)
# After these a year is a date even when a plural noun follows ("since 2010 prices have ...").
STRONG_PREPOSITIONS = frozenset("since until till during throughout circa year".split())
# "the 2012 report", "a 2019 study": a year used as an adjective.
DETERMINERS = frozenset("the a an its his her their our this that whose my your".split())
# Words before a weekday that make it any such day, not a particular one ("was a Thursday").
GENERIC_BEFORE = frozenset("a an every each any one some".split())
# Words after a number that make it a count: "2000 people", "2000 of them", "2000 more".
COUNT_NOUNS = frozenset("people men women children adults persons of more fewer extra additional times".split())
# Words ending in "s" that are no plural nouns.
NOT_PLURAL = frozenset(
    "was has is its his this thus as does goes says sees always towards across whereas afterwards plus versus "
    "unless perhaps series news means".split()
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
_DAY_NUMBER_FOLLOWS = re.compile(r"\.?,?\s+\d")
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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date phrase found in the text: its span and its parts, before any resolution."""

    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: int | None = None  # last/this/next, in units of `kind`, against the publication date
    year_shift: int | None = None  # "January last year"
    part: str | None = None  # early, mid, end, h1, q3, earlier, summer, ...
    parts: tuple[Candidate, ...] = ()  # the two ends of a range
    needs_context: bool = False  # a bare year or month: a date only after "in", "since", ...


Builder = Callable[[re.Match[str]], Candidate | None]


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
    if word and word[0].isupper() and not _opens_sentence(match.string, match.start()):
        return None  # "on the Today programme": a title in mid-sentence
    if word:
        return Candidate(match.start(), match.end(), "day", shift=RELATIVE_DAYS[word.lower()])
    if match.group("over"):
        return Candidate(match.start(), match.end(), "weekend")
    shift, unit = _shift(match), match.group("unit").lower()
    if unit in ("night", "evening"):
        return None if shift == 1 else Candidate(match.start(), match.end(), "day", shift=-1 if shift else 0)
    if unit in ("morning", "afternoon"):
        return Candidate(match.start(), match.end(), "day", shift=0) if shift == 0 else None
    kind: Kind = unit  # type: ignore[assignment]
    return Candidate(match.start(), match.end(), kind, shift=shift)


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
    if not (match.group("shift") or day_follows) and _weekday_in_name(match.string, before, match.end()):
        return None
    return Candidate(match.start(), match.end(), "weekday", weekday=_weekday(match), shift=_shift(match))


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
# have no month name, no weekday and no relative word.
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_STARTS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CASED_GATES: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d+"),
    "year": re.compile(r"(?:19|20)\d\d"),
    "month": re.compile(f"(?:{'|'.join(_MONTH_STARTS)})"),
    "weekday": re.compile(f"(?:{'|'.join(_WEEKDAY_STARTS)})"),
}
WORD_GATES: dict[str, tuple[str, ...]] = {  # looked up in the lower-cased text
    "part": ("end", "start", "beginning", "middle", "close", "early", "late", "mid", "half", "quarter", "earlier"),
    "season": ("spring", "summer", "autumn", "winter", "fall"),
    "relative": ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "weekend"),
    "ago": ("ago",),
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
    return DatePattern(gate, re.compile(regex), build, frozenset(needs), starts, frozenset(scan_if),
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
    _pattern("relative", r"\b(?i:(?P<word>yesterday|today|tomorrow|tonight)"
             r"|(?P<shift>last|this|next)\s+(?P<unit>night|morning|afternoon|evening|week|weekend|month|year)"
             r"|(?P<over>over|at|during)\s+the\s+weekend)\b", _relative, starts=("relative", "shift"),
             scan_if=("weekend",)),
    _pattern("relative", rf"\b{_SHIFT}\s+(?P<month>{_MONTH_FULL})", _bare_month, needs=("month",), starts=("shift",)),
    _pattern("ago", r"\b(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|a\s+few"
             r"|few|several|a\s+couple\s+of)\s+(?P<unit>minute|hour|day|week|fortnight|month|year|decade)s?\s+ago)\b",
             _ago, needs=("ago",)),
    _pattern("year", r"(?P<decade>(?:19|20)(?<![\w£$€¥]\d\d)\d0)['’]?s\b", _decade, starts=("year",)),
    _pattern("fiscal", rf"\b(?:[Tt]he\s+)?(?i:(?:financial\s+|fiscal\s+)?year|12\s+months|twelve\s+months)\s+"
             rf"(?i:ending|ended|to|up\s+to|through)\s+(?:{_day()}\s+)?{_MONTH}(?:\s+{_year()})?", _fiscal,
             needs=("fiscal", "month")),
    _pattern("weekday", rf"\b(?:{_SHIFT}\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night)\b)?",
             _weekday_phrase, needs=("weekday",), starts=("weekday", "shift")),
    _pattern("month", rf"(?P<month>{_MONTH_FULL})(?P<poss>['’]s\b)?", _bare_month, starts=("month",)),
    _pattern("year", rf"{_year('y1', lead=True)}\s*[-–—/]\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})"
             r"(?![\w%\-–/]|[,.]\d)", _year_range, starts=("year",)),
    _pattern("year", rf"{_year(lead=True)}(?![\-–/]\w)", _bare_year, starts=("year",)),
)

_SENTENCE_OPENERS = frozenset(".!?:;(\n\"“‘'—–-")
_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)")
# Matched on the window reversed: anchored at its end, not tried at every place in it.
_WORD_BEFORE_REVERSED = re.compile(r"[\s-]+(\w+)")
_WORD_AFTER = re.compile(r"\s*(%|[A-Za-z]+(?:\s+cent\b)?)")
_CONTINUATION = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|until|till|through|[-–&])\s*", re.IGNORECASE)


def word_before(text: str, lo: int, start: int) -> str:
    """The word before `start`, past white space or hyphens; at most 30 characters back, none before `lo`."""
    found = _WORD_BEFORE_REVERSED.match(text[max(lo, start - 30, 0) : max(start, 0)][::-1])
    return found.group(1)[::-1] if found else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Only white space between `start` and the text's start or an opening mark ("\n" among them)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end == 0 or text[end - 1] in _SENTENCE_OPENERS or "\n" in text[end:start]


def count_follows(text: str, end: int, hi: int) -> bool:
    """A count noun or unit right after a number: "2000 people", "1950 arrests", "2000%"."""
    found = _WORD_AFTER.match(text, end, hi)
    if not found:
        return False
    word = found.group(1)
    if word == "%" or word.lower() in ("per cent", "percent") or word.lower() in COUNT_NOUNS:
        return True
    return word.islower() and word.endswith("s") and not word.endswith("ss") and len(word) > 3 and (
        word not in NOT_PLURAL
    )


def _in_context(text: str, lo: int, hi: int, candidate: Candidate) -> bool:
    before = word_before(text, lo, candidate.start)
    lowered = before.lower()
    if candidate.kind == "month":
        return lowered in DATE_PREPOSITIONS
    if lowered in STRONG_PREPOSITIONS:
        return True
    if count_follows(text, candidate.end, hi):
        return False
    if lowered in DETERMINERS:
        return bool(_WORD_AFTER.match(text, candidate.end, hi))
    return lowered in DATE_PREPOSITIONS


def _overlaps(candidate: Candidate, taken: list[Candidate]) -> bool:
    return any(candidate.start < other.end and other.start < candidate.end for other in taken)


def _continues(text: str, candidate: Candidate, taken: list[Candidate]) -> bool:
    """ "in 2012 and 2014", "from 1997 to 2013": a bare year or month right after an accepted date."""
    return any(
        other.end <= candidate.start and _CONTINUATION.fullmatch(text, other.end, candidate.start)
        for other in taken
    )


def _built(text: str, matches: Iterable[re.Match[str]], build: Builder) -> list[Candidate]:
    return [
        candidate
        for match in matches
        if not (match.start() > 0 and text[match.start() - 1].isalnum())  # inside a word: "XJanuary", "a2012"
        and (candidate := build(match)) is not None
    ]


def _raw_candidates(text: str, lo: int, hi: int, gates: Gates) -> Iterator[Candidate]:
    open_gates = gates.open_in(lo, hi)
    for pattern in PATTERNS:
        if pattern.gate in open_gates:
            yield from _built(text, pattern.regex.finditer(text, lo, hi), pattern.build)


def _select(text: str, lo: int, hi: int, raw: list[Candidate]) -> list[Candidate]:
    """Longest first, no overlaps; bare years and months only in a date context."""
    taken: list[Candidate] = []
    waiting: list[Candidate] = []
    for candidate in sorted(raw, key=lambda c: (c.start - c.end, c.start)):
        if _overlaps(candidate, taken):
            continue
        if candidate.needs_context and not _in_context(text, lo, hi, candidate):
            waiting.append(candidate)
        else:
            taken.append(candidate)
    for candidate in sorted(waiting, key=lambda c: c.start):
        if not _overlaps(candidate, taken) and _continues(text, candidate, taken):
            if candidate.kind == "year" and count_follows(text, candidate.end, hi):
                continue
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def find_candidates(text: str, lo: int = 0, hi: int | None = None, *, gates: Gates | None = None) -> list[Candidate]:
    """Every date phrase in `text[lo:hi]`, in order, without overlaps (ranges not yet joined).

    `gates`: `Gates.of(text)`, worth passing when searching one text sentence by sentence.
    """
    hi = len(text) if hi is None else hi
    gates = Gates.of(text) if gates is None else gates
    return _select(text, lo, hi, list(_raw_candidates(text, lo, hi, gates)))


# `sentence_candidates` finds the same candidates as `find_candidates` sentence by sentence, but
# faster: a few scans of the whole text find signals (a digit, a month name, "this", ...) that
# every match needs, so most sentences are skipped and some patterns are tried only where a
# signal stands. The scans read a copy of the text with one byte per character, where fast byte
# operations apply and offsets stay those of the text.

_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))  # all else a space
_DIGITS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # every digit "0", all else a space
_DIGIT_RUN = re.compile(rb"00*")  # not "0+": a literal first character lets the engine skip ahead


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation grouped by first letter ("e(?:nd|arly)|..."): far fewer tries at each place.

    Longest first, so that no word hides a longer one it begins.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for first, rests in groups.items())


_OF = " +of "
_SHIFTED = (  # words that "last", "this" or "next" shift in some pattern ("last night", "next March")
    "night", "morning", "afternoon", "evening", "week", "month", "year", "spring", "summer", "autumn", "winter",
    "fall", *(name.lower() for name in _MONTH_STARTS + _WEEKDAY_STARTS),
)
# Words that start a match, or must be in it, by signal, and what follows them where a pattern can
# match (in the lower-cased letters of the text, all else a space). With nothing to follow, a word
# counts at the start of a longer one too: a sentence may end inside a word, and its search see
# only the start.
_SIGNAL_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("part", ("end", "start", "beginning", "middle", "close"), _OF),
    ("part", ("early", "earlier", "late", "later", "mid"), " "),
    ("fraction", ("half", "quarter"), _OF),  # "first half of 2020": the match starts before the signal
    ("relative", ("yesterday", "today", "tomorrow", "tonight"), ""),
    ("shift", ("last", "this", "next"), f" +(?:{'|'.join(_SHIFTED)})"),
    ("weekend", ("weekend",), ""),  # "over the weekend": the match starts before the signal
    ("season", ("spring", "summer", "autumn", "winter", "fall"), ""),
    ("ago", ("ago",), ""),
    ("fiscal", ("year", "months"), " +(?:ending|ended|to|up|through) "),
)
# Signal words at the start of a word, after a space: the literal the engine skips ahead to.
_SIGNAL_WORD = re.compile(" (?:{})".format(_by_first_letter(
    word + (f"(?={follows})" if follows else "") for _signal, words, follows in _SIGNAL_WORDS for word in words
)).encode())
_SIGNAL_OF = {f" {word}".encode(): signal for signal, words, _follows in _SIGNAL_WORDS for word in words}
_NAME = re.compile(_by_first_letter(_MONTH_STARTS + _WEEKDAY_STARTS).encode())  # the two gates in one
_NAME_OF = {
    **{name.encode(): "month" for name in _MONTH_STARTS}, **{name.encode(): "weekday" for name in _WEEKDAY_STARTS}
}
# Letters that match an ASCII letter regardless of case but do not lower-case to it: with them, a
# pattern can match where no signal stands.
_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _one_byte_per_character(text: str) -> bytes | None:
    """`text` in cp1252, whatever it lacks as "?"; None when a signal could miss a character so lost."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        encoded = text.encode("cp1252", "replace")
    at = encoded.find(b"?")
    while at >= 0:
        if text[at].isdecimal() or text[at] in _CASE_TWINS:  # "\d" matches any decimal digit
            return None
        at = encoded.find(b"?", at + 1)
    return encoded


def _signals(encoded: bytes, ends: Iterable[int]) -> Iterator[tuple[int, str]]:
    """(offset, signal) for every signal in the text; each pattern's `needs` and `starts` say which it needs.

    Matches start at a word's start or after white space (or, if not, yield no candidate), so signal
    words are looked for there only. A month or weekday name is a signal anywhere, as for its gate.
    Digits count as a sentence's search sees them, up to the sentence's end (one of `ends`).
    """
    letters = b" " + encoded.translate(_LETTERS).lower()  # the leading space makes offsets the text's
    for match in _SIGNAL_WORD.finditer(letters):
        yield match.start(), _SIGNAL_OF[match.group()]
    for match in _NAME.finditer(encoded):
        yield match.start(), _NAME_OF[match.group()]
    for at, end in digit_runs(encoded, ends):  # no date starts right after a digit
        if end - at <= 2:  # a day or a month; "numeric" too if "/", "." or "-" follows ("16/06/2025")
            yield at, "day"
            if encoded[end : end + 1] in (b"/", b".", b"-"):
                yield at, "numeric"
        elif end - at >= 4 and encoded[at : at + 2] in (b"19", b"20"):
            yield at, "year"


def digit_runs(encoded: bytes, ends: Iterable[int] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of ASCII digits in `encoded` (a text with one byte per character).

    A run also ends at each of `ends`, though a digit follows.
    """
    digits = encoded.translate(_DIGITS)
    if ends:
        cut = bytearray(digits)
        for end in ends:
            if 0 < end < len(cut) and cut[end - 1] == cut[end] == 48:
                cut[end] = 32  # a digit right after a digit cannot start a date anyway
        digits = bytes(cut)
    return (match.span() for match in _DIGIT_RUN.finditer(digits))


def _gate_open(text: str, lo: int, hi: int, gate: str) -> bool:
    """`Gates.of(text).open_in(lo, hi)` holds `gate`, a word gate, for a text with no `_CASE_TWINS`."""
    words = WORD_GATES[gate]
    window = text[lo : hi + max(map(len, words)) - 1].lower()
    return any(window.find(word, 0, hi - lo + len(word) - 1) >= 0 for word in words)


@functools.cache
def _plan(signals: frozenset[str]) -> tuple[tuple[DatePattern, bool], ...]:
    """The patterns to try in a sentence with these signals, and whether only at their `starts`."""
    return tuple(
        (pattern, bool(pattern.starts) and signals.isdisjoint(pattern.scan_if))
        for pattern in PATTERNS
        if pattern.needs <= signals
        and not (pattern.starts and signals.isdisjoint(pattern.starts) and signals.isdisjoint(pattern.scan_if))
    )


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int], hi: int) -> list[re.Match[str]]:
    """`regex.finditer(text, lo, hi)` for a regex that can only match at `starts` (sorted, at least lo)."""
    matches = []
    end = 0
    for at in starts:
        if at >= end and (match := regex.match(text, at, hi)):
            end = match.end()
            matches.append(match)
    return matches


def _signalled_candidates(text: str, lo: int, hi: int, signals: dict[str, list[int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern, at_starts in _plan(frozenset(signals)):
        if pattern.checks_gate and not _gate_open(text, lo, hi, pattern.gate):
            continue
        if not at_starts:
            found += _built(text, pattern.regex.finditer(text, lo, hi), pattern.build)
            continue
        if len(pattern.starts) == 1:
            starts = signals.get(pattern.starts[0], [])
        else:
            starts = sorted(at for name in pattern.starts for at in signals.get(name, ()))
        found += _built(text, _matches_at(pattern.regex, text, starts, hi), pattern.build)
    return found


def _in_order(spans: Sequence[tuple[int, int]], length: int) -> bool:
    """Spans one after the other within the text, as sentences are: each offset in at most one."""
    previous = 0
    for lo, hi in spans:
        if not previous <= lo <= hi:
            return False
        previous = hi
    return previous <= length


def sentence_candidates(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, list[Candidate]]]:
    """(index, `find_candidates(text, lo, hi)`) for each (lo, hi) of `spans` with candidates, in order.

    Lazily, sentence by sentence, as a caller of `find_candidates` would see them (and its errors).
    """
    encoded = _one_byte_per_character(text)
    if encoded is None or not _in_order(spans, len(text)):
        gates = Gates.of(text)
        for index, (lo, hi) in enumerate(spans):
            if found := find_candidates(text, lo, hi, gates=gates):
                yield index, found
        return
    starts = [lo for lo, _hi in spans]
    by_sentence: dict[int, dict[str, list[int]]] = {}
    for at, signal in _signals(encoded, [hi for _lo, hi in spans]):
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and at < spans[index][1]:
            by_sentence.setdefault(index, {}).setdefault(signal, []).append(at)
    for index in sorted(by_sentence):
        lo, hi = spans[index]
        if raw := _signalled_candidates(text, lo, hi, by_sentence[index]):
            yield index, _select(text, lo, hi, raw)
