"""Whom an article gives a quote to: the subject of a speech verb next to it, resolved to a person.

Pronouns and role nouns ("she", "the minister", "the peer") resolve to the person the article
last made the subject of a sentence; document nouns ("the report", "her audit") resolve to the
document's author.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

from ...regexes import compile_regex
from ...text import STOPWORDS, Sentence
from .lexicon import CAP, DOC_NOUNS, FINDING_VERBS, POSSESSIVE, RESOLVABLE_ROLES, ROLE_WORDS, SPEECH_VERBS, alternation
from .marks import QuoteSpan
from .people import People, Person

ANTECEDENT_PARAGRAPHS = 6  # how far back a pronoun or "the minister" may look for its person
# ... and how many sentences naming someone it may pass over on the way: no article comes near (a
# pronoun looks past a few), but a page that names the wrong person ten thousand times would be rescanned
# for every "he said".
ANTECEDENT_SENTENCES = 200
_RUN = compile_regex(rf"(?<![\w’'\-]){CAP}(?:[ \t]+{CAP})*")
_TOKEN = compile_regex(r"\S+")
_FINDING_RE = compile_regex(r"\b" + alternation(FINDING_VERBS) + r"\b")
# Speech verbs, finding verbs and "according to" in one scan. Every match is a whole word (or both
# words of "according to"), so the matches for either list are the matches that are its words.
_CUE_RE = compile_regex(r"\b" + alternation(set(SPEECH_VERBS) | set(FINDING_VERBS)) + r"\b|\b[Aa]ccording to\b")
_FINDING_WORDS = frozenset(FINDING_VERBS)
_FINDING_ONLY = _FINDING_WORDS - frozenset(SPEECH_VERBS)
_PRONOUN = compile_regex(r"(she|he|they|it|we|I)\b", re.IGNORECASE)
_PRONOUN_END = compile_regex(r"\b(she|he|they|it|we|I)\s*$", re.IGNORECASE)
_AS_SAYS = compile_regex(r"\bas\s+\S+(?:\s+\S+)?\s+(?:says|said|puts it|put it|makes clear)\b")
_LEADING_THE = compile_regex(r"^[Tt]he\s+")
_ASCII_UPPER = compile_regex("[A-Z]")
# Words between a subject and its speech verb: "Smith has also previously said".
_SKIPPABLE = frozenset("""has had have was is also then later previously already once again just further would will
repeatedly publicly privately recently earlier separately reportedly subsequently initially finally simply clearly
firmly quietly bluntly angrily yesterday today tonight""".split())
_DETERMINERS = frozenset({"the", "a", "an", "one", "her", "his", "its", "their", "our", "another"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_HEADS = ROLE_WORDS | DOC_NOUNS
_DOC_STEMS = DOC_NOUNS | {w.rstrip("s") for w in DOC_NOUNS}
# What may come before a name it describes: "farmer Ian Cole", "the former mayor Tim Wells",
# "Opposition leader Priya Shah" (a role may open with a capital letter), or set
# off by a comma, "the players' coach, Karen Holt", "Acme's founder, Jo Bell". A description with
# a comma opens with a determiner or a possessive, so "she said, Jo Bell ..." is none.
_DESCRIBED_NAME = compile_regex(r"(?:[A-Za-z][\w\-’']*[ \t]+(?:[a-z][\w\-’']*[ \t]+){0,2}"
                                r"|(?:(?:the|a|an|his|her|their|its|our)\b|[A-Za-z][\w\-]*(?:['’]s|s['’]))"
                                r"(?:[ \t]+[a-z][\w\-]*(?:['’]s|s['’])?){1,4},[ \t]+)(?=[A-Z])")
_PHRASE_WORD = compile_regex(r"[\w\-’']+")
_ORG_END = compile_regex(rf"(?:\bthe\s+)?((?:{CAP}[ \t]+){{0,3}}{CAP})\s*$")
_ORG_START = compile_regex(rf"(?:the\s+)?((?:{CAP}[ \t]+){{0,3}}{CAP})")
_POST_LEAD = compile_regex(r"[\s,;:.!?—–\-]*")
_POST_VERB_FIRST = compile_regex(r"(?:has |had )?(" + alternation(SPEECH_VERBS) + r")\b[ \t]+")
# "Jo Bell, the employer, said", and "the employer, Jo Bell, said" (the comma closes the description)
_POST_VERB_AFTER = compile_regex(r"\s*(?:,[^,\n]{1,60},\s*|,[ \t]*)?(?:(?:has|had|have|also|then|later)\s+)*("
                                 + alternation(SPEECH_VERBS + FINDING_VERBS) + r")\b")


@dataclass(slots=True)  # not frozen: made for every quote, and frozen ones cost four times as much to make
class Ref:
    """A speaker as the text names them, before resolution."""

    text: str
    kind: str  # person | pronoun | role | document | group
    at: int
    person: Person | None = None
    owner: str = ""  # who owns a document noun: a name or a possessive pronoun


@dataclass(slots=True)  # not frozen: made for every quote, and frozen ones cost four times as much to make
class Said:
    ref: Ref | None
    verb: str | None
    own_words: bool | None
    at: int  # where the attribution stands, for the sentence it makes the topic of


class Resolver:
    """Resolves speaker references against one document's people and sentence subjects."""

    def __init__(self, text: str, sents: Sequence[Sentence], people: People, spans: Sequence[QuoteSpan]):
        self.text, self.sents, self.people = text, sents, people
        self.sent_starts = [s.start for s in sents]
        # Outer quotes by opening mark, each with the furthest close so far, so that "inside any
        # quote" is one bisection per mention rather than a scan of every quote.
        opens = [s.open_at for s in spans if s.depth == 0]
        reach = list(accumulate((s.close_at for s in spans if s.depth == 0), max))
        self.topics: list[list[Person]] = [[] for _ in sents]  # people in subject-like use, in order
        for mention in people.mentions:
            if mention.possessive:
                continue
            index = self.sentence_of(mention.start)
            if index is None:
                continue
            before = bisect_right(opens, mention.start) - 1
            if before >= 0 and reach[before] > mention.start:
                continue
            if mention.person not in self.topics[index]:
                self.topics[index].append(mention.person)
        self.spoke: dict[int, Person] = {}  # sentence -> the speaker of a quote attributed there
        # the sentences with a topic or a speaker, in order: a pronoun looks back over these only
        self.named = [index for index, topics in enumerate(self.topics) if topics]

    def set_speaker(self, index: int, person: Person) -> None:
        """Make `person` the speaker of a quote attributed in sentence `index`."""
        if index not in self.spoke and not self.topics[index]:
            insort(self.named, index)
        self.spoke[index] = person

    def sentence_of(self, at: int) -> int | None:
        index = bisect_right(self.sent_starts, at) - 1
        return index if index >= 0 and at <= self.sents[index].end else None

    def antecedent(self, at: int, *, gender: str = "", peer: bool = False) -> Person | None:
        here = self.sentence_of(at)
        if here is None:
            here = max(0, bisect_right(self.sent_starts, at) - 1) + 1
        paragraph = self.sents[min(here, len(self.sents) - 1)].paragraph if self.sents else 0
        last = bisect_right(self.named, here - 1)
        for index in reversed(self.named[max(0, last - ANTECEDENT_SENTENCES) : last]):
            if paragraph - self.sents[index].paragraph > ANTECEDENT_PARAGRAPHS:
                break
            spoke = self.spoke.get(index)
            for person in ([spoke] if spoke else []) + self.topics[index]:
                if (gender and person.gender and person.gender != gender) or (peer and not person.peer):
                    continue
                return person
        return None

    def resolve(self, ref: Ref | None) -> tuple[str | None, bool, Person | None]:
        """(speaker, is a person, the person) for a reference."""
        if ref is None:
            return None, False, None
        person = self._person(ref)
        if person is not None:
            return person.name, True, person
        if ref.kind in ("group", "document"):  # a body, or a document whose author the article does not name
            return _LEADING_THE.sub("", ref.text), False, None
        return None, False, None

    def _person(self, ref: Ref) -> Person | None:
        if ref.person is not None:
            return ref.person
        lowered = ref.text.lower()
        if ref.kind == "pronoun":
            gender = {"she": "f", "he": "m"}.get(lowered, "x")
            return None if gender == "x" else self.antecedent(ref.at, gender=gender)
        if ref.kind == "document":
            return self._author(ref)
        if ref.kind == "role":
            phrase = " ".join(w for w in lowered.split() if w not in ("the", "a", "an"))
            named = self.people.role(phrase)
            if named is not None:
                return named
            if phrase in RESOLVABLE_ROLES:
                peer = phrase in ("peer", "baroness", "lord", "lady", "baron")
                gender = "f" if phrase in ("baroness", "lady", "dame") else ""
                return self.antecedent(ref.at, gender=gender, peer=peer)
        return None

    def _author(self, ref: Ref) -> Person | None:
        if ref.owner:
            owner = ref.owner.lower()
            if owner in ("her", "his"):
                return self.antecedent(ref.at, gender="f" if owner == "her" else "m")
            return self.people.surnamed(owner, ref.at)
        before = [person for at, person in self.people.authors if at < ref.at]
        if before:
            return before[-1]
        return self.people.authors[0][1] if self.people.authors else None


