"""How figures and dates are aligned across outlets and judged: the measures kind's tuning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasuresSettings:
    """Alignment and judging thresholds for numbers, durations and dates; the defaults are the tuned values."""

    # --- alignment (align.py) ---
    min_score: float = 0.5  # pair score (0 to 1) that puts two facts in one cluster
    entity_penalty: float = 0.6  # a pair's score is multiplied by this when the sentences name different entities
    # Share of a pair's score that a shared counted noun carries, when every outlet gives one figure for
    # the noun (the noun alone identifies the fact) ...
    unambiguous_noun_weight: float = 0.5
    ambiguous_noun_weight: float = 0.25  # ... and when some outlet gives several
    max_figures_per_noun: float = 1.2  # figures an outlet gives for one noun, on average, for it to be unambiguous
    neighbours: int = 6  # each fact's best partners kept; the others are not linked to it
    rows_per_pass: int = 1024  # rows scored at once against a whole block, so memory stays bounded
    max_block: int = 500  # facts in a sub-block of a large block
    sub_block_keys: int = 3  # a fact of a large block joins the sub-blocks of this many distinctive words

    # --- judging (judge.py) ---
    min_conflict_score: float = 0.5  # alignment needed before a disagreement is called a conflict
    conflict_sample: int = 40  # facts per side whose alignment scores are checked for a conflict
    rounding_share: float = 0.05  # rounding moves a figure by at most this share of it
    conversion_share: float = 0.02  # a currency conversion may move a sum by this share of it
    fraction_points: float = 4.0  # percentage points a fraction in words spans: "two-thirds" is about 63% to 70%


DEFAULTS = MeasuresSettings()
