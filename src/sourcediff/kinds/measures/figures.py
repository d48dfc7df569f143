"""Find figures in a sentence: digits, number words, fractions, money, percentages, units, ranges.

A `Figure` is the written quantity with its unit of measure and its exact span; `numbers.py`
decides what it counts and how a qualifier bounds it. Candidates come from regular expressions
(`figure_digits.py`, `figure_words.py`); where two overlap the longer is kept; then each figure
takes in the unit written after it (`units.py`), a sign written in words ("minus 17", "17 below
zero"), cents after dollars, and neighbours that make one range ("13 to 15", "3 to 4 thousand").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...regexes import compile_regex
from .figure_digits import Figure, currency_word, digit_figures
from .figure_words import FIGURE_TOKENS, sentence_signals, word_figures, word_value
from .lexicon import CHANGE_CUES, lazy_pattern
from .units import unit_at

__all__ = ["Figure", "find_figures", "merge_ranges", "word_value"]

_REACH_BEFORE = 12  # characters before a figure where "minus" or "magnitude" can stand
_MINUS_BEFORE = compile_regex(r"\b(?:minus|negative)[\s-]$", re.IGNORECASE)
_BELOW_ZERO = compile_regex(r"\s+below(?:\s+(?:zero|freezing))?\b", re.IGNORECASE)
_PLUS_AFTER = compile_regex(r"-?plus\b|\+(?!\d)", re.IGNORECASE)
_PLUS_STARTS = frozenset("-+pP")
_MAGNITUDE_BEFORE = compile_regex(r"(?:\b(?:[Mm]agnitude|MAGNITUDE)[\s-]|(?<![\w.])M)$")
_MINOR_GAP = compile_regex(r"\s(?:and\s)?$", re.IGNORECASE)
_MINOR_WORD = compile_regex(r"\s?(?:cents?|pence|c)\b", re.IGNORECASE)
_POUND_MASS = lazy_pattern(
    r"\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|tall|feet|foot|inches|inch|lbs?|kilos?|kg|stone|"
    r"lost|gained|gain|lose|shed|overweight|obese|baby|newborn|bomb|fish|catch|pounds\s+of)\b",
    re.IGNORECASE,
)
_POUND_MONEY = lazy_pattern(
    r"[£]|\b(?:million|billion|thousand|bn|m|sterling|paid|pay|pays|cost|costs|costing|fine|fined|worth|price|"
    r"prices|priced|spent|spend|raise|raised|salary|fund|funding|compensation|bill|debt|deal|loan|budget|cash|"
    r"bonus|fee|fees|tax|profit|profits|revenue|sold|sale|bought|buy|award|awarded|damages|charge|charged|"
    r"earn|earned|earns|wage|wages|rent|a\s+week|a\s+month|a\s+year|per\s+week)\b",
    re.IGNORECASE,
)
_POUNDS_WORD = compile_regex(r"(?:\s|-)pounds?\b", re.IGNORECASE)  # after the figure


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in the sentence, longest spans first where two overlap, in text order.

    The figures are shared by every call with the same sentence: change a copy (`Figure.copy`), never them.
    """
    return list(_sentence_figures(sentence))


# Stories about one event share sentences (wire copy runs in many outlets), and most sentences
# hold no figure: both make a sentence's figures worth keeping.
@lru_cache(maxsize=8192)
def _sentence_figures(sentence: str) -> tuple[Figure, ...]:
    # One look for a digit or a number word rules out a sentence before any pattern runs.
    signals, has_digit = sentence_signals(sentence)
    tokens = signals & FIGURE_TOKENS
    if not tokens and not has_digit:
        return ()
    candidates = word_figures(sentence, tokens) + (digit_figures(sentence) if has_digit else [])
    candidates.sort(key=lambda fig: (-(fig.end - fig.start), fig.start))
    kept: list[Figure] = []
    for figure in candidates:
        if not _overlaps(figure, kept):
            kept.append(figure)
    kept.sort(key=lambda fig: fig.start)
    for index, figure in enumerate(kept):
        limit = kept[index + 1].start if index + 1 < len(kept) else len(sentence)
        _read_around(sentence, figure, limit)
    return tuple(merge_ranges(sentence, _join_minor_units(sentence, kept)))


def _overlaps(figure: Figure, kept: list[Figure]) -> bool:
    return any(figure.start < other.end and other.start < figure.end for other in kept)


