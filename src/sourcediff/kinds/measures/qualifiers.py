"""Qualifiers and trends: how "more than", "about", "or more" bound a figure, and whether it is rising.

"more than 800" is the open interval above 800; "nearly 1,000" is just below 1,000; "about 40"
is 40 give or take a tolerance; "expected to surpass 1,000" is a forecast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...regexes import compile_regex
from .figures import Figure
from .lexicon import (
    AFTER_APPROXIMATE,
    AFTER_LOWER_INCLUSIVE,
    AFTER_UPPER_INCLUSIVE,
    APPROXIMATE,
    DOWN_CUES,
    FORECAST_CUES,
    FORECAST_FIRST_WORDS,
    LOWER_EXCLUSIVE,
    LOWER_INCLUSIVE,
    TREND_FIRST_WORDS,
    UP_CUES,
    UPPER_EXCLUSIVE,
    UPPER_INCLUSIVE,
    UPPER_NEAR,
)

_LEADING_NOUN = compile_regex(r"^\s*(?:[A-Za-z][A-Za-z'’\-]*\s*){1,2}")
_SPACES = compile_regex(r"\s+")
_SOFTENERS = ("just", "only", "well", "slightly", "some")
_SOFTENER_END = compile_regex(rf"(?:\s+(?:{'|'.join(_SOFTENERS)}))?\s*$")


@dataclass(frozen=True, slots=True)
class Bound:
    """The interval a qualifier allows (None: an open end), and the words that set it."""

    bound: str
    low: float | None
    high: float | None
    words: tuple[str, ...]


def skip_noun(after: str) -> str:
    """The text after the one or two words that follow a figure ("40 people or more" -> " or more")."""
    match = _LEADING_NOUN.match(after)
    return after[match.end() :] if match else after


_PHRASE_REACH = 48  # characters either side of a figure that a qualifier phrase can span

_PhraseTable = tuple[tuple[int, frozenset[str]], ...]


def _phrase_table(phrases: Sequence[str]) -> _PhraseTable:
    """Phrases grouped by length, longest first, so "more than" wins over "more".

    Two phrases of one length cannot both end (or start) the same text, so looking up each
    length's slice finds what trying every phrase longest first would find.
    """
    sizes = sorted({len(phrase) for phrase in phrases}, reverse=True)
    return tuple((size, frozenset(phrase for phrase in phrases if len(phrase) == size)) for size in sizes)


def _lowered_end(text: str) -> str:
    return _SPACES.sub(" ", text[-_PHRASE_REACH:].lower()).rstrip()


def _lowered_start(text: str) -> str:
    return _SPACES.sub(" ", text[:_PHRASE_REACH].lower()).lstrip(" ")


def _ending_phrase(lowered: str, table: _PhraseTable) -> str | None:
    """The longest phrase in `table` that `lowered` (see `_lowered_end`) ends with, as a whole word."""
    for size, phrases in table:
        tail = lowered[-size:]
        if tail in phrases and (len(lowered) == size or not lowered[-size - 1].isalpha()):
            return tail
    return None


def _starting_phrase(lowered: str, table: _PhraseTable) -> str | None:
    """The longest phrase in `table` that `lowered` (see `_lowered_start`) starts with, as a whole word."""
    for size, phrases in table:
        head = lowered[:size]
        if head in phrases and (len(lowered) == size or not lowered[size].isalpha()):
            return head
    return None


def qualifier_bound(before: str, after: str, figure: Figure, tolerance: float) -> Bound:
    value, high = figure.value, figure.high
    if figure.vague and high is not None:  # "several", "a couple of": the interval a reader takes
        return Bound("range", value, high, ())
    if figure.vague:  # "dozens" is fewer than a hundred, "hundreds" fewer than a thousand
        return Bound(">=", value, VAGUE_BELOW.get(value), ())
    if high is not None:
        return Bound("range", value, high, ())
    if figure.bound == ">":  # "three-plus seasons", "40+ years"
        return Bound(">", value, None, ("plus",))
    if figure.members:  # "aged 6 and 8": each one is claimed
        return Bound("=", min(figure.members), max(figure.members), ())
    before = before[-_PHRASE_REACH:]
    endings = [_lowered_end(before)]
    if before.rstrip().endswith(_SOFTENERS):  # otherwise dropping a softener changes nothing
        endings.insert(0, _lowered_end(_SOFTENER_END.sub("", before)))  # "more than just 40"
    found = None
    if any(ending.endswith(_BEFORE_LAST_WORDS) for ending in endings):
        found = _rule_phrase(endings, _BEFORE_RULES, _ANY_BEFORE, _ending_phrase)
    if found is None:
        first = _lowered_start(after)
        second = _lowered_start(skip_noun(after))  # "40 people or more"
        if first.startswith(_AFTER_FIRST_WORDS) or second.startswith(_AFTER_FIRST_WORDS):
            found = _rule_phrase([first, second], _AFTER_RULES, _ANY_AFTER, _starting_phrase)
    if found is None:
        return Bound("=", value, value, ())
    phrase, maker = found
    bound, low, top = maker(value, tolerance)
    return Bound(bound, low, top, (phrase,))


def _rule_phrase(
    texts: Sequence[str],
    rules: Sequence[_Rule],
    any_phrase: _PhraseTable,
    find: Callable[[str, _PhraseTable], str | None],
) -> tuple[str, _Maker] | None:
    """The phrase of the first rule found in any of `texts`, and that rule's bound maker."""
    # Few figures carry a qualifier: one look through every phrase skips the rules one by one.
    if not any(find(text, any_phrase) for text in texts):
        return None
    for table, maker in rules:
        for text in texts:
            phrase = find(text, table)
            if phrase:
                return phrase, maker
    return None


