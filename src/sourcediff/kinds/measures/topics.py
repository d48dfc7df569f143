"""A finding's topic in words an editor reads at a glance: "people killed", "Smith's passes", "age of Smith"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

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


def counted_of(facts: Sequence[Fact]) -> str | None:
    """What the first of the facts that says so counts ("people")."""
    return next((f.detail.counts for f in facts if isinstance(f.detail, Quantity) and f.detail.counts), None)


def topic_of(frame: Frame | None, kind: str, counted: Callable[[], str | None], frames: Iterable[Frame]) -> str:
    """The topic of a group of aligned facts, from the frame they share (`merged_frame`), the first
    fact's kind, what the facts count (asked only when the frame says nothing) and their distinct frames in order."""
    if frame is None or frame.dimension == "none":
        what = counted()
        return f"{what} ({kind})" if what else kind
    owner = _owner_words(frame, frames)
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


def merged_frame(first: Frame, count: int, distinct: Mapping[int, Frame], weights: Mapping[int, int]) -> Frame:
    """The frame `count` facts share: the first, `first`, with the parts another adds where it says
    nothing. `distinct` holds each frame record once by its id, in order of first use, `weights` how
    many facts hold it (outlets reprinting one sentence hold one frame record: read once, with its weight)."""
    if count == 1 and all(v is None or v for v in (first.thing, first.noun, first.predicate, first.owner,
                                                   first.where)):
        return first  # what the merge below would make of one frame (most facts stand alone)

    def most(part: str) -> str | None:
        """The value most facts give, a class before a plain verb, an early fact winning a tie."""
        counts: Counter[str] = Counter()  # in order of first use: `max` keeps the earliest of a tie
        for key, frame in distinct.items():
            value = getattr(frame, part)
            if value:
                counts[value] += weights[key]
        if not counts:
            return None
        return max(counts, key=lambda v: (not v.startswith("v:"), counts[v]))

    return replace(first, thing=most("thing"), noun=most("noun"), predicate=most("predicate"),
                   owner=most("owner"), where=most("where"))


def _owner_words(frame: Frame, frames: Iterable[Frame]) -> str | None:
    """The owner as a reader knows it: the name as written in the clause that set it (`frames`: the
    facts' distinct frames, in order)."""
    if not frame.owner or frame.owner.startswith("?"):
        return None
    key = frame.owner.lstrip("~")
    if key.startswith("n:"):
        return "the " + key[2:]
    for said in frames:
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
