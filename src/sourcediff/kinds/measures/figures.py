"""Find figures in a sentence: digits, number words, fractions, money, percentages, ranges.

A `Figure` is only the written quantity and its exact span; `numbers.py` decides what
it counts and how a qualifier bounds it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TENS,
    UNITS,
    VAGUE_PLURALS,
)

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_ATOM = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT}|hundred|thousand|million|billion|trillion)"
_WORD_NUMBER = re.compile(rf"\b{_ATOM}(?:(?:\s+and\s+|[\s-]+){_ATOM})*\b", re.IGNORECASE)
_DOZEN = re.compile(rf"\b(?:(?P<n>a|{_UNIT_ALT}|{_TENS_ALT})\s+)?dozens?\b", re.IGNORECASE)
_A_SCALE = re.compile(r"\b(?:a|one|half\s+a)\s+(?P<scale>hundred|thousand|million|billion)\b", re.IGNORECASE)
_FRACTION = re.compile(
    rf"\b(?:(?P<n>a|one|{_UNIT_ALT})[\s-])?(?P<frac>half|thirds?|quarters?|fifths?|sixths?|tenths?)\b"
    r"(?=\s+(?:of|the|their|its|all)\b)",
    re.IGNORECASE,
)
_ONE_UNIT = re.compile(
    r"\b(?:a|an)\s+(?=(?:decade|year|month|week|day|century|fortnight|hour|minute)\b)", re.IGNORECASE
)
# "500 cases a year", "£10m a year", "£1.2 billion a year" are rates, not spans of time.
_RATE_BEFORE = re.compile(
    r"(?:\d|\d(?:k|m|mn|bn|tn)|\b[a-z]+s|\b(?:people|children|men|women|hundred|thousand|million|billion|"
    r"trillion|dozen))\s*$",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?P<word>dozens|scores|hundreds|thousands|millions|billions)\s+of\b", re.IGNORECASE)
_CURRENCY_PREFIX = r"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|R\$|[£$€¥₹])?"
_DIGITS = re.compile(
    _CURRENCY_PREFIX
    + r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:million|billion|trillion|thousand)\b|(?:mn|bn|tn|trn|m|b|k)\b)?"
    r"(?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b|\s?percentage\s+points?\b)?",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)")
_CURRENCY_PREFIX_LONGEST = 3  # "US$", "NZ$", "HK$"
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    value: float
    precision: float
    currency: str | None = None
    percent: bool = False
    fraction: bool = False
    words: bool = False  # written in words ("three", "a dozen")
    vague: bool = False  # "thousands of"
    high: float | None = None  # set for ranges


def _precision_of_digits(digits: str) -> float:
    plain = digits.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped) if stripped else 0
    return 10.0**zeros


@lru_cache(maxsize=4096)
def word_value(phrase: str) -> float | None:
    """'three hundred and forty-two' -> 342; None when the words are not one number."""
    from text_to_num import text2num

    cleaned = _SPACES.sub(" ", phrase.lower().replace("-", " ")).strip()
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


_HAS_DIGIT = re.compile(r"\d")


def _digit_matches(sentence: str) -> list[re.Match[str]]:
    """The same matches as `_DIGITS.finditer(sentence)`, found much faster.

    `_DIGITS` opens with an optional currency sign, so the regex engine cannot skip ahead and
    tries the whole pattern at every character. A match always starts at most a currency sign's
    length before a digit, so jumping to the next digit (a cheap single-class search) and searching
    from just before it finds the same leftmost match.
    """
    found: list[re.Match[str]] = []
    position = 0
    while (digit := _HAS_DIGIT.search(sentence, position)) is not None:
        match = _DIGITS.search(sentence, max(position, digit.start() - _CURRENCY_PREFIX_LONGEST))
        if match is None:  # unreachable: a lone digit always matches
            break
        found.append(match)
        position = match.end()
    return found


def _digit_figures(sentence: str) -> list[Figure]:
    found: list[Figure] = []
    for match in _digit_matches(sentence):
        start, end = match.start(), match.end()
        cur, digits, scale_group, pct = match.group("cur", "digits", "scale", "pct")
        value = float(digits.replace(",", ""))
        precision = _precision_of_digits(digits)
        currency = CURRENCY_SYMBOLS.get(cur or "")
        scale_text = (scale_group or "").strip().lower()
        if scale_text in SCALE_SUFFIXES and scale_text in {"m", "b", "k"} and not currency:
            # "100m" without a currency sign is as likely metres as millions: leave the suffix out.
            end = match.start("scale")
            scale_text = ""
        scale = SCALE_WORDS.get(scale_text) or SCALE_SUFFIXES.get(scale_text, 1)
        if not currency:
            after = _CURRENCY_AFTER.match(sentence, end)
            if after and after.group("word").lower() in CURRENCY_WORDS:
                currency = CURRENCY_WORDS[after.group("word").lower()]
                end = after.end()
        percent = bool(pct)
        if pct is None and scale_group is None and cur is None:
            end = match.end("digits")
        found.append(
            Figure(start, end, value * scale, precision * scale, currency=currency, percent=percent)
        )
    return found


_LOWER_WORD = re.compile(r"[a-z]+")
_SCALE_TOKENS = frozenset({"hundred", "thousand", "million", "billion"})
_DOZEN_TOKENS = frozenset({"dozen", "dozens"})
_FRACTION_TOKENS = frozenset(FRACTIONS)
_UNIT_TOKENS = frozenset({"decade", "year", "month", "week", "day", "century", "fortnight", "hour", "minute"})
_VAGUE_TOKENS = frozenset(VAGUE_PLURALS)
_NUMBER_TOKENS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALE_WORDS)
_FIGURE_TOKENS = _SCALE_TOKENS | _DOZEN_TOKENS | _FRACTION_TOKENS | _UNIT_TOKENS | _VAGUE_TOKENS | _NUMBER_TOKENS


def _word_figures(sentence: str, tokens: frozenset[str]) -> list[Figure]:
    """Figures written in words; each pattern runs only when the sentence has one of its words."""
    found: list[Figure] = []
    if tokens & _SCALE_TOKENS:
        found += _scale_figures(sentence)
    if tokens & _DOZEN_TOKENS:
        found += _dozen_figures(sentence)
    if tokens & _FRACTION_TOKENS:
        found += _fraction_figures(sentence)
    if tokens & _UNIT_TOKENS:
        found += _one_unit_figures(sentence)
    if tokens & _VAGUE_TOKENS:
        found += _vague_figures(sentence)
    if tokens & _NUMBER_TOKENS:
        found += _number_word_figures(sentence)
    return found


def _scale_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _A_SCALE.finditer(sentence):
        scale = SCALE_WORDS[match.group("scale").lower()]
        factor = 0.5 if match.group().lower().startswith("half") else 1.0
        found.append(Figure(match.start(), match.end(), scale * factor, scale * factor, words=True))
    return found


def _dozen_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _DOZEN.finditer(sentence):
        count_word = (match.group("n") or "").lower()
        if match.group().lower().endswith("dozens"):
            continue
        count = 1.0 if count_word in ("", "a") else float(UNITS.get(count_word) or TENS.get(count_word, 1))
        found.append(Figure(match.start(), match.end(), 12 * count, 12.0, words=True))
    return found


def _fraction_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _FRACTION.finditer(sentence):
        count_word = (match.group("n") or "a").lower()
        count = 1.0 if count_word in ("a", "one") else float(UNITS.get(count_word, 1))
        share = FRACTIONS[match.group("frac").lower()] * count
        found.append(Figure(match.start(), match.end(), share, 0.05, fraction=True, words=True))
    return found


def _one_unit_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _ONE_UNIT.finditer(sentence):
        if not _RATE_BEFORE.search(sentence[: match.start()]):  # "500 cases a year" is a rate
            found.append(Figure(match.start(), match.end() - 1, 1.0, 1.0, words=True))
    return found


def _vague_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _VAGUE.finditer(sentence):
        word = match.group("word")
        found.append(Figure(match.start(), match.start() + len(word), float(VAGUE_PLURALS[word.lower()]),
                            float(VAGUE_PLURALS[word.lower()]), words=True, vague=True))
    return found


def _number_word_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _WORD_NUMBER.finditer(sentence):
        value = word_value(match.group())
        if value is None:
            continue
        precision = 10.0 ** max(0, int(math.log10(value)) - 1) if value >= 100 else 1.0
        found.append(Figure(match.start(), match.end(), value, precision, words=True))
    return found


def _overlaps(figure: Figure, kept: list[Figure]) -> bool:
    return any(figure.start < other.end and other.start < figure.end for other in kept)


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in the sentence, longest spans first where two overlap, in text order."""
    # Callers widen a figure's span to take in its unit, so each call gets its own copies.
    return [
        Figure(fig.start, fig.end, fig.value, fig.precision, fig.currency, fig.percent, fig.fraction, fig.words,
               fig.vague, fig.high)
        for fig in _sentence_figures(sentence)
    ]


