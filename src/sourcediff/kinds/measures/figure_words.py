"""Figures written in words: "three hundred and forty-two", "a dozen", "two-thirds", "half a million",
"a quarter million", "Sixty-five per cent", "thousands of", "several", "a couple of".

Each pattern runs only when the sentence holds one of its words (see `word_figures`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ...regexes import compile_regex, longest_first
from .figure_digits import HAS_DIGIT, Figure
from .lexicon import FRACTIONS, SCALE_WORDS, TENS, UNITS, VAGUE_COUNTS, VAGUE_PLURALS, lazy_pattern
from .ordinals import SERIES_NOUNS

_UNIT_ALT = "|".join(longest_first(UNITS))
_TENS_ALT = "|".join(TENS)
_FIRST_ATOM = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT})"
_ATOM = rf"(?:{_FIRST_ATOM}|hundred|thousand|million|billion|trillion)"
_PER_CENT = r"(?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?"
# A scale word alone ("million and one") opens no number: "a million" is `_A_SCALE`'s.
_WORD_NUMBER = lazy_pattern(rf"\b{_FIRST_ATOM}(?:(?:\s+and\s+|[\s-]+){_ATOM})*\b{_PER_CENT}", re.IGNORECASE)
_DOZEN = compile_regex(rf"\b(?:(?P<n>a|{_UNIT_ALT}|{_TENS_ALT})\s+)?dozens?\b", re.IGNORECASE)
_A_SCALE = compile_regex(
    r"\b(?:(?P<share>a|one|half\s+a|half|a\s+quarter(?:\s+of\s+a)?|quarter|three[\s-]quarters?(?:\s+of\s+a)?)\s+)"
    r"(?P<scale>hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_SHARE_OF_SCALE = {"a": 1.0, "one": 1.0, "half a": 0.5, "half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
                   "quarter": 0.25, "three quarters": 0.75, "three quarter": 0.75, "three-quarters": 0.75,
                   "three quarters of a": 0.75, "three-quarters of a": 0.75}
_FRACTION_WORDS = "half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?"
# "a third of", "half the": a bare fraction word is a share only before what it is a share of; joined to
# its count by a hyphen ("two-fifths", tokenised "one - third") it is a share wherever it stands.
_FRACTION = compile_regex(
    rf"\b(?:(?P<n>{_UNIT_ALT})(?P<join>\s?-\s?)(?P<frac>{_FRACTION_WORDS})\b(?!-\w)"
    rf"|(?:(?P<n2>a|one|{_UNIT_ALT})\s)?(?P<frac2>{_FRACTION_WORDS})\b(?=\s+(?:of|the|their|its|all)\b))",
    re.IGNORECASE,
)
# "half an hour", "half a day": half of the unit that follows; "more than half", "by half": a share.
_HALF = compile_regex(
    r"\bhalf\s+an?(?=\s+(?:decade|year|month|week|day|century|hour|minute)\b)|\bhalf\b(?!\s+(?:of|the|a|an)\b)",
    re.IGNORECASE,
)
_HALF_SHARE_AFTER = compile_regex(r"\b(?:than|by|nearly|almost|about|over|roughly|just|only|some)\s+$", re.IGNORECASE)
_ONE_UNIT = compile_regex(
    r"\b(?:a|an)\s+(?=(?:decade|year|month|week|day|century|fortnight|hour|minute)\b)", re.IGNORECASE
)
# "500 cases a year", "£10m a year", "2.4 billion gallons of jet fuel a year" are rates, not spans of time.
_RATE_BEFORE = compile_regex(
    r"(?:\d|\d(?:k|m|mn|bn|tn)|\b[a-z]+s|\b(?:people|children|men|women|hundred|thousand|million|billion|"
    r"trillion|dozen))\s*$",
    re.IGNORECASE,
)
_RATE_UNITS = ("year", "month", "week", "day", "hour")
_FIGURE_IN_CLAUSE = compile_regex(r"\d[^,;:.!?]{0,60}$|\d[.,]\d[^,;:!?]{0,60}$")
_VAGUE = compile_regex(r"\b(?P<word>dozens|scores|hundreds|thousands|millions|billions)\s+of\b", re.IGNORECASE)
_VAGUE_COUNT = compile_regex(
    r"\b(?P<word>several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful(?:\s+of)?)"
    r"(?:\s+(?P<scale>dozen|hundred|thousand|million|billion)\b(?!\s+of\b))?"
    r"\b(?!\s+(?:of\s+)?(?:the|them|us|these|those|his|her|their|its|our|times|more|less|other|others)\b)",
    re.IGNORECASE,
)
_VAGUE_SCALES = {"dozen": 12, **SCALE_WORDS}
_SPACES = compile_regex(r"\s+")


@lru_cache(maxsize=4096)
def word_value(phrase: str) -> float | None:
    """'three hundred and forty-two' -> 342; None when the words are not one number."""
    from text_to_num import text2num

    cleaned = _SPACES.sub(" ", phrase.lower().replace("-", " ")).strip()
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


_LOWER_WORD = compile_regex(r"[a-z]+")
_ASCII_DIGIT = compile_regex(r"[0-9]")
_SCALE_TOKENS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_DOZEN_TOKENS = frozenset({"dozen", "dozens"})
_FRACTION_TOKENS = frozenset(FRACTIONS)
_UNIT_TOKENS = frozenset({"decade", "year", "month", "week", "day", "century", "fortnight", "hour", "minute"})
_VAGUE_TOKENS = frozenset(VAGUE_PLURALS)
_VAGUE_COUNT_TOKENS = frozenset({"several", "few", "couple", "handful"})
_NUMBER_TOKENS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALE_WORDS)
FIGURE_TOKENS = (_SCALE_TOKENS | _DOZEN_TOKENS | _FRACTION_TOKENS | _UNIT_TOKENS | _VAGUE_TOKENS | _NUMBER_TOKENS
                 | _VAGUE_COUNT_TOKENS)
# Words the clock and ordinal readers look for, so one look at a sentence serves every reader.
TIME_TOKENS = frozenset({"noon", "midday", "midnight", "am", "pm", "m", "gmt", "utc", "bst", "hrs", "hours", "local",
                         "morning", "afternoon", "evening", "night",
                         "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt"})
ORDINAL_TOKENS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
    fiftieth sixtieth seventieth eightieth ninetieth hundredth""".split())
