"""A quote as words: the keys two outlets' versions are compared on, and offsets to show them by.

Keys fold case, apostrophes, British/American spelling and number words, so that "Can't" and
"cant", "organisation" and "organization", "ten" and "10" compare equal. A quote is cut into
segments at marked elisions ("...") and paragraph breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ...regexes import compile_regex

_TOKEN = compile_regex(r"\d+(?:[.,:]\d+)+[^\W_]*|[^\W_]+(?:['’][^\W_]+)*|[%&]")
_ELISION = compile_regex(r"\.\s?\.\s?\.|…|\[\s*(?:\.\s?){3}\]|\(\s*(?:\.\s?){3}\)")
_SENTENCE_END = compile_regex(r"[.!?]")
_NUMBERS = dict(
    zip(
        ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty").split(), (str(n) for n in range(21)), strict=True,
    )
) | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "thousand": "1000", "%": "percent", "&": "and"}
_MERGED = {("per", "cent"): "percent"} | {
    (article, scale): value for article in ("a", "1") for scale, value in
    (("100", "100"), ("1000", "1000"), ("million", "1000000"), ("billion", "1000000000"))
}


# British and American spellings of one word, folded to one form: the house style of an outlet is
# not a change to the speaker's words ("neighbourhood"/"neighborhood", "offence"/"offense").
_SPELLINGS = (
    (compile_regex(r"^(col|flav|hon|lab|neighb|behavi|hum|rum|harb|vap|sav|arm|endeav|parl|savi|val|vig|rig"
                   r"|clam|od|splend|cand|ard|tum|ferv|fav|arb|glam)our"), r"\1or"),
    (compile_regex(r"^(off|def|lic|pret)ence"), r"\1ense"),
    (compile_regex(r"(?<=[a-z]el)l(?=(?:ed|ing|ers?)$)"), ""),  # travelled, cancelling, modeller
    (compile_regex(r"(?<=[a-z])logue(?=s?$)"), "log"),  # catalogue, dialogue
    (compile_regex(r"^(kilo)?programme"), r"\1program"),
    (compile_regex(r"^scept"), "skept"),
    (compile_regex(r"^ageing$"), "aging"),
    (compile_regex(r"^okay$"), "ok"),
    (compile_regex(r"^grey"), "gray"),
)
_FULL_HOUR = compile_regex(r"^(\d{1,2}):00$")  # "6:00 p.m." is "6 p.m."


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A word as compared: case, apostrophes, number words and British/American spellings folded."""
    key = word.lower().replace("’", "").replace("'", "")
    if key[:1].isdigit():
        return _FULL_HOUR.sub(r"\1", re.sub(r"(?<=\d),(?=\d{3})", "", key))
    key = _NUMBERS.get(key, key)
    if len(key) > 3:
        for pattern, replacement in _SPELLINGS:
            key = pattern.sub(replacement, key)
    if len(key) > 4:
        key = key.replace("iz", "is").replace("yz", "ys").replace("dgement", "dgment")
        if key.endswith("our"):
            key = key[:-3] + "or"
        elif key.endswith(("tre", "bre")):
            key = key[:-2] + "er"
    return key


@dataclass(frozen=True, slots=True)
class Words:
    """A quote as words: keys for comparing, offsets into the quote for showing."""

    keys: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    segments: tuple[tuple[int, int], ...]  # token ranges between elisions and paragraph breaks
    sentence_start: tuple[bool, ...]
    soft: tuple[bool, ...]  # inside [brackets]: an editor's word, not the speaker's

    def segment_of(self, index: int) -> tuple[int, int]:
        return next(seg for seg in self.segments if seg[0] <= index < seg[1])


@lru_cache(maxsize=16384)  # outlets print the same quotes: tokenise each text once
def words_of(value: str) -> Words:
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[bool] = []
    soft: list[bool] = []
    cuts: list[int] = []
    previous_end = 0
    bracketed = False
    for match in _TOKEN.finditer(value):
        between = value[previous_end : match.start()]
        plain = between in (" ", "")  # most words: nothing between them to look into
        if not plain:
            if "[" in between or "]" in between:
                bracketed = between.rfind("[") > between.rfind("]")
            if keys and (_ELISION.search(between) or "\n" in between):
                cuts.append(len(keys))
        key = word_key(match.group())
        merged = _MERGED.get((keys[-1], key)) if keys and plain else None
        if merged is not None:  # "per cent" is "percent", "a thousand" is "1000"
            keys[-1], spans[-1] = merged, (spans[-1][0], match.end())
            previous_end = match.end()
            continue
        opens = not keys or (not plain and bool(_SENTENCE_END.search(_ELISION.sub(" ", between)))) or (
            bool(cuts) and cuts[-1] == len(keys) and match.group()[:1].isupper())
        keys.append(key)
        spans.append((match.start(), match.end()))
        starts.append(opens and (match.group()[:1].isupper() or match.group()[:1].isdigit()))
        soft.append(bracketed)
        previous_end = match.end()
    bounds = [0, *cuts, len(keys)]
    segments = tuple((lo, hi) for lo, hi in pairwise(bounds) if hi > lo)
    return Words(tuple(keys), tuple(spans), segments, tuple(starts), tuple(soft))



def shingles(keys: Sequence[str], size: int) -> list[tuple[str, ...]]:
    """Every run of `size` keys (the whole list when shorter): what the blocking index is built from."""
    if len(keys) < size:
        return [tuple(keys)] if keys else []
    return [tuple(keys[i : i + size]) for i in range(len(keys) - size + 1)]


def sentence_keys(words: Words, at: int) -> list[str]:
    """Keys from word `at` to the end of its sentence (or segment)."""
    _, hi = words.segment_of(at)
    end = at + 1
    while end < hi and not words.sentence_start[end]:
        end += 1
    return list(words.keys[at:end])
