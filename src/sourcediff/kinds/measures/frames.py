"""Fact frames: what a figure measures, what happened, to whom, in which event, part or whole.

A frame is read from the figure's own clause (and, where the clause says nothing, its sentence):
"12 people were killed" counts people (dead); "Manning completed 29 of 34 passes" gives Manning's
34 passes (a total) and 29 (a part of it); "In January, five cables were cut" is another month's
event. Alignment compares only facts whose frames agree.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ...models import Fact, Frame, Quantity, When
from ...text import STOPWORDS
from .clauses import (
    CLAUSE_OPENERS,
    PREPOSITIONS,
    NameSpan,
    Run,
    Token,
    clause_of,
    possessor,
    predicate_near,
    runs_of,
    sentence_part,
    shared_subject,
    singular,
    subject,
    within,
    words_of,
)
from .frame_words import (
    ALONE_AFTER,
    BACKGROUND,
    CHANGE_BEFORE,
    ELAPSED_BEFORE,
    EXTREME,
    GLUED_UNIT_AFTER,
    MONTHS,
    OF_TOTAL_BEFORE,
    PART_AFTER,
    PART_BEFORE,
    PEOPLE_NOUNS,
    PREDICATE_OF,
    RANGE_END_BEFORE,
    RANGE_START_BEFORE,
    RATE_AFTER,
    RATIO_AFTER,
    RECORD,
    REMAINING_AFTER,
    RUNNING,
    SELECTION_BEFORE,
    SHORT_TIME_UNITS,
    SPAN_WORDS,
    SPOUSE_NOUNS,
    STREAK,
    THING_SYNONYMS,
    TIME_NOUNS,
    WEAK_NOUN_CLASSES,
    WEEKDAY_NAMES,
    YEAR,
    searchable,
)
from .units import unit_dimension, unit_name

NOT_COMPARABLE = Frame(
    dimension="none", unit=None, thing=None, noun=None, predicate=None, owner=None, where=None, when=None,
    scope="whole",
)
_REPORTING_NEXT_TO_DATE = frozenset({"said", "says", "told", "tells", "reported", "added", "stated", "explained"})
# Nouns that name what a figure after "of" measures: "a depth of 12 miles", "a sentence of 485 years".
_OF_HEADS = frozenset("""sentence sentences term population depth distance height length total toll margin crowd
    tally budget cost value price fine award bill debt deficit surplus""".split())
_QUAKES = frozenset({"quake", "earthquake", "temblor", "aftershock", "tremor", "shock", "foreshock"})
_AGE_WORDS = frozenset({"year", "years", "old", "year-old", "years-old", "month", "months"})
_NOT_NOUNS = frozenset("""is was were are has had have will would could should may might can did does as so then
    when while morning afternoon evening night midnight noon last next this that""".split())


def frame_of(fact: Fact, names: Sequence[NameSpan] = (), antecedent: str | None = None) -> Frame:
    """The frame of one number, duration or date fact.

    `names` are the names in the fact's sentence, with offsets within it; `antecedent` is the person
    "he" or "she" would stand for at this point of the document.
    """
    sentence = fact.sentence
    local = fact.start - fact.sentence_start if fact.sentence_start >= 0 else max(0, sentence.find(fact.value))
    local_end = local + len(fact.value)
    tokenised = words_of(sentence)
    tokens = tokenised.tokens
    first = min(bisect_right(tokenised.ends, local), len(tokens) - 1)  # the first token ending after the fact starts
    last = bisect_left(tokenised.starts, local_end) - 1  # the last token starting before it ends
    last = last if last >= 0 else first
    if not tokens or not _comparable(fact, tokens, first, last, local_end):
        return NOT_COMPARABLE
    lo, hi = clause_of(tokens, first, last)
    dimension, unit = dimension_of(fact)
    detail = fact.detail
    counts = detail.counts.lower() if isinstance(detail, Quantity) and detail.counts else None
    if first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in _OF_HEADS:
        counts = tokens[first - 2].low  # "a sentence of 485 years", "a population of 1,000"
    if last + 1 < len(tokens) and tokens[last + 1].low in PEOPLE_NOUNS:
        counts = tokens[last + 1].low  # "800 people live there": people, whatever word follows them
    thing, noun = thing_of(counts), singular(counts) if counts else None
    if dimension == "duration":  # "three-month audit", "30 hours of deliberation", "her audit, done in four months"
        thing = noun = (_modified_noun(tokens, last, hi) or _of_noun(tokens, last, hi)
                        or _noun_in_clause(counts, tokens, lo, first))
        unit = "hours" if isinstance(detail, Quantity) and detail.unit in SHORT_TIME_UNITS else "days"
    glued = GLUED_UNIT_AFTER.match(sentence[local_end:])
    if glued and dimension == "count":  # "a 45-yard field goal": a goal's length in yards, not a count
        dimension, unit, thing, noun = "length", glued.group(1), glued.group(2).lower(), glued.group(2).lower()
    if noun == "block" and dimension == "count":
        dimension = "address"  # "the 12200 block of Elm Street": a place, compared exactly
    measured = isinstance(detail, Quantity) and unit_dimension(detail.unit) not in (None, "money", "share")
    if measured and counts and isinstance(detail, Quantity) and _names_unit(counts, detail.unit or ""):
        noun = _head_after(tokens, last, hi)  # "3 miles" counts no miles; "a 41-yard touchdown pass": a pass
        thing = thing_of(noun)
    if dimension == "count" and noun == "magnitude":
        dimension, unit, thing, noun = "magnitude", "magnitude", None, None  # "a magnitude of 4.6"
    decimal = isinstance(detail, Quantity) and detail.precision < 1
    if dimension == "count" and decimal and noun in _QUAKES:
        dimension, unit = "magnitude", "magnitude"  # "a 4.4 quake": its magnitude, no count of quakes
    if dimension == "magnitude" and noun is None:
        thing = noun = "quake"  # a magnitude names no other thing: the story's quake
    if noun in TIME_NOUNS and dimension != "ordinal":
        thing = noun = None  # "$80 million last summer": a time, not what was counted
    predicate, predicate_cue = _predicate(tokens, lo, hi, first, last, counts, dimension, tokenised.verbs)
    if predicate == "married" and thing == "people" and noun in SPOUSE_NOUNS:
        thing = "spouse"  # "married to 20 women", "19 wives"
    every = runs_of(sentence, names)
    owner, owner_cue = _owner(tokens, lo, hi, first, last, dimension, every, antecedent)
    if RATE_AFTER.match(sentence[local_end:]) and dimension in ("count", "money", "share"):
        dimension = "rate"  # "15.5 points per game", "$25 a share"
    clause = sentence[tokens[lo].start : tokens[hi - 1].end]
    subject_lo, subject_hi = shared_subject(tokens, lo)
    content = tokenised.content[bisect_left(tokenised.content, subject_lo) : bisect_left(tokenised.content, hi)]
    return Frame(
        dimension=dimension,
        unit=unit,
        thing=thing,
        noun=noun,
        predicate=predicate,
        owner=owner,
        where=_where(tokens, lo, hi, every),
        when=next((t.low for t in tokens[lo:hi] if t.low in WEEKDAY_NAMES), None) if thing == "people" else None,
        # the counted noun may stand inside the value ("three others"): scope words are read from the number on
        scope=_scope(sentence, local, min(local_end, tokens[first].end), tokens[lo].start, tokens[hi - 1].end,
                     dimension),
        background=_background(fact, tokens, lo, clause),
        years=tuple(int(y) for y in YEAR.findall(clause)) if not isinstance(detail, When) else (),
        months=tuple(MONTHS[t.low] for i, t in enumerate(tokens[lo:hi], start=lo)
                     if t.low in MONTHS and t.text[:1].isupper() and not first <= i <= last)
        if dimension not in ("date", "age") else (),  # a date beside another is no other event; ages go by years
        words=tuple(tokens[i].low for i in content if (i >= lo or i < subject_hi) and not first <= i <= last),
        cues=(predicate_cue or "", owner_cue or ""),
    )


def _comparable(fact: Fact, tokens: Sequence[Token], first: int, last: int, local_end: int) -> bool:
    """Figures and dates that state no comparable fact: a record or score, a game clock, a date that
    names something ("Sunday congregations", "the 2008-09 season") or dates only a remark ("said Saturday")."""
    detail = fact.detail
    if isinstance(detail, Quantity):
        if fact.kind == "number" and detail.unit is None and RECORD.match(fact.value):
            return False
        before = fact.sentence[max(0, fact.start - fact.sentence_start - 40) : fact.start - fact.sentence_start]
        if SELECTION_BEFORE in searchable(fact.sentence) and SELECTION_BEFORE.search(before):
            return False  # "their first two drives": a selection named by its size, not a count to compare
        elapsed = ELAPSED_BEFORE.search(before) and fact.sentence[local_end:].lstrip().startswith("of")
        if fact.kind == "duration" and elapsed:
            return False  # "after four days of riots": how long so far, which depends on the day of writing
        return not (fact.kind == "duration" and REMAINING_AFTER.match(fact.sentence[local_end:]))
    before = tokens[first - 1].low if first > 0 else ""
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if before in _REPORTING_NEXT_TO_DATE or after in _REPORTING_NEXT_TO_DATE:
        return False
    return not _names_a_thing(tokens, first, last)


def dimension_of(fact: Fact) -> tuple[str, str | None]:
    """What kind of quantity a fact is, and its unit or granularity within it."""
    detail = fact.detail
    if isinstance(detail, When):
        return "date", detail.granularity
    if not isinstance(detail, Quantity):
        return fact.kind, None
    unit = detail.unit
    if fact.kind == "duration":
        return "duration", "days"
    if fact.kind == "time" or unit == "clock":
        return "time", "clock"
    if unit in ("percent", "fraction"):
        return "share", "percent"
    if unit is None:
        return "count", None
    if unit.isupper():
        return "money", unit
    if unit.startswith("per "):
        return "rate", unit
    if unit == "ordinal" or unit.startswith("age"):
        return ("ordinal" if unit == "ordinal" else "age"), unit
    return unit_dimension(unit) or unit, unit  # "mi" -> length, "lb" -> mass, "degF" -> temperature


def thing_of(counts: str | None) -> str | None:
    """The class of a counted noun: person nouns are people, a few kinds of things share a name."""
    if not counts:
        return None
    word = counts.lower()
    one = singular(word)
    demonym = word.endswith("ans") and len(word) > 5  # "Canadians", "veterans"
    casualty = PREDICATE_OF.get(word) in ("dead", "injured", "missing")
    if demonym or casualty or word in PEOPLE_NOUNS or one in PEOPLE_NOUNS:
        return "people"
    return THING_SYNONYMS.get(one, one)


def _predicate(
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    first: int,
    last: int,
    counts: str | None,
    dimension: str,
    verbs: Sequence[int] | None = None,
) -> tuple[str | None, str | None]:
    if counts and counts in PREDICATE_OF and PREDICATE_OF[counts] not in WEAK_NOUN_CLASSES:
        return PREDICATE_OF[counts], counts  # "$2 million of damage", "12 deaths"
    after = next((t.low for t in tokens[last + 1 : last + 4] if _names_a_direction(t.low)), None)
    if after:
        return "away", after  # "14 miles northeast of the town": a distance from a place, whatever the verb
    stem = counts.rstrip("s") if counts else None
    noun_at = None if stem is None else next(
        (i for i in range(last + 1, min(hi, last + 5)) if tokens[i].low.rstrip("s") == stem), None
    )
    found = predicate_near(tokens, lo, hi, first, last, skip=noun_at, dates=dimension in ("date", "time"),
                           money=dimension == "money", verbs=verbs)
    if found[0] is None:  # nothing in the clause: what the sentence around it is about
        found = predicate_near(tokens, sentence_part(tokens, first), len(tokens), first, last, skip=noun_at,
                               dates=dimension in ("date", "time"), money=dimension == "money", classes_only=True,
                               verbs=verbs)
    return found


@lru_cache(maxsize=8192)
def _names_a_direction(word: str) -> bool:
    """ "northeast", "south-west": a word (or a part of one) that puts a figure as a distance away."""
    return any(PREDICATE_OF.get(part) == "away" for part in word.split("-"))


def _owner(
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    first: int,
    last: int,
    dimension: str,
    every: Sequence[Run],
    antecedent: str | None,
) -> tuple[str | None, str | None]:
    if dimension == "age":
        return _age_owner(tokens, first, last, every)
    runs = within(every, lo, hi)
    owned = possessor(tokens, runs, first, last)
    if owned:
        return owned[2], tokens[owned[0]].text
    if dimension == "share":  # "65% of traffic to India", "60 per cent in India"
        for start, _end, key, _kind in within(every, last + 1, min(hi, last + 10)):
            if start > 0 and tokens[start - 1].low in ("in", "to", "with", "for", "from"):
                return key, tokens[start].text
    found = subject(tokens, lo, first, runs, every, antecedent)
    if found[0] is None and lo > 0:  # "Manning threw for 364 yards and three touchdowns": the sentence's subject
        part = sentence_part(tokens, first)
        found = subject(tokens, part, first, within(every, part, first), every, antecedent)
    return found


def _age_owner(tokens: Sequence[Token], first: int, last: int, runs: Sequence[Run]) -> tuple[str | None, str | None]:
    """Whose age: 'Smith, 52,', 'a 52-year-old Smith', 'the 35-year-old deputy', 'girls aged 6'."""
    for start, end, key, _kind in runs:
        if (end <= first and first - end <= 1) or (start > last and start - last <= 2):
            return key, tokens[start].text
    following = tokens[last + 1 : last + 4]
    old = any(t.low.endswith("old") for t in [tokens[last], *following[:2]])
    after = next((t for t in following if t.low.isalpha() and t.low not in _AGE_WORDS), None)
    if old and after is not None and not after.text[:1].isupper():
        return "n:" + singular(after.low), after.text  # "the 35-year-old deputy"
    if first >= 2 and tokens[first - 1].low in ("age", "aged", "ages") and tokens[first - 2].low.isalpha():
        return "n:" + singular(tokens[first - 2].low), tokens[first - 2].text
    return None, None


def _where(tokens: Sequence[Token], lo: int, hi: int, every: Sequence[Run]) -> str | None:
    """The place the clause sets the figure in: a name after 'in', 'at' or 'near' that is no person."""
    for start, _end, key, kind in within(every, lo, hi):
        if start > 0 and tokens[start - 1].low in ("in", "at", "near", "outside", "inside") and kind != "person":
            return key
    return None


def _background(fact: Fact, tokens: Sequence[Token], lo: int, clause: str) -> str:
    """A cue that the clause is about another event than the story's own ('10 days after', 'last year')."""
    if lo >= 2 and tokens[lo - 1].low in ("after", "before", "since") and tokens[lo - 2].low in SPAN_WORDS:
        return f"{tokens[lo - 2].low} {tokens[lo - 1].low}"  # "10 days after a gunman killed five"
    if isinstance(fact.detail, When):
        return ""
    match = BACKGROUND.search(clause) if BACKGROUND in searchable(fact.sentence) else None
    return match.group().lower() if match else ""