# The nouns of a series an ordinal counts ("the seventh straight day"), singular and plural.
SERIES_TOKENS = frozenset(SERIES_NOUNS | {f"{noun}s" for noun in SERIES_NOUNS} | {f"{noun}es" for noun in SERIES_NOUNS})
_ALL_TOKENS = FIGURE_TOKENS | TIME_TOKENS | ORDINAL_TOKENS | SERIES_TOKENS


@lru_cache(maxsize=8192)
def sentence_signals(sentence: str) -> tuple[frozenset[str], bool]:
    """The words of the sentence that some reader needs (most sentences have none), and whether it has a digit."""
    digits = _ASCII_DIGIT if sentence.isascii() else HAS_DIGIT  # no vulgar fractions in plain ASCII
    return _ALL_TOKENS.intersection(_LOWER_WORD.findall(sentence.lower())), digits.search(sentence) is not None


def word_figures(sentence: str, tokens: frozenset[str]) -> list[Figure]:
    """Figures written in words; each pattern runs only when the sentence has one of its words."""
    found: list[Figure] = []
    if tokens & _SCALE_TOKENS:
        found += _scale_figures(sentence)
    if tokens & _DOZEN_TOKENS:
        found += _dozen_figures(sentence)
    if tokens & _FRACTION_TOKENS:
        found += _fraction_figures(sentence)
        if "half" in tokens:
            found += _half_figures(sentence)
    if tokens & _UNIT_TOKENS:
        found += _one_unit_figures(sentence)
    if tokens & _VAGUE_TOKENS:
        found += _vague_figures(sentence)
    if tokens & _VAGUE_COUNT_TOKENS:
        found += _vague_count_figures(sentence)
    if tokens & _NUMBER_TOKENS:
        found += _number_word_figures(sentence)
    return found


def _scale_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _A_SCALE.finditer(sentence):
        scale = SCALE_WORDS[match.group("scale").lower()]
        share = _SHARE_OF_SCALE.get(" ".join(match.group("share").lower().split()), 1.0)
        found.append(Figure(match.start(), match.end(), scale * share, scale * min(share, 0.25 if share < 1 else 1),
                            words=True, scale=scale))
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
        count_word = (match.group("n") or match.group("n2") or "a").lower()
        count = 1.0 if count_word in ("a", "one") else float(UNITS.get(count_word, 1))
        share = FRACTIONS[(match.group("frac") or match.group("frac2")).lower()] * count
        found.append(Figure(match.start(), match.end(), share, 0.05, fraction=True, words=True))
    return found


