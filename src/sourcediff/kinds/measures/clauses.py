"""A figure's clause, and who and what it is about: the grammar fact frames are read with.

No parser: a sentence is cut into word tokens, a clause ends at strong punctuation or a joining
word, what happened is the class word (or plain verb) nearest the figure, and the owner is a name
the figure is possessed by, stands beside, or has as its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from ...regexes import compile_regex
from ...text import STOPWORDS
from .frame_words import COMPOUND_HEADS, MONEY_CLASSES, PREDICATE_OF

# A name in a sentence: (start, end) offsets within the sentence, its key and its kind (person, org, ...)
NameSpan = tuple[int, int, str, str]
# A name among the tokens: (first token, token after it, key, kind)
Run = tuple[int, int, str, str]

_ORDINAL_END = r"(?:st|nd|rd|th)?"  # "223rd" is one token
_TOKEN = compile_regex(
    r"[A-Za-z\u00C0-\u024F][\w'’\-.]*\w|[A-Za-z]|\d[\d,.:]*\d" + _ORDINAL_END + r"|\d" + _ORDINAL_END
    + r"|[;:()\"“”‘’—–,]"
)
CLAUSE_PUNCTUATION = frozenset(";:()\"“”—–")
# After a comma these open a new clause; "and", "but", "that", "said" ... open one even without it.
CLAUSE_OPENERS = frozenset(
    """and but while whereas which who whom whose where when after before although though as because since
    including compared according with said says told until unless if once""".split()
)
BARE_SPLITTERS = frozenset("""and but while whereas until unless because although that said says told tells after
    before when""".split())
REPORTING = frozenset("""said says told tells reported reports according announced stated added estimated
    estimates confirmed believed explained""".split())
PREPOSITIONS = frozenset("""in at from to near of for against by with on into over across inside outside
    through toward towards than versus vs""".split())
NOT_OWNERS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday mr mrs ms dr sir dame lord lady the a an this that these those
    it he she they we i in on at for but and or if when while after before police officials authorities
    officers president minister secretary prime government court report his her their its there here
    fire firefighters sheriff deputies prosecutors county city state federal national so then""".split()
)
PRONOUNS = frozenset({"he", "she", "his", "her"})
_CLAUSE_STARTERS = frozenset("""he she it they we i you is was were are has had have will would could should may
    might can did does then also later""".split())
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    twenty thirty forty fifty hundred hundreds thousand thousands million millions dozens dozen several some
    a an at more nearly about""".split())
_OBJECT_VERBS = frozenset("""put beat beats hit hits tell told tells asked give gave gives sent send named name
    names call called""".split())
_NOT_VERBS = frozenset("""need red bed shed seed speed feed hundred united based related so-called alleged
    reported estimated armed used aged""".split())
_GENERIC_PLACE = frozenset("""street st avenue ave road rd boulevard blvd drive lane way county city town river
    stadium church school university college park center centre east west north south corp corporation inc
    ltd co plc llc group company""".split())
_ORDINAL = compile_regex(r"^\d+(?:st|nd|rd|th)$")
_POSSESSIVE_END = ("'s", "’s", "'", "’")

PLAIN_VERB_PENALTY = 1.0  # tokens of distance a plain verb gives away against a class word
SUBJECT_REACH = 10  # tokens at most between a subject name and its figure
DATE_REACH, DATE_REACH_AFTER = 4, 2  # tokens at most between a date and the verb it dates (before, after)


class Token(NamedTuple):
    """One word, figure or mark of a sentence. A tuple, not a frozen dataclass: a sentence has dozens,
    and the frozen dataclass's field-by-field __init__ took most of the time of reading them."""

    text: str
    low: str  # lower case, possessive and outer punctuation removed
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence's tokens, with what the frames of all its figures look up in them worked out once."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]  # where each token starts: a figure's tokens are found by bisection
    ends: tuple[int, ...]
    verbs: tuple[int, ...]  # the tokens that can say what happened (`predicate_near` reads no other)
    content: tuple[int, ...]  # the tokens a frame keeps among its words: no function words, no short ones
    acronyms: tuple[tuple[int, str], ...]  # upper-case names the name extractor leaves out ("FBI"), lower-cased


