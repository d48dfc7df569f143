"""When two outlets print the same quote, and what counts as a difference: the quotes kind's tuning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class QuotesSettings:
    """Alignment and judging thresholds for quotes; the defaults are the tuned values. Lengths are in words."""

    # --- blocking: which pairs of quotes are compared at all ---
    min_quote_words: int = 4  # shorter quotes are never aligned
    shingle: int = 3  # words per shingle in the blocking index
    max_postings: int = 60  # shingles shared by more quotes than this are too common to block on

    # --- alignment: whether two segments are one quote ---
    min_anchor: int = 2  # matching runs shorter than this are coincidence, not shared text
    min_shared_words: int = 6  # the shared part must have at least this many words ...
    min_shared_share: float = 0.5  # ... and cover this share of the shorter segment ...
    long_shared_words: int = 12  # ... unless one exact run is this long: no coincidence then
    min_fuzzy_words: int = 8  # near-identical segments this long align on the fuzzy score alone ...
    min_fuzzy_score: float = 90.0  # ... when rapidfuzz's ratio reaches this
    max_inner_gap: int = 12  # a longer gap ends the shared part instead of being a changed wording
    min_paraphrase_words: int = 8  # one person's two quotes this long at least may be two translations ...
    min_paraphrase_shared: int = 5  # ... when they share this many content words (by stem) ...
    min_paraphrase_share: float = 0.6  # ... and this share of the shorter one's content words

    # --- judging ---
    edge_words: int = 3  # differing words at either edge that still count as a changed wording
    min_continuation_words: int = 3  # a sentence only one outlet continues with has at least this many words
    corroborate_score: float = 90.0  # partial-ratio score at which another quote prints the same sentence
    framing_window: int = 8  # words before the shared part, in its sentence, that may frame it as a finding

    # --- summaries ---
    shown_words: int = 10  # words of a quote a summary shows
    shown_issues: int = 3  # differences a summary names; the explanation lists them all


DEFAULTS = QuotesSettings()
