"""Figures that are no quantities: codes, model names, addresses, list markers, days of the month, idioms.

"Galaxy S10", "Airbus A320", "ZIP code 10001", "221 Baker Street", "1 )", "oct. 14", "COVID-19",
"3:18", "won 3-2", "one of the", "no one", "at one point".
"""

from __future__ import annotations

import re

from ...regexes import compile_regex
from ...text import fold
from .date_words import MONTHS, count_follows
from .figures import Figure
from .lexicon import DURATION_UNITS, LABEL_WORDS, RUN_STOP

_WORD_AFTER = compile_regex(r"[\s\-–]*([A-Za-z][A-Za-z'’\-]*)")
_CLOCK_AFTER = compile_regex(r"^(?::\d|\.\d\d\s?(?:am|pm|a\.m\.|p\.m\.)|\s?(?:(?:am|pm)\b|a\.m\.|p\.m\.)|\s?(?:gmt|bst|"
                             r"utc|est|edt|cet|hrs)\b)", re.IGNORECASE)
_SCORE_SIDE = compile_regex(r"\d\s?[-–]\s?$")
_SCORE_SIDE_AFTER = compile_regex(r"^\s?[-–]\s?\d")
_ORDINAL_AFTER = compile_regex(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_PHONE_NEAR = compile_regex(r"\d[\s\-]\d{3}|\d{3}[\s\-]\d")
_YEARISH = compile_regex(r"^(?:1[89]\d\d|20\d\d)$")
_GROUPED = compile_regex(r"\d,\d{3}")
_NON_DIGIT = compile_regex(r"\D")
_LABEL_WORD = compile_regex(r"[A-Za-z.]+")
_STREET = compile_regex(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Place|"
    r"Terrace|Crescent|Square|Way)\b"
)
_MONTH_BEFORE = compile_regex(r"\b([A-Za-z]{3,9})\.?\s+$")
_MONTH_AFTER = compile_regex(r"^\s+(?:of\s+)?([A-Za-z]{3,9})\b")
_DATE_PREPOSITION = compile_regex(r"\b(?:on|in|since|by|until|till|from|of|early|late|mid)\s+$", re.IGNORECASE)
_MONTHS_THAT_ARE_WORDS = frozenset({"may", "march", "jan", "mar", "sun", "sat"})
# After "one", words that make it a pronoun or part of an idiom, not a count.
_NOT_AFTER_ONE = frozenset({"of", "another", "or", "and", "s", "who", "which", "that", "thing", "way", "hand",
                            "anothers", "at", "by", "point", "too", "more", "last"})
_NOT_BEFORE_ONE = ("no ", "every ", "any ", "the ", "this ", "that ", "which ", "each ", "at ", "some ", "no-",
                   "the only ")
_QUALIFIER_STARTS = frozenset(
    {"more", "over", "about", "around", "nearly", "almost", "some", "at", "up", "under", "just", "only",
     "roughly", "approximately", "fewer", "less", "least", "than", "estimated", "and", "or", "to", "the",
     "by", "of", "in", "with", "from", "between"}
)


def is_not_a_quantity(body: str, figure: Figure) -> bool:
    """A figure that names or labels something, or an idiom: no quantity to compare."""
    before, after = body[: figure.start], body[figure.end :]
    written = body[figure.start : figure.end]
    if figure.words:
        return is_idiomatic_word(written, before, after, has_unit=bool(figure.unit or figure.currency))
    if before[-1:].isalnum() or before[-1:] in {":", "/", "#", "."} or (after[:1] in {"/"} and not figure.unit):
        return True  # part of a code, a clock time, a date or a URL: G7, 3:18, 16/06
    if before.endswith("-") and before[-2:-1].isalnum():
        return True  # COVID-19, M-25, a serial number "X2-173"
    if (_SCORE_SIDE.search(before[-4:]) or _SCORE_SIDE_AFTER.match(after)) and not figure.unit:
        return True  # a score or a vote split, "won 3-2", "a 5-4 ruling": a range would be merged
    if after[:1].isalpha() and not figure.currency and not figure.percent:
        return True  # 3am, 5G, 2nd, 4x4: letters glued to a figure make it a label (units were taken already)
    if _CLOCK_AFTER.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if _is_marker_or_address(before, after, figure) or _is_day_of_month(body, before, after, figure):
        return True
    if _is_phone_number(body, figure, written):
        return True
    if _YEARISH.match(written) and not figure.currency:
        return True  # a bare year is a date, which the date extractor reports
    return _is_label(before, figure)


def _is_marker_or_address(before: str, after: str, figure: Figure) -> bool:
    """ "1 ) explains", "2) cautions": a list marker; "221 Baker Street": an address."""
    if figure.unit or figure.currency or figure.percent:
        return False
    if (after[:1] == ")" or after[:2] == " )") and before.count("(") <= before.count(")") and figure.value < 20:
        return True
    return after[1:2].isupper() and _STREET.match(after) is not None


def _is_day_of_month(body: str, before: str, after: str, figure: Figure) -> bool:
    """ "oct. 14", "nov. 15, 1999", "on 1 may": a day of the month the date patterns (which want capitals) left."""
    if figure.unit or figure.currency or figure.percent or figure.high is not None:
        return False
    if not (1 <= figure.value <= 31 and figure.value == int(figure.value)):
        return False
    tail = before[-12:]
    month_before = _MONTH_BEFORE.search(tail) if tail.rstrip()[-1:].isalpha() or tail.rstrip()[-1:] == "." else None
    if month_before and month_before.group(1).lower() in MONTHS:
        word = month_before.group(1).lower()
        plain = before.rstrip().endswith(".") or word not in _MONTHS_THAT_ARE_WORDS or _DATE_PREPOSITION.search(
            before[: month_before.start(1) + max(0, len(before) - 12)])
        if plain and not count_follows(body, figure.end, len(body)):
            return True
    month_after = _MONTH_AFTER.match(after) if after[1:2].isalpha() else None
    if not month_after or month_after.group(1).lower() not in MONTHS:
        return False
    return month_after.group(1).lower() not in _MONTHS_THAT_ARE_WORDS or before.rstrip().lower().endswith(" on")


def _is_phone_number(body: str, figure: Figure, written: str) -> bool:
    grouped = _GROUPED.search(written) is not None  # "110,000-150,000" is not a phone number
    near = body[max(0, figure.start - 4) : figure.end + 4]
    if _PHONE_NEAR.search(near) and not figure.currency and not grouped:
        digits = _NON_DIGIT.sub("", body[max(0, figure.start - 8) : figure.end + 8])
        if len(digits) >= 8:
            return True
    return False


def _is_label(before: str, figure: Figure) -> bool:
    """ "No. 10", "Section 28", "Boeing 737", "Terminal 5": a word before the figure makes it a name."""
    words_before = _LABEL_WORD.findall(before[-20:])
    if not words_before or figure.currency:
        return False
    last = words_before[-1]
    if (last.lower().rstrip(".") in LABEL_WORDS or last.lower() in LABEL_WORDS) and not figure.unit:
        return True
    glued_to_word = before.endswith(" ") and before[-2:-1].isalpha() and not before[-2:-1].isspace()
    if last[:1].isupper() and glued_to_word and not _starts_sentence(before) and not figure.unit:
        return last.lower() not in _QUALIFIER_STARTS  # "Boeing 737", "Act 2000", "Terminal 5"
    return False


def _starts_sentence(before: str) -> bool:
    return len(before.rstrip().split()) <= 1


def is_idiomatic_word(written: str, before: str, after: str, *, has_unit: bool = False) -> bool:
    """'one' as a pronoun ('one of the', 'One is'), 'no one', 'one another', 'at one point': not counts."""
    lowered = written.lower()
    if lowered in {"a", "an"} or has_unit:
        return False
    if lowered == "one":
        return _one_is_idiom(before, after)
    if lowered == "zero" and next_word(after) in {"tolerance", "hour", "hours"}:
        return True
    return before.lower().endswith(("no ", "every ", "any "))


def _one_is_idiom(before: str, after: str) -> bool:
    """ "one witness", "one count of fraud", "one-time gains" count one thing; "one of the" does not."""
    word = next_word(after)
    if word is None:
        return True
    if word in DURATION_UNITS:
        return False  # "one day", "one year": a span of time
    if before.lower().endswith(_NOT_BEFORE_ONE) or word in _NOT_AFTER_ONE or word in RUN_STOP:
        return True
    return not after.lstrip(" -")[:1].islower()  # "One Direction", "one." : no noun follows


def next_word(after: str) -> str | None:
    match = _WORD_AFTER.match(after)
    return fold(match.group(1)) if match else None
