"""The people a document names, and whom a name, a bare surname or a titled surname refers to.

People are told apart by first name and surname, so "Tom Mills" and "Judge Sarah Mills" are two
people. A surname on its own or after a title ("Mills", "Ms Mills", "Judge Mills") is the namesake
the title fits best ("Ms" does not fit a "Mr"; a rank such as "Judge" only fits someone the story
gives it), and among those the one the article mentioned last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ...models import Fact, Mention
from ...regexes import compile_regex
from ...text import STOPWORDS
from ..names import PEERAGES, RANKS, TITLE_SPELLINGS, TITLES, one_given_name
from .lexicon import (
    ADDRESS_TITLES,
    DOC_NOUNS,
    NOT_NAME,
    POSSESSIVE,
    PREFIX_WORDS,
    RANK_TITLES,
    ROLE_WORDS,
    alternation,
)

_LOWER_ROLE_BEFORE = compile_regex(r"((?:[A-Za-z][\w\-]*\s+){0,2}?" + alternation(ROLE_WORDS) + r")\s+$",
                                   re.IGNORECASE)
# The role word that _LOWER_ROLE_BEFORE needs last: a cheap test before that slow search.
_ROLE_TAIL = compile_regex(alternation(ROLE_WORDS) + r"\Z", re.IGNORECASE)
_LONGEST_ROLE = max(len(word) for word in ROLE_WORDS)

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
SLIP_MIN_LETTERS = 5  # first names this long that differ by one letter are one name misspelt (Marianne/Mariane)
_UNFIT, _FITS, _CONFIRMED = 0, 1, 2  # how well a title before a bare surname fits a person


@dataclass(slots=True, eq=False)  # one object per person: two people may share every field but the identity
class Person:
    name: str  # the fullest form the article gives, without titles; until a first name, "Ms Smith" or "Smith"
    surname: str  # lower case: "Ms Smith", "Jane Smith" and "Tom Smith" share it
    given: str = ""  # lower case first name or initial: with `surname`, what keeps Jane and Tom Smith apart
    gender: str = ""  # "f" or "m" when a title says so
    peer: bool = False
    offices: frozenset[str] = frozenset()  # office titles written with the name: "judge", "coach"
    seen: int = -1  # where the article last mentioned them, while the index is being built


@dataclass(slots=True)  # not frozen: made for every quote, and frozen ones cost four times as much to make
class PersonMention:
    start: int
    end: int
    person: Person
    possessive: bool


@dataclass(slots=True)
class People:
    by_surname: dict[str, list[Person]] = field(default_factory=dict)  # "smith" -> everyone called Smith
    roles: dict[str, Person] = field(default_factory=dict)  # "home secretary" -> the person
    mentions: list[PersonMention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    text: str = ""
    found_authors: list[tuple[int, Person]] | None = None

    @property
    def authors(self) -> list[tuple[int, Person]]:
        """Document authors by position; looked for on first use, as many stories never ask."""
        if self.found_authors is None:
            self.found_authors = _authors(self.text, self)
        return self.found_authors

    def mention_at(self, start: int) -> PersonMention | None:
        index = bisect_right(self.starts, start) - 1
        return self.mentions[index] if index >= 0 and self.mentions[index].start == start else None

    def mention_ending(self, end: int) -> PersonMention | None:
        index = bisect_right(self.starts, end - 1) - 1
        return self.mentions[index] if index >= 0 and self.mentions[index].end == end else None

    def starting_in(self, lo: int, hi: int) -> list[PersonMention]:
        """Mentions that start in `lo:hi`, in order."""
        return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def role(self, phrase: str) -> Person | None:
        words = phrase.split()
        for role, person in self.roles.items():
            shorter = min(len(words), len(role.split()))
            if shorter >= 2 and (role.endswith(phrase) or phrase.endswith(role)):
                return person
        return None

    def surnamed(self, surname: str, at: int) -> Person | None:
        """Whom a surname written at `at` names ("Smith's review"), once every mention is known."""
        mention = self.mention_at(at)
        if mention is not None:
            return mention.person
        people = self.by_surname.get(surname.lower(), [])
        if len(people) == 1:
            return people[0]
        before = [m for m in self.mentions if m.start < at and m.person in people]
        return max(before, key=attrgetter("start")).person if before else None


def people_from_names(text: str, names: Sequence[Fact]) -> People:
    """The people index built from name facts: who is mentioned where, with titles and roles."""
    people = People(text=text)
    mentions = sorted(((f, f.detail) for f in names if isinstance(f.detail, Mention)), key=lambda pair: pair[0].start)
    named = [(f.start, *found) for f, m in mentions if (found := _name_parts(m.name, m.title, m.role, m.entity_kind))]
    introduced = _introduce(people, text, named)
    for fact, mention in mentions:  # every mention, bare surnames included, in text order
        person = introduced.get(fact.start)
        if person is None:
            namesakes = people.by_surname.get(_surname_key(mention.name) or "")
            if namesakes:
                person = namesakes[0] if len(namesakes) == 1 else _person_named(
                    people, text, (), _name_words(mention.name), fact.start, introduces=False)
        if person is not None:
            person.seen = fact.start
            people.mentions.append(PersonMention(fact.start, fact.end, person, mention.possessive))
    _index(people)
    return people


def _introduce(people: People, text: str,
               named: Sequence[tuple[int, tuple[str, ...], tuple[str, ...]]]) -> dict[int, Person]:
    """The people that full names and titled surnames, (where, prefix, words) in text order, name.

    Full names come first, so that a titled surname anywhere can be matched to one; then titled
    surnames, in text order, become one of them or someone new. Bare surnames are matched after
    this, when everyone they may name exists.
    """
    found = {at: _register(people, text, prefix, words, at) for at, prefix, words in named if len(words) > 1}
    if len(found) == len(named):
        return found  # no titled surname to match
    for at, prefix, words in named:
        person = found.get(at) if len(words) > 1 else _person_named(people, text, prefix, words, at, introduces=True)
        if person is not None:
            found[at] = person
            person.seen = at
    for namesakes in people.by_surname.values():
        for person in namesakes:
            person.seen = -1
    return found


@lru_cache(maxsize=16384)
def _name_parts(name: str, title: str, role: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The (prefix, name words) a name fact registers its person with; None when it names nobody."""
    words = [POSSESSIVE.sub("", w) for w in name.split()]
    if len(words) > 2 and words[-1].lower().rstrip(".,") in _SUFFIXES:
        words.pop()  # "Carl Dane Jr." is Carl Dane, and "Dane" names him
    prefix = title.split() + role.split()
    while len(words) > 1 and (words[0].lower() in PREFIX_WORDS or words[0].lower() in STOPWORDS):
        prefix.append(words.pop(0))  # "Nurse Kay Dunn": the role is not part of the name
    titled = bool(prefix) and prefix[-1].lower().rstrip(".") in PREFIX_WORDS
    if kind in ("place", "org") or not words or not (titled or len(words) >= 2):
        return None
    honorific = bool(prefix) and prefix[-1].lower().rstrip(".") in TITLES
    if any(_not_name(w, strict=not honorific) for w in words):
        return None
    return tuple(p.rstrip(",") for p in prefix), tuple(words)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(POSSESSIVE.sub("", w) for w in name.split())