def _ref_before(text: str, end: int, lo: int, people: People) -> Ref | None:
    """The subject phrase that ends at `end` (a speech verb follows), skipping "has", "also", ..."""
    stop = _skip_back(text, lo, end)
    head = text[lo:stop]
    if head.endswith(","):  # an appositive: "Jane Smith, the minister, said" / "The chief, Jane Smith, said"
        named = people.mention_ending(stop - 1)
        if named is not None:
            return Ref(text[named.start : stop - 1], "person", named.start, named.person)
        inner = head[:-1].rfind(",")
        if inner >= 0 and head.count(",") >= 2:
            found = _ref_before(text, lo + inner, lo, people)
            if found is not None:
                return found
    mention = people.mention_ending(stop)
    if mention is not None:
        word = text[mention.start : stop]
        return Ref(word, "person", mention.start, mention.person)
    # The pronoun can only be the last word: start the search there, not at every character.
    pronoun = _PRONOUN_END.search(head, max(0, len(head.rstrip()) - 4))
    if pronoun:
        return Ref(pronoun.group(1), "pronoun", lo + pronoun.start(1))
    phrase = _noun_phrase_before(text, lo, stop)
    if phrase is not None:
        return _phrase_ref(text[phrase:stop], phrase)
    # _ORG_END ends in a capitalised word: without a capital in the last word, skip the search.
    last_word = head.rsplit(None, 1)[-1] if head.strip() else ""
    org = _ORG_END.search(head) if _ASCII_UPPER.search(last_word) else None
    if org:
        return Ref(org.group(1), "group", lo + org.start(1))
    return None