class _WordInfo(dict[str, tuple[str, bool, bool, bool]]):
    """A token's text -> its lower-case form and whether it may say what happened, is a content word,
    and may be an acronym (its second letter a capital): worked out once per distinct word, as a
    story repeats its words from sentence to sentence. Bounded: emptied when it grows past MAX_WORDS."""

    MAX_WORDS = 100_000

    def __missing__(self, text: str) -> tuple[str, bool, bool, bool]:
        low = text.lower()
        if not low.isalnum():  # most tokens are plain words or digits: nothing to fold
            low = fold(text)
        verb = low in PREDICATE_OF or (low.endswith("ed") and _plain_verb(low))
        content = len(low) > 2 and low.isalpha() and low not in STOPWORDS
        if len(self) >= self.MAX_WORDS:
            self.clear()
        info = self[text] = (low, verb, content, text[1:2].isupper())
        return info


_INFO = _WordInfo()
_LOW, _VERB, _CONTENT, _CAPITAL = (itemgetter(n) for n in range(4))
_MATCH_TEXT, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end


@lru_cache(maxsize=8192)
def words_of(sentence: str) -> Words:
    """The sentence's tokens and what frames look up in them, with no Python step per token."""
    matches = list(_TOKEN.finditer(sentence))
    texts = list(map(_MATCH_TEXT, matches))
    starts = tuple(map(_MATCH_START, matches))
    infos = list(map(_INFO.__getitem__, texts))
    # `Token(...)` without the Python-level __new__ a NamedTuple adds: a sentence has dozens of tokens.
    ends = tuple(map(_MATCH_END, matches))
    tokens = tuple(map(tuple.__new__, repeat(Token), zip(texts, map(_LOW, infos), starts, ends, strict=True)))
    indices = range(len(tokens))
    capitals = list(compress(indices, map(_CAPITAL, infos)))
    return Words(tokens, starts, ends, tuple(compress(indices, map(_VERB, infos))),
                 tuple(compress(indices, map(_CONTENT, infos))), _acronyms(tokens, capitals))


def tokens_of(sentence: str) -> tuple[Token, ...]:
    return words_of(sentence).tokens


def _plain_verb(word: str) -> bool:
    return word.isalpha() and word.endswith("ed") and len(word) > 4 and word not in _NOT_VERBS


def _acronyms(tokens: Sequence[Token], capitals: Sequence[int]) -> tuple[tuple[int, str], ...]:
    if not capitals or sum(t.text.isupper() for t in tokens) > len(tokens) / 2:
        return ()  # an all-caps line names nothing
    found = []
    for index in capitals:
        bare = tokens[index].text.removesuffix("'s").removesuffix("’s")
        if len(bare) >= 2 and bare.isupper() and bare.isalpha() and bare.lower() not in NOT_OWNERS:
            found.append((index, bare.lower()))
    return tuple(found)


_RUNS: dict[tuple[str, tuple[NameSpan, ...]], tuple[Run, ...]] = {}
RUNS_CACHE_SIZE = 4096


def runs_of(sentence: str, names: Sequence[NameSpan]) -> tuple[Run, ...]:
    """`sentence_runs` of a sentence, found once for all the figures in it."""
    key = (sentence, tuple(names))
    found = _RUNS.get(key)
    if found is None:
        if len(_RUNS) >= RUNS_CACHE_SIZE:
            _RUNS.clear()
        found = _RUNS[key] = sentence_runs(words_of(sentence), names)
    return found


def fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'.-")


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + ("fe" if word[:-3].endswith("i") else "f")
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def clause_of(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """Token range (lo, hi) of the clause that holds tokens first..last."""
    lo = first
    while lo > 0:
        previous = tokens[lo - 1]
        if previous.text in CLAUSE_PUNCTUATION:
            break
        if previous.text == "," and tokens[lo].low in CLAUSE_OPENERS:
            break
        if previous.low in BARE_SPLITTERS and not _joins(tokens, lo - 1):
            break
        lo -= 1
    hi = last + 1
    while hi < len(tokens):
        token = tokens[hi]
        if token.text in CLAUSE_PUNCTUATION:
            break
        if token.text == "," and hi + 1 < len(tokens) and tokens[hi + 1].low in CLAUSE_OPENERS:
            break
        if token.low in BARE_SPLITTERS and not _joins(tokens, hi):
            break
        hi += 1
    return lo, hi


def shared_subject(tokens: Sequence[Token], lo: int) -> tuple[int, int]:
    """Tokens of the subject a clause shares with the clause before it: "The suspect is 5 feet 8
    inches tall and weighing 130 pounds" weighs the suspect. Empty when the clause has a subject."""
    if lo < 2 or tokens[lo - 1].low not in ("and", "or") or not _verb_like(tokens[lo].low):
        return lo, lo
    start, _ = clause_of(tokens, lo - 2, lo - 2)
    end = start
    while end < lo - 1 and not _verb_like(tokens[end].low) and tokens[end].text not in CLAUSE_PUNCTUATION:
        end += 1
    return start, end


def _verb_like(word: str) -> bool:
    return word in PREDICATE_OF or word in _AUXILIARIES or (
        word.isalpha() and word.endswith(("ed", "ing")) and len(word) > 4 and word not in _NOT_VERBS)


_AUXILIARIES = frozenset("is was were are has had have will would could should may might can did does".split())


def _joins(tokens: Sequence[Token], at: int) -> bool:
    """'Smith and Jones', '50 and 60', 'services and call centres': the joining word sits inside a noun
    phrase, not between clauses. 'and' or 'or' starts a clause only before a verb, a figure or a pronoun
    ("killed three and injured 40", "three dead and five hurt")."""
    if at == 0 or at + 1 >= len(tokens):
        return False
    left, right = tokens[at - 1], tokens[at + 1]
    if left.text[:1].isupper() and right.text[:1].isupper():
        return True
    if left.text[:1].isdigit() and right.text[:1].isdigit():
        return True
    if tokens[at].low not in ("and", "or"):
        return False
    word = right.low
    opens_clause = (
        right.text[:1].isdigit() or word in _CLAUSE_STARTERS or word in NUMBER_WORDS or word in PREDICATE_OF
        or (word.isalpha() and word.endswith(("ed", "ing")) and len(word) > 4)
    )
    return not opens_clause


def sentence_part(tokens: Sequence[Token], first: int) -> int:
    """Where the part of the sentence holding `first` starts: after a semicolon, dash or 'said'."""
    for index in range(first - 1, -1, -1):
        if tokens[index].text in (";", "—", "–", ":") or tokens[index].low in ("said", "says", "told"):
            return index + 1
    return 0


def predicate_near(
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    first: int,
    last: int,
    *,
    skip: int | None = None,
    dates: bool = False,
    money: bool = True,
    classes_only: bool = False,
    verbs: Sequence[int] | None = None,
) -> tuple[str | None, str | None]:
    """What happened: the class word or plain "-ed" verb nearest the figure in tokens lo..hi.

    Words after a count read first ("12 people were killed"); for a date the verb just before it
    does ("arrested on Wednesday"). Returns the class ("v:" + stem for a plain verb) and the word.
    `verbs` (`Words.verbs`) are the only tokens that can be either: no other is read.
    """
    best: tuple[float, str, str] | None = None
    fronted = dates and all(t.low in ("in", "on", "by", "since", "early", "late") for t in tokens[lo:first])
    indexes = range(lo, hi) if verbs is None else verbs[bisect_left(verbs, lo) : bisect_left(verbs, hi)]
    for index in indexes:
        if first <= index <= last or index == skip:
            continue
        token = tokens[index]
        if token.text[:1].isupper() and index > lo:
            continue  # a name, not a verb
        word = token.low
        name = PREDICATE_OF.get(word)
        if name and index + 1 < hi and tokens[index + 1].low in COMPOUND_HEADS:
            name = None  # "the death penalty" is no death
        if name in MONEY_CLASSES and not money:
            continue
        if name is None:
            if classes_only or not _plain_verb(word):
                continue
            name = "v:" + word[:-2].rstrip("e")
        after = index > last
        distance = float(index - last if after else first - index)
        if dates and (distance > DATE_REACH + fronted or (after and distance > DATE_REACH_AFTER and not fronted)):
            continue  # "arrested on Wednesday"; "In April, the man was found guilty"
        if after == dates:
            distance += 0.5  # the side read first wins a tie
        if name.startswith("v:"):
            distance += PLAIN_VERB_PENALTY  # a known class a little further away still wins
            if skip is not None and index == skip + 1:
                distance += 2  # "patients treated for ...": a participle describing the counted noun
        if best is None or distance < best[0]:
            best = (distance, name, word)
    return (best[1], best[2]) if best else (None, None)


def within(every: Sequence[Run], lo: int, hi: int) -> list[Run]:
    """The names (from `sentence_runs`) that start inside tokens lo..hi, cut at hi."""
    return [(start, min(end, hi), key, kind) for start, end, key, kind in every if lo <= start < hi]


def sentence_runs(words: Words, names: Sequence[NameSpan]) -> tuple[Run, ...]:
    """Every name of a sentence: the name extractor's mentions, and upper-case acronyms it leaves out."""
    tokens = words.tokens
    lo, hi = 0, len(tokens)
    runs: list[Run] = []
    taken: set[int] = set()
    for start, end, name_key, kind in names:
        first = bisect_right(words.ends, start)  # the first token ending after the name starts
        if first >= hi or tokens[first].start >= end:
            continue
        stop = first
        while stop < hi and tokens[stop].start < end:
            stop += 1
        while stop < hi and (tokens[stop].text[:1].isupper() or _ORDINAL.match(tokens[stop].text)):
            stop += 1  # "East 223rd Street": the name extractor stops at the digits
        while first > lo and _ORDINAL.match(tokens[first - 1].text):
            first -= 1  # "223rd Street"
        key = _place_key([tokens[i].low for i in range(first, stop)]) or name_key
        if key not in NOT_OWNERS:
            runs.append((first, stop, key, kind))
            taken.update(range(first, stop))
    runs.extend((index, index + 1, low, "org") for index, low in words.acronyms if index not in taken)
    return tuple(sorted(runs))


def _place_key(words: list[str]) -> str | None:
    """'East 223rd Street' -> 223rd: a name ending in a generic word is known by its distinctive one."""
    if not words or words[-1] not in _GENERIC_PLACE:
        return None
    distinctive = [w for w in words if w not in _GENERIC_PLACE]
    return distinctive[-1] if distinctive else None


def possessor(tokens: Sequence[Token], runs: Sequence[Run], first: int, last: int) -> Run | None:
    """"IBM's 10 percent share", "65 percent of India's traffic": the name that possesses the figure."""
    for index in range(max(0, first - 3), first):  # a possessive opening the sentence, which no name list holds
        token = tokens[index]
        named = token.text[:1].isupper() and token.text.endswith(_POSSESSIVE_END) and token.low not in NOT_OWNERS
        if named and not any(run[0] <= index < run[1] for run in runs):
            return (index, index + 1, token.low, "unknown")
    for run in runs:
        start, end = run[0], run[1]
        if end <= first and first - end <= 3 and tokens[end - 1].text.endswith(_POSSESSIVE_END):
            return run
    for run in runs:
        start = run[0]
        if start > last and start - last <= 5 and any(tokens[i].low == "of" for i in range(last + 1, start)):
            return run
    return None


def _in_phrase(tokens: Sequence[Token], start: int, runs: Sequence[Run]) -> bool:
    """'... between Europe, the Middle East and Asia': a name inside a prepositional phrase, no subject."""
    starts = {run[0] for run in runs}
    ends = {run[1]: run[0] for run in runs}
    at = start - 1
    while at >= 0:
        low = tokens[at].low
        if at + 1 in ends and at + 1 != start:
            at = ends[at + 1] - 1
            continue
        if low in ("and", "or", "the", "a", ",") or at in starts:
            at -= 1
            continue
        return low in PREPOSITIONS
    return False


def subject(
    tokens: Sequence[Token],
    lo: int,
    first: int,
    runs: Sequence[Run],
    every: Sequence[Run],
    antecedent: str | None,
) -> tuple[str | None, str | None]:
    """The clause's subject: a name before the figure that is no source, place or object; the name a
    relative clause hangs on; or the person a pronoun before the figure stands for."""
    for start, end, key, kind in reversed(runs):
        if end > first or first - end > SUBJECT_REACH or kind == "place" or _in_phrase(tokens, start, runs):
            continue
        back = start - 1
        while back >= 0 and tokens[back].low in ("the", "a", "an"):
            back -= 1
        before = tokens[back].low if back >= 0 else ""
        after = tokens[end].low if end < len(tokens) else ""
        if before in PREPOSITIONS or before in _OBJECT_VERBS or after in REPORTING:
            continue
        if before.endswith("ed") and before.isalpha():
            continue  # "... put Smith to death": an object
        return key, tokens[start].text
    if lo >= 2 and tokens[lo].low in ("who", "whose") and tokens[lo - 1].text == ",":
        before_runs = within(every, 0, lo - 1)
        if before_runs and before_runs[-1][1] == lo - 1:  # "Smith, who has ..."
            return before_runs[-1][2], tokens[before_runs[-1][0]].text
    at = next((i for i in range(lo, first) if tokens[i].low in PRONOUNS), None)
    if at is None:
        return None, None
    earlier = [r for r in within(every, 0, at) if r[3] != "place"]
    people = [r for r in earlier if r[3] == "person"] or earlier
    if people:  # "Smith said he ...", "Smith was a bishop until he ...": the sentence's own person
        return people[0][2], tokens[people[0][0]].text
    if antecedent:
        return "~" + antecedent, tokens[at].text  # a guess: compared, never decisive
    return "?" + tokens[at].low, tokens[at].text  # nobody to stand for: whose figure cannot be told
