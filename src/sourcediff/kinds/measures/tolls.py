"""Name what a figure measures the way every outlet would, whatever the wording.

"12 people were killed", "12 dead", "the death toll rose to 12" and "killed 12" all count the
dead; "3,000 residents were evacuated" and "3,200 people fled" count the evacuated. Tolls are
what readers check first, so they get one shared name before alignment.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Fact, Quantity
from ...text import fold

# Each class: the words that put a figure in it when they stand next to the figure.
TOLL_CLASSES: dict[str, tuple[str, ...]] = {
    "dead": (
        "killed",
        "kill",
        "kills",
        "dead",
        "died",
        "die",
        "deaths",
        "death",
        "fatalities",
        "fatality",
        "lives",
        "bodies",
        "murdered",
        "perished",
        "drowned",
    ),
    "injured": ("injured", "wounded", "hurt", "injuries", "hospitalised", "hospitalized"),
    "missing": ("missing", "unaccounted"),
    "evacuated": ("evacuated", "displaced", "fled", "evacuees", "homeless", "rescued"),
    "arrested": ("arrested", "arrests", "detained"),
}
_CLASS_OF = {word: name for name, words in TOLL_CLASSES.items() for word in words}
# Nouns for people in general: the class word says more about the figure than they do.
PERSON_NOUNS = frozenset(
    """people persons person men women children adults residents civilians villagers passengers
    victims individuals citizens migrants refugees workers pupils students patients soldiers troops
    officers police fighters protesters demonstrators residents inhabitants locals tourists""".split()
)
_WORD = re.compile(r"[A-Za-z]+")
_TOLL_BEFORE = re.compile(r"\b(death|casualty|injury)\s+(?:toll|count|tally)\b", re.IGNORECASE)
_MONEY_PURPOSE = re.compile(r"^\)?\s*(?:\([^)]{0,30}\)\s*)?(?:in|of|for)\s+((?:[a-z][a-z\-]*\s*){1,4})")
_PHRASE_END = frozenset(
    {
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "from",
        "with",
        "and",
        "or",
        "that",
        "which",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "the",
        "a",
        "an",
        "of",
        "over",
        "after",
        "before",
    }
)

WORDS_AFTER = 5  # how far after a figure a toll word may stand ("12 people were reported killed")
WORDS_BEFORE = 3  # and before it ("killed at least 12", "leave 12 dead")


def refine(fact: Fact) -> Fact:
    """The fact with its counted noun named by class where the sentence says what happened."""
    detail = fact.detail
    if not isinstance(detail, Quantity) or fact.kind != "number":
        return fact
    explicit = detail.unit is None and _explicit_toll(fact)
    if explicit:
        return replace(fact, detail=replace(detail, counts=explicit))
    if detail.unit is None and (detail.counts is None or detail.counts in PERSON_NOUNS or detail.counts in _CLASS_OF):
        toll = toll_class(fact)
        if toll:
            return replace(fact, detail=replace(detail, counts=toll))
    if detail.unit and detail.unit.isupper() and detail.counts is None:
        purpose = money_purpose(fact)
        if purpose:
            return replace(fact, detail=replace(detail, counts=purpose))
    return fact


def _explicit_toll(fact: Fact) -> str | None:
    """'The death toll ... has risen to 15': the clause names the toll before the figure."""
    local_start = fact.sentence.find(fact.value)
    if local_start < 0:
        return None
    toll = _TOLL_BEFORE.search(re.split(r"[,;:()]|\bwith\b|\band\b", fact.sentence[:local_start])[-1])
    if toll is None:
        return None
    return "dead" if toll.group(1).lower() == "death" else "injured"


def toll_class(fact: Fact) -> str | None:
    local_start = fact.sentence.find(fact.value)
    if local_start < 0:
        return None
    before = fact.sentence[:local_start]
    after = fact.sentence[local_start + len(fact.value) :]
    for word in _clause_words(after)[:WORDS_AFTER]:
        if word in _CLASS_OF:
            return _CLASS_OF[word]
    for reversed_word in _clause_words(before[::-1])[:WORDS_BEFORE]:  # nearest word first
        word = reversed_word[::-1]
        if word in _CLASS_OF:
            return _CLASS_OF[word]
    return None


def _clause_words(text: str) -> list[str]:
    """Words up to the end of the clause (a comma, semicolon or 'and' ends it)."""
    clause = re.split(r"[,;:()]|\band\b|\bdna\b|\bbut\b|\btub\b", text, maxsplit=1)[0]
    return [fold(w) for w in _WORD.findall(clause)]


def money_purpose(fact: Fact) -> str | None:
    """'€20m in emergency aid' -> aid; '£10m of extra funding' -> funding."""
    local_start = fact.sentence.find(fact.value)
    if local_start < 0:
        return None
    match = _MONEY_PURPOSE.match(fact.sentence[local_start + len(fact.value) :])
    if not match:
        return None
    words: list[str] = []
    for word in (fold(w) for w in match.group(1).split()):
        if word in _PHRASE_END:
            break
        words.append(word)
    return words[-1] if words and len(words[-1]) > 2 else None
