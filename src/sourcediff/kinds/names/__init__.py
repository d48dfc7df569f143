"""Names of people, places and organisations: extracted with their titles, judged for title and spelling variants.

`tokens.py` and `extract.py` find the mentions (with the words in `vocabulary.py` and the titles
in `titles.py`); `compare.py` (titles) and `spelling.py` judge them across outlets. `RANKS`,
`TITLES`, `TITLE_SPELLINGS`, `PEERAGES`, `ROLE_NOUNS`, `transliteration`, `spelling_slip` and the
given-name helpers (`given.py`) are public: the quotes kind resolves speakers with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...models import Fact, FactKindName, Finding
from ..base import Segmented, StoryContext
from .compare import compare_names
from .extract import extract_names
from .forms import name_key, spelling_slip, transliteration
from .given import gendered_pair, one_given_name, pet_form, short_form
from .settings import NamesSettings
from .titles import PEERAGES, RANKS, TITLE_SPELLINGS, TITLES
from .vocabulary import ROLE_NOUNS

__all__ = [
    "PEERAGES",
    "RANKS",
    "ROLE_NOUNS",
    "TITLES",
    "TITLE_SPELLINGS",
    "Names",
    "NamesSettings",
    "compare_names",
    "extract_names",
    "gendered_pair",
    "name_key",
    "one_given_name",
    "pet_form",
    "short_form",
    "spelling_slip",
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
        texts = {doc.id: doc.text for doc in story.documents}
        judged = (compare_names(here, outlet_of=story.outlet_of, settings=settings, texts=texts)
                  for here in story.by_story(facts))
        return [finding for findings in judged for finding in findings]
