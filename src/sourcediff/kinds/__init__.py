"""Fact extraction: one module per kind of fact, run over one document at a time.

`analyse` is what a worker process runs for each document; it returns the paragraphs (for
the cleaning stage, which needs every document at once) and every fact found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..models import Document, Fact, QuoteValue, When
from ..text import Paragraph, Sentence, paragraphs, sentences

_SAME_YEAR = re.compile(r"\b(?:that|the)\s+same\s+year\b|\bthat\s+year\b|\bthe\s+following\s+year\b", re.IGNORECASE)

KINDS = ("number", "duration", "date", "name", "quote")
MEASURED_KINDS = ("number", "duration", "date")  # aligned and judged as intervals


@dataclass(frozen=True, slots=True)
class Analysis:
    doc_id: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]
    paragraph_words: tuple[frozenset[str], ...] = ()  # for the cleaning stage, computed here in parallel


def published_date(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def analyse(doc: Document, kinds: Collection[str] = KINDS) -> Analysis:
    """Segment one document and extract its facts of the given kinds, in text order.

    Numbers, durations and dates are always read (they are cheap, and years decide which figures
    are counts); names and quotes only when asked for, quotes needing the names for speakers.
    """
    from ..clean import paragraph_words
    from .measures.dates import extract_dates, named_year_spans
    from .measures.numbers import extract_numbers
    from .measures.tolls import refine
    from .names import extract_names
    from .quotes import extract_quotes

    paras = paragraphs(doc.text)
    sents = sentences(doc.text, paras)
    dates = extract_dates(doc.text, sents, doc_id=doc.id, published=published_date(doc))
    taken = [(d.start, d.end) for d in dates] + [(s, e) for s, e, _ in named_year_spans(doc.text)]
    numbers = extract_numbers(doc.text, sents, doc_id=doc.id, skip_spans=taken)
    numbers = [refine(fact) for fact in numbers]
    names = extract_names(doc.text, sents, doc_id=doc.id) if {"name", "quote"} & set(kinds) else []
    quotes = [  # scare quotes ("rapid", "damning") are a word's tone, not a quote to compare
        fact
        for fact in (extract_quotes(doc.text, sents, doc_id=doc.id, names=names) if "quote" in kinds else [])
        if not (isinstance(fact.detail, QuoteValue) and fact.detail.scare)
    ]
    facts = anchor_years(doc.text, sorted(dates + numbers, key=lambda f: f.start), sents, dates)
    facts = sorted(facts + names + quotes, key=lambda f: (f.start, f.kind))
    facts = [fact for fact in facts if fact.kind in kinds]
    return Analysis(doc.id, tuple(paras), tuple(sents), tuple(facts), paragraph_words(doc.text, paras))


def anchor_years(text: str, facts: Sequence[Fact], sents: Sequence[Sentence], dates: Sequence[Fact]) -> list[Fact]:
    """Give each fact the year its sentence is about ("In 2012 ...", "That same year ...")."""
    year_of_sentence: dict[int, int] = {}
    for index, sentence in enumerate(sents):
        here = [d.year for d in dates if sentence.start <= d.start < sentence.end and _single_year(d)]
        if here and here[0] is not None:
            year_of_sentence[index] = here[0]
        elif index - 1 in year_of_sentence and _SAME_YEAR.search(text[sentence.start : sentence.end]):
            year_of_sentence[index] = year_of_sentence[index - 1]
    anchored = []
    for fact in facts:
        if fact.kind == "date":
            anchored.append(fact)
            continue
        position = _sentence_index(sents, fact.start)
        anchored.append(replace(fact, year=year_of_sentence.get(position) if position is not None else None))
    return anchored


def _single_year(fact: Fact) -> bool:
    detail = fact.detail
    return isinstance(detail, When) and fact.year is not None and detail.granularity != "range"


def _sentence_index(sents: Sequence[Sentence], position: int) -> int | None:
    low, high = 0, len(sents) - 1
    while low <= high:
        middle = (low + high) // 2
        if sents[middle].end <= position:
            low = middle + 1
        elif sents[middle].start > position:
            high = middle - 1
        else:
            return middle
    return None