@lru_cache(maxsize=16384)
def _surname_key(name: str) -> str | None:
    words = name.split()
    return POSSESSIVE.sub("", words[-1]).lower() if words else None


def _index(people: People) -> None:
    people.starts = [m.start for m in people.mentions]


def _not_name(word: str, *, strict: bool = True) -> bool:
    lowered = word.lower()
    return ((strict and lowered in NOT_NAME) or lowered in STOPWORDS or (lowered.endswith("ing") and len(lowered) > 5)
            or (len(word) > 2 and word[:-1].isupper() and word.endswith("s")))


def _register(people: People, text: str, prefix: Sequence[str], words: Sequence[str], at: int) -> Person:
    """Make, or find, the person that a full name (first name and surname) names."""
    surname, given = words[-1].lower(), words[0].lower().rstrip(".")
    namesakes = people.by_surname.get(surname)
    if namesakes is None:
        namesakes = people.by_surname[surname] = []
    person = None
    for namesake in namesakes:
        if namesake.given == given or _same_first_name(namesake.given, given):
            person = namesake
            break
    if person is None:
        person = Person(" ".join(words), surname, given)
        namesakes.append(person)
    elif len(words) > len(person.name.split()):
        person.name = " ".join(words)
    _learn(people, text, person, prefix, at)
    return person