def _scope(sentence: str, local: int, local_end: int, clause_start: int, clause_end: int, dimension: str) -> str:
    """Whole, or a part of another figure, a running total, a streak, a change, a range's start or end."""
    before, after = sentence[clause_start:local], sentence[local_end:clause_end]
    if dimension == "ordinal":
        return "whole"  # "the seventh straight day": a position, whatever the streak
    cues = searchable(sentence)  # the patterns worth a search here
    if EXTREME in cues and EXTREME.search(sentence[clause_start:clause_end]):
        return "extreme"  # "the largest quake recorded there", "a maximum magnitude of 7.5": a record, not the event
    if dimension == "date":
        if RANGE_START_BEFORE in cues and RANGE_START_BEFORE.search(sentence[:local]):
            return "start"  # "between May 1 and ...", "since March"
        return "end" if RANGE_END_BEFORE.search(sentence[:local]) else "whole"
    change = CHANGE_BEFORE.search(sentence[max(0, local - 40) : local])
    if change and (dimension in ("share", "money", "rate") or change.group().split()[-1].lower() in ("by", "of")):
        return "change"  # "rose by 3", "a drop of five points", "fell 2%": how much something moved
    if OF_TOTAL_BEFORE.search(sentence[max(0, local - 12) : local]):
        return "total:of"  # "28 of 41 passes": 41 is how many were tried
    if STREAK in cues and (STREAK.search(after[:20]) or STREAK.search(before[-20:])):
        return "streak"
    if dimension == "count" and (
        (PART_BEFORE in cues and PART_BEFORE.search(sentence[:local])) or PART_AFTER.match(after)
    ):
        return "part"  # "including two children", "three others", "two of them"
    selection = SELECTION_BEFORE.search(before) if SELECTION_BEFORE in cues else None
    if selection:
        return "part:" + selection.group().split()[1].lower()  # "his first 17 passes"
    if RATIO_AFTER.match(after):
        return "part:of"  # "28 of 41 passes"
    if ALONE_AFTER in cues and ALONE_AFTER.search(after):
        return "part"  # "in the capital alone"
    if RUNNING in cues and (RUNNING.search(before) or RUNNING.search(after[:40])):
        return "running"
    return "whole"


