"""Short quoted phrases: an outlet that quotes two or three words with one word dropped or added.

A phrase of two or three words is too short to align the way whole quotes are, and most are
scare quotes that nobody else prints. One is worth a finding only when other outlets print it
with exactly one word more or less inside it ('undeserved attention' against 'undeserved
negative attention'), at least `min_phrase_outlets` documents agree on their form, and no other
document prints the phrase's own words: then one outlet changed a quoted phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Fact, Finding, QuoteValue
from ...text import STOPWORDS
from .._shared import Outlets, claim_of, outlet_list
from .words import words_of

MIN_PHRASE_CONTENT_WORDS = 2  # "the best" is a scare quote; "undeserved attention" is a phrase
MIN_PHRASE_OUTLETS = 2  # documents that must print the other form of the phrase
MAX_PHRASE_WORDS = 4  # a phrase has at most three words, its other form one more


def is_phrase(value: str) -> bool:
    """A short quote with at least MIN_PHRASE_CONTENT_WORDS words that are not function words."""
    return sum(1 for key in words_of(value).keys if key not in STOPWORDS and not key.isdigit()) >= (
        MIN_PHRASE_CONTENT_WORDS)


def phrase_findings(phrases: Sequence[Fact], quotes: Sequence[Fact], *, outlet_of: Outlets) -> list[Finding]:
    """Variant findings for phrases that other documents print with one word more or less inside."""
    keyed = [(phrase, words_of(phrase.value).keys) for phrase in phrases]
    runs = _runs([*quotes, *phrases], {keys[0] for _, keys in keyed if keys})
    by_ends: dict[tuple[str, str, int], list[tuple[str, ...]]] = {}
    for run in runs:
        by_ends.setdefault((run[0], run[-1], len(run)), []).append(run)
    findings = []
    for phrase, keys in keyed:
        if not keys or any(doc != phrase.doc for doc in runs.get(keys, {})):
            continue  # another outlet prints these very words
        for form in _one_word_apart(keys, by_ends):
            printers = {doc: fact for doc, fact in runs[form].items() if doc != phrase.doc}
            if len(printers) >= MIN_PHRASE_OUTLETS:
                findings.append(_finding(phrase, form, list(printers.values()), outlet_of))
                break
    return findings


def _runs(facts: Sequence[Fact], firsts: set[str]) -> dict[tuple[str, ...], dict[str, Fact]]:
    """Runs of two to four words that start with a phrase's first word -> the documents printing them
    (one fact each): all a phrase is ever compared with, found in one pass."""
    runs: dict[tuple[str, ...], dict[str, Fact]] = {}
    for fact in facts:
        keys = words_of(fact.value).keys
        for start, key in enumerate(keys):
            if key in firsts:
                for size in range(2, min(MAX_PHRASE_WORDS + 1, len(keys) - start) + 1):
                    runs.setdefault(tuple(keys[start : start + size]), {}).setdefault(fact.doc, fact)
    return runs


def _one_word_apart(phrase: Sequence[str], by_ends: dict[tuple[str, str, int], list[tuple[str, ...]]],
                    ) -> list[tuple[str, ...]]:
    """The printed runs that are the phrase with one word added inside it, or one inside word dropped."""
    found = []
    for size in (len(phrase) + 1, len(phrase) - 1):
        for run in by_ends.get((phrase[0], phrase[-1], size), ()):
            longer, shorter = (run, tuple(phrase)) if size > len(phrase) else (tuple(phrase), run)
            if any(longer[:cut] + longer[cut + 1 :] == shorter for cut in range(1, len(longer) - 1)):
                found.append(run)
    return found


def _written(fact: Fact, form: tuple[str, ...]) -> str:
    """The run of keys `form` as the fact prints it."""
    words = words_of(fact.value)
    for start in range(len(words.keys) - len(form) + 1):
        if words.keys[start : start + len(form)] == form:
            return fact.value[words.spans[start][0] : words.spans[start + len(form) - 1][1]]
    return " ".join(form)


def _finding(phrase: Fact, form: tuple[str, ...], facts: Sequence[Fact], outlet_of: Outlets) -> Finding:
    per_doc = list({fact.doc: fact for fact in reversed(facts)}.values())[::-1]
    others = outlet_list(outlet_of(fact.doc) for fact in per_doc)
    detail = phrase.detail
    speaker = detail.speaker if isinstance(detail, QuoteValue) and detail.speaker else "unattributed"
    summary = (f"words differ: '{phrase.value}' ({outlet_of(phrase.doc)}) vs '{_written(per_doc[0], form)}' "
               f"({others}): "
               "the quoted phrase has a word more or less than other outlets print")
    return Finding(id="", kind="quote", verdict="variant", severity="medium", topic=f"quote: {speaker}",
                   summary=summary, claims=tuple(claim_of(f, outlet_of) for f in [phrase, *per_doc]),
                   explanation=(summary,))
