"""Qualifiers and trends: how "more than", "about", "or more" bound a figure, and whether it is rising.

"more than 800" is the open interval above 800; "nearly 1,000" is just below 1,000; "about 40"
is 40 give or take a tolerance; "expected to surpass 1,000" is a forecast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .figures import Figure
from .lexicon import (
    AFTER_APPROXIMATE,
    AFTER_LOWER_INCLUSIVE,
    AFTER_UPPER_INCLUSIVE,
    APPROXIMATE,
    DOWN_CUES,
    FORECAST_CUES,
    LOWER_EXCLUSIVE,
    LOWER_INCLUSIVE,
    UP_CUES,
    UPPER_EXCLUSIVE,
    UPPER_INCLUSIVE,
    UPPER_NEAR,
)

_LEADING_NOUN = re.compile(r"^\s*(?:[A-Za-z][A-Za-z'’\-]*\s*){1,2}")
_SPACES = re.compile(r"\s+")
_SOFTENERS = ("just", "only", "well", "slightly", "some")
_SOFTENER_END = re.compile(rf"(?:\s+(?:{'|'.join(_SOFTENERS)}))?\s*$")


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
    if figure.vague:  # "dozens" is fewer than a hundred, "hundreds" fewer than a thousand
        return Bound(">=", value, VAGUE_BELOW.get(value), ())
    if high is not None:
        return Bound("range", value, high, ())
    before = before[-_PHRASE_REACH:]
    endings = [_lowered_end(before)]
    if before.rstrip().endswith(_SOFTENERS):  # otherwise dropping a softener changes nothing
        endings.insert(0, _lowered_end(_SOFTENER_END.sub("", before)))  # "more than just 40"
    found = _rule_phrase(endings, _BEFORE_RULES, _ANY_BEFORE, _ending_phrase)
    if found is None:
        starts = [_lowered_start(after), _lowered_start(skip_noun(after))]  # "40 people or more"
        found = _rule_phrase(starts, _AFTER_RULES, _ANY_AFTER, _starting_phrase)
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
    return "<", value * (1 - tol), value


def _upper_inclusive(value: float, _tol: float) -> tuple[str, float | None, float | None]:
    return "<=", None, value


def _approximate(value: float, tol: float) -> tuple[str, float | None, float | None]:
    return "~", value * (1 - tol), value * (1 + tol)


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


# Most figures have no trend word near them: one search rules out both directions at once.
_DOWN_OR_UP = re.compile(rf"{DOWN_CUES.pattern}|{UP_CUES.pattern}", DOWN_CUES.flags | UP_CUES.flags)


# The most a vague plural claims, by its VAGUE_PLURALS value: dozens, scores, hundreds, thousands, millions.
VAGUE_BELOW: dict[float, float] = {24: 99.0, 40: 99.0, 200: 999.0, 2_000: 999_999.0, 2_000_000: 999_999_999.0}
_PEAK = re.compile(r"\b(?:at\s+one\s+point|at\s+(?:its|the)\s+(?:peak|height|worst))\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\bwith\b|\band\b|\bbut\b|\bwhile\b")


def trend_of(before: str) -> str | None:
    """Forecast, rise or fall, as the figure's own clause words it ("..., with 3,200" starts anew)."""
    window = _CLAUSE_BREAK.split(before[-70:])[-1]
    if FORECAST_CUES.search(window):
        return "forecast"
    near = window[-40:]
    if not _DOWN_OR_UP.search(near):
        return "peak" if _PEAK.search(before) else None  # "at one point as much as 82 percent"
    if DOWN_CUES.search(near):
        return "down"
    if UP_CUES.search(near):
        return "up"
    return None
