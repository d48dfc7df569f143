"""What alignment works out about each fact before pairing any: owners written as acronyms, each
fact's event against the year and month its story is about, and its stemmed words."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from ...models import Fact, When
from ...regexes import compile_regex
from ...text import stem
from .fit import event_of
from .frame_words import MONTHS

_OWNER_BREAK = compile_regex(r"[\s\-]+")  # between the words of an owner


def stemmed_words(facts: Sequence[Fact]) -> list[frozenset[str]]:
    """Each fact's context and frame words, stemmed: worked out once per distinct wording (copies
    of a sentence share theirs)."""
    known: dict[tuple[tuple[str, ...], tuple[str, ...]], frozenset[str]] = {}
    found = []
    for fact in facts:
        key = (fact.context, fact.frame.words if fact.frame else ())
        words = known.get(key)
        if words is None:
            words = known[key] = frozenset(map(stem, key[0])) | frozenset(map(stem, key[1]))
        found.append(words)
    return found


def acronyms_as_owners(facts: Sequence[Fact], story_of: Mapping[str, int]) -> list[Fact]:
    """'EDS' and 'Electronic Data Systems', 'HP' and 'Hewlett-Packard': one owner, where a story
    uses the acronym as an owner too."""
    owners: dict[int, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.frame and fact.frame.owner:
            owners[story_of.get(fact.doc, 0)].add(fact.frame.owner.lstrip("~"))
    renamed = []
    for fact in facts:
        frame = fact.frame
        parts, initials = _initials(frame.owner) if frame and frame.owner else (0, "")
        if frame is not None and frame.owner and parts >= 2 and initials in owners[story_of.get(fact.doc, 0)]:
            tilde = "~" if frame.owner.startswith("~") else ""
            renamed.append(replace(fact, frame=replace(frame, owner=tilde + initials)))
        else:
            renamed.append(fact)
    return renamed


@lru_cache(maxsize=4096)
def _initials(owner: str) -> tuple[int, str]:
    """How many words an owner has ("~" and hyphens aside) and their initials."""
    parts = [p for p in _OWNER_BREAK.split(owner.lstrip("~")) if p]
    return len(parts), "".join(p[0] for p in parts)


def events_of(facts: Sequence[Fact], story_of: Mapping[str, int], published: Mapping[int, Sequence[int]]) -> list[str]:
    """Each fact's event, against the year and month its story is about."""
    by_story: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_story[story_of.get(fact.doc, 0)].append(fact)
    present = {story: _story_year(members, published.get(story, ())) for story, members in by_story.items()}
    month = {story: _story_month(members) for story, members in by_story.items()}
    return [
        event_of(f.frame, year=present[story_of.get(f.doc, 0)], month=month[story_of.get(f.doc, 0)])
        if f.frame else "main"
        for f in facts
    ]


def _story_year(facts: Sequence[Fact], published_years: Sequence[int]) -> int | None:
    """The year the story happens in: its publication, else the latest year its sentences name."""
    if published_years:
        return max(published_years)
    years = [f.year for f in facts if f.year is not None]
    return max(years) if years else None


def _story_month(facts: Sequence[Fact]) -> int | None:
    """The month most of the story's day dates name."""
    months: Counter[int] = Counter()
    for fact in facts:
        if isinstance(fact.detail, When) and fact.detail.granularity == "day":
            lowered = fact.value.lower()
            months.update(n for name, n in MONTHS.items() if name in lowered or name[:3] + "." in lowered)
    return months.most_common(1)[0][0] if months else None
