"""Which frames can be the same fact, and how much of a frame two facts share.

Nothing both frames state may differ (measure, unit family, scope, event, owner, place, day), and
enough must be stated: the same happening, or the same counted thing, or, for a share, a sum or an
age, the same owner.
"""

from __future__ import annotations

from ...models import Frame
from .frame_words import GENERIC_NOUNS, PLAY_UNITS, TOLLS


def event_of(frame: Frame, *, year: int | None, month: int | None) -> str:
    """'main' for the story's own event; otherwise what marks another one (a year, a month, a cue)."""
    if frame.background:
        return "bg:" + frame.background
    other_year = next((y for y in frame.years if year is not None and y != year), None)
    if other_year is not None:
        return str(other_year)
    other_month = next((m for m in frame.months if month is not None and m != month), None)
    return f"month:{other_month}" if other_month is not None else "main"


def compatible(a: Frame, b: Frame, *, events: tuple[str, str] = ("main", "main")) -> bool:
    """Whether two frames can be the same fact: nothing both state may differ, and enough is stated."""
    if a.dimension != b.dimension or a.dimension == "none" or a.scope != b.scope:
        return False
    if a.dimension == "duration" and a.unit != b.unit:
        return False  # "four days" of a trial and "30 hours" of deliberation count different time
    if events[0] != events[1] and not (a.dimension in ("address", "date") and "main" in events
                                       and not any(e.startswith("bg:") for e in events)):
        return False  # another year, month or event; a place or a date is the same whichever year names it
    if a.dimension == "address":
        return a.noun == b.noun and _same_owner(a.owner, b.owner)  # "the 12200 block of Elm Street"
    if not _owners_fit(a.owner, b.owner):
        return False
    if a.dimension == "share" and bool(a.owner) != bool(b.owner):
        return False  # "55 percent of traffic in one country" is no share of all the traffic
    if a.where and b.where and a.where != b.where:
        return False  # "five officers killed in one city", "three killed in another"
    if a.dimension == "count" and bool(a.when) != bool(b.when):
        return False  # "86 arrests on Saturday" against "more than 200 arrested": a day against the whole
    same_owner = _same_owner(a.owner, b.owner)
    if "away" in (a.predicate, b.predicate) and not same_owner:
        return False  # "3 miles west of X": a distance is only comparable from the same place
    shared = a.predicate is not None and a.predicate == b.predicate
    plain = (a.predicate or "").startswith("v:") or (b.predicate or "").startswith("v:")
    same_noun = a.noun is not None and a.noun == b.noun and a.noun not in GENERIC_NOUNS
    if a.predicate and b.predicate and not shared and not (plain and same_noun):
        return False  # a plain verb ("caused") gives way to a shared noun ("damage"); two classes never do
    if a.thing and b.thing and a.thing != b.thing:
        return False
    class_shared = shared and not plain
    if a.dimension in ("date", "time"):
        return shared  # a day or a time of day is only the same fact for the same happening
    if "deg" in (a.unit, b.unit) and a.unit != b.unit:
        return False  # degrees with no scale against degrees Celsius or Fahrenheit
    if a.dimension == "age":
        return same_owner  # an age is only comparable for the same person
    if a.dimension == "count" and a.thing == b.thing == "people" and not class_shared and not (
        same_owner and a.noun == b.noun
    ):
        return False  # "100 youths" and "30 youths": people are one fact by what happened to them
    if same_owner and a.dimension not in _NEED_MORE_THAN_OWNER and not (a.noun and b.noun and a.noun != b.noun):
        return True  # "65% of traffic to a country" and "82 percent in" that country
    if a.dimension in ("count", "rate"):
        if a.noun in PLAY_UNITS or b.noun in PLAY_UNITS:
            return class_shared and a.noun == b.noun  # "45-yard", "12 games": what was done with them says which
        if not class_shared and not same_noun:
            return False
        return (shared and (a.thing == b.thing or not (a.thing and b.thing))) or (
            same_noun and (shared or plain or not (a.predicate and b.predicate))
        )
    return shared or same_noun


# A person's or a place's share, sum, weight or height is one fact; their counts, spans and days are many.
_NEED_MORE_THAN_OWNER = frozenset({"count", "rate", "date", "time", "duration", "ordinal", "address"})


def _owners_fit(a: str | None, b: str | None) -> bool:
    if (a or "").startswith("?") or (b or "").startswith("?"):
        return False  # "he" with no one named before: whose figure it is cannot be told
    if a is None or b is None:
        return True
    if a.lstrip("~") == b.lstrip("~"):
        return True
    return a.startswith("~") or b.startswith("~")  # a pronoun's person is a guess; two named owners are not


def _same_owner(a: str | None, b: str | None) -> bool:
    return bool(a and b and not a.startswith("?") and a.lstrip("~") == b.lstrip("~"))


def strength(a: Frame, b: Frame) -> int:
    """How many frame parts two facts share: a named owner counts two, the happening and the noun one each."""
    named = not (a.owner or "").startswith("~") and not (b.owner or "").startswith("~")
    owner = (2 if named else 1) if _same_owner(a.owner, b.owner) else 0  # a pronoun's person counts less
    predicate = 1 if a.predicate and a.predicate == b.predicate and not a.predicate.startswith("v:") else 0
    if predicate and a.predicate in TOLLS and a.thing == b.thing == "people":
        predicate = 2  # the people killed, hurt, missing or arrested: a story's toll, whatever the wording
    same_kind = bool(a.thing and a.thing == b.thing and a.thing != "people")
    noun = 1 if (a.noun and a.noun == b.noun and a.noun not in GENERIC_NOUNS) or same_kind else 0
    return owner + predicate + noun