def _lower_exclusive(value: float, _tol: float) -> tuple[str, float | None, float | None]:
    return ">", value, None


def _lower_inclusive(value: float, _tol: float) -> tuple[str, float | None, float | None]:
    return ">=", value, None


def _upper_exclusive(value: float, _tol: float) -> tuple[str, float | None, float | None]:
    return "<", None, value


def _upper_near(value: float, tol: float) -> tuple[str, float | None, float | None]:
    return "<", value - abs(value) * tol, value


def _upper_inclusive(value: float, _tol: float) -> tuple[str, float | None, float | None]:
    return "<=", None, value


def _approximate(value: float, tol: float) -> tuple[str, float | None, float | None]:
    return "~", value - abs(value) * tol, value + abs(value) * tol  # "about -5%" is -5.5 to -4.5


_Maker = Callable[[float, float], tuple[str, float | None, float | None]]
_Rule = tuple[_PhraseTable, _Maker]
# In order of precedence: the first rule with a phrase next to the figure bounds it.
_BEFORE_RULES: tuple[_Rule, ...] = (
    (_phrase_table(LOWER_EXCLUSIVE), _lower_exclusive),
    (_phrase_table(LOWER_INCLUSIVE), _lower_inclusive),
    (_phrase_table(UPPER_NEAR), _upper_near),
    (_phrase_table(UPPER_EXCLUSIVE), _upper_exclusive),
    (_phrase_table(UPPER_INCLUSIVE), _upper_inclusive),
    (_phrase_table(APPROXIMATE), _approximate),
)
_AFTER_RULES: tuple[_Rule, ...] = (
    (_phrase_table(AFTER_LOWER_INCLUSIVE), _lower_inclusive),
    (_phrase_table(AFTER_UPPER_INCLUSIVE), _upper_inclusive),
    (_phrase_table(AFTER_APPROXIMATE), _approximate),
)
_ANY_BEFORE = _phrase_table(
    (*LOWER_EXCLUSIVE, *LOWER_INCLUSIVE, *UPPER_NEAR, *UPPER_EXCLUSIVE, *UPPER_INCLUSIVE, *APPROXIMATE)
)
_ANY_AFTER = _phrase_table((*AFTER_LOWER_INCLUSIVE, *AFTER_UPPER_INCLUSIVE, *AFTER_APPROXIMATE))
# The last word of every phrase before a figure and the first of every phrase after it: a text that
# does not end (or start) with one of them holds no phrase, and the tables need not be looked through.
_BEFORE_LAST_WORDS = tuple(sorted({phrase.split()[-1] for _size, phrases in _ANY_BEFORE for phrase in phrases}))
_AFTER_FIRST_WORDS = tuple(sorted({phrase.split()[0] for _size, phrases in _ANY_AFTER for phrase in phrases}))


