"""Frames for a whole document: the names each figure's sentence holds, whom "he" or "she" stands for,
and a background event carried into the sentence that goes on about it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import fields, replace
from itertools import pairwise

from ...models import Fact, Frame, Mention
from .clauses import NameSpan
from .frames import frame_of


def with_frames(facts: Sequence[Fact], names: Sequence[Fact]) -> list[Fact]:
    """One document's number, duration and date facts, each with its frame.

    `names` are the document's name facts: owners are read from them, and "he" or "she" stands
    for a person they name.
    """
    mentions = sorted(names, key=lambda n: n.start)
    people = _People(_people(mentions))
    sentence_names = _SentenceNames(mentions)
    framed = [_framed(fact, _cached_frame(fact, sentence_names.of(fact), _antecedent(people, fact))) for fact in facts]
    return _carry_background(framed)


_FACT_FIELDS = ("doc", "kind", "value", "start", "end", "sentence", "detail", "context", "paragraph", "year",
                "in_quote", "lede", "sentence_start", "frame")
if tuple(f.name for f in fields(Fact)) != _FACT_FIELDS:  # `_framed` lists them all: keep it in step with Fact
    raise ImportError("Fact's fields changed: update document_frames._framed")


def _framed(fact: Fact, frame: Frame) -> Fact:
    """`replace(fact, frame=frame)` without its generic walk over the fields: this runs for every figure and date."""
    return Fact(fact.doc, fact.kind, fact.value, fact.start, fact.end, fact.sentence, fact.detail, fact.context,
                fact.paragraph, fact.year, fact.in_quote, fact.lede, fact.sentence_start, frame)


class _People:
    """The people a document names in full, in text order, with what `_antecedent` looks up in them
    worked out once (not once per figure)."""

    def __init__(self, people: list[Fact]):
        self.people = people
        self.starts = [m.start for m in people]
        self.first_in: dict[str, int] = {}  # a sentence's text -> the first person named in one like it
        for index, m in enumerate(people):
            self.first_in.setdefault(m.sentence, index)
        self._keys: dict[int, str] = {}

    def key(self, index: int) -> str:
        """`name_key` of the person at `index`, worked out once however many figures follow."""
        found = self._keys.get(index)
        if found is None:
            found = self._keys[index] = name_key(self.people[index])
        return found


class _SentenceNames:
    """The names each sentence of a document holds, looked up once per sentence (not once per figure)."""

    def __init__(self, mentions: list[Fact]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.found: dict[tuple[int, int], list[NameSpan]] = {}

    def of(self, fact: Fact) -> list[NameSpan]:
        span = (fact.sentence_start, fact.sentence_start + len(fact.sentence))
        here = self.found.get(span)
        if here is None:
            here = self.found[span] = _names_within(*span, self.mentions, self.starts)
        return here


_CONTINUING = ("The ", "That ", "This ", "It ", "These ", "Those ")


def _same_subject(fact: Fact, before: str | None) -> bool:
    """The sentence's opening noun ("The quake") was named in the sentence before it (`before`, the
    sentence of the last fact before this one's sentence)."""
    words = fact.sentence.split()
    head = words[1].lower().strip(",.;:") if len(words) > 1 else ""
    return bool(head) and before is not None and head in before.lower().split()


def _sentences_before(facts: Sequence[Fact]) -> list[str | None]:
    """For each fact, the sentence of the last fact listed before it that starts in an earlier sentence
    of its document: one pass when the facts are in text order, as they come from one document."""
    in_order = all(a.sentence_start <= b.sentence_start and a.doc == b.doc for a, b in pairwise(facts))
    if not in_order:  # never from the pipeline; kept exact for any caller
        found: list[str | None] = []
        for fact in facts:
            before = [f.sentence for f in facts if f.sentence_start < fact.sentence_start and f.doc == fact.doc]
            found.append(before[-1] if before else None)
        return found
    result: list[str | None] = []
    last: str | None = None  # the sentence of the last fact of the sentences before the current one
    for index, fact in enumerate(facts):
        if index and facts[index - 1].sentence_start < fact.sentence_start:
            last = facts[index - 1].sentence
        result.append(last)
    return result


