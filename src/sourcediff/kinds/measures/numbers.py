"""Numbers and durations: what each figure counts, in which unit, bounded by which qualifier."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Fact, FactKindName, Quantity
from ...text import Sentence, content_words, fold
from .figures import Figure, find_figures
from .lexicon import (
    DETERMINERS,
    DURATION_UNITS,
    GENERIC_HEADS,
    GLUED_MODIFIERS,
    LABEL_WORDS,
    NEGATION_CUES,
    OFFSET_WORDS,
    RUN_STOP,
)
from .qualifiers import qualifier_bound, skip_noun, trend_of

_WORD_AFTER = re.compile(r"[\s\-–]*([A-Za-z][A-Za-z'’\-]*)")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[,;:()—–]|\d[\d,.]*")
_AGE_AFTER = re.compile(r"^[\s-]*(?:-|\s)(?:years?|months?)[\s-]+old\b|^[\s-]*-year-olds?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|ages of|as young as|as old as|age|ages)\s*$", re.IGNORECASE)
_UNDER_AGE = re.compile(r"\b(?:under|over|below|above)\s*$", re.IGNORECASE)
_AGE_NOUNS = frozenset({"child", "children", "girl", "girls", "boy", "boys", "age", "consent", "kids",
                        "teenager", "teenagers", "pupils", "anyone", "people", "adult", "adults", "minors"})
_CLOCK_AFTER = re.compile(r"^(?::\d|\.\d\d\s?(?:am|pm|a\.m\.|p\.m\.)|\s?(?:(?:am|pm)\b|a\.m\.|p\.m\.)|\s?(?:gmt|bst|"
                          r"utc|est|edt|cet|hrs)\b)", re.IGNORECASE)
_SCORE_SIDE = re.compile(r"\d[-–]$")
_SCORE_SIDE_AFTER = re.compile(r"^[-–]\d")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_PHONE_NEAR = re.compile(r"\d[\s\-]\d{3}|\d{3}[\s\-]\d")
_PER_UNIT = re.compile(r"^\s*(?:a|per|each|every)\s+(year|month|week|day|hour|annum)\b", re.IGNORECASE)
_PREV_NOUN_OF = re.compile(r"\b([A-Za-z][A-Za-z\-]+)\s+of\s+(?:[a-z]+\s+){0,2}$")
_NUMBER_OF = re.compile(
    r"(?<!\ba\s)\b(?:number|total|tally|count|toll)\s+of\s+((?:[A-Za-z][A-Za-z\-]*\s+){0,3}?[A-Za-z][A-Za-z\-]*)"
    r"(?=\s+(?:is|was|were|are|has|had|have|will|to|stood|rose|fell|reached|could|may|that|who|in|being|now|"
    r"for|on|at|across)\b)",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"\b(?:has\s+|had\s+|have\s+)?(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|declined|"
    r"reached|hit|stood|stands|now\s+stands|was|is|were|are)\s+(?:to\s+|at\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total|tally|toll|count)\b", re.IGNORECASE)
_YEARISH = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_GROUPED = re.compile(r"\d,\d{3}")
_NON_DIGIT = re.compile(r"\D")
_LABEL_WORD = re.compile(r"[A-Za-z.]+")
_GLUED_WORD = re.compile(r"^-([A-Za-z]+)")
_LETTERS = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")

_SPAN_ADJECTIVES = frozenset({"consecutive", "straight", "successive", "full", "whole", "long", "more",
                              "additional", "further", "calendar", "working", "business"})
WINDOW_WORDS = 14  # content words kept on each side of a figure for alignment


def extract_numbers(
    text: str,
    sentences: Sequence[Sentence],
    *,
    doc_id: str,
    skip_spans: Sequence[tuple[int, int]] = (),
    approximate_tolerance: float = 0.1,
) -> list[Fact]:
    """Every count, amount, share, age and duration in the text, with its exact span.

    `skip_spans` are stretches another extractor owns (dates, years): figures inside them are
    not quantities.
    """
    facts: list[Fact] = []
    carried: str | None = None  # "Over 800 cases were reopened. That number is expected to ..."
    for sentence in sentences:
        body = text[sentence.start : sentence.end]
        previous_counts, carried = carried, None
        figures = find_figures(body)
        if not figures:
            continue
        # A figure lies within its sentence, so only spans touching the sentence can overlap it.
        near = [(start, end) for start, end in skip_spans if start < sentence.end and sentence.start < end]
        for figure in figures:
            absolute = (sentence.start + figure.start, sentence.start + figure.end)
            if (near and _inside(absolute, near)) or _is_not_a_quantity(body, figure):
                continue
            quantity = _quantity(body, figure, previous_counts, approximate_tolerance)
            if quantity is None:
                continue
            if quantity.counts:
                previous_counts = carried = quantity.counts
            facts.append(_fact(text, sentence, figure, quantity, doc_id))
    return facts


def _inside(span: tuple[int, int], skip_spans: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in skip_spans)


def _is_not_a_quantity(body: str, figure: Figure) -> bool:
    before, after = body[: figure.start], body[figure.end :]
    written = body[figure.start : figure.end]
    if figure.words:
        return _is_idiomatic_word(written, before, after)
    if before[-1:].isalnum() or before[-1:] in {":", "/", "#", "."} or after[:1] in {"/"}:
        return True  # part of a code, a clock time, a date or a URL: G7, 3:18, 16/06
    if before.endswith("-") and before[-2:-1].isalpha():
        return True  # COVID-19, M-25
    if _SCORE_SIDE.search(before) or _SCORE_SIDE_AFTER.match(after):
        return True  # a score or a vote split, "won 3-2", "a 5-4 ruling": a range would be merged
    if after[:1].isalpha() and not figure.currency and not figure.percent:
        # 3am, 5G, 2nd, 4x4: letters glued to a figure make it a label (scales were taken already)
        return True
    if _CLOCK_AFTER.match(after) or _ORDINAL_AFTER.match(after):
        return True
    grouped = _GROUPED.search(written) is not None  # "110,000-150,000" is not a phone number
    near = body[max(0, figure.start - 4) : figure.end + 4]
    if _PHONE_NEAR.search(near) and not figure.currency and not grouped:
        digits = _NON_DIGIT.sub("", body[max(0, figure.start - 8) : figure.end + 8])
        if len(digits) >= 8:
            return True
    if _YEARISH.match(written) and not figure.currency:
        return True  # a bare year is a date, which the date extractor reports
    words_before = _LABEL_WORD.findall(before[-20:])
    if words_before:
        last = words_before[-1]
        if last.lower().rstrip(".") in LABEL_WORDS or last.lower() in LABEL_WORDS:
            return True
        if last[:1].isupper() and len(before.rstrip()) == len(before) - 1 and not _starts_sentence(before):
            return last.lower() not in _QUALIFIER_STARTS  # "Boeing 737", "Act 2000", "Terminal 5"
    return False


_QUALIFIER_STARTS = frozenset(
    {"more", "over", "about", "around", "nearly", "almost", "some", "at", "up", "under", "just", "only",
     "roughly", "approximately", "fewer", "less", "least", "than", "estimated", "and", "or", "to", "the",
     "by", "of", "in", "with", "from", "between"}
)


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip()
    words = stripped.split()
    return len(words) <= 1


def _is_idiomatic_word(written: str, before: str, after: str) -> bool:
    """'one' as a pronoun ('one of the'), 'no one', 'one another' are not counts."""
    lowered = written.lower()
    if lowered in {"a", "an"}:
        return False
    if lowered == "one":
        next_word = _next_word(after)
        return next_word is None or next_word not in DURATION_UNITS
    if lowered == "zero" and _next_word(after) in {"tolerance", "hour", "hours"}:
        return True
    return before.lower().endswith(("no ", "every ", "any "))


def _next_word(after: str) -> str | None:
    match = _WORD_AFTER.match(after)
    return fold(match.group(1)) if match else None


def _quantity(body: str, figure: Figure, previous_counts: str | None, tolerance: float) -> Quantity | None:
    before, after = body[: figure.start], body[figure.end :]
    unit, counts, rest = _unit_and_counts(body, figure, after)
    if unit == "offset":
        return None
    if counts is None and unit not in ("age",) and not (unit or "").startswith("per "):
        counts = _counts_before(body, figure, before, previous_counts, unit)
    if counts == "age" and unit is None:
        unit, counts = "age", None  # "the age of consent is 16"
    bound = qualifier_bound(before, rest, figure, tolerance)
    trend = trend_of(before)
    negated = bool(unit in ("percent", "fraction") and NEGATION_CUES.search(before[-60:]))
    words = bound.words + ((trend,) if trend else ())
    return Quantity(
        value=figure.value,
        low=bound.low,
        high=bound.high,
        bound=bound.bound,  # type: ignore[arg-type]
        unit=unit,
        counts=counts,
        trend=trend,  # type: ignore[arg-type]
        negated=negated,
        qualifiers=words,
        precision=figure.precision,
    )


def _unit_and_counts(body: str, figure: Figure, after: str) -> tuple[str | None, str | None, str]:
    """The unit of the figure, the noun it counts, and the text after both."""
    if figure.percent:
        return "percent", _of_noun(after), after
    if figure.fraction:
        return "fraction", _of_noun(after), after
    if figure.vague:
        return None, _of_noun(after), after  # "thousands of people"
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(body[: figure.start]):
        return "age", None, after
    words = _following_words(after, 4)
    glued = _GLUED_WORD.match(after)
    if glued and fold(glued.group(1)) in GLUED_MODIFIERS:
        words, glued = words[1:], None  # "a 5,000-strong force": the force
    if glued and fold(glued.group(1)) not in DURATION_UNITS:
        return None, fold(glued.group(1)).rstrip("s") or None, after  # "197-page report": pages
    if figure.currency:
        return figure.currency, _head_noun(words) or _of_noun(after), after
    if len(words) > 1 and words[0] in _SPAN_ADJECTIVES and words[1] in DURATION_UNITS:
        words = words[1:]  # "two consecutive years", "three full months"
    if words and words[0] in DURATION_UNITS:
        unit = DURATION_UNITS[words[0]]
        if len(words) > 1 and words[1] in OFFSET_WORDS:
            return "offset", None, after
        modifier = bool(glued) or (len(words) > 1 and not words[0].endswith("s"))
        counts = _head_noun(words[1:3]) if modifier and len(words) > 1 else None
        return unit, counts, after
    per = _PER_UNIT.match(skip_noun(after))
    if _UNDER_AGE.search(body[: figure.start]) and words[:1] and words[0] not in _AGE_NOUNS and (
        _word_before(body[: figure.start], 2) in _AGE_NOUNS
    ):
        return "age", None, after
    if words[:1] in (["more"], ["fewer"], ["extra"]):
        words = words[1:]  # "2,000 more officers"
    counts = _head_noun(words)
    if per:
        return f"per {per.group(1).lower()}", counts, after
    return None, counts, after


def _word_before(before: str, skip: int) -> str | None:
    words = _LETTERS.findall(before)
    return words[-skip].lower() if len(words) >= skip else None


def _following_words(after: str, limit: int) -> list[str]:
    words: list[str] = []
    for token in _TOKEN.finditer(after[:80]):
        value = token.group()
        if not value[0].isalpha():
            break
        words.append(fold(value))
        if len(words) >= limit:
            break
    return words


def _head_noun(words: Sequence[str]) -> str | None:
    """The last word of the noun phrase that follows a figure: '800 previously closed cases' -> cases."""
    run: list[str] = []
    for word in words:
        if word in RUN_STOP or (word in DURATION_UNITS and run):
            break
        run.append(word)
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            break  # a plural ends the noun phrase: "11,000 nationals sought asylum"
    while len(run) > 1 and (run[-1].endswith(("ly", "ed")) or run[-1] in GENERIC_HEADS):
        run.pop()
    if not run or run[-1].endswith("ly"):
        return None
    return run[-1]


def _of_noun(after: str) -> str | None:
    words = _following_words(after, 6)
    if not words or words[0] != "of":
        return None
    rest = [word for word in words[1:] if word not in DETERMINERS]
    return _head_noun(rest)


def _counts_before(
    body: str, figure: Figure, before: str, previous_counts: str | None, unit: str | None
) -> str | None:
    """When nothing follows the figure: 'the number of cold cases ... rose to 1,000', 'margin of 200'."""
    number_of = _NUMBER_OF.search(before)  # before the verb rule: "the number of people waiting for X rose"
    if number_of:
        head = _head_noun(_following_words(number_of.group(1), 4))
        if head:
            return head
    subject = _SUBJECT_VERB.search(before)
    if subject:
        noun = _nearest_noun_before(before[: subject.start()])
        if noun:
            return noun
    if _ANAPHOR.search(before) and previous_counts:
        return previous_counts
    if unit in DURATION_UNITS.values():
        return _nearest_noun_before(before)
    of_match = _PREV_NOUN_OF.search(before)
    if of_match and fold(of_match.group(1)) not in RUN_STOP:
        return fold(of_match.group(1))
    return None


def _nearest_noun_before(before: str) -> str | None:
    """'Her audit, completed in just four months' -> audit (skip verbs, adverbs, small words)."""
    tokens = [fold(word) for word in _WORD.findall(before[-80:])]
    for word in reversed(tokens[-8:]):
        if word in RUN_STOP or word in DETERMINERS or word.endswith(("ly", "ed", "ing")) or len(word) < 3:
            continue
        if word in {"past", "last", "next", "first", "previous", "recent", "coming", "nearly", "almost"}:
            continue
        return word
    return None


_UNIT_TAIL = re.compile(r"^[\s-]?[A-Za-z]+")


def _fact(text: str, sentence: Sentence, figure: Figure, quantity: Quantity, doc_id: str) -> Fact:
    body = text[sentence.start : sentence.end]
    if quantity.unit in DURATION_UNITS.values():
        tail = _UNIT_TAIL.match(body[figure.end :])
        if tail:
            figure.end += tail.end()  # "three month", "four months", "seven-year": the unit is the fact
        if tail and fold(tail.group().strip(" -")) in _SPAN_ADJECTIVES:
            unit_word = _UNIT_TAIL.match(body[figure.end :])  # "three consecutive days"
            figure.end += unit_word.end() if unit_word else 0
    start, end = sentence.start + figure.start, sentence.start + figure.end
    left = content_words(body[: figure.start])[-WINDOW_WORDS:]
    right = content_words(body[figure.end :])[:WINDOW_WORDS]
    kind: FactKindName = "duration" if quantity.unit in DURATION_UNITS.values() else "number"
    return Fact(
        doc=doc_id,
        kind=kind,
        value=text[start:end],
        start=start,
        end=end,
        sentence=body,
        sentence_start=sentence.start,
        detail=quantity,
        context=tuple(left + right),
        paragraph=sentence.paragraph,
    )