# Most figures have no trend word near them: one search rules out both directions at once.
_DOWN_OR_UP = compile_regex(rf"{DOWN_CUES.pattern}|{UP_CUES.pattern}", DOWN_CUES.flags | UP_CUES.flags)


# The most a vague plural claims, by its VAGUE_PLURALS value: dozens, scores, hundreds, thousands, millions.
VAGUE_BELOW: dict[float, float] = {24: 99.0, 40: 99.0, 200: 999.0, 2_000: 999_999.0, 2_000_000: 999_999_999.0}
_PEAK = compile_regex(r"\b(?:at\s+one\s+point|at\s+(?:its|the)\s+(?:peak|height|worst))\b", re.IGNORECASE)
_CLAUSE_BREAK = compile_regex(r"[;:()]|,(?!\d{3})|\bwith\b|\band\b|\bbut\b|\bwhile\b")


# "was down 1.4%", "up 3pc", "FTSE 100 down 0.8%": the bare adverb right before the figure.
_UP_OR_DOWN_BEFORE = compile_regex(r"\b(?P<way>up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|around|"
                                   r"roughly|just|only|more\s+than|over)\s+)?$", re.IGNORECASE)
_BARE_WAYS = frozenset({"up", "down", "higher", "lower"})
_LOWER_WORDS = compile_regex(r"[a-z]+")
_PEAK_WORDS = ("point", "peak", "height", "worst")
_NEW_CLAUSE = compile_regex(r"\b(?:after|when|because|since|before|while|until|though|although|if|which|that|who)\b",
                            re.IGNORECASE)
_HIGHER_AFTER = compile_regex(r"^\s*(?P<way>higher|lower|up|down)\b(?!\s+(?:to|from)\b)", re.IGNORECASE)


def trend_of(before: str, after: str = "", *, value: float = 0.0, signed: bool = False) -> str | None:
    """Forecast, rise or fall, as the figure's own clause words it ("..., with 3,200" starts anew).

    `signed`: the figure is written with its sign ("FTSE -0.8%", "+2.1%"), which gives the way it went.
    """
    window = _CLAUSE_BREAK.split(before[-70:])[-1]
    words = frozenset(_LOWER_WORDS.findall(window.lower()))
    if words & FORECAST_FIRST_WORDS and FORECAST_CUES.search(window):
        return "forecast"
    bare = (_UP_OR_DOWN_BEFORE.search(window) if words & _BARE_WAYS else None) or _HIGHER_AFTER.match(after)
    if bare:
        return "up" if bare.group("way").lower() in ("up", "higher") else "down"
    near = window[-40:]
    cues = list(_DOWN_OR_UP.finditer(near)) if words & TREND_FIRST_WORDS else []
    cue = cues[-1] if cues else None  # the cue nearest the figure
    if cue and _NEW_CLAUSE.search(near[cue.end():]):
        cue = None  # "lost access after two cables were cut": the cue belongs to another clause
    if cue is None:
        if signed:
            return "down" if value < 0 else "up"
        peak = any(word in before for word in _PEAK_WORDS) and _PEAK.search(before)
        return "peak" if peak else None  # "at one point as much as 82 percent"
    return "down" if DOWN_CUES.fullmatch(cue.group()) else "up"


_FROM_END = compile_regex(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just|an?\s+estimated)\s+)?$",
                          re.IGNORECASE)
_TO_END = compile_regex(r"\b(?:to|at)\s+(?:(?:about|around|some|nearly|almost|roughly|just|an?\s+estimated|more\s+than|"
                        r"over|under|less\s+than)\s+)?$", re.IGNORECASE)


def change_role(before: str, trend: str | None) -> str | None:
    """The figure's part in a change its clause states: "by" (the amount), "from" (before) or "to" (after)."""
    if trend not in ("up", "down"):
        return None
    window = _CLAUSE_BREAK.split(before[-70:])[-1]
    if _FROM_END.search(window):
        return "from"
    if _TO_END.search(window):
        return "to"
    return "by"
