"""When two spellings of a name are worth reporting: the names kind's tuning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class NamesSettings:
    """Thresholds for calling a rare spelling a slip for the usual one; the defaults are the tuned values."""

    max_edits: int = 2  # Damerau-Levenshtein distance a slip may be from the usual spelling ...
    max_edit_share: float = 0.2  # ... and as a share of the longer word
    min_length: int = 4  # shorter name words are never compared
    max_rare_mentions: int = 2  # a slip appears in at most this many distinct sentences
    majority_ratio: float = 2.0  # within one outlet, how many times more often the usual spelling must appear


DEFAULTS = NamesSettings()
