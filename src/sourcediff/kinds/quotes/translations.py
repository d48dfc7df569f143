"""Two translations of one statement: the same speaker, the same content words, other wording.

Outlets translating a speaker's words each choose their own ("The government will not abandon the
victims" against "Our government is not going to abandon the fire victims"), so the two share too
few runs of words to align as one quote. Two quotes are taken for one statement, worded
differently, only when the articles name the same person as the speaker, both are long enough to
say something, and most of the shorter one's content words (by stem) are in the other. Two
different statements by one person rarely share that much; when unsure, nothing is said.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Fact
from ...text import content_words, stem
from .attribution import named, same_speaker, surname
from .matching import Block, Match
from .readings import Issue, Quote, show
from .settings import QuotesSettings


def paraphrase_candidates(quotes: Sequence[Quote], docs: Sequence[frozenset[str]],
                          settings: QuotesSettings) -> list[tuple[int, int]]:
    """Pairs of readings from different documents that name one person as the speaker."""
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        detail = quote.detail
        if (detail.speaker_is_person and named(detail) and not detail.nested
                and len(quote.words.keys) >= settings.min_paraphrase_words):
            by_speaker.setdefault(surname(detail.speaker or ""), []).append(quote)
    pairs = []
    for group in by_speaker.values():
        for n, a in enumerate(group):
            for b in group[n + 1 :]:
                if docs[a.index] != docs[b.index] and same_speaker(a.detail, b.detail):
                    pairs.append((min(a.index, b.index), max(a.index, b.index)))
    return pairs


def one_statement(a: Quote, b: Quote, settings: QuotesSettings) -> bool:
    """Most of the shorter quote's content words are in the other: one statement, worded differently."""
    mine, theirs = _stems(a.fact.value), _stems(b.fact.value)
    shared = len(mine & theirs)
    return shared >= settings.min_paraphrase_shared and shared >= settings.min_paraphrase_share * min(
        len(mine), len(theirs))


def paraphrase(a: Quote, b: Quote, outlet_a: str, outlet_b: str) -> tuple[list[Issue], bool, list[Match], list[Fact]]:
    """What a comparison returns for one statement worded differently throughout."""
    last_a, last_b = len(a.words.keys) - 1, len(b.words.keys) - 1
    text = (f"worded differently throughout: '{show(a, 0, last_a)}' ({outlet_a}) vs '{show(b, 0, last_b)}' "
            f"({outlet_b}), perhaps two translations")
    match = Match((0, last_a + 1), (0, last_b + 1), (Block(0, 0, 0),), 0)
    return [Issue("words", text, "medium")], False, [match], []


def _stems(value: str) -> set[str]:
    return {stem(word) for word in content_words(value)}