def _names_unit(counts: str, code: str) -> bool:
    name = (unit_name(code) or "").lower()
    return (bool(name) and singular(counts) in (name, name.split()[-1])) or counts == code


def _head_after(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The head of a short noun phrase a measure describes: 'a 41-yard touchdown pass to ...' -> pass."""
    if tokens[last].low.endswith("s") and not tokens[last].low.endswith("ss"):
        return None  # "3 miles southwest": no modifier
    head = None
    for token in tokens[last + 1 : min(hi, last + 4)]:
        word = token.low
        if not word.isalpha() or token.text[:1].isupper() or word in PREPOSITIONS or word in STOPWORDS:
            break
        if word.endswith("ed") or PREDICATE_OF.get(word) in ("away", "deep"):
            break
        head = word
    return singular(head) if head else None


def _modified_noun(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The noun a span of time describes when written as a modifier: 'three month audit', '40-hour trial'."""
    unit = tokens[last].low.rsplit("-", 1)[-1]
    if unit.endswith("s") or last + 1 >= hi:
        return None
    following = tokens[last + 1].low
    if not following.isalpha() or following in PREPOSITIONS or following in CLAUSE_OPENERS:
        return None
    if following in ("of", "ago", "later", "earlier", "old", "long", "after", "before"):
        return None
    return thing_of(following)


def _of_noun(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """'30 hours of deliberation', 'two weeks of talks': the activity a span of time is made of."""
    at = last + 1
    if at >= hi or tokens[at].low != "of":
        return None
    at += 1
    while at < hi and tokens[at].low in ("the", "a", "an", "his", "her", "their", "its"):
        at += 1
    if at >= hi or not tokens[at].low.isalpha() or tokens[at].text[:1].isupper():
        return None
    return thing_of(singular(tokens[at].low))


def _noun_in_clause(counts: str | None, tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The noun a span of time describes, when the span stands in an apposition to it."""
    if not counts or counts in TIME_NOUNS:
        return None
    if lo >= 2 and tokens[lo].low in ("which", "that", "who") and tokens[lo - 1].text == ",":
        lo = max(0, lo - 4)  # "the inquiry, which will last four months": the noun the clause hangs on
    pairs = zip(tokens[lo:first], tokens[lo + 1 : first], strict=False)
    apposed = any(t.low == counts and n.text == "," for t, n in pairs)
    return thing_of(counts) if apposed else None  # "her audit, completed in four months"


def _names_a_thing(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'the March 11, 2005, rampage', 'Sunday congregations': a date used as a noun's modifier."""
    at = last + 1
    if at + 1 < len(tokens) and tokens[at].text == "," and first > 0 and tokens[first - 1].low == "the":
        at += 1
    if at >= len(tokens):
        return False
    following = tokens[at]
    if not following.low.isalpha() or following.text[:1].isupper():
        return False
    if following.low in PREPOSITIONS or following.low in CLAUSE_OPENERS or following.low in _NOT_NOUNS:
        return False
    before = tokens[first - 1].low if first > 0 else ""
    return before in ("the", "a", "an", "its", "his", "her", "their") or following.low.endswith("s")
