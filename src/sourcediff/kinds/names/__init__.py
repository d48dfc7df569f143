"""Names of people, places and organisations: extracted with their titles, judged for title and spelling variants."""

from __future__ import annotations

from .compare import compare_names, name_key, transliteration
from .extract import RANKS, ROLE_NOUNS, extract_names

__all__ = ["RANKS", "ROLE_NOUNS", "compare_names", "extract_names", "name_key", "transliteration"]
