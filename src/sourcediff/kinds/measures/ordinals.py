"""Ordinals that count: "the seventh straight day", "the eighth day", "his fourth season", "a 3rd term".

An ordinal is read only before a noun of a series that outlets state and can get wrong (days of a
protest, seasons of a coach, rounds, terms, attempts); "first-degree", "the second largest" and
"third quarter" (a date) are not ordinals of this kind. It becomes a `Quantity` with unit
"ordinal", the noun in `counts`, and a value span that covers the noun ("seventh straight day").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...models import Quantity
from ...regexes import compile_regex, longest_first
from ...text import fold

_SMALL = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_TENS_PREFIX = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINAL_WORDS: dict[str, int] = {word: n for n, word in enumerate(_SMALL, 1)}
ORDINAL_WORDS.update({word: 10 * n for n, word in enumerate(_TENS, 2)})
ORDINAL_WORDS.update({f"{tens}-{unit}": 10 * n + u for n, tens in enumerate(_TENS_PREFIX, 2)
                      for u, unit in enumerate(_SMALL[:9], 1)})
ORDINAL_WORDS["hundredth"] = 100
# Series a news story counts through, singular and plural.
SERIES_NOUNS = frozenset(
    """day night week month year season term game match round race attempt try bid victory win defeat loss
    title anniversary stage leg inning innings floor straight generation hearing appearance start trip visit
    time quarter-final strike shutdown day-long""".split()
)
_ADJECTIVES = "straight|consecutive|successive|full|continuous|uninterrupted|successful|unsuccessful|losing|winning"
_NOUNS = "|".join(longest_first(noun for noun in SERIES_NOUNS if noun != "straight"))
_ORDINAL = compile_regex(
    r"\b(?P<ord>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)|" + "|".join(longest_first(list(_SMALL) + _TENS + ["hundredth"]))
    + r"|(?<![\d.,])\d{1,3}(?:st|nd|rd|th))"
    rf"(?:\s+(?P<adj>{_ADJECTIVES}))?\s+(?P<noun>(?:{_NOUNS})(?:es|s)?)\b(?![-‐]\w)",
    re.IGNORECASE,
)
_DIGITS = compile_regex(r"\d+")
_DIGIT_ORDINAL = compile_regex(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)  # opens with a digit: the engine skips ahead


@lru_cache(maxsize=256)
def _word_starts(words: frozenset[str]) -> re.Pattern[str]:
    """Where an ordinal written with one of `words` can start, in lower-cased text."""
    alternation = "|".join(longest_first(words))
    return compile_regex(rf"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:{alternation})\b")


def _singular(noun: str) -> str:
    for cut in (0, 1, 2):
        if noun[: len(noun) - cut] in SERIES_NOUNS:
            return noun[: len(noun) - cut]
    return noun


@dataclass(frozen=True, slots=True)
class Ordinal:
    start: int
    end: int
    quantity: Quantity


def find_ordinals(sentence: str, tokens: frozenset[str], has_digit: bool) -> list[Ordinal]:
    """Every ordinal of a series in the sentence ("the seventh straight day"), in text order.

    `tokens`: the sentence's ordinal words (`figure_words.ORDINAL_TOKENS`); `has_digit`: whether it has a digit.
    """
    starts = [m.start() for m in _word_starts(tokens).finditer(sentence.lower())] if tokens else []
    if has_digit:
        for digit in _DIGIT_ORDINAL.finditer(sentence):
            start = digit.start()
            while start > 0 and sentence[start - 1].isdigit():
                start -= 1  # the start of "21st"
            starts.append(start)
    if not starts:
        return []
    found = []
    end = 0
    for start in sorted(starts):
        match = _ORDINAL.match(sentence, start) if start >= end else None
        if match is None:
            continue
        end = match.end()
        word = match.group("ord").lower()
        digits = _DIGITS.match(word)
        value = int(digits.group()) if digits else ORDINAL_WORDS[word]
        noun = _singular(fold(match.group("noun")))
        if value == 1 and noun == "time":
            continue  # "for the first time": an idiom more than a count
        quantity = Quantity(value=float(value), low=float(value), high=float(value), bound="=", unit="ordinal",
                            counts=noun, qualifiers=(match.group("adj").lower(),) if match.group("adj") else ())
        found.append(Ordinal(match.start(), match.end(), quantity))
    return found