def _carry_background(facts: list[Fact]) -> list[Fact]:
    """'In June 2012, a smaller quake struck nearby. The quake was six miles west of the town.': a
    sentence that opens on "the" or "it" and names no time of its own goes on about the previous
    sentence's other event."""
    background_of: dict[int, tuple[int, str]] = {}  # sentence start -> (sentence end, background cue)
    order: dict[int, int] = {}  # sentence start -> when it was first noted (the first noted one wins)
    ending: dict[int, list[int]] = {}  # sentence end -> the starts noted with it (looked up by end)

    def note(start: int, end: int, cue: str) -> None:
        background_of[start] = (end, cue)
        order.setdefault(start, len(order))
        ending.setdefault(end, []).append(start)

    before_of = _sentences_before(facts)
    carried = []
    for original, before in zip(facts, before_of, strict=True):
        fact, frame = original, original.frame
        if frame is not None and frame.background:
            note(fact.sentence_start, fact.sentence_start + len(fact.sentence), frame.background)
        elif frame is not None and frame.dimension != "none" and not frame.years and not frame.months:
            here = fact.sentence_start
            near = [start for end in (here - 2, here - 1, here) for start in ending.get(end, ())
                    if start < here and background_of[start][0] == end]
            previous = background_of[min(near, key=order.__getitem__)][1] if near else None
            if previous and fact.sentence.startswith(_CONTINUING) and _same_subject(fact, before):
                fact = replace(fact, frame=replace(frame, background=previous))
                note(fact.sentence_start, fact.sentence_start + len(fact.sentence), previous)
        carried.append(fact)
    return carried


def _names_within(base: int, end: int, mentions: Sequence[Fact], starts: Sequence[int]) -> list[NameSpan]:
    """The names inside base..end (a sentence), with offsets from base."""
    low = bisect.bisect_left(starts, base) if base >= 0 else len(mentions)
    here = []
    for mention in mentions[low:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            here.append((mention.start - base, mention.end - base, name_key(mention), _kind(mention)))
    return here


def _kind(name: Fact) -> str:
    return name.detail.entity_kind if isinstance(name.detail, Mention) else ""


def name_key(name: Fact) -> str:
    """A named owner: a person by surname ('Peyton Manning' -> manning), an organisation by its whole
    name ('Electronic Data Systems' -> electronic data systems, so that 'EDS' can be matched to it)."""
    detail = name.detail
    if isinstance(detail, Mention) and detail.entity_kind == "org" and " " in detail.name.strip():
        return detail.name.lower().replace("’", "'").removesuffix("'s").strip("'.")
    written = (detail.surname or detail.name) if isinstance(detail, Mention) else name.value
    words = written.replace("’", "'").split() or [name.value]
    return words[-1].lower().removesuffix("'s").strip("'.")


def _people(mentions: Sequence[Fact]) -> list[Fact]:
    """The mentions of people the document names in full somewhere, in text order."""
    full = {m.detail.surname for m in mentions if isinstance(m.detail, Mention) and m.detail.given}
    return [
        m for m in mentions
        if isinstance(m.detail, Mention) and m.detail.entity_kind == "person" and m.detail.surname in full
    ]


def _antecedent(everyone: _People, fact: Fact) -> str | None:
    """Whom "he" or "she" before a fact stands for: the first person named in full in its own sentence
    before it, else the first one named in the latest sentence before it that names one."""
    count = bisect.bisect_left(everyone.starts, fact.start)  # the people named before the fact
    if not count:
        return None
    first_here = bisect.bisect_left(everyone.starts, fact.sentence_start, 0, count)
    if first_here < count:
        return everyone.key(first_here)
    return everyone.key(everyone.first_in[everyone.people[count - 1].sentence])


_FRAMES: dict[tuple[object, ...], Frame] = {}
FRAME_CACHE_SIZE = 20_000  # frames kept per process: copies of one sentence across outlets are read once


def _cached_frame(fact: Fact, names: list[NameSpan], antecedent: str | None) -> Frame:
    local = fact.start - fact.sentence_start
    key = (fact.sentence, local, fact.value, fact.kind, fact.detail, tuple(names), antecedent)
    found = _FRAMES.get(key)
    if found is None:
        if len(_FRAMES) >= FRAME_CACHE_SIZE:
            _FRAMES.clear()
        found = _FRAMES[key] = frame_of(fact, names, antecedent)
    return found