def _person_named(people: People, text: str, prefix: Sequence[str], words: Sequence[str], at: int, *,
                  introduces: bool) -> Person | None:
    """The person a name written at `at` refers to; mentions must be asked about in text order.

    A full name is its person. A surname, bare or after a title, is the namesake the title fits
    best, and among equals the one the article mentioned last; only a surname that one person
    bears needs no earlier mention. A title + surname (`introduces`) that fits nobody is a new person.
    """
    namesakes = people.by_surname.get(words[-1].lower())
    if namesakes is None and not introduces:
        return None  # most names: places, bodies, people never named in full
    if namesakes is not None and len(namesakes) == 1 and (len(words) > 1 or not prefix):
        return namesakes[0]  # one person has the surname, and no title to weigh
    return _weigh(people, text, prefix, words, at, introduces=introduces)


def _weigh(people: People, text: str, prefix: Sequence[str], words: Sequence[str], at: int, *,
           introduces: bool) -> Person | None:
    """_person_named where several people share the surname, or a title may tell them apart."""
    surname = words[-1].lower()
    namesakes = people.by_surname.get(surname, [])
    if len(words) > 1:
        given = words[0].lower().rstrip(".")
        person = next((p for p in namesakes if p.given and _same_first_name(p.given, given)), None)
        if person is not None:
            return person
    title = _title(tuple(prefix))
    person = _namesake(namesakes, title)
    if person is None and introduces:
        # "Mr Patel", but "Judge Mills" is "Mills": outlets are compared on names without their
        # forms of address (names.RANKS), and "Judge" would read as a first name there
        written = prefix[-1]
        person = Person(f"{written} {words[-1]}" if _fold(written) in RANKS else words[-1], surname)
        people.by_surname.setdefault(surname, []).append(person)
    if person is not None and title:
        _learn(people, text, person, prefix, at)
    return person


def _namesake(namesakes: Sequence[Person], title: str) -> Person | None:
    """Which of the people sharing a surname a (titled) bare surname means, or None if that is unclear."""
    if len(namesakes) == 1:
        return namesakes[0] if _fit(title, namesakes[0]) else None
    ranked = [(fit, person.seen, person) for person in namesakes if (fit := _fit(title, person))]
    if not ranked:
        return None
    best = max(ranked, key=lambda r: r[:2])
    if best[1] >= 0 or [r[0] for r in ranked].count(best[0]) == 1:
        return best[2]
    return None  # several fit equally and none was mentioned yet


def _fit(title: str, person: Person) -> int:
    """How well a title written before a bare surname fits a person who bears it."""
    if not title:
        return _FITS
    gender = _sex(title)
    if gender and person.gender and gender != person.gender:
        return _UNFIT
    if title in person.offices:
        return _CONFIRMED
    if title in RANK_TITLES:
        return _UNFIT  # "Judge Mills" is not the "Tom Mills" the story gave no such rank
    return _CONFIRMED if gender and gender == person.gender else _FITS


def _sex(title: str) -> str:
    """The sex a title gives ("f", "m"), or "" when it gives none or is no title."""
    entry = TITLES.get(title)
    return entry[1] if entry else ""


