"""What a figure measures: its unit, the noun it counts, and where its value span ends.

"11,000 residents" counts residents; "a 197-page report" pages; "80 nautical miles" is a length in
"nmi"; "the 40-year-old" an age; "four months" a duration; "the number of cases rose to 1,000"
counts cases though the noun stands before the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...regexes import compile_regex
from ...text import fold
from .ages import AGE_BEFORE, age_tail
from .figures import Figure
from .lexicon import (
    DETERMINERS,
    DURATION_UNITS,
    GENERIC_HEADS,
    GLUED_MODIFIERS,
    OFFSET_WORDS,
    RUN_STOP,
    lazy_pattern,
)
from .qualifiers import skip_noun
from .units import unit_name

_TOKEN = compile_regex(r"[A-Za-z][A-Za-z'’]*|[,;:()—–]|\d[\d,.]*")
_UNDER_AGE = compile_regex(r"\b(?:under|over|below|above)\s*$", re.IGNORECASE)
_AGE_NOUNS = frozenset({"child", "children", "girl", "girls", "boy", "boys", "age", "consent", "kids",
                        "teenager", "teenagers", "pupils", "anyone", "people", "adult", "adults", "minors"})
_PER_UNIT = compile_regex(r"^\s*(?:a|per|each|every)\s+(year|month|week|day|hour|annum)\b", re.IGNORECASE)
_PREV_NOUN_OF = compile_regex(r"\b([A-Za-z][A-Za-z\-]+)\s+of\s+(?:[a-z]+\s+){0,2}$")
_NUMBER_OF = lazy_pattern(
    r"(?<!\ba\s)\b(?:number|total|tally|count|toll)\s+of\s+((?:[A-Za-z][A-Za-z\-]*\s+){0,3}?[A-Za-z][A-Za-z\-]*)"
    r"(?=\s+(?:is|was|were|are|has|had|have|will|to|stood|rose|fell|reached|could|may|that|who|in|being|now|"
    r"for|on|at|across)\b)",
    re.IGNORECASE,
)
_SUBJECT_VERB = compile_regex(
    r"\b(?:has\s+|had\s+|have\s+)?(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|declined|"
    r"reached|hit|stood|stands|now\s+stands|was|is|were|are)\s+(?:to\s+|at\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NUMBER_OF_WORDS = compile_regex(r"number|total|tally|count|toll|figure", re.IGNORECASE)
_VERB_REACH = 90  # characters before a figure that hold a verb and the two words after it, or "noun of ..."
_ANAPHOR = compile_regex(r"\b(?:that|this|the)\s+(?:number|figure|total|tally|toll|count)\b", re.IGNORECASE)
_GLUED_WORD = compile_regex(r"^-([A-Za-z]+)")
_LETTERS = compile_regex(r"[A-Za-z]+")
_WORD = compile_regex(r"[A-Za-z][A-Za-z'’\-]*")
_DIRECT_NOUN = compile_regex(r"[ \u00a0]([A-Za-z][A-Za-z'’]*)(?![\w'’-])")

SPAN_ADJECTIVES = frozenset({"consecutive", "straight", "successive", "full", "whole", "long", "more",
                             "additional", "further", "calendar", "working", "business"})


@dataclass(frozen=True, slots=True)
class Reading:
    """The unit and counted noun of a figure, the text after both, and where its value span ends."""

    unit: str | None
    counts: str | None
    rest: str
    end: int  # the end of the value span in the sentence: the figure's own end, or past an age's "-year-old"


def read_measure(body: str, figure: Figure) -> Reading:
    """The unit of the figure, the noun it counts, and the text after both."""
    after = body[figure.end :]

    def reading(unit: str | None, counts: str | None, end: int = figure.end) -> Reading:
        return Reading(unit, counts, after, end)

    if figure.percent:
        return reading("percent", _of_noun(after))
    if figure.fraction and not figure.unit:
        return reading("fraction", _of_noun(after))
    if figure.vague and figure.high is None:
        return reading(None, _of_noun(after))  # "thousands of people"
    tail = age_tail(after) if not figure.unit else None
    if tail is not None:
        return reading(tail[0], None, figure.end + tail[1])
    lead = body[max(0, figure.start - 20) : figure.start].lower()
    if not (figure.unit or figure.currency) and ("age" in lead or " as " in lead) and AGE_BEFORE.search(
            body, max(0, figure.start - 20), figure.start):
        return reading("age", None)
    if figure.unit:
        # What a measure measures is named by its unit ("9 mm" and "9.9mm" are both calibres), or by "of"
        # ("10 miles of cable"); the noun it qualifies ("pistol", "race") stays in the context words.
        return reading(figure.unit, _of_noun(after) or unit_name(figure.unit))
    return _count_or_duration(body, figure, after)


def _count_or_duration(body: str, figure: Figure, after: str) -> Reading:
    words = _following_words(after, 4)
    glued = _GLUED_WORD.match(after)
    if glued and fold(glued.group(1)) in GLUED_MODIFIERS:
        words, glued = words[1:], None  # "a 5,000-strong force": the force
    if glued and fold(glued.group(1)) not in DURATION_UNITS:
        return Reading(None, fold(glued.group(1)).rstrip("s") or None, after, figure.end)  # "197-page report"
    if figure.currency:
        return Reading(figure.currency, _head_noun(words) or _of_noun(after), after, figure.end)
    if len(words) > 1 and words[0] in SPAN_ADJECTIVES and words[1] in DURATION_UNITS:
        words = words[1:]  # "two consecutive years", "three full months"
    if words and words[0] in DURATION_UNITS:
        unit = DURATION_UNITS[words[0]]
        if len(words) > 1 and words[1] in OFFSET_WORDS:
            return Reading("offset", None, after, figure.end)
        modifier = bool(glued) or (len(words) > 1 and not words[0].endswith("s"))
        counts = _head_noun(words[1:3]) if modifier and len(words) > 1 else None
        return Reading(unit, counts, after, figure.end)
    per = _PER_UNIT.match(skip_noun(after))
    before = body[: figure.start]
    under = _UNDER_AGE.search(body, max(0, figure.start - 8), figure.start)
    if under and words[:1] and words[0] not in _AGE_NOUNS and _word_before(before, 2) in _AGE_NOUNS:
        return Reading("age", None, after, figure.end)
    if words[:1] in (["more"], ["fewer"], ["extra"]):
        words = words[1:]  # "2,000 more officers"
    counts = _head_noun(words)
    if per:
        return Reading(f"per {per.group(1).lower()}", counts, after, figure.end)
    return Reading(None, counts, after, figure.end)


def direct_noun_end(body: str, end: int, counts: str) -> int | None:
    """Where the counted noun ends when it is the very next word ("three houses"), else None."""
    match = _DIRECT_NOUN.match(body, end)
    if match is None or fold(match.group(1)) != counts:
        return None
    return match.end()


def _word_before(before: str, skip: int) -> str | None:
    words = _LETTERS.findall(before)
    return words[-skip].lower() if len(words) >= skip else None


def _following_words(after: str, limit: int) -> list[str]:
    words: list[str] = []
    for token in _TOKEN.finditer(after[:80]):
        value = token.group()
        if not value[0].isalpha():
            break
        words.append(fold(value))
        if len(words) >= limit:
            break
    return words


def _head_noun(words: Sequence[str]) -> str | None:
    """The last word of the noun phrase that follows a figure: '800 previously closed cases' -> cases."""
    run: list[str] = []
    for word in words:
        if word in RUN_STOP or (word in DURATION_UNITS and run):
            break
        run.append(word)
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            break  # a plural ends the noun phrase: "11,000 nationals sought asylum"
    while len(run) > 1 and (run[-1].endswith(("ly", "ed")) or run[-1] in GENERIC_HEADS):
        run.pop()
    if not run or run[-1].endswith("ly"):
        return None
    return run[-1]


def _of_noun(after: str) -> str | None:
    words = _following_words(after, 6)
    if not words or words[0] != "of":
        return None
    rest = [word for word in words[1:] if word not in DETERMINERS]
    return _head_noun(rest)


def counts_before(body: str, before: str, previous_counts: str | None, unit: str | None) -> str | None:
    """When nothing follows the figure: 'the number of cold cases ... rose to 1,000', 'margin of 200'."""
    number_of = _NUMBER_OF().search(before) if "of" in before and _NUMBER_OF_WORDS.search(before) else None
    if number_of:  # before the verb rule: "the number of people waiting for X rose"
        head = _head_noun(_following_words(number_of.group(1), 4))
        if head:
            return head
    subject = _SUBJECT_VERB.search(before, max(0, len(before) - _VERB_REACH))
    if subject:
        noun = _nearest_noun_before(before[: subject.start()])
        if noun:
            return noun
    if previous_counts and _NUMBER_OF_WORDS.search(before) and _ANAPHOR.search(before):
        return previous_counts
    if unit in DURATION_UNITS.values():
        return _nearest_noun_before(before)
    of_match = None
    if "of" in before[-_VERB_REACH:]:
        of_match = _PREV_NOUN_OF.search(before, max(0, len(before) - _VERB_REACH))
    if of_match and fold(of_match.group(1)) not in RUN_STOP:
        return fold(of_match.group(1))
    return None


def _nearest_noun_before(before: str) -> str | None:
    """'Her audit, completed in just four months' -> audit (skip verbs, adverbs, small words)."""
    tokens = [fold(word) for word in _WORD.findall(before[-80:])]
    for word in reversed(tokens[-8:]):
        if word in RUN_STOP or word in DETERMINERS or word.endswith(("ly", "ed", "ing")) or len(word) < 3:
            continue
        if word in {"past", "last", "next", "first", "previous", "recent", "coming", "nearly", "almost"}:
            continue
        return word
    return None
