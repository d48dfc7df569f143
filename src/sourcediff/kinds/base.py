"""The contract every kind of fact implements, and what it is handed to work with.

A kind of fact (`kinds/measures`, `kinds/names`, `kinds/quotes`, ...) extracts its facts from one
segmented document at a time, and judges all its facts of one run against each other. The
registry in `kinds/__init__.py` runs the kinds in order; the pipeline knows none of them by name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType
from typing import Protocol, TypeVar

from ..models import Document, Fact, FactKindName, Finding
from ..text import Paragraph, Sentence, paragraphs, sentences, without_repeats

S = TypeVar("S")


def published_date(doc: Document) -> date | None:
    """The document's publication day, when it gives one that parses."""
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Segmented:
    """One readable document with its paragraphs and sentences: what every extractor reads."""

    doc: Document
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @classmethod
    def of(cls, doc: Document) -> Segmented:
        """The document's paragraphs and sentences; a paragraph of one run of words repeated over and
        over is blanked for the extractors (`text.without_repeats`), and cleaning drops it."""
        paras = paragraphs(doc.text)
        text, readable = without_repeats(doc.text, paras)
        if text is not doc.text:
            doc = replace(doc, text=text)
        return cls(doc, tuple(paras), tuple(sentences(text, readable)))

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def published(self) -> date | None:
        return published_date(self.doc)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryContext:
    """What a judge needs besides the facts: the run's documents, stories, rates and settings.

    One context serves a whole run. Documents of different stories are never compared: the
    measures judge scores pairs across stories as zero, the others judge `by_story`.
    """

    documents: tuple[Document, ...]
    story_of: Mapping[str, int]  # readable document id -> story number
    # currency -> US dollars, as the documents print them ('£10m ($13.5m)')
    rates: Mapping[str, float] = field(default_factory=dict)
    # a kind's name -> its settings record (a kind without one uses its defaults)
    settings: Mapping[str, object] = field(default_factory=dict)
    outlets: Mapping[str, str] = field(init=False)  # document id -> the outlet claims name
    published: Mapping[str, date] = field(init=False)  # readable document id -> publication day

    def __post_init__(self) -> None:
        documents = tuple(self.documents)
        published = {doc.id: day for doc in documents if doc.status == "ok" and (day := published_date(doc))}
        for name, value in (
            ("documents", documents),
            ("story_of", MappingProxyType(dict(self.story_of))),
            ("rates", MappingProxyType(dict(self.rates))),
            ("settings", MappingProxyType(dict(self.settings))),
            ("outlets", MappingProxyType({doc.id: doc.outlet or doc.id for doc in documents})),
            ("published", MappingProxyType(published)),
        ):
            object.__setattr__(self, name, value)

    def outlet_of(self, doc_id: str) -> str:
        """The outlet a claim names: the document's outlet, else its id (the one lookup every kind uses)."""
        return self.outlets.get(doc_id, doc_id)

    @property
    def published_years(self) -> tuple[int, ...]:
        """The publication years of the readable documents that give a date."""
        return tuple(day.year for day in self.published.values())

    def by_story(self, facts: Sequence[Fact]) -> Iterator[list[Fact]]:
        """The facts of each story in turn, stories in number order."""
        for story in sorted(set(self.story_of.values())):
            yield [fact for fact in facts if self.story_of[fact.doc] == story]

    def settings_of(self, name: str, record: type[S]) -> S:
        """The settings record of the kind called `name`, or its defaults when the run gives none."""
        found = self.settings.get(name)
        if found is None:
            return record()
        if not isinstance(found, record):
            raise TypeError(f"settings for {name} must be a {record.__name__}, not {type(found).__name__}")
        return found


class FactKind(Protocol):
    """One kind of fact: how it is found in a document and how outlets' versions are judged."""

    name: str  # the package's name ("measures"); keys the kind's settings in StoryContext.settings
    kinds: tuple[FactKindName, ...]  # the Fact.kind values it yields
    needs: tuple[FactKindName, ...]  # Fact.kind values it reads first, e.g. quotes need ("name",)

    def extract(self, doc: Segmented, earlier: Mapping[str, Sequence[Fact]]) -> list[Fact]:
        """The document's facts of this kind, in text order; `earlier` holds what `needs` names."""
        ...

    def judge(self, facts: Sequence[Fact], story: StoryContext) -> list[Finding]:
        """Findings for this kind's facts of a whole run; ids are left empty for the caller to number."""
        ...
