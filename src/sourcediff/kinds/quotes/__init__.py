"""Direct quotes: extracted with their speakers, judged for changed words and changed attribution.

`extract.py` finds the quotes and who the article gives them to, among the people the names
kind found; `compare.py` lines up the same quote across outlets and judges the differences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...models import Fact, FactKindName, Finding, QuoteValue
from ..base import Segmented, StoryContext
from .compare import compare_quotes
from .extract import extract_quotes
from .marks import quote_spans
from .phrases import is_phrase
from .settings import QuotesSettings
from .words import word_key, words_of

__all__ = ["Quotes", "QuotesSettings", "compare_quotes", "extract_quotes", "quote_spans", "word_key", "words_of"]


class Quotes:
    """Direct quotes, judged story by story; speakers are resolved among the document's names."""

    name = "quotes"
    kinds: tuple[FactKindName, ...] = ("quote",)
    needs: tuple[FactKindName, ...] = ("name",)

    def extract(self, doc: Segmented, earlier: Mapping[str, Sequence[Fact]]) -> list[Fact]:
        # a blanked paragraph keeps its length and lines (`text.without_repeats`), so the document's
        # paragraphs are those of the text the extractors read, and need not be found again
        found = extract_quotes(doc.text, doc.sentences, doc_id=doc.id, names=earlier["name"],
                               paragraphs=doc.paragraphs)
        # scare quotes ("rapid", "damning") are a word's tone, not a quote to compare; a phrase of two or
        # three content words is kept, for outlets that print it with a word more or less (phrases.py)
        return [fact for fact in found
                if not (isinstance(fact.detail, QuoteValue) and fact.detail.scare
                        and (fact.in_quote or not is_phrase(fact.value)))]

    def judge(self, facts: Sequence[Fact], story: StoryContext) -> list[Finding]:
        settings = story.settings_of(self.name, QuotesSettings)
        judged = (compare_quotes(here, outlet_of=story.outlet_of, settings=settings) for here in story.by_story(facts))
        return [finding for findings in judged for finding in findings]
