"""Date facts: every date phrase in an article, resolved to ISO first and last days.

Our own regular expressions (`date_patterns.py`, run by `date_search.py`) find the phrases;
`date_resolution.py` resolves them against the publication date. This module joins neighbouring
phrases into ranges ("between 2000 and 2006") and makes the facts.
"""

from __future__ import annotations

import datetime
import functools
import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ...models import Fact, When
from ...regexes import compile_regex
from ...text import Sentence, content_words
from .date_resolution import resolve
from .date_search import digit_runs, find_candidates, sentence_candidates
from .date_words import DATE_PREPOSITIONS, DETERMINERS, MONTHS, WEEKDAYS, Candidate, count_follows, word_before

__all__ = ["extract_dates", "named_year_spans", "year_spans"]

Date = datetime.date

# Words shortly before a weekday that put it after the publication date ("will report on Thursday").
FUTURE_CUES = compile_regex(
    r"\b(?:will|won't|shall|is\s+due|are\s+due|due\s+to|expected\s+to|set\s+to|scheduled|plans?\s+to|"
    r"is\s+to|are\s+to|upcoming)\b|'ll\b",
    re.IGNORECASE,
)
FUTURE_CUE_WINDOW = 40  # characters before the weekday searched for a future cue
YEAR_DIGITS = compile_regex(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WEEKDAY_JOIN = compile_regex(r"\.?,?\s+(?:the\s+)?")
_RANGE_LEAD = compile_regex(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = compile_regex(r"\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*", re.IGNORECASE)
_NAMED_YEAR = compile_regex(r"\b([A-Z][A-Za-z]+)\s+((?:19|20)\d{2})(?![\w%]|[,.]\d)")
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _inherit_year(first: Candidate, last: Candidate) -> Candidate:
    """ "between January and March 2024": the first end takes the year of the second."""
    if first.year is not None or last.year is None or first.kind not in ("day", "month"):
        return first
    if first.shift is not None:
        return first
    month, last_month = first.month or 0, last.month or 12
    return replace(first, year=last.year - 1 if month > last_month else last.year, needs_context=False)


def _joined(text: str, lo: int, previous: Candidate, candidate: Candidate) -> Candidate | None:
    """Two neighbours that make one date: "Monday, 16 June", "between 2000 and 2006", "1997 - 2013"."""
    if previous.kind == "weekday" and previous.shift is None and candidate.kind == "day" and candidate.month:
        if _WEEKDAY_JOIN.fullmatch(text, previous.end, candidate.start):
            return replace(candidate, start=previous.start, weekday=previous.weekday)
        return None
    if "range" in (previous.kind, candidate.kind):
        return None
    lead = _RANGE_LEAD.search(text, max(lo, previous.start - 10), previous.start)
    join = _RANGE_JOIN.fullmatch(text, previous.end, candidate.start)
    if not join or not (lead or join.group().strip() in "-–"):
        return None
    start = lead.start() if lead else previous.start
    return Candidate(start, candidate.end, "range", parts=(_inherit_year(previous, candidate), candidate))


def _merge_neighbours(text: str, lo: int, found: list[Candidate]) -> list[Candidate]:
    """Join neighbouring candidates that together name one date or one range."""
    merged: list[Candidate] = []
    for candidate in found:
        joined = _joined(text, lo, merged[-1], candidate) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(candidate)
    return merged


def _future_cue(text: str, lo: int, candidate: Candidate) -> bool:
    return bool(FUTURE_CUES.search(text, max(lo, candidate.start - FUTURE_CUE_WINDOW), candidate.start))


def _fact_year(candidate: Candidate, when: When) -> int | None:
    if when.start is None or when.end is None:
        return None
    if when.start[:4] == when.end[:4] or candidate.kind == "fiscal":
        return int(when.end[:4])
    return None


@functools.lru_cache(maxsize=4096)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """`content_words` of a date phrase: the same few phrases come back in article after article."""
    return tuple(content_words(phrase))


@functools.lru_cache(maxsize=8192)
def _date_context(sentence: str, phrase: str) -> tuple[str, ...]:
    """The context of a date: the same in every outlet that runs its sentence, so read once."""
    return _without(content_words(sentence), _phrase_words(phrase))


def _without(words: list[str], removed: Sequence[str]) -> tuple[str, ...]:
    """The sentence's content words less one occurrence of each word of the date phrase."""
    kept = list(words)
    for word in removed:
        if word in kept:
            kept.remove(word)
    return tuple(kept)


def _as_date(published: Date | None) -> Date | None:
    if published is None:
        return None
    return Date(published.year, published.month, published.day)


def extract_dates(
    text: str, sentences: Sequence[Sentence], *, doc_id: str, published: datetime.date | None = None
) -> list[Fact]:
    """One date fact per date phrase, in text order; relative phrases resolved against `published`."""
    base = _as_date(published)
    facts: list[Fact] = []
    for index, candidates in sentence_candidates(text, [(sentence.start, sentence.end) for sentence in sentences]):
        sentence = sentences[index]
        body = text[sentence.start : sentence.end]
        for candidate in _merge_neighbours(text, sentence.start, candidates):
            future = candidate.kind in ("weekday", "weekend") and _future_cue(text, sentence.start, candidate)
            when = resolve(candidate, base, text=text, future=future)
            if when is None:
                continue
            value = text[candidate.start : candidate.end]
            facts.append(
                Fact(
                    doc=doc_id, kind="date", value=value, start=candidate.start, end=candidate.end,
                    sentence=body, sentence_start=sentence.start,
                    detail=when, context=_date_context(body, value),
                    paragraph=sentence.paragraph, year=_fact_year(candidate, when),
                )
            )
    return facts


def _names_year(text: str, match: re.Match[str]) -> bool:
    """ "Education Act 1996", "Euro 2020": a capitalised word, not a date word, right before the year."""
    word = match.group(1)
    return (
        word_before(text, 0, match.start(2)) == word
        and word.lower() not in DATE_PREPOSITIONS | DETERMINERS | MONTHS.keys() | WEEKDAYS.keys()
        and not count_follows(text, match.end(2), len(text))
    )


def year_spans(text: str, *, include_names: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, year) of every 4-digit year 1900-2099 that stands in a date phrase.

    With `include_names`, also years that are part of a name ("Education Act 1996"), which are no
    dates but no counts either.
    """
    found: list[tuple[int, int, int]] = []
    for candidate in find_candidates(text):
        for match in YEAR_DIGITS.finditer(text, candidate.start, candidate.end):
            found.append((match.start(), match.end(), int(match.group())))
    if include_names:
        taken = {start for start, _end, _year in found}
        found += [span for span in named_year_spans(text) if span[0] not in taken]
    return sorted(found)


def named_year_spans(text: str) -> list[tuple[int, int, int]]:
    """Years that are part of a name ("Education Act 1996", "Euro 2020"): no dates, no counts."""
    return [
        (match.start(2), match.end(2), int(match.group(2)))
        for match in _named_year_matches(text)
        if _names_year(text, match)
    ]


def _named_year_matches(text: str) -> Iterator[re.Match[str]]:
    """`_NAMED_YEAR.finditer(text)`, but the pattern is only tried where it can match.

    A match's year starts a run of ASCII digits after white space, and its capitalised word is the
    whole run of letters before that white space (the word boundary rules out a later start).
    """
    for year, _end in digit_runs(text.encode("ascii", "replace")):
        if text[year : year + 2] not in ("19", "20") or year == 0 or not text[year - 1].isspace():
            continue
        word_end = year - 1
        while word_end > 0 and text[word_end - 1].isspace():
            word_end -= 1
        word_start = word_end
        while word_start > 0 and text[word_start - 1] in _ASCII_LETTERS:
            word_start -= 1
        match = _NAMED_YEAR.match(text, word_start)
        if match and match.start(2) == year:
            yield match
