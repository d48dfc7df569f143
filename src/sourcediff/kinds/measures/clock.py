"""Clock times: "about 3:30 p.m.", "3 p.m.", "9:40 p.m. Friday", "10:00 am", "0800 GMT", "noon", "midnight".

A time is a `Quantity` with unit "clock" and its value in minutes after midnight; a whole hour has
precision 60. "about" bounds it "~" (a few minutes either way), "shortly after" ">" and "shortly
before" "<" (within half an hour), plain "after" and "before" with an open end. A time zone written
after it ("ET", "GMT", "Alaska time") is kept in `Quantity.zone`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import Quantity
from ...regexes import compile_regex

MINUTES_PER_DAY = 1440
NEAR_MINUTES = 5  # "about 3:10 p.m.": a few minutes either way
NEAR_HOUR_MINUTES = 15  # "about 3 p.m."
SHORTLY_MINUTES = 30  # "shortly after 3 p.m.": within half an hour

_AMPM = r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
_ZONE = (
    r"(?:\s?\(?(?P<zone>(?-i:(?:AK|HA)?[ECMP][SD]?T|AKST|AKDT|HST|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|"
    r"SGT|HKT|MSK|(?:[A-Z][a-z]+\s){1,2}(?:time|Time))|local\s+time)\b\)?)?"
)
_TIME = compile_regex(
    r"(?<![\d:.,$£€])(?:"
    rf"(?P<h1>[01]?\d|2[0-3])[:.](?P<m1>[0-5]\d)(?![\d:])(?:\s?{_AMPM})?"
    rf"|(?P<h2>1[0-2]|0?[1-9])\s?{_AMPM.replace('ampm', 'ampm2')}"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s?(?:hrs|hours|GMT|UTC|BST|local|[ECMP][SD]T)\b)(?:\s?hrs\b|\s?hours\b)?"
    r"|(?:(?P<twelve>12)\s)?\b(?P<word>noon|midday|midnight)\b"
    rf"){_ZONE}",
    re.IGNORECASE,
)
# Cheap tests, each run only when the sentence holds a word it needs, and each opening with a digit
# (which the regex engine skips ahead to).
_COLON_TIME = compile_regex(r"\d:\d\d")
_AMPM_TIME = compile_regex(r"\d\s?[ap]\.?\s?m\b|\d\.\d\d\s?[ap]\.?\s?m\b", re.IGNORECASE)
_HALF_TIME = compile_regex(r"\d[:.]\d\d\s+(?:in|at)\s+(?:the\s+)?(?:morning|afternoon|evening|night)", re.IGNORECASE)
_ZONED_TIME = compile_regex(r"\d{4}\s?(?:hrs|hours|local|(?-i:[A-Z]{2,4})\b)", re.IGNORECASE)
_AMPM_TOKENS = frozenset({"am", "pm", "m"})
_HALF_TOKENS = frozenset({"morning", "afternoon", "evening", "night"})
_BEFORE_QUALIFIER = compile_regex(
    r"\b(?P<q>(?:at\s+)?(?:about|around|approximately|roughly|circa|close\s+to|near|some\s?time\s+around)"
    r"|(?:shortly|just|soon|moments|minutes|right|a\s+little|not\s+long)\s+(?:after|before|past)"
    r"|after|past|before|until|till|by|no\s+later\s+than|since|between|from)\s+$",
    re.IGNORECASE,
)
# "3:18 in the afternoon", "at 7.45 in the morning": the part of the day says which half of it.
_DAY_HALF_AFTER = compile_regex(r"\s+(?:in\s+the\s+(?P<pm>afternoon|evening)|(?P<pm2>at\s+night|tonight)"
                                r"|in\s+the\s+(?P<am>morning))\b", re.IGNORECASE)
_RANGE_JOIN = compile_regex(r"\s?(?:-|–|to|and|until|till)\s?", re.IGNORECASE)
# "between 3 and 4 p.m.", "9-11 a.m.": a bare hour that takes the "a.m." or "p.m." of the time after it.
_BARE_HOUR_BEFORE = compile_regex(
    r"(?<![\d:.,$£€])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s?(?:-|–|to|and|until|till)\s?$", re.IGNORECASE
)


_ZONE_ALONE = compile_regex(rf"\s*{_ZONE}(?=[\s.,;:)]|$)")


def zone_at(text: str, position: int) -> str | None:
    """A time zone written at `position` (right after a time the splitter cut off at "p.m.")."""
    match = _ZONE_ALONE.match(text, position)
    return match.group("zone") if match else None


@dataclass(frozen=True, slots=True)
class ClockTime:
    start: int
    end: int
    quantity: Quantity


_WORD_TIMES = frozenset({"noon", "midday", "midnight"})


def has_time(sentence: str, tokens: frozenset[str], has_digit: bool) -> bool:
    """A cheap test that rules out most sentences before `find_times` runs.

    `tokens`: the sentence's words among `figure_words.TIME_TOKENS`; `has_digit`: whether it has a digit.
    """
    if tokens & _WORD_TIMES:
        return True
    if not has_digit:
        return False
    if ":" in sentence and _COLON_TIME.search(sentence):
        return True
    if tokens & _AMPM_TOKENS and _AMPM_TIME.search(sentence):
        return True
    if tokens & _HALF_TOKENS and _HALF_TIME.search(sentence):
        return True
    return bool(tokens - _AMPM_TOKENS - _HALF_TOKENS) and _ZONED_TIME.search(sentence) is not None


def _minutes(match: re.Match[str]) -> tuple[int, bool, str | None] | None:
    """Minutes after midnight, whether the minutes are written, and "am"/"pm" when given."""
    ampm = (match.group("ampm") or match.group("ampm2") or "").lower().replace(".", "").replace(" ", "") or None
    if match.group("word"):
        return (0 if match.group("word").lower() == "midnight" else 720), False, None
    half = _DAY_HALF_AFTER.match(match.string, match.end()) if ampm is None else None
    if half is not None:
        ampm = "am" if half.group("am") else "pm"
    if match.group("h1") is not None:
        hour, minute = int(match.group("h1")), int(match.group("m1"))
        if match.group()[len(match.group("h1"))] == "." and ampm is None:
            return None  # "3.30" is a number unless "am" or "pm" follows
    elif match.group("h2") is not None:
        hour, minute = int(match.group("h2")), 0
    else:
        hour, minute = int(match.group("h3")), int(match.group("m3"))
    if ampm is not None and not 1 <= hour <= 12:
        if half is None:
            return None
        ampm = None  # "22:40 at night"
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute, minute != 0, ampm


_CANDIDATE = compile_regex(r"\d+|(?i:noon|midday|midnight)")


def _time_matches(sentence: str) -> list[re.Match[str]]:
    """The same matches as `_TIME.finditer(sentence)`: a match starts at a run of digits or a word
    for noon or midnight, so `_TIME` is tried only there (it has no first character to skip ahead to)."""
    matches: list[re.Match[str]] = []
    end = 0
    for candidate in _CANDIDATE.finditer(sentence):
        if candidate.start() >= end and (match := _TIME.match(sentence, candidate.start())):
            matches.append(match)
            end = match.end()
    return matches


def find_times(sentence: str) -> list[ClockTime]:
    """Every clock time in the sentence, with its qualifier and zone, in text order."""
    found: list[tuple[re.Match[str], int, bool, str | None]] = []
    for match in _time_matches(sentence):
        read = _minutes(match)
        if read is not None:
            found.append((match, *read))
    times: list[ClockTime] = []
    index = 0
    while index < len(found):
        match, minutes, has_minutes, ampm = found[index]
        if index + 1 < len(found) and _joined(sentence, match, found[index + 1][0]):
            other, high, _, other_ampm = found[index + 1]
            if ampm is None and other_ampm == "pm" and minutes < 720 and minutes + 720 <= high:
                minutes += 720  # "between 3 and 4 p.m."
            times.append(_time_range(sentence, match, other, minutes, high))
            index += 2
            continue
        bare = _BARE_HOUR_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) if ampm else None
        if bare is not None:
            low = int(bare.group("h")) % 12 * 60 + int(bare.group("m") or 0) + (720 if ampm == "pm" else 0)
            if low > minutes:
                low -= 720
            times.append(_time_range(sentence, bare, match, max(low, 0), minutes))
        else:
            times.append(_time(sentence, match, minutes, has_minutes))
        index += 1
    return times


def _joined(sentence: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return _RANGE_JOIN.fullmatch(sentence, first.end(), second.start()) is not None and not first.group("zone")


def _time_range(sentence: str, first: re.Match[str], second: re.Match[str], low: int, high: int) -> ClockTime:
    if high < low:
        high += MINUTES_PER_DAY  # "10 p.m. to 2 a.m."
    start = first.start()
    qualifier = _BEFORE_QUALIFIER.search(sentence[max(0, start - 40) : start])
    words = (qualifier.group("q").lower(),) if qualifier and qualifier.group("q").lower() in ("between", "from") else ()
    quantity = Quantity(value=float(low), low=float(low), high=float(high), bound="range", unit="clock", counts=None,
                        qualifiers=words, precision=1.0, zone=second.group("zone"))
    return ClockTime(start, second.end(), quantity)


def _time(sentence: str, match: re.Match[str], minutes: int, has_minutes: bool) -> ClockTime:
    start = match.start()
    qualifier = _BEFORE_QUALIFIER.search(sentence[max(0, start - 40) : start])
    phrase = " ".join(qualifier.group("q").lower().split()) if qualifier else ""
    if match.group("word") and match.group("word").lower() == "midnight" and phrase.endswith(("before", "until",
                                                                                               "till", "by")):
        minutes = MINUTES_PER_DAY  # "shortly before midnight": the end of the day
    bound, low, high = _bound(phrase, float(minutes), has_minutes)
    quantity = Quantity(
        value=float(minutes), low=low, high=high, bound=bound,  # type: ignore[arg-type]
        unit="clock", counts=None, qualifiers=(phrase,) if bound != "=" else (),
        precision=1.0 if has_minutes else 60.0, zone=match.group("zone"),
    )
    return ClockTime(start, match.end(), quantity)


def _bound(phrase: str, minutes: float, has_minutes: bool) -> tuple[str, float | None, float | None]:
    if not phrase or phrase in ("between", "from", "since"):
        return "=", minutes, minutes
    last = phrase.rsplit(maxsplit=1)[-1]
    near = phrase.split(maxsplit=1)[0] in ("shortly", "just", "soon", "moments", "minutes", "right", "a", "not")
    if last in ("after", "past"):
        return ">", minutes, minutes + SHORTLY_MINUTES if near else None
    if last == "before":
        return "<", minutes - SHORTLY_MINUTES if near else None, minutes
    if last in ("until", "till", "by", "than"):
        return "<=", None, minutes
    spread = NEAR_MINUTES if has_minutes else NEAR_HOUR_MINUTES
    return "~", minutes - spread, minutes + spread
