"""A finding's topic in words an editor reads at a glance: "people killed", "Smith's passes", "age of Smith"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from ...models import Fact, Frame, Quantity

# What happened, as words that follow what was counted ("people killed", "cables damaged").
PARTICIPLES = {
    "dead": "killed", "injured": "injured", "missing": "missing", "shot": "shot", "evacuated": "evacuated",
    "rescued": "rescued", "arrested": "arrested", "charged": "charged", "convicted": "convicted",
    "sentenced": "sentenced", "fined": "fined", "damaged": "damaged", "scored": "scored", "passed": "completed",
    "rushed": "rushed", "caught": "caught", "expelled": "expelled", "dismissed": "dismissed",
    "appeared": "in court", "announced": "announced", "voted": "voting", "attended": "taking part",
    "deliberated": "of deliberation", "fought": "fighting", "married": "", "population": "living there",
    "employed": "employed", "trial": "at trial",
}
# What a sum of money or a date is about, as a noun ("price", "revenue", "arrest").
NOUNS = {
    "price": "price", "revenue": "revenue", "profit": "profit", "cost": "cost", "damaged": "damage",
    "fined": "fine", "dead": "deaths", "arrested": "arrest", "charged": "charges", "convicted": "conviction",
    "sentenced": "sentencing", "expelled": "expulsion", "dismissed": "dismissal", "appeared": "court appearance",
    "announced": "announcement", "trial": "trial", "married": "marriage", "deliberated": "deliberation",
    "shot": "shooting", "injured": "injuries", "evacuated": "evacuation", "share": "share",
}
# Findings about these are high severity when they conflict: tolls and arrests are checked first.
HIGH_STAKES = frozenset({"dead", "injured", "missing", "shot", "evacuated", "arrested", "rescued"})
_MEASURES = {
    "count": "number", "money": "sum", "share": "share", "rate": "rate", "age": "age", "duration": "duration",
    "date": "date", "address": "address", "time": "time",
}


def topic_from(frame: Frame | None, facts: Sequence[Fact]) -> str:
    """The topic of a group of aligned facts, from the frame they share (their `shared_frame`)."""
    if frame is None or frame.dimension == "none":
        counted = next((f.detail.counts for f in facts if isinstance(f.detail, Quantity) and f.detail.counts), None)
        return f"{counted} ({facts[0].kind})" if counted else facts[0].kind
    owner = _owner_words(frame, facts)
    happened = frame.predicate if frame.predicate and not frame.predicate.startswith("v:") else None
    whose = f"{owner}'s " if owner else ""
    if frame.dimension == "age":
        return f"age of {owner}" if owner else "age"
    if frame.dimension in ("date", "duration"):
        event = frame.noun or NOUNS.get(happened or "")
        what = "date" if frame.dimension == "date" else "length"
        if event:
            return f"{what} of {whose or 'the '}{event}"
        return f"{what} ({owner})" if owner else what
    if frame.dimension in ("money", "share", "rate"):
        thing = frame.noun or NOUNS.get(happened or "") or _MEASURES.get(frame.dimension, frame.dimension)
        return f"{whose}{thing} ({_MEASURES.get(frame.dimension, frame.dimension)})"
    noun = _plural(frame.noun) if frame.noun else ("people" if frame.thing == "people" else "number")
    participle = PARTICIPLES.get(happened or "", "")
    return " ".join(w for w in (whose + noun, participle) if w)


_FRAME = attrgetter("frame")


def shared_frame(facts: Sequence[Fact]) -> Frame | None:
    """The frame the facts share: the first one, with the parts another fact adds where it says nothing."""
    frames: list[Frame] = list(filter(None, map(_FRAME, facts)))  # the facts that have one (a frame is never false)
    if not frames:
        return None
    if len(frames) == 1 and all(v is None or v for v in (frames[0].thing, frames[0].noun, frames[0].predicate,
                                                         frames[0].owner, frames[0].where)):
        return frames[0]  # what the merge below would make of one frame (most facts stand alone)

    # Outlets reprinting one sentence hold one frame record: each is counted once, with its weight.
    ids = list(map(id, frames))
    weights = Counter(ids)  # in order of first use, as is the dict below
    distinct = dict(zip(ids, frames, strict=True))

    def first(part: str) -> str | None:
        """The value most facts give, a class before a plain verb, an early fact winning a tie."""
        counts: Counter[str] = Counter()  # in order of first use: `max` keeps the earliest of a tie
        for key, frame in distinct.items():
            value = getattr(frame, part)
            if value:
                counts[value] += weights[key]
        if not counts:
            return None
        return max(counts, key=lambda v: (not v.startswith("v:"), counts[v]))

    return replace(frames[0], thing=first("thing"), noun=first("noun"), predicate=first("predicate"),
                   owner=first("owner"), where=first("where"))


def _owner_words(frame: Frame, facts: Sequence[Fact]) -> str | None:
    """The owner as a reader knows it: the name as written in the clause that set it."""
    if not frame.owner or frame.owner.startswith("?"):
        return None
    key = frame.owner.lstrip("~")
    if key.startswith("n:"):
        return "the " + key[2:]
    frames: list[Frame] = list(filter(None, map(_FRAME, facts)))  # reprints share one frame: read each once
    for said in dict(zip(map(id, frames), frames, strict=True)).values():
        if len(said.cues) > 1 and said.cues[1]:
            written = said.cues[1].removesuffix("'s").removesuffix("’s").strip("'’")
            if written.lower() == key or key in written.lower():
                return written
    return key.title() if not key.isupper() else key


def _plural(noun: str) -> str:
    if noun in ("people", "police", "staff") or noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x")):
        return noun + "es"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + "s"