def _read_around(sentence: str, figure: Figure, limit: int) -> None:
    """The figure's unit, its currency word, a sign or bound in words, all read into its span."""
    figure.number_end = figure.number_end or figure.end
    if figure.words and not figure.currency and not figure.percent and not figure.fraction:
        currency_word(sentence, figure)
    if figure.pounds or (not figure.currency and sentence[figure.end + 1 : figure.end + 6].lower() == "pound"):
        _pounds(sentence, figure)
    reach = max(0, figure.start - _REACH_BEFORE)
    if figure.unit is None and not (figure.currency or figure.percent or (figure.fraction and figure.words)):
        found = unit_at(sentence, figure.end)  # "1/8 cup" as well as "12 miles", not "two-thirds of"
        if found is not None and found.end <= limit:
            figure.unit, figure.unit_hyphen, figure.end = found.code, found.hyphen, found.end
        elif (not figure.words and 0 < figure.value < 12
              and (magnitude := _MAGNITUDE_BEFORE.search(sentence, reach, figure.start))):
            figure.unit, figure.start = "magnitude", magnitude.start()  # "a magnitude 4.6 quake", "M4.6"
    lead = sentence[reach : figure.start].lower()
    minus = _MINUS_BEFORE.search(sentence, reach, figure.start) if "minus" in lead or "negative" in lead else None
    if minus and figure.value > 0:
        figure.start, figure.value = minus.start(), -figure.value  # "minus 17 degrees"
    elif figure.unit in ("deg", "degC", "degF") and (below := _BELOW_ZERO.match(sentence, figure.end)):
        figure.end, figure.value = below.end(), -abs(figure.value)  # "17 degrees below zero"
    if sentence[figure.end : figure.end + 1] in _PLUS_STARTS and figure.end < len(sentence):
        plus = _PLUS_AFTER.match(sentence, figure.end)
        if plus and not figure.unit and figure.high is None:
            figure.end, figure.bound = plus.end(), ">"  # "three-plus seasons", "40+ years"


def _pounds(sentence: str, figure: Figure) -> None:
    """ "135 pounds" is a weight, "500 pounds" in a fine is money: the sentence decides."""
    word = _POUNDS_WORD.match(sentence, figure.end)
    if word is None:
        return
    of_substance = sentence.startswith(" of ", word.end()) and not sentence.startswith(" of the", word.end())
    money = figure.scale > 1 or (bool(_POUND_MONEY().search(sentence)) and not _POUND_MASS().search(sentence))
    if money and not of_substance:
        figure.currency, figure.end = "GBP", word.end()
    else:
        figure.unit, figure.unit_hyphen, figure.end = "lb", word.group().startswith("-"), word.end()
    figure.pounds = False


def _join_minor_units(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum."""
    joined: list[Figure] = []
    for figure in figures:
        if joined and _minor_unit_of(sentence, joined[-1], figure):
            previous = joined[-1]
            cents = _MINOR_WORD.match(sentence, figure.end)
            previous.value += figure.value / 100
            previous.precision = 0.01
            previous.end = cents.end() if cents else figure.end
            continue
        joined.append(figure)
    return joined


def _minor_unit_of(sentence: str, previous: Figure, figure: Figure) -> bool:
    if not previous.currency or previous.scale != 1 or previous.value != int(previous.value) or previous.high:
        return False
    if figure.currency or figure.percent or figure.unit or not (0 < figure.value < 100) or figure.fraction:
        return False
    if figure.value != int(figure.value) or not _MINOR_GAP.fullmatch(sentence, previous.end, figure.start):
        return False
    currency_after = previous.number_end < previous.end  # "15 dollars 50", "17 USD 25", not "$5 and 10"
    return currency_after or _MINOR_WORD.match(sentence, figure.end) is not None


_RANGE_JOIN = compile_regex(r"\s?(?:-|–|—|to)\s?$|\s+(?:to|and)\s+$")
_FROM_BEFORE = compile_regex(r"\bfrom\s+$", re.IGNORECASE)
_CLAUSE = compile_regex(r"[;:()]|,(?!\d{3})")
_BY_BEFORE = compile_regex(r"\b(?:by|of)\s+$", re.IGNORECASE)


def merge_ranges(sentence: str, figures: list[Figure]) -> list[Figure]:
    """'13 to 15', '110,000-150,000', 'between 50 and 60', '3 to 4 thousand' become one figure with a high end.

    'rose from 30 to 34' is a change, not a range: two figures.
    """
    merged: list[Figure] = []
    for figure in figures:
        if merged and _joins(sentence, merged[-1], figure):
            previous = merged[-1]
            if previous.scale == 1 and figure.scale > 1 and previous.value * figure.scale < figure.value:
                previous.value *= figure.scale  # "3 to 4 thousand", "seven to eight million"
                previous.precision *= figure.scale
                previous.scale = figure.scale
            if previous.value < figure.value:
                previous.high = figure.value
                previous.end = figure.end
                previous.currency = previous.currency or figure.currency
                previous.percent = previous.percent or figure.percent
                previous.unit = previous.unit or figure.unit
                continue
        merged.append(figure)
    return merged


def _joins(sentence: str, previous: Figure, figure: Figure) -> bool:
    gap = sentence[previous.end : figure.start]
    if _RANGE_JOIN.search(gap) is None or len(gap) > 5:
        return False
    before = sentence[: previous.start]
    if gap.strip() == "and" and not before.rstrip().lower().endswith("between"):
        return False
    if previous.high is not None or previous.fraction or previous.vague or figure.vague or previous.members:
        return False
    if (previous.percent and not figure.percent) or (previous.currency and figure.currency not in (None,
                                                                                                   previous.currency)):
        return False  # "down 0.6% to 309,381 yen": a change and a level
    if previous.unit and figure.unit and previous.unit != figure.unit:
        return False
    if _BY_BEFORE.search(before):
        return False  # "rose by 3 to 15": the change, then the new level
    clause = _CLAUSE.split(before[-60:])[-1]
    return not (_FROM_BEFORE.search(clause) and CHANGE_CUES.search(clause))  # "rose from 30 to 34": a change
