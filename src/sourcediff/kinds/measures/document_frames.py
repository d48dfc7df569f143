"""Frames for a whole document: the names each figure's sentence holds, whom "he" or "she" stands for,
and a background event carried into the sentence that goes on about it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ...models import Fact, Frame, Mention
from .clauses import NameSpan
from .frames import frame_of


def with_frames(facts: Sequence[Fact], names: Sequence[Fact]) -> list[Fact]:
    """One document's number, duration and date facts, each with its frame.

    `names` are the document's name facts: owners are read from them, and "he" or "she" stands
    for a person they name.
    """
    mentions = sorted(names, key=lambda n: n.start)
    people = _people(mentions)
    framed = [replace(fact, frame=_cached_frame(fact, *_name_context(fact, mentions, people))) for fact in facts]
    return _carry_background(framed)


_CONTINUING = ("The ", "That ", "This ", "It ", "These ", "Those ")


def _same_subject(fact: Fact, facts: Sequence[Fact]) -> bool:
    """The sentence's opening noun ("The quake") was named in the sentence before it."""
    words = fact.sentence.split()
    head = words[1].lower().strip(",.;:") if len(words) > 1 else ""
    before = [f.sentence for f in facts if f.sentence_start < fact.sentence_start and f.doc == fact.doc]
    return bool(head) and bool(before) and head in before[-1].lower().split()


def _carry_background(facts: list[Fact]) -> list[Fact]:
    """'In June 2012, a smaller quake struck nearby. The quake was six miles west of the town.': a
    sentence that opens on "the" or "it" and names no time of its own goes on about the previous
    sentence's other event."""
    background_of: dict[int, tuple[int, str]] = {}  # sentence start -> (sentence end, background cue)
    carried = []
    for original in facts:
        fact, frame = original, original.frame
        if frame is not None and frame.background:
            background_of[fact.sentence_start] = (fact.sentence_start + len(fact.sentence), frame.background)
        elif frame is not None and frame.dimension != "none" and not frame.years and not frame.months:
            previous = next(
                (cue for start, (end, cue) in background_of.items()
                 if start < fact.sentence_start and 0 <= fact.sentence_start - end <= 2),
                None,
            )
            if previous and fact.sentence.startswith(_CONTINUING) and _same_subject(fact, facts):
                fact = replace(fact, frame=replace(frame, background=previous))
                background_of[fact.sentence_start] = (fact.sentence_start + len(fact.sentence), previous)
        carried.append(fact)
    return carried


def _name_context(
    fact: Fact, mentions: Sequence[Fact], people: Sequence[Fact]
) -> tuple[list[NameSpan], str | None]:
    base, end = fact.sentence_start, fact.sentence_start + len(fact.sentence)
    low = bisect.bisect_left([m.start for m in mentions], base) if base >= 0 else len(mentions)
    here = []
    for mention in mentions[low:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            here.append((mention.start - base, mention.end - base, name_key(mention), _kind(mention)))
    return here, _antecedent(people, fact)


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


def _antecedent(everyone: Sequence[Fact], fact: Fact) -> str | None:
    """Whom "he" or "she" before a fact stands for: the first person named in full in its own sentence
    before it, else the first one named in the latest sentence before it that names one."""
    people = everyone[: bisect.bisect_left([m.start for m in everyone], fact.start)]
    if not people:
        return None
    in_sentence = [m for m in people if m.start >= fact.sentence_start]
    if in_sentence:
        return name_key(in_sentence[0])
    latest = people[-1].sentence
    return name_key(next(m for m in people if m.sentence == latest))


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
