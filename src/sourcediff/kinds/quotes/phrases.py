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


def is_phrase(value: str) -> bool:
    """A short quote with at least MIN_PHRASE_CONTENT_WORDS words that are not function words."""
    return sum(1 for key in words_of(value).keys if key not in STOPWORDS and not key.isdigit()) >= (
        MIN_PHRASE_CONTENT_WORDS)


def phrase_findings(phrases: Sequence[Fact], quotes: Sequence[Fact], *, outlet_of: Outlets) -> list[Finding]:
    """Variant findings for phrases that other documents print with one word more or less inside."""
    printed = [(fact, words_of(fact.value).keys) for fact in [*quotes, *phrases]]
    findings = []
    for phrase in phrases:
        keys = words_of(phrase.value).keys
        if any(fact.doc != phrase.doc and _contains(other, keys) for fact, other in printed):
            continue  # another outlet prints these very words
        other_forms: dict[tuple[str, ...], list[Fact]] = {}
        for fact, other in printed:
            if fact.doc != phrase.doc:
                for form in _one_word_apart(keys, other):
                    other_forms.setdefault(form, []).append(fact)
        for form, facts in other_forms.items():
            if len({fact.doc for fact in facts}) >= MIN_PHRASE_OUTLETS:
                findings.append(_finding(phrase, form, facts, outlet_of))
                break
    return findings


def _contains(keys: Sequence[str], part: Sequence[str]) -> bool:
    size = len(part)
    return any(tuple(keys[i : i + size]) == tuple(part) for i in range(len(keys) - size + 1))


def _one_word_apart(phrase: Sequence[str], keys: Sequence[str]) -> list[tuple[str, ...]]:
    """The runs of `keys` that are the phrase with one word added inside it or one inside word dropped."""
    found = []
    for size in (len(phrase) + 1, len(phrase) - 1):
        if size < MIN_PHRASE_CONTENT_WORDS:
            continue
        for start in range(len(keys) - size + 1):
            run = tuple(keys[start : start + size])
            longer, shorter = (run, tuple(phrase)) if size > len(phrase) else (tuple(phrase), run)
            if longer[0] == shorter[0] and longer[-1] == shorter[-1] and any(
                    longer[:cut] + longer[cut + 1 :] == shorter for cut in range(1, len(longer) - 1)):
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
