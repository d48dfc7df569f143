"""How a name is written: the key two spellings share, transliterations, and a name fact's mention."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ...models import Claim, Fact, Mention
from ...regexes import compile_regex
from .._shared import Outlets, claim_of, outlet_list

# Spellings outlets commonly alternate; the rules in `transliteration` cover the regular patterns.
TRANSLITERATION_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud"}),
    frozenset({"gaddafi", "qaddafi", "gadhafi", "kadhafi", "qadhafi", "khadafi", "gadafy"}),
    frozenset({"hussein", "husain", "husayn", "hussain", "husein"}),
    frozenset({"ahmed", "ahmad"}),
    frozenset({"mahmoud", "mahmud"}),
    frozenset({"hassan", "hasan"}),
    frozenset({"yusuf", "yousef", "youssef", "yousuf", "yusef"}),
    frozenset({"abdel", "abdul"}),
    frozenset({"osama", "usama"}),
    frozenset({"kyiv", "kiev"}),
    frozenset({"hezbollah", "hizbollah"}),
)
_TRANSLITERATED = {word: group for group in TRANSLITERATION_GROUPS for word in group}
# Regular romanisation patterns: Arabic qaf (Qaddafi/Gaddafi), "dh"/"kh" for one letter, and Slavic
# endings (Zelensky/Zelenskyy/Zelenskiy, Tchaikovsky/Tchaikovski).
_TRANSLITERATION_RULES = (
    (compile_regex(r"^q"), "g"),
    (compile_regex(r"dh"), "d"),
    (compile_regex(r"kh"), "k"),
    (compile_regex(r"(?<=[a-z]{5})(?:iy|yy|ij|ii|i)$"), "y"),
)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """What two spellings share when they differ only in case, accents or apostrophes."""
    plain = word.casefold()
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return plain.replace("'", "").replace("’", "").replace("-", "").rstrip(".")


def transliteration(a: str, b: str) -> bool:
    """Two keys that are common romanisations of one name (Zelensky/Zelenskyy, Gaddafi/Qaddafi)."""
    group = _TRANSLITERATED.get(a)
    if group is not None and b in group:
        return True
    return _transliteration_key(a) == _transliteration_key(b)


# British and American spellings of a word in a name ("Harbour"/"Harbor", "Centre"/"Center",
# "Defence"/"Defense", "Organisation"/"Organization"): a house style, never a slip.
_CONVENTIONS = (
    (compile_regex(r"our(?=[^aeiou]|$)"), "or"),
    (compile_regex(r"tre(?=s?$)"), "ter"),
    (compile_regex(r"(?<=[a-z])is(?=e|ing|ation)"), "iz"),
    (compile_regex(r"ys(?=e|ing)"), "yz"),
    (compile_regex(r"ence(?=s?$)"), "ense"),
    (compile_regex(r"(?<=[aeiou])ll(?=ed|ing|er)"), "l"),
    (compile_regex(r"ogue(?=s?$)"), "og"),
)


def spelling_convention(a: str, b: str) -> bool:
    """Two keys that differ only as British and American spellings do."""
    return a != b and _conventional(a) == _conventional(b)


@lru_cache(maxsize=16384)
def _conventional(key: str) -> str:
    for pattern, replacement in _CONVENTIONS:
        key = pattern.sub(replacement, key)
    return key


def spelling_slip(a: str, b: str, *, max_edits: int = 2, max_edit_share: float = 0.2, min_length: int = 4) -> bool:
    """Two different keys one slip apart: within `max_edits` (Damerau-Levenshtein) and that share of the
    longer word, both at least `min_length` letters (the defaults are `NamesSettings`')."""
    if a == b or min(len(a), len(b)) < min_length:
        return False
    from rapidfuzz.distance import DamerauLevenshtein

    limit = min(max_edits, int(max_edit_share * max(len(a), len(b))))
    return DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit


def _transliteration_key(key: str) -> str:
    for pattern, replacement in _TRANSLITERATION_RULES:
        key = pattern.sub(replacement, key)
    return key



def mention_of(fact: Fact) -> Mention:
    """The mention a name fact holds (the name judges keep only facts whose detail is a Mention)."""
    mention: Mention = fact.detail  # type: ignore[assignment]  # no cast(): this runs for every name, often
    return mention


def name_claim(fact: Fact, outlet_of: Outlets) -> Claim:
    """The claim for the name alone, without the title written before it."""
    mention = mention_of(fact)
    return claim_of(fact, outlet_of, value=mention.name, start=fact.start + mention.name_offset)


def outlets_of(facts: Iterable[Fact], outlet_of: Outlets) -> str:
    """The outlets that give these facts, as a summary lists them."""
    return outlet_list(outlet_of(f.doc) for f in facts)
