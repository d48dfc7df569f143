"""Numbers, durations, clock times and ordinals: what each figure counts, in which unit, bounded by which qualifier.

Per sentence: clock times first ("about 3:30 p.m.", `clock.py`), then ordinals of a series ("the
seventh straight day", `ordinals.py`), then every other figure (`figures.py`), less codes, labels
and idioms (`labels.py`); ages ("Smith, 52,", `ages.py`) are told from counts; each figure gets its
unit and counted noun (`counted.py`), its bound and trend (`qualifiers.py`), and a value span that
covers its unit and, for a plain count, the noun right after it ("12 miles", "three houses").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ...models import Fact, FactKindName, Quantity
from ...regexes import compile_regex
from ...text import Sentence, content_words, fold
from .ages import in_apposition, merge_age_lists
from .clock import find_times, has_time, zone_at
from .counted import SPAN_ADJECTIVES, counts_before, direct_noun_end, read_measure
from .figure_words import FIGURE_TOKENS, ORDINAL_TOKENS, SERIES_TOKENS, TIME_TOKENS, sentence_signals
from .figures import Figure, find_figures
from .labels import is_not_a_quantity
from .lexicon import DURATION_UNITS, NEGATION_CUES
from .ordinals import find_ordinals
from .qualifiers import change_role, qualifier_bound, trend_of

_WORD_FIGURES = FIGURE_TOKENS | ORDINAL_TOKENS | frozenset({"noon", "midday", "midnight"})
_DURATION_CODES = frozenset(DURATION_UNITS.values())
WINDOW_WORDS = 14  # content words kept on each side of a figure for alignment
# Toll words stay out of a count's span: the toll classes read them around the span ("12 dead").
_NOT_SPANNED = frozenset({"dead", "killed", "died", "deaths", "death", "injured", "wounded", "hurt", "missing",
                          "fatalities", "casualties", "victims", "bodies", "arrested", "arrests", "detained",
                          "evacuated", "displaced", "homeless", "rescued", "injuries", "lives"})


@dataclass(frozen=True, slots=True)
class _Found:
    """A figure read as a quantity, with the span its value covers and where its own words end."""

    start: int
    end: int
    words_end: int  # the right-hand context starts here (a counted noun stays in the context)
    quantity: Quantity
    kind: FactKindName


def extract_numbers(
    text: str,
    sentences: Sequence[Sentence],
    *,
    doc_id: str,
    skip_spans: Sequence[tuple[int, int]] = (),
    approximate_tolerance: float = 0.1,
    years: Mapping[int, int] | None = None,
) -> list[Fact]:
    """Every count, amount, share, age, duration, clock time and ordinal in the text, with its exact span.

    `skip_spans` are stretches another extractor owns (dates, years): figures inside them are
    not quantities. `years` gives, by sentence index, the year a sentence is about: its figures
    are built with it.
    """
    facts: list[Fact] = []
    carried: str | None = None  # "Over 800 cases were reopened. That number is expected to ..."
    spans = sorted(skip_spans)
    starts = [start for start, _end in spans]
    longest = max((end - start for start, end in spans), default=0)
    for index, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end]
        if not _may_hold_figures(body):
            carried = None  # as after any sentence that holds no count
            continue
        # Only spans that start at most `longest` before the sentence can reach into it.
        first = bisect.bisect_left(starts, sentence.start - longest)
        last = bisect.bisect_left(starts, sentence.end, first)
        near = tuple((start - sentence.start, end - sentence.start) for start, end in spans[first:last]
                     if sentence.start < end)
        found = list(_read_sentence(body, near, carried, approximate_tolerance))
        if found and found[-1].kind == "time" and found[-1].end == len(body):
            found[-1] = _zone_after(text, sentence.end, found[-1])
        carried = next((f.quantity.counts for f in reversed(found) if f.kind in ("number", "duration")
                        and f.quantity.counts and f.quantity.unit != "ordinal"), None)
        if found:
            year = years.get(index) if years else None
            facts.extend(_fact(text, sentence, body, item, doc_id, year) for item in found)
    return facts


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _may_hold_figures(body: str) -> bool:
    """Most sentences hold no digit, and no word a figure, time or ordinal is written with."""
    signals, has_digit = sentence_signals(body)
    return has_digit or not signals.isdisjoint(_WORD_FIGURES)


# Wire copy runs in many outlets: the same sentence, with the same spans taken and the same noun
# carried in, is read once per process. The records are frozen, so the copies can share them.
@lru_cache(maxsize=8192)
def _read_sentence(
    body: str, taken: tuple[tuple[int, int], ...], carried: str | None, tolerance: float
) -> tuple[_Found, ...]:
    found: list[_Found] = []
    near = list(taken)
    signals, has_digit = sentence_signals(body)
    if has_time(body, signals & TIME_TOKENS, has_digit):
        for time in find_times(body):
            if not _inside((time.start, time.end), near):
                found.append(_Found(time.start, time.end, time.end, time.quantity, "time"))
                near.append((time.start, time.end))
    series = not signals.isdisjoint(SERIES_TOKENS)  # an ordinal counts a series: "the seventh straight day"
    for ordinal in find_ordinals(body, signals & ORDINAL_TOKENS, has_digit) if series else ():
        if not _inside((ordinal.start, ordinal.end), near):
            found.append(_Found(ordinal.start, ordinal.end, ordinal.end, ordinal.quantity, "number"))
            near.append((ordinal.start, ordinal.end))
    previous_counts = carried
    previous_from: float | None = None
    figures = find_figures(body)
    for figure in merge_age_lists(body, figures) if len(figures) > 1 else figures:
        if (near and _inside((figure.start, figure.end), near)) or is_not_a_quantity(body, figure):
            continue
        item = _read(body, figure, previous_counts, tolerance)
        if item is None:
            continue
        quantity = item.quantity
        if quantity.change == "to" and previous_from is not None:
            item = _Found(item.start, item.end, item.words_end, _with_previous(quantity, previous_from), item.kind)
        previous_from = quantity.value if quantity.change == "from" else None
        if quantity.counts and quantity.unit != "ordinal":
            previous_counts = quantity.counts
        found.append(item)
    found.sort(key=lambda item: item.start)
    return tuple(found)


def _zone_after(text: str, end: int, item: _Found) -> _Found:
    """ "3 p.m. ET.": the splitter ends the sentence after "p.m.", so the zone stands in the next one."""
    zone = zone_at(text, end)
    if zone is None or item.quantity.zone is not None:
        return item
    return _Found(item.start, item.end, item.words_end, replace(item.quantity, zone=zone), item.kind)


def _with_previous(quantity: Quantity, previous: float) -> Quantity:
    return replace(quantity, previous=previous)


def _read(body: str, figure: Figure, previous_counts: str | None, tolerance: float) -> _Found | None:
    if in_apposition(body, figure):
        quantity = Quantity(value=figure.value, low=figure.value, high=figure.value, bound="=", unit="age",
                            counts=None, precision=1.0)
        return _Found(figure.start, figure.end, figure.end, quantity, "number")
    before = body[: figure.start]
    reading = read_measure(body, figure)
    unit, counts = reading.unit, reading.counts
    if unit == "offset":
        return None
    if counts is None and unit not in ("age",) and not (unit or "").startswith("per ") and not figure.members:
        counts = counts_before(body, before, previous_counts, unit)
    if counts == "age" and unit is None:
        unit, counts = "age", None  # "the age of consent is 16"
    if figure.members and unit is None:
        unit = "age"
    bound = qualifier_bound(before, reading.rest, figure, tolerance)
    signed = body[figure.start : figure.start + 1] in "-−–+" and not figure.words
    trend = trend_of(before, reading.rest, value=figure.value, signed=signed and figure.percent)
    negated = bool(unit in ("percent", "fraction") and NEGATION_CUES.search(before[-60:]))
    quantity = Quantity(
        value=figure.value,
        low=bound.low,
        high=bound.high,
        bound=bound.bound,  # type: ignore[arg-type]
        unit=unit,
        counts=counts,
        trend=trend,  # type: ignore[arg-type]
        negated=negated,
        qualifiers=bound.words + ((trend,) if trend else ()),
        precision=figure.precision,
        change=change_role(before, trend),  # type: ignore[arg-type]
        members=figure.members,
        vague=figure.vague,
    )
    kind: FactKindName = "duration" if unit in _DURATION_CODES else "number"
    end, words_end = _span_end(body, figure, reading.end, quantity, kind)
    if kind == "duration" and (half := _AND_A_HALF.match(body, end)) and quantity.bound != "range":
        end = words_end = half.end()  # "an hour and a half"
        quantity = replace(quantity, value=quantity.value + 0.5, low=_plus_half(quantity.low),
                           high=_plus_half(quantity.high), precision=min(quantity.precision, 0.5))
    return _Found(figure.start, end, words_end, quantity, kind)


_AND_A_HALF = compile_regex(r" and a half\b", re.IGNORECASE)


def _plus_half(end: float | None) -> float | None:
    return None if end is None else end + 0.5


def _span_end(body: str, figure: Figure, end: int, quantity: Quantity, kind: FactKindName) -> tuple[int, int]:
    """Where the value span ends ("three month", "three consecutive days", "three houses") and its own words end."""
    if kind == "duration":
        tail = _unit_tail(body, end)
        if tail is not None and fold(body[end:tail].strip(" -")) in SPAN_ADJECTIVES:
            tail = _unit_tail(body, tail) or tail  # "three consecutive days"
        end = tail if tail is not None else end
        return end, end
    counts = quantity.counts
    if quantity.unit is None and counts and counts not in _NOT_SPANNED and end == figure.end:
        noun_end = direct_noun_end(body, end, counts)
        if noun_end is not None:
            return noun_end, end
    return end, end


def _unit_tail(body: str, end: int) -> int | None:
    """The end of the word right after `end` (joined by a space or a hyphen): "three month", "seven-year"."""
    position = end + 1 if body[end : end + 1] in (" ", "-") else end
    if position >= len(body) or not body[position].isalpha():
        return None
    while position < len(body) and body[position].isalpha():
        position += 1
    return position


def _fact(text: str, sentence: Sentence, body: str, item: _Found, doc_id: str, year: int | None) -> Fact:
    start, end = sentence.start + item.start, sentence.start + item.end
    return Fact(
        doc=doc_id,
        kind=item.kind,
        value=text[start:end],
        start=start,
        end=end,
        sentence=body,
        sentence_start=sentence.start,
        detail=item.quantity,
        context=_context(body, item.start, item.words_end),
        paragraph=sentence.paragraph,
        year=year,
    )


@lru_cache(maxsize=8192)
def _context(body: str, start: int, words_end: int) -> tuple[str, ...]:
    """The content words on each side of a figure (the same in every outlet that runs the sentence)."""
    left = content_words(body[:start])[-WINDOW_WORDS:]
    right = content_words(body[words_end:])[:WINDOW_WORDS]
    return tuple(left + right)