# Stories about one event share sentences (wire copy runs in many outlets), and most sentences
# hold no figure: both make a sentence's figures worth keeping.
@lru_cache(maxsize=8192)
def _sentence_figures(sentence: str) -> tuple[Figure, ...]:
    # One look for a digit or a number word rules out a sentence before any pattern runs.
    tokens = _FIGURE_TOKENS.intersection(_LOWER_WORD.findall(sentence.lower()))
    has_digit = _HAS_DIGIT.search(sentence) is not None
    if not tokens and not has_digit:
        return ()
    candidates = _word_figures(sentence, tokens) + (_digit_figures(sentence) if has_digit else [])
    candidates.sort(key=lambda fig: (-(fig.end - fig.start), fig.start))
    kept: list[Figure] = []
    for figure in candidates:
        if not _overlaps(figure, kept):
            kept.append(figure)
    kept.sort(key=lambda fig: fig.start)
    return tuple(merge_ranges(sentence, kept))


_RANGE_JOIN = re.compile(r"\s?(?:-|–|—|to)\s?$|\s+(?:to|and)\s+$")


def merge_ranges(sentence: str, figures: list[Figure]) -> list[Figure]:
    """'13 to 15', '110,000-150,000', 'between 50 and 60' become one figure with a high end."""
    merged: list[Figure] = []
    for figure in figures:
        if merged:
            previous = merged[-1]
            gap = sentence[previous.end : figure.start]
            joined = _RANGE_JOIN.search(gap) is not None and len(gap) <= 5
            if joined and gap.strip() == "and":
                joined = sentence[: previous.start].rstrip().lower().endswith("between")
            if joined and previous.high is None and previous.value < figure.value and not previous.fraction:
                previous.high = figure.value
                previous.end = figure.end
                previous.currency = previous.currency or figure.currency
                previous.percent = previous.percent or figure.percent
                continue
        merged.append(figure)
    return merged