def _skip_back(text: str, lo: int, end: int) -> int:
    """Start of the white space and _SKIPPABLE words that end `text[lo:end]`.

    Walks back one whole word at a time (a word char next to the slice edge counts as a boundary),
    where a regex would try every start position in the slice.
    """
    at = min(end, len(text))
    while at > lo:
        if text[at - 1].isspace():
            at -= 1
            continue
        start = at
        while start > lo and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if start == at or text[start:at] not in _SKIPPABLE:
            break
        at = start
    return max(at, lo)


def _ref_at(text: str, at: int, hi: int, people: People) -> Ref | None:
    """The subject phrase that starts at `at` (after a quote or after a speech verb)."""
    mention = people.mention_at(at)
    if mention is None:
        described = _DESCRIBED_NAME.match(text, at, hi)
        mention = people.mention_at(described.end()) if described else None
    if mention is not None:
        return Ref(text[mention.start : mention.end], "person", mention.start, mention.person)
    run = _RUN.match(text, at, hi)
    if run:
        for token in _TOKEN.finditer(text, at, run.end()):
            found = people.mention_at(token.start())
            if found is not None:
                return Ref(run.group(), "person", at, found.person)
    pronoun = _PRONOUN.match(text, at, hi)
    if pronoun:
        return Ref(pronoun.group(1), "pronoun", at)
    phrase_end = _noun_phrase_at(text, at, hi)
    if phrase_end is not None:
        return _phrase_ref(text[at:phrase_end], at)
    org = _ORG_START.match(text, at, hi)
    if org and org.group(1).split()[0].lower() not in STOPWORDS:
        return Ref(org.group(1), "group", at)
    return None


@lru_cache(maxsize=16384)
def _head(word: str) -> bool:
    lowered = word.lower()
    return lowered in _HEADS or (lowered.endswith("s") and lowered[:-1] in _HEADS)


def _noun_phrase_before(text: str, lo: int, stop: int) -> int | None:
    """Start of "the 40-page report" / "one police expert" / "Smith's review" ending at `stop`."""
    base = max(lo, stop - 80)
    # The phrase ends in a role or document noun: test the last word (the characters _PHRASE_WORD
    # takes, back from `stop`) before listing every word.
    start = stop
    while start > base and (text[start - 1].isalnum() or text[start - 1] in "_-’'"):
        start -= 1
    if start == stop or not _head(text[start:stop]):
        return None
    words = list(_PHRASE_WORD.finditer(text, base, stop))
    for index in range(len(words) - 2, max(-1, len(words) - 6), -1):
        word = words[index]
        if text[word.end() : start].strip():
            break
        lowered = word.group().lower()
        if lowered in _DETERMINERS or (POSSESSIVE.search(word.group()) and word.group()[:1].isupper()):
            return word.start()
        if lowered in STOPWORDS:
            break
        start = word.start()
    return start


