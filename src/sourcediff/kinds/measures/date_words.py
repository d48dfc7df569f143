"""The words of date phrases, the candidate a phrase yields, and what a word next to a number says.

Nothing here knows the publication date: a `Candidate` says where a date phrase stands and what its
parts are (day, month, year, "last", "early", ...); `dates.py` turns the parts into ISO periods.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ...pickling import quick_init
from ...regexes import compile_regex

Kind = Literal[
    "day", "weekday", "month", "year", "week", "weekend", "decade", "season", "fiscal", "ago", "range", "relday"
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

# The first three letters of month and weekday names, as cased in text.
MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_STARTS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@quick_init
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


_SENTENCE_OPENERS = frozenset(".!?:;(\n\"“‘'—–-")
# Matched on the window reversed: anchored at its end, not tried at every place in it.
_WORD_BEFORE_REVERSED = compile_regex(r"[\s-]+(\w+)")
WORD_AFTER = compile_regex(r"\s*(%|[A-Za-z]+(?:\s+cent\b)?)")


def word_before(text: str, lo: int, start: int) -> str:
    """The word before `start`, past white space or hyphens; at most 30 characters back, none before `lo`."""
    found = _WORD_BEFORE_REVERSED.match(text[max(lo, start - 30, 0) : max(start, 0)][::-1])
    return found.group(1)[::-1] if found else ""


def opens_sentence(text: str, start: int) -> bool:
    """Only white space between `start` and the text's start or an opening mark ("\n" among them)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end == 0 or text[end - 1] in _SENTENCE_OPENERS or "\n" in text[end:start]


def count_follows(text: str, end: int, hi: int) -> bool:
    """A count noun or unit right after a number: "2000 people", "1950 arrests", "2000%"."""
    found = WORD_AFTER.match(text, end, hi)
    if not found:
        return False
    word = found.group(1)
    if word == "%" or word.lower() in ("per cent", "percent") or word.lower() in COUNT_NOUNS:
        return True
    return word.islower() and word.endswith("s") and not word.endswith("ss") and len(word) > 3 and (
        word not in NOT_PLURAL
    )
