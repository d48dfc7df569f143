"""Where two segments of quotes share words: the chain of matching runs, and what lies around it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .settings import QuotesSettings
from .words import Words


@dataclass(frozen=True, slots=True)
class Block:
    """A run of `size` equal keys at word `a` of one quote and word `b` of the other."""

    a: int
    b: int
    size: int


@dataclass(frozen=True, slots=True)
class Match:
    """Two segments that share text: the chain of matching runs and its longest run."""

    a_seg: tuple[int, int]
    b_seg: tuple[int, int]
    chain: tuple[Block, ...]
    longest: int


def match_segments(
    a: Sequence[str], b: Sequence[str], sa: tuple[int, int], sb: tuple[int, int], settings: QuotesSettings
) -> Match | None:
    """The shared part of two segments, or None when they share too little to be one quote."""
    matcher = SequenceMatcher(None, a[sa[0] : sa[1]], b[sb[0] : sb[1]], autojunk=False)
    blocks = [
        Block(sa[0] + m.a, sb[0] + m.b, m.size) for m in matcher.get_matching_blocks() if m.size >= settings.min_anchor
    ]
    if not blocks:
        return None
    gap = settings.max_inner_gap
    longest = max(range(len(blocks)), key=lambda i: blocks[i].size)
    lo = hi = longest
    while lo > 0 and _close(blocks[lo - 1], blocks[lo], gap):
        lo -= 1
    while hi + 1 < len(blocks) and _close(blocks[hi], blocks[hi + 1], gap):
        hi += 1
    chain = tuple(blocks[lo : hi + 1])
    size = blocks[longest].size
    shared = sum(block.size for block in chain)
    shorter = min(sa[1] - sa[0], sb[1] - sb[0])
    if size >= settings.long_shared_words or (
            shared >= settings.min_shared_words and shared >= settings.min_shared_share * shorter):
        return Match(sa, sb, chain, size)
    if shorter >= settings.min_fuzzy_words:
        from rapidfuzz import fuzz

        left, right = " ".join(a[sa[0] : sa[1]]), " ".join(b[sb[0] : sb[1]])
        if fuzz.ratio(left, right) >= settings.min_fuzzy_score:
            return Match(sa, sb, chain, size)
    return None


def leads(match: Match) -> tuple[int, int]:
    """Words each segment has before the shared part."""
    return match.chain[0].a - match.a_seg[0], match.chain[0].b - match.b_seg[0]


def tails(match: Match) -> tuple[int, int]:
    """Words each segment has after the shared part."""
    last = match.chain[-1]
    return match.a_seg[1] - (last.a + last.size), match.b_seg[1] - (last.b + last.size)


def _close(left: Block, right: Block, gap: int) -> bool:
    return (right.a - left.a - left.size) <= gap and (right.b - left.b - left.size) <= gap


def swap(match: Match) -> Match:
    """The same match seen from the other quote."""
    chain = tuple(Block(block.b, block.a, block.size) for block in match.chain)
    return Match(match.b_seg, match.a_seg, chain, match.longest)


def differs(a: Words, a_gap: range, b: Words, b_gap: range) -> bool:
    """Whether two stretches differ in the speaker's words: an editor's [bracketed] words stand in for
    what was cut or clarified, so a stretch holding one explains the difference."""
    return not (any(a.soft[i] for i in a_gap) or any(b.soft[i] for i in b_gap))