def _noun_phrase_at(text: str, at: int, hi: int) -> int | None:
    """End of a role or document phrase that starts at `at`."""
    previous_end = at
    for index, word in enumerate(islice(_PHRASE_WORD.finditer(text, at, hi), 5)):
        if word.start() != previous_end and (index == 0 or text[previous_end : word.start()].strip()):
            return None
        written = word.group()
        if _head(written):
            return word.end()
        lowered = written.lower()
        leading = index == 0 and (lowered in _DETERMINERS or POSSESSIVE.search(written) is not None)
        if not leading and lowered in STOPWORDS:
            return None
        previous_end = word.end()
    return None


def _phrase_ref(phrase: str, at: int) -> Ref:
    words = phrase.split()
    first = words[0].lower()
    if first in _INDEFINITE:
        return Ref(phrase, "unknown", at)
    if _head(words[-1]) and words[-1].lower().rstrip("s") in _DOC_STEMS:
        owner = ""
        if len(words) > 1 and first in ("her", "his"):
            owner = first
        elif len(words) > 1 and POSSESSIVE.search(words[0]):
            owner = POSSESSIVE.sub("", words[0])
        return Ref(phrase, "document", at, owner=owner)
    return Ref(phrase, "role", at)


def attribution_after(text: str, span: QuoteSpan, hi: int, people: People) -> Said | None:
    """'"...," she said' / '"...," said the minister' / '"...," the report notes'."""
    last = text[span.end - 1]
    lead = _POST_LEAD.match(text, span.close_at, hi)
    at = lead.end() if lead else span.close_at
    if not (last in ",.!?…—–-" or text[span.close_at : at].strip().startswith(",")):
        return None
    ends_sentence = last in ".!?"
    verb_first = _POST_VERB_FIRST.match(text, at, hi)
    if verb_first:
        ref = _ref_at(text, verb_first.end(), hi, people)
        if ref is not None:
            return Said(ref, verb_first.group(1).lower(), True, at)
    ref = _ref_at(text, at, hi, people)
    if ref is None:
        return None
    stop = ref.at + len(ref.text)
    verb = _POST_VERB_AFTER.match(text, stop, hi)
    if verb is None:
        return None
    if ends_sentence and text[verb.end() : verb.end() + 1] not in (".", ",", ";", ""):
        return None  # '"We won." Smith said.' attributes; '"We won." Smith said that ...' starts anew
    return Said(ref, verb.group(1).lower(), True, at)


def attribution_before(text: str, lo: int, open_at: int, people: People, resolver: Resolver) -> Said | None:
    """'She told MPs: "..."', 'according to the council, "..."', 'the report found "..."'."""
    cues = list(_CUE_RE.finditer(text[lo:open_at]))
    speech = [cue for cue in cues if cue.group() not in _FINDING_ONLY]
    if speech:
        verb = speech[-1]
        if verb.group().lower() == "according to":
            ref = _ref_at(text, _skip_space(text, lo + verb.end()), open_at, people)
        else:
            ref = _ref_before(text, lo + verb.start(), lo, people)
        if ref is not None:
            own = _own_words(text, lo + verb.end(), open_at, ref, people, resolver)
            return Said(ref, verb.group().lower(), own, lo + verb.start())
    finding = [cue for cue in cues if cue.group() in _FINDING_WORDS]
    if finding:
        ref = _ref_before(text, lo + finding[-1].start(), lo, people)
        if ref is not None:
            return Said(ref, finding[-1].group(), True, lo + finding[-1].start())
    return None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _own_words(text: str, lo: int, hi: int, speaker: Ref, people: People, resolver: Resolver) -> bool:
    """False when, after the speech verb, someone else's finding introduces the quote ("X found")."""
    mine: str | None = None
    resolved = False  # resolving is pure, and most quotes have no finding to compare with
    for finding in _FINDING_RE.finditer(text, lo, hi):
        other = _ref_before(text, finding.start(), lo, people)
        if other is None:
            continue
        if not resolved:
            mine, resolved = resolver.resolve(speaker)[0], True
        if resolver.resolve(other)[0] != mine:
            return False
    between = text[lo:hi]
    # Every _AS_SAYS match holds "sa" (says, said), "put" or "makes clear": much cheaper to test.
    return not (("sa" in between or "put" in between or "makes clear" in between) and _AS_SAYS.search(between))