def _half_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _HALF.finditer(sentence):
        share = " " not in match.group()  # "by half" is a share, "half an hour" a span
        if share and not _HALF_SHARE_AFTER.search(sentence, max(0, match.start() - 12), match.start()):
            continue  # "half-time", "a half": no share of anything
        found.append(Figure(match.start(), match.end(), 0.5, 0.5, fraction=share, words=True))
    return found


def _one_unit_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _ONE_UNIT.finditer(sentence):
        before = sentence[: match.start()]
        rate = sentence[match.end() :].lower().startswith(_RATE_UNITS) and _FIGURE_IN_CLAUSE.search(before)
        if not _RATE_BEFORE.search(before) and not rate:  # "500 cases a year" is a rate
            found.append(Figure(match.start(), match.end() - 1, 1.0, 1.0, words=True))
    return found


def _vague_figures(sentence: str) -> list[Figure]:
    found = []
    for match in _VAGUE.finditer(sentence):
        word = match.group("word")
        found.append(Figure(match.start(), match.start() + len(word), float(VAGUE_PLURALS[word.lower()]),
                            float(VAGUE_PLURALS[word.lower()]), words=True, vague=True))
    return found


def _vague_count_figures(sentence: str) -> list[Figure]:
    """ "several days", "a few officers", "a couple of months": a count known only as an interval."""
    found = []
    for match in _VAGUE_COUNT.finditer(sentence):
        word = " ".join(match.group("word").lower().split()[:2])
        low, high = VAGUE_COUNTS[word]
        scale = float(_VAGUE_SCALES[match.group("scale").lower()]) if match.group("scale") else 1.0
        found.append(Figure(match.start(), match.end(), low * scale, scale, words=True, vague=True, high=high * scale,
                            scale=scale))  # "several dozen": 36 to 108
    return found


_WORD_NUMBER_STARTS = frozenset(UNITS) | frozenset(TENS)  # a number in words opens with one of these


@lru_cache(maxsize=1)
def _lower_word_number() -> re.Pattern[str]:
    """`_WORD_NUMBER` for lower-cased text, compiled on first use."""
    units = "|".join(longest_first(UNITS))
    tens = "|".join(TENS)
    scales = "|".join(SCALE_WORDS)
    first = f"(?:{tens})(?:[-\\s](?:{units}))?|{units}"
    return compile_regex(rf"\b(?:{first})(?:(?:\s+and\s+|[\s-]+)(?:{first}|{scales}))*\b{_PER_CENT}")


def _lower_word_numbers(lowered: str) -> list[re.Match[str]]:
    """`_lower_word_number().finditer(lowered)`, but the pattern is only tried where it can match.

    Every word of a match is a whole run of letters, so a match starts where a run that is a unit
    or tens word starts: not a try at every character.
    """
    regex = _lower_word_number()
    matches = []
    end = 0
    for word in _LOWER_WORD.finditer(lowered):
        at = word.start()
        if at >= end and word.group() in _WORD_NUMBER_STARTS and (match := regex.match(lowered, at)):
            end = match.end()
            matches.append(match)
    return matches


def _number_word_figures(sentence: str) -> list[Figure]:
    lowered = sentence.lower()
    same_length = len(lowered) == len(sentence)  # offsets in the lower-cased text are the sentence's
    matches = _lower_word_numbers(lowered) if same_length else list(_WORD_NUMBER().finditer(sentence))
    found = []
    for match in matches:
        pct = match.group("pct")
        written = match.group()[: len(match.group()) - len(pct)] if pct else match.group()
        value = word_value(written)
        if value is None:
            continue
        precision = 10.0 ** max(0, int(math.log10(value)) - 1) if value >= 100 else 1.0
        last = written.lower().split()[-1].split("-")[-1]
        found.append(Figure(match.start(), match.end(), value, precision, words=True, percent=bool(pct),
                            scale=float(SCALE_WORDS.get(last, 1))))
    return found
