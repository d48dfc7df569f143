"""Names of people, places and organisations: extracted with their titles, judged for title and spelling variants.

`extract.py` finds the mentions; `compare.py` judges them across outlets. `RANKS`,
`ROLE_NOUNS` and `transliteration` are public: the quotes kind resolves speakers with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...models import Fact, FactKindName, Finding
from ..base import Segmented, StoryContext
from .compare import compare_names, name_key, transliteration
from .extract import RANKS, ROLE_NOUNS, extract_names
from .settings import NamesSettings

__all__ = [
    "RANKS",
    "ROLE_NOUNS",
    "Names",
    "NamesSettings",
    "compare_names",
    "extract_names",
    "name_key",
    "transliteration",
]


class Names:
    """Name mentions, judged story by story."""

    name = "names"
    kinds: tuple[FactKindName, ...] = ("name",)
    needs: tuple[FactKindName, ...] = ()

    def extract(self, doc: Segmented, earlier: Mapping[str, Sequence[Fact]]) -> list[Fact]:
        return extract_names(doc.text, doc.sentences, doc_id=doc.id)

    def judge(self, facts: Sequence[Fact], story: StoryContext) -> list[Finding]:
        settings = story.settings_of(self.name, NamesSettings)
        judged = (compare_names(here, outlet_of=story.outlet_of, settings=settings) for here in story.by_story(facts))
        return [finding for findings in judged for finding in findings]