def _same_first_name(a: str, b: str) -> bool:
    """One first name: equal, an initial of the other, a short form (Bob/Robert), or one slip apart in a
    long name (Bernard/Bernhard)."""
    if a == b or one_given_name(a, b):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    short, long = sorted((a, b), key=len)
    if len(short) < SLIP_MIN_LETTERS or len(long) - len(short) > 1:
        return False
    cut = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    if len(short) < len(long):  # one letter more
        return short[cut:] == long[cut + 1 :]
    swapped = short[cut : cut + 2] == long[cut : cut + 2][::-1]  # two letters swapped, or one changed
    return short[cut + 1 :] == long[cut + 1 :] or (swapped and short[cut + 2 :] == long[cut + 2 :])


def _fold(word: str) -> str:
    return POSSESSIVE.sub("", word).lower().rstrip(".,")


@lru_cache(maxsize=4096)
def _title(prefix: tuple[str, ...]) -> str:
    """The title or office word nearest the name, in its full spelling ("insp" -> "inspector"), or ""."""
    for word in reversed(prefix):
        folded = _fold(word)
        if folded in PREFIX_WORDS:
            return TITLE_SPELLINGS.get(folded, folded)
    return ""


def _learn(people: People, text: str, person: Person, prefix: Sequence[str], at: int) -> None:
    """What the words before a name (or a role phrase just before it) tell about its person."""
    gender, peer, role, offices = _prefix_meaning(tuple(prefix))
    person.gender = person.gender or gender
    person.peer = person.peer or peer
    if offices:
        person.offices |= offices
    if role is not None:
        people.roles.setdefault(role, person)
    lower = None if prefix else _role_before(text, at)
    if lower:
        people.roles.setdefault(lower, person)
        person.offices |= {
            TITLE_SPELLINGS.get(w, w) for w in lower.split() if w in PREFIX_WORDS and w not in ADDRESS_TITLES
        }


@lru_cache(maxsize=4096)
def _prefix_meaning(prefix: tuple[str, ...]) -> tuple[str, bool, str | None, frozenset[str]]:
    """(gender, peer, role phrase, offices) that the words before a name give its person."""
    titles = [POSSESSIVE.sub("", w).lower() for w in prefix]
    gender = next((sex for title in titles if (sex := _sex(title))), "")
    peer = any(title in PEERAGES for title in titles)
    roles = [w.lower() for w in prefix if w.lower() not in STOPWORDS and w.lower() not in TITLES]
    role = " ".join(roles) if roles and any(r in ROLE_WORDS for r in roles) else None
    folded = (_fold(w) for w in prefix)
    offices = frozenset(TITLE_SPELLINGS.get(w, w) for w in folded if w in PREFIX_WORDS and w not in ADDRESS_TITLES)
    return gender, peer, role, offices


def _role_before(text: str, at: int) -> str | None:
    """A lower-case role phrase ("the head coach") written just before a name at `at`."""
    lo = max(0, at - 40)
    end = at
    while end > lo and text[end - 1].isspace():
        end -= 1
    # The phrase must end in a role word followed by white space; most names have neither.
    if end == at or not _ROLE_TAIL.search(text, max(lo, end - _LONGEST_ROLE), end):
        return None
    found = _LOWER_ROLE_BEFORE.search(text, lo, at)
    return " ".join(found.group(1).lower().split()) if found else None


_LOWER_WORD = compile_regex(r"[a-z]+")
_DOCUMENT_BY = compile_regex(r"\b" + alternation(DOC_NOUNS) + r"\s+(?:\w+\s+){0,4}by\s+$")


def _authors(text: str, people: People) -> list[tuple[int, Person]]:
    """Who wrote a document the story quotes: "Smith's report", "a review by Smith"."""
    found: list[tuple[int, Person]] = []
    for mention in people.mentions:
        if mention.possessive:
            after = text[mention.end : mention.end + 40].lower()
            if any(w in DOC_NOUNS for w in _LOWER_WORD.findall(after)[:3]):
                found.append((mention.start, mention.person))
                continue
        before = text[max(0, mention.start - 30) : mention.start].lower()
        # _DOCUMENT_BY ends in "by" and white space; test that before searching every position.
        if before[-1:].isspace() and before.rstrip().endswith("by") and _DOCUMENT_BY.search(before):
            found.append((mention.start, mention.person))
    return found
