"""Quotes split differently across sentences.

One outlet prints 'It was a hard game, we were down early', another '"This is a hard game," the
coach said. "We were down early."' The second half aligns as usual; what the first outlet says
before the shared part is then compared with the quote the second outlet prints just before, by
the same speaker. When they share words, both are one quote, worded differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import pairwise

from ...models import Fact, QuoteValue
from .readings import Quote
from .settings import QuotesSettings
from .words import words_of

MAX_GAP_CHARS = 200  # between two quotes of one passage: a closing mark, an attribution, an opening mark

FactKey = tuple[str, int]  # (document, start)


def previous_quotes(facts: Sequence[Fact]) -> dict[FactKey, Fact]:
    """For each quote, the quote the same speaker says just before it in the same passage."""
    ordered = sorted((f for f in facts if isinstance(f.detail, QuoteValue) and not f.in_quote),
                     key=lambda f: (f.doc, f.start))
    found: dict[FactKey, Fact] = {}
    for before, after in pairwise(ordered):
        first, second = before.detail, after.detail
        assert isinstance(first, QuoteValue) and isinstance(second, QuoteValue)
        if (before.doc == after.doc and first.speaker and first.speaker == second.speaker
                and 0 < after.start - before.end <= MAX_GAP_CHARS and after.paragraph - before.paragraph <= 1):
            found[(after.doc, after.start)] = before
    return found


def as_quote(fact: Fact) -> Quote:
    """A quote fact as a reading of its own, for showing its words."""
    assert isinstance(fact.detail, QuoteValue)
    words = words_of(fact.value)
    return Quote(-1, fact, fact.detail, words, " ".join(words.keys), ())


def split_lead(lead: Sequence[str], earlier: Fact, settings: QuotesSettings) -> bool:
    """Whether the words one outlet prints before the shared part are the quote another prints just
    before, worded differently.

    The place and the speaker already tie them together, so less shared text is asked for than for
    two quotes found anywhere: half the shorter side's words, with one run of `min_anchor` words.
    An earlier quote that is only an excerpt of the words before (every word of it printed, in
    order) is the same words, not a difference.
    """
    words = words_of(earlier.value)
    other = [key for key, soft in zip(words.keys, words.soft, strict=True) if not soft]  # not an editor's [words]
    lead = lead[-(len(other) + settings.edge_words) :]  # the earlier quote ends where the shared part starts
    if not lead or not other:
        return False
    blocks = SequenceMatcher(None, list(lead), list(other), autojunk=False).get_matching_blocks()
    shared = sum(block.size for block in blocks)
    longest = max(block.size for block in blocks)
    if shared == len(other):
        return False
    return longest >= settings.min_anchor and shared >= settings.min_shared_share * min(len(lead), len(other))
