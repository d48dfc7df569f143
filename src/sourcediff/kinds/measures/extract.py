"""Numbers, durations and dates of one document, read together.

Dates come first: a figure inside a date ("16 June 2025") or a named year ("Euro 2020") is no
quantity. Each figure is then given the year its sentence is about, so that counts of different
years are never aligned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...models import Fact, When
from ...regexes import compile_regex
from ...text import Sentence
from ..base import Segmented
from .dates import extract_dates, named_year_spans
from .document_frames import with_frames
from .numbers import extract_numbers

_SAME_YEAR = compile_regex(r"\b(?:that|the)\s+same\s+year\b|\bthat\s+year\b|\bthe\s+following\s+year\b", re.IGNORECASE)


def extract_measures(doc: Segmented, names: Sequence[Fact] = ()) -> list[Fact]:
    """The document's dates, numbers and durations in text order, each figure with its sentence's
    year and each fact with its frame (read with the document's `names`)."""
    text, sents = doc.text, doc.sentences
    dates = extract_dates(text, sents, doc_id=doc.id, published=doc.published)
    taken = [(d.start, d.end) for d in dates] + [(s, e) for s, e, _ in named_year_spans(text)]
    # Each figure is built with its sentence's year (dates keep their own), not rebuilt to add it: the
    # sentence a figure is read from is the one `anchor_years` would find for it, as sentences follow
    # one another without overlapping.
    years = sentence_years(text, sents, dates)
    numbers = extract_numbers(text, sents, doc_id=doc.id, skip_spans=taken, years=years)
    return with_frames(sorted(dates + numbers, key=lambda f: f.start), names)


def anchor_years(text: str, facts: Sequence[Fact], sents: Sequence[Sentence], dates: Sequence[Fact]) -> list[Fact]:
    """Give each fact the year its sentence is about ("In 2012 ...", "That same year ...")."""
    year_of_sentence = sentence_years(text, sents, dates)
    anchored = []
    for fact in facts:
        if fact.kind == "date":
            anchored.append(fact)
            continue
        position = _sentence_index(sents, fact.start)
        anchored.append(replace(fact, year=year_of_sentence.get(position) if position is not None else None))
    return anchored


def sentence_years(text: str, sents: Sequence[Sentence], dates: Sequence[Fact]) -> dict[int, int]:
    """The year each sentence is about, by sentence index: its first single-year date, or the year of
    the sentence before it for "that same year"."""
    year_of_sentence: dict[int, int] = {}
    # The first single-year date starting in each sentence, in one pass over the dates (not every
    # date against every sentence).
    first_year: dict[int, int] = {}
    for date in (d for d in dates if _single_year(d)):
        index = _sentence_index(sents, date.start)
        if index is not None and date.start < sents[index].end and date.year is not None:
            first_year.setdefault(index, date.year)
    for index, sentence in enumerate(sents):
        if index in first_year:
            year_of_sentence[index] = first_year[index]
        elif index - 1 in year_of_sentence and _SAME_YEAR.search(text[sentence.start : sentence.end]):
            year_of_sentence[index] = year_of_sentence[index - 1]
    return year_of_sentence


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
