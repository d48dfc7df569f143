"""How figures and dates are aligned across outlets and judged: the measures kind's tuning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasuresSettings:
    """Alignment and judging thresholds for numbers, durations and dates; the defaults are the tuned values."""

    # --- alignment (align.py) ---
    # Word overlap (weighted Dice, 0 to 1) two clauses need, by how many frame parts they share:
    # none, one (the happening or the noun), two (or the owner), three or more.
    needed_overlap: tuple[float, ...] = (0.3, 0.05, 0.0, 0.0)
    ambiguity_overlap: float = 0.15  # more overlap when an outlet gives several values fitting one frame
    same_value_bonus: float = 0.05  # score added when a fact with rivals in its outlet meets the same value
    second_value_strength: int = 3  # frame parts two facts must share for an outlet's second value to join

    # --- judging (judge.py) ---
    min_conflict_score: float = 0.5  # alignment needed before a disagreement is called a conflict
    conflict_sample: int = 40  # facts per side whose alignment scores are checked for a conflict
    rounding_share: float = 0.05  # rounding moves a figure by at most this share of it
    conversion_share: float = 0.02  # a currency conversion may move a sum by this share of it
    rounded_from: float = 100  # smaller whole counts (no unit) are exact: "20 wives" is no rounded 19
    same_when_approximate: float = 0.02  # "about 40" allows 40.5 as the same figure, "about 13" not 13.9
    age_years: float = 1.0  # years each of two ages may be off when their reports were written apart
    fraction_points: float = 4.0  # percentage points a fraction in words spans: "two-thirds" is about 63% to 70%


DEFAULTS = MeasuresSettings()
