"""Quotes as compared: the records a comparison fills, and the blocking index that picks the pairs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...models import Fact, QuoteValue, Severity
from ...pickling import quick_init
from .settings import QuotesSettings
from .words import Words, shingles, words_of


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    """One quote (or one reading, standing for its copies) ready to compare."""

    index: int
    fact: Fact
    detail: QuoteValue
    words: Words
    joined: str
    shingles: tuple[frozenset[tuple[str, ...]], ...]  # per segment


@dataclass(frozen=True, slots=True)
class Issue:
    kind: str  # words | continues | diverges | speaker | framing
    text: str
    severity: Severity


@dataclass(slots=True)
class Cluster:
    """Readings found to print one quote, and what their comparisons found."""

    members: set[int] = field(default_factory=set)
    issues: list[Issue] = field(default_factory=list)
    excerpt: bool = False
    speakers: dict[str, set[str]] = field(default_factory=dict)  # speaker -> outlets, when they differ
    own: dict[str, str] = field(default_factory=dict)  # outlet -> whose own words it gives them as
    framed: dict[str, str] = field(default_factory=dict)  # outlet -> the framing words it uses
    neighbours: list[Fact] = field(default_factory=list)  # a speaker's quotes that print the rest of a split one


def comparable(facts: Sequence[Fact], settings: QuotesSettings) -> list[Quote]:
    """The quote facts worth aligning: not scare quotes, and long enough."""
    quotes: list[Quote] = []
    # outlets reprint quotes word for word: one text's shingles and keys are made once (`words_of`
    # gives one record per text, kept alive by the quotes, so its id stands for the text)
    made: dict[int, tuple[str, tuple[frozenset[tuple[str, ...]], ...]]] = {}
    for fact in facts:
        detail = fact.detail
        if fact.kind != "quote" or not isinstance(detail, QuoteValue) or detail.scare:
            continue
        words = words_of(fact.value)
        if len(words.keys) < settings.min_quote_words:
            continue
        keys, segment_shingles = made.get(id(words)) or made.setdefault(id(words), (" ".join(words.keys), tuple(
            frozenset(shingles(words.keys[lo:hi], settings.shingle)) for lo, hi in words.segments)))
        quotes.append(Quote(len(quotes), fact, detail, words, keys, segment_shingles))
    return quotes


def shingle_index(quotes: Sequence[Quote]) -> dict[tuple[str, ...], list[int]]:
    """Shingle -> the readings that print it."""
    index: dict[tuple[str, ...], list[int]] = {}
    every: dict[int, frozenset[tuple[str, ...]]] = {}  # a reprinted quote's shingles, united once
    for quote in quotes:
        key = id(quote.shingles)
        united = every.get(key) or every.setdefault(key, frozenset().union(*quote.shingles))
        for shingle in united:
            index.setdefault(shingle, []).append(quote.index)
    return index


def candidates(
    index: dict[tuple[str, ...], list[int]], docs: Sequence[frozenset[str]], settings: QuotesSettings
) -> list[tuple[int, int]]:
    """Pairs of readings printed by two or more documents that share at least one uncommon shingle."""
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > settings.max_postings:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                if len(docs[a] | docs[b]) > 1:
                    pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def show(quote: Quote, lo: int, hi: int, *, tail: bool = False) -> str:
    """The quote as printed from word `lo` to word `hi` (inclusive), shortened with an ellipsis."""
    spans = quote.words.spans
    last = min(hi, len(spans) - 1)
    if tail:
        _, seg_hi = quote.words.segment_of(lo)
        last = min(last, seg_hi - 1)
    if last < lo:
        return ""
    text = " ".join(quote.fact.value[spans[lo][0] : spans[last][1]].split())
    more = last < len(spans) - 1 and (not tail or last < quote.words.segment_of(lo)[1] - 1)
    return text + ("…" if more and tail else "")
