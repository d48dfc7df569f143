"""Direct quotes: extracted with their speakers, judged for changed words and changed attribution."""

from __future__ import annotations

from .compare import compare_quotes, word_key, words_of
from .extract import extract_quotes, quote_spans

__all__ = ["compare_quotes", "extract_quotes", "quote_spans", "word_key", "words_of"]
