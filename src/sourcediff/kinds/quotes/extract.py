"""Direct quotes: where each one opens and closes, and whom the article gives it to.

Quote marks are read with their neighbours, so an apostrophe (can't, Smith's, '90s, rock 'n'
roll) never opens or closes a quote, and single quotes work both as the house quote mark and
nested inside double ones. A paragraph that leaves a quote open continues it when the next
paragraph opens with a quote mark.

The speaker is the subject of a speech verb next to the quote. Pronouns and role nouns ("she",
"the minister", "the peer") resolve to the person the article last made the subject of a
sentence; document nouns ("the report", "her audit") resolve to the document's author.

People are told apart by first name and surname, so "Tom Mills" and "Judge Sarah Mills" are two
people. A surname on its own or after a title ("Mills", "Ms Mills", "Judge Mills") is the namesake
the title fits best ("Ms" does not fit a "Mr"; a rank such as "Judge" only fits someone the story
gives it), and among those the one the article mentioned last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice, pairwise
from operator import attrgetter

from ...models import Fact, Mention, QuoteValue
from ...text import STOPWORDS, Sentence, content_words, paragraphs
from ..names import RANKS, ROLE_NOUNS

SCARE_MAX_WORDS = 3  # one to three quoted words are scare quotes ("unprecedented", "unacceptable"), not speech
ANTECEDENT_PARAGRAPHS = 6  # how far back a pronoun or "the minister" may look for its person
CONTEXT_WORDS = 12
_CONTEXT_CHARS = 200  # nearly always holds CONTEXT_WORDS content words

# --- quote marks -------------------------------------------------------------------------------

_DOUBLE_OPEN, _DOUBLE_CLOSE, _SINGLE_OPEN, _SINGLE_CLOSE = "“„«", "”»", "‘‚‹", "’›"
_QUOTE_CHARS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'"
_MARK = re.compile("[" + re.escape(_QUOTE_CHARS) + "]")
_BEFORE_OPEN = frozenset("([{—–-/") | frozenset(_QUOTE_CHARS)
_AFTER_CLOSE = frozenset(",.;:!?)]}—–-…/") | frozenset(_QUOTE_CHARS)
# Marks that look like openers but elide letters: '90s, 'em, 'til, 'tis, 'n' (rock 'n' roll).
_ELIDED_START = re.compile(r"(?:\d\ds|em|til|tis|twas|cause|n['’])(?![A-Za-z])", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DOUBLE_CHARS = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'

_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, factored on shared prefixes.

    The word lists below are long, and a flat alternation makes the engine try every word at every
    position. Every use puts a word boundary or white space after the word, so at most one word can
    match at a position and the factored form finds exactly the same matches.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: _Trie) -> str:
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quote as marked in the text: `start:end` is the quoted words without the outer marks."""

    start: int
    end: int
    open_at: int  # the opening mark
    close_at: int  # just after the closing mark (the paragraph end when it never closes)
    depth: int  # 0 for a quote in the reporter's text, 1 for a quote inside a quote
    single: bool  # single quote marks


@dataclass(slots=True)
class _Open:
    single: bool
    open_at: int
    depth: int


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """open, close, either, weak (plural possessive or closer), or apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum() and ch not in _DOUBLE_CHARS:
        return "apostrophe"  # can't, Smith's: decided before the costlier tests below
    may_open = prev.isspace() or prev in _BEFORE_OPEN
    may_close = nxt.isspace() or nxt in _AFTER_CLOSE
    if ch in _DOUBLE_OPEN:
        return "close" if may_close and not may_open else "open"
    if ch in _DOUBLE_CLOSE:
        return "open" if may_open and not may_close else "close"
    if ch == '"':
        return "open" if may_open and not may_close else "close" if may_close and not may_open else "either"
    if prev in "nN" and i >= lo + 2 and text[i - 2] in "'’‘":
        return "apostrophe"
    if may_open and _ELIDED_START.match(text, i + 1, hi):
        return "apostrophe"
    if may_open and not may_close:
        return "open"
    if may_close and not may_open:
        rest = text[i + 1 : i + 3].lstrip()
        return "weak" if prev in "sS" and nxt == " " and (rest[:1].isalnum() or rest[:1] in "'’") else "close"
    if may_open and nxt in "'’‘" and _ELIDED_START.match(text, i + 2, hi):
        return "open"  # a quote that opens on an elided word: ''90s music', ''n' roll'
    return "open" if ch in _SINGLE_OPEN else "apostrophe"


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quote in the text, outer and nested, in order of their opening marks."""
    paras = paragraphs(text)
    found: list[QuoteSpan] = []
    carried: _Open | None = None
    mark_at = _mark_positions(text)
    unread = 0  # marks stand inside paragraphs, so the first unread one is in this paragraph or later
    for number, para in enumerate(paras):
        if carried is None and (unread == len(mark_at) or mark_at[unread] >= para.end):
            continue  # half the paragraphs quote nobody
        first_mark = bisect_left(mark_at, para.start + 1 if carried else para.start, unread)
        last_mark = unread = bisect_left(mark_at, para.end, first_mark)
        stack: list[_Open] = [carried] if carried else []
        marks = mark_at[first_mark:last_mark]
        next_opens = number + 1 < len(paras) and text[paras[number + 1].start] in _QUOTE_CHARS
        for index, at in enumerate(marks):
            role = _role(text, at, para.start, para.end)
            if role == "apostrophe":
                continue
            single = text[at] not in _DOUBLE_CHARS
            match = None  # the innermost open quote of the same kind
            for k in range(len(stack) - 1, -1, -1):
                if stack[k].single == single:
                    match = k
                    break
            if role == "weak":  # rare enough to work out the later marks' roles again
                later = any(text[a] not in _DOUBLE_CHARS and _role(text, a, para.start, para.end) == "close"
                            for a in marks[index + 1 :])
                if match is None or later or next_opens:
                    continue
                role = "close"
            if role == "either":
                role = "close" if match is not None else "open"
            if role == "open" and stack and stack[-1].single == single and _after_sentence(text, at):
                continue  # a paragraph break lost in the source: 'One. 'Two.' is one quote
            if role == "open":
                stack.append(_Open(single, at, len(stack)))
            elif match is not None:
                _add_span(found, text, stack[match], at, at + 1)
                del stack[match:]
        carried = None
        if stack:
            outer = stack[0]
            following = paras[number + 1] if number + 1 < len(paras) else None
            if following is not None and _continues(text, following.start, outer.single):
                carried = outer
                continue
            if not outer.single or _opens_clause(text, outer.open_at, para.start):
                _add_span(found, text, outer, para.end, para.end)
    found.sort(key=attrgetter("open_at"))
    return found


def _mark_positions(text: str) -> list[int]:
    """Where every quote mark stands, in order (what _MARK finds, but str.find is much quicker)."""
    found: list[int] = []
    for mark in _QUOTE_CHARS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _after_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return before.endswith((".", "!", "?", "…"))


def _continues(text: str, at: int, single: bool) -> bool:
    mark = text[at]
    return mark in ("‘’'‚" if single else "“”\"„«")


def _opens_clause(text: str, open_at: int, para_start: int) -> bool:
    """An unclosed single quote counts only where a quote plainly starts: paragraph start or after ':'."""
    before = text[para_start:open_at].rstrip()
    return not before or before.endswith((":", ","))


def _add_span(found: list[QuoteSpan], text: str, opened: _Open, end: int, close_at: int) -> None:
    start = opened.open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _WORD.search(text, start, end):
        found.append(QuoteSpan(start, end, opened.open_at, close_at, opened.depth, opened.single))


# --- people, roles and documents -------------------------------------------------------------------

_TITLES = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "dr": "", "prof": "", "professor": "",
    "sir": "m", "dame": "f", "lady": "f", "lord": "m", "baroness": "f", "baron": "m", "viscount": "m",
    "earl": "m", "duke": "m", "duchess": "f", "countess": "f", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "rev": "", "reverend": "", "father": "m", "sister": "f", "rabbi": "", "imam": "",
    "bishop": "", "archbishop": "", "cardinal": "", "pope": "m", "cllr": "", "councillor": "", "det": "",
    "detective": "", "insp": "", "inspector": "", "sgt": "", "sergeant": "", "supt": "", "pc": "",
    "capt": "", "captain": "", "col": "", "colonel": "", "gen": "", "general": "", "sen": "",
    "senator": "", "rep": "", "gov": "", "governor": "", "mayor": "", "judge": "", "justice": "",
}
_PREFIX_WORDS: frozenset[str] = frozenset()  # filled below
_PEER_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl", "duke", "duchess", "countess"})
_ROLE_WORDS = frozenset({
    "secretary", "minister", "chancellor", "president", "leader", "spokesman", "spokeswoman",
    "spokesperson", "ceo", "chief", "chair", "chairman", "chairwoman", "director", "commissioner",
    "prosecutor", "attorney", "officer", "head", "editor", "founder", "opposition", "coach", "manager",
    "ambassador", "envoy", "adviser", "advisor", "speaker", "deputy", "shadow", "premier", "treasurer",
    "dean", "principal", "constable", "superintendent", "sheriff", "mp", "mep", "peer", "chairperson",
    "executive", "analyst", "economist", "expert", "lawyer", "barrister", "solicitor", "campaigner",
    "activist", "official", "source", "witness", "resident", "survivor", "victim", "teacher", "doctor",
    "nurse", "professor", "researcher", "scientist", "author", "journalist", "columnist", "presenter",
})
_PREFIX_WORDS = frozenset(_TITLES) | _ROLE_WORDS
# Single role nouns that name one person the story already introduced ("the minister said").
_RESOLVABLE_ROLES = frozenset({"minister", "secretary", "peer", "chancellor", "senator", "mp", "mayor",
                               "governor", "premier", "baroness", "lord", "lady", "baron", "dame"})
_DOC_NOUNS = frozenset({
    "report", "audit", "review", "study", "inquiry", "survey", "paper", "document", "findings", "analysis",
    "assessment", "evaluation", "investigation", "dossier", "memo", "judgment", "judgement", "ruling",
    "verdict", "letter", "statement", "submission", "book", "article", "research",
})
_NOT_NAME = frozenset("""
office agency authority police council government ministry department service services court
party bank union news enforcement commission committee parliament commons house association foundation
trust institute university college school schools hospital group company corporation inc ltd plc bill
act taskforce force forces army navy network centre center board unit team club church times post mail
telegraph herald journal street road avenue square airport station city county borough region valley
river island islands republic kingdom states nations summit federation league alliance campaign fund
programme program project crime prosecution hall prison media press tv radio channel magazine daily
festival award awards prize cup games election conference congress senate assembly cabinet exchange
market index airlines airways holdings capital energy transport health care education security defence
defense affairs studies research science technology systems policy strategy operation
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer autumn winter christmas easter
north south east west northern southern eastern western greater upper lower central new saint st
fort port mount lake cape gulf middle national international royal federal state online
""".split()) | _DOC_NOUNS | _ROLE_WORDS
_DEMONYM = re.compile(r"(?:ish|ese|ian|ean)$")
_CAP = (r"(?:(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Capt|Sgt|Lt|Rev|Gov|Sen|Rep|Det|Insp|Supt|Cllr)\.(?=[ \t][A-Z])"
        r"|[A-Z][A-Za-z\u00C0-\u024F]*(?:[’'\-][A-Za-z\u00C0-\u024F]+)*)")
_RUN = re.compile(rf"(?<![\w’'\-]){_CAP}(?:[ \t]+{_CAP})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_TOKEN = re.compile(r"\S+")
_WORDY_TOKEN = re.compile(r"\S*?[^\W_]\S*")  # a space-separated token with a letter or digit in it
_LOWER_ROLE_BEFORE = re.compile(r"((?:[A-Za-z][\w\-]*\s+){0,2}?" + _alternation(_ROLE_WORDS) + r")\s+$",
                                re.IGNORECASE)
_ROLE_AFTER = re.compile(r"[ \t]*,[ \t]+(?:the[ \t]+|an?[ \t]+)?((?:[\w\-'’]+[ \t]+){0,3}?([\w\-]+))[ \t]*[,.;)]")
# The role word that _LOWER_ROLE_BEFORE needs last: a cheap test before that slow search.
_ROLE_TAIL = re.compile(_alternation(_ROLE_WORDS) + r"\Z", re.IGNORECASE)
_LONGEST_ROLE = max(len(word) for word in _ROLE_WORDS)


# Titles a story may give anyone it first named without one ("Jane Smith" ... "Ms Smith", "Dr Smith",
# "Lady Smith"); job titles ("Coach Smith", "Editor Smith") are as free. The other titles are
# ranks a story writes with the name from the start ("Judge Sarah Mills", "Inspector Paul Dane"), so
# "Judge Mills" is not the defendant "Tom Mills" the story introduced without one.
_ADDRESS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
                             "lady", "baroness", "baron", "viscount", "earl", "duke", "duchess", "countess"})
_RANK_TITLES = frozenset(_TITLES) - _ADDRESS_TITLES
_TITLE_SPELLINGS = {"det": "detective", "insp": "inspector", "sgt": "sergeant",
                    "capt": "captain", "col": "colonel", "gen": "general", "gov": "governor", "sen": "senator",
                    "cllr": "councillor", "rev": "reverend", "prof": "professor"}
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
class _Mention:
    start: int
    end: int
    person: Person
    possessive: bool


@dataclass(slots=True)
class _People:
    by_surname: dict[str, list[Person]] = field(default_factory=dict)  # "smith" -> everyone called Smith
    roles: dict[str, Person] = field(default_factory=dict)  # "home secretary" -> the person
    mentions: list[_Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    text: str = ""
    found_authors: list[tuple[int, Person]] | None = None
    # Whether `mentions` run in order of start, so that ranges of them can be bisected: find_people
    # can put a long name's mention before a shorter one it contains.
    ordered: bool = False

    @property
    def authors(self) -> list[tuple[int, Person]]:
        """Document authors by position; looked for on first use, as many stories never ask."""
        if self.found_authors is None:
            self.found_authors = _authors(self.text, self)
        return self.found_authors

    def mention_at(self, start: int) -> _Mention | None:
        index = bisect_right(self.starts, start) - 1
        return self.mentions[index] if index >= 0 and self.mentions[index].start == start else None

    def mention_ending(self, end: int) -> _Mention | None:
        index = bisect_right(self.starts, end - 1) - 1
        return self.mentions[index] if index >= 0 and self.mentions[index].end == end else None

    def starting_in(self, lo: int, hi: int) -> list[_Mention]:
        """Mentions that start in `lo:hi`, in order."""
        if self.ordered:
            return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
        return [m for m in self.mentions if lo <= m.start < hi]

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


def _tokens(run: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group().rstrip("."), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(run)]


def _split_run(tokens: list[tuple[str, int, int]]) -> tuple[list[str], list[tuple[str, int, int]]]:
    """Prefix words (titles, roles, stray capitals) and the name that follows them."""
    cut = 0
    for index, (word, _, _) in enumerate(tokens):
        bare = _POSSESSIVE.sub("", word).lower()
        if bare in _TITLES or bare in _ROLE_WORDS or word.isupper() or bare in STOPWORDS:
            cut = index + 1
    return [w for w, _, _ in tokens[:cut]], tokens[cut:]


def find_people(text: str) -> _People:
    people = _People(text=text)
    runs = [(m.group(), m.start()) for m in _RUN.finditer(text)]
    named: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []  # full and titled names: (where, prefix, words)
    for run, offset in runs:
        prefix, name = _split_run(_tokens(run, offset))
        words = [_POSSESSIVE.sub("", w) for w, _, _ in name]
        last_prefix = _POSSESSIVE.sub("", prefix[-1]).lower() if prefix else ""
        titled = last_prefix in _PREFIX_WORDS
        honorific = last_prefix in _TITLES  # "Dame Carol West", "Lord Green": any surname goes
        if not 1 <= len(words) <= 3 or any(_not_name(w, strict=not honorific) for w in words):
            continue
        if not titled and (len(words) < 2 or (_DEMONYM.search(words[0].lower())
                                              and not _speech_follows(text, name[-1][2]))):
            continue
        role = [] if titled else _role_after(text, name[-1][2])  # "Jo Bell, the club's coach,", as extract.names
        named.append((name[0][1], tuple(prefix + role), tuple(words)))
    introduced = _introduce(people, text, named)
    # a full name is matched again at its surname; "Judge Mills" is as _introduce found it
    titled_at = {at: introduced[at] for at, _, words in named if len(words) == 1 and at in introduced}
    for run, offset in runs:  # every mention, bare surnames included, in text order
        tokens = _tokens(run, offset)
        for index, (word, start, _) in enumerate(tokens):
            bare = _POSSESSIVE.sub("", word)
            namesakes = people.by_surname.get(bare.lower())
            if namesakes is None or not bare[:1].isupper():
                continue
            first = index  # take in the title and first names: "Professor Sarah Lund"
            name_words = {w.lower() for person in namesakes for w in person.name.split()}
            while first > 0 and (tokens[first - 1][0].lower() in name_words or tokens[first - 1][0].lower() in _TITLES):
                first -= 1
            written = [w for w, _, _ in tokens[first:index]]
            words = [w for w in written if w.lower() not in _TITLES] + [bare]
            person = titled_at.get(start) or _person_named(
                people, text, tuple(w for w in written if w.lower() in _TITLES), words, start, introduces=False)
            if person is not None:
                person.seen = start
                people.mentions.append(_Mention(tokens[first][1], start + len(bare), person, bare != word))
    _index(people)
    return people


def people_from_names(text: str, names: Sequence[Fact]) -> _People:
    """The people index built from name facts: who is mentioned where, with titles and roles."""
    people = _People(text=text)
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
            people.mentions.append(_Mention(fact.start, fact.end, person, mention.possessive))
    _index(people)
    return people


def _introduce(people: _People, text: str,
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
    words = [_POSSESSIVE.sub("", w) for w in name.split()]
    prefix = title.split() + role.split()
    while len(words) > 1 and (words[0].lower() in _PREFIX_WORDS or words[0].lower() in STOPWORDS):
        prefix.append(words.pop(0))  # "Nurse Kay Dunn": the role is not part of the name
    titled = bool(prefix) and prefix[-1].lower().rstrip(".") in _PREFIX_WORDS
    if kind in ("place", "org") or not words or not (titled or len(words) >= 2):
        return None
    honorific = bool(prefix) and prefix[-1].lower().rstrip(".") in _TITLES
    if any(_not_name(w, strict=not honorific) for w in words):
        return None
    return tuple(p.rstrip(",") for p in prefix), tuple(words)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE.sub("", w) for w in name.split())


@lru_cache(maxsize=16384)
def _surname_key(name: str) -> str | None:
    words = name.split()
    return _POSSESSIVE.sub("", words[-1]).lower() if words else None


def _index(people: _People) -> None:
    people.starts = [m.start for m in people.mentions]
    people.ordered = all(a <= b for a, b in pairwise(people.starts))


def _not_name(word: str, *, strict: bool = True) -> bool:
    lowered = word.lower()
    return ((strict and lowered in _NOT_NAME) or lowered in STOPWORDS or (lowered.endswith("ing") and len(lowered) > 5)
            or (len(word) > 2 and word[:-1].isupper() and word.endswith("s")))


def _register(people: _People, text: str, prefix: Sequence[str], words: Sequence[str], at: int) -> Person:
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


def _person_named(people: _People, text: str, prefix: Sequence[str], words: Sequence[str], at: int, *,
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


def _weigh(people: _People, text: str, prefix: Sequence[str], words: Sequence[str], at: int, *,
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
        # forms of address (extract.names.RANKS), and "Judge" would read as a first name there
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
    gender = _TITLES.get(title, "")
    if gender and person.gender and gender != person.gender:
        return _UNFIT
    if title in person.offices:
        return _CONFIRMED
    if title in _RANK_TITLES:
        return _UNFIT  # "Judge Mills" is not the "Tom Mills" the story gave no such rank
    return _CONFIRMED if gender and gender == person.gender else _FITS


def _same_first_name(a: str, b: str) -> bool:
    """One first name: equal, an initial of the other, or one slip apart in a long name (Bernard/Bernhard)."""
    if a == b:
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
    return _POSSESSIVE.sub("", word).lower().rstrip(".,")


@lru_cache(maxsize=4096)
def _title(prefix: tuple[str, ...]) -> str:
    """The title or office word nearest the name, in its full spelling ("insp" -> "inspector"), or ""."""
    for word in reversed(prefix):
        folded = _fold(word)
        if folded in _PREFIX_WORDS:
            return _TITLE_SPELLINGS.get(folded, folded)
    return ""


def _learn(people: _People, text: str, person: Person, prefix: Sequence[str], at: int) -> None:
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
        person.offices |= {w for w in lower.split() if w in _PREFIX_WORDS and w not in _ADDRESS_TITLES}


@lru_cache(maxsize=4096)
def _prefix_meaning(prefix: tuple[str, ...]) -> tuple[str, bool, str | None, frozenset[str]]:
    """(gender, peer, role phrase, offices) that the words before a name give its person."""
    titles = [_POSSESSIVE.sub("", w).lower() for w in prefix]
    gender = next((_TITLES[title] for title in titles if _TITLES.get(title)), "")
    peer = any(title in _PEER_TITLES for title in titles)
    roles = [w.lower() for w in prefix if w.lower() not in STOPWORDS and w.lower() not in _TITLES]
    role = " ".join(roles) if roles and any(r in _ROLE_WORDS for r in roles) else None
    folded = (_fold(w) for w in prefix)
    offices = frozenset(_TITLE_SPELLINGS.get(w, w) for w in folded if w in _PREFIX_WORDS and w not in _ADDRESS_TITLES)
    return gender, peer, role, offices


def _role_after(text: str, end: int) -> list[str]:
    """The words of a role set off after a name ending at `end`: ", the club's coach," -> club's coach."""
    found = _ROLE_AFTER.match(text, end)
    return found.group(1).split() if found and found.group(2).lower() in ROLE_NOUNS else []


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


_LOWER_WORD = re.compile(r"[a-z]+")
_DOCUMENT_BY = re.compile(r"\b" + _alternation(_DOC_NOUNS) + r"\s+(?:\w+\s+){0,4}by\s+$")


def _authors(text: str, people: _People) -> list[tuple[int, Person]]:
    """Who wrote a document the story quotes: "Smith's report", "a review by Smith"."""
    found: list[tuple[int, Person]] = []
    for mention in people.mentions:
        if mention.possessive:
            after = text[mention.end : mention.end + 40].lower()
            if any(w in _DOC_NOUNS for w in _LOWER_WORD.findall(after)[:3]):
                found.append((mention.start, mention.person))
                continue
        before = text[max(0, mention.start - 30) : mention.start].lower()
        # _DOCUMENT_BY ends in "by" and white space; test that before searching every position.
        if before[-1:].isspace() and before.rstrip().endswith("by") and _DOCUMENT_BY.search(before):
            found.append((mention.start, mention.person))
    return found


# --- speech verbs and attribution ---------------------------------------------------------------

_SPEECH = """say says said saying tell tells told telling write writes wrote written writing add adds added
adding warn warns warned warning confirm confirms confirmed conclude concludes concluded claims
claimed notes noted promise promises promised describe describes described stated insist insists
insisted explain explains explained argue argues argued stress stresses stressed declare declares
declared admit admits admitted acknowledge acknowledges acknowledged announce announces announced
urge urges urged ask asks asked reply replies replied respond responds responded continues continued
reiterate reiterates reiterated recall recalls recalled criticise criticises criticised criticize
criticizes criticized comment comments commented remark remarks remarked pledge pledges pledged vow
vows vowed suggest suggests suggested testify testifies testified tweet tweets tweeted posted
observe observes observed concede concedes conceded caution cautions cautioned predict predicts
predicted shout shouted joke joked quip quipped recount recounted
""".split()
_FINDING = """found finds find identified identifies identify refers referred refer highlights
highlighted highlight shows showed shown revealed reveals concluded concludes describes described
notes noted warns warned says said""".split()
_FINDING_RE = re.compile(r"\b" + _alternation(_FINDING) + r"\b")
# Speech verbs, finding verbs and "according to" in one scan. Every match is a whole word (or both
# words of "according to"), so the matches for either list are the matches that are its words.
_CUE_RE = re.compile(r"\b" + _alternation(set(_SPEECH) | set(_FINDING)) + r"\b|\b[Aa]ccording to\b")
_FINDING_WORDS = frozenset(_FINDING)
_FINDING_ONLY = _FINDING_WORDS - frozenset(_SPEECH)
_PRONOUN = re.compile(r"(she|he|they|it|we|I)\b", re.IGNORECASE)
_PRONOUN_END = re.compile(r"\b(she|he|they|it|we|I)\s*$", re.IGNORECASE)
_AS_SAYS = re.compile(r"\bas\s+\S+(?:\s+\S+)?\s+(?:says|said|puts it|put it|makes clear)\b")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_ASCII_UPPER = re.compile("[A-Z]")
# Words between a subject and its speech verb: "Smith has also previously said".
_SKIPPABLE = frozenset("""has had have was is also then later previously already once again just further would will
repeatedly publicly privately recently earlier separately reportedly subsequently initially finally simply clearly
firmly quietly bluntly angrily yesterday today tonight""".split())
_DETERMINERS = frozenset({"the", "a", "an", "one", "her", "his", "its", "their", "our", "another"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_HEADS = _ROLE_WORDS | _DOC_NOUNS
_DOC_STEMS = _DOC_NOUNS | {w.rstrip("s") for w in _DOC_NOUNS}
# What may come before a name it describes: "farmer Ian Cole", "the former mayor Tim Wells", or set
# off by a comma, "the players' coach, Karen Holt", "Acme's founder, Jo Bell". A description with
# a comma opens with a determiner or a possessive, so "she said, Jo Bell ..." is none.
_DESCRIBED_NAME = re.compile(r"(?:(?:[a-z][\w\-’']*[ \t]+){1,3}"
                             r"|(?:(?:the|a|an|his|her|their|its|our)\b|[A-Za-z][\w\-]*(?:['’]s|s['’]))"
                             r"(?:[ \t]+[a-z][\w\-]*(?:['’]s|s['’])?){1,4},[ \t]+)(?=[A-Z])")
_PHRASE_WORD = re.compile(r"[\w\-’']+")
_ORG_END = re.compile(rf"(?:\bthe\s+)?((?:{_CAP}[ \t]+){{0,3}}{_CAP})\s*$")
_ORG_START = re.compile(rf"(?:the\s+)?((?:{_CAP}[ \t]+){{0,3}}{_CAP})")
_POST_LEAD = re.compile(r"[\s,;:.!?—–\-]*")
_POST_VERB_FIRST = re.compile(r"(?:has |had )?(" + _alternation(_SPEECH) + r")\b[ \t]+")
# "Jo Bell, the employer, said", and "the employer, Jo Bell, said" (the comma closes the description)
_POST_VERB_AFTER = re.compile(r"\s*(?:,[^,\n]{1,60},\s*|,[ \t]*)?(?:(?:has|had|have|also|then|later)\s+)*("
                              + _alternation(_SPEECH + _FINDING) + r")\b")


@dataclass(slots=True)  # not frozen: made for every quote, and frozen ones cost four times as much to make
class _Ref:
    """A speaker as the text names them, before resolution."""

    text: str
    kind: str  # person | pronoun | role | document | group
    at: int
    person: Person | None = None
    owner: str = ""  # who owns a document noun: a name or a possessive pronoun


@dataclass(slots=True)  # not frozen: made for every quote, and frozen ones cost four times as much to make
class _Said:
    ref: _Ref | None
    verb: str | None
    own_words: bool | None
    at: int  # where the attribution stands, for the sentence it makes the topic of


class _Resolver:
    """Resolves speaker references against one document's people and sentence subjects."""

    def __init__(self, text: str, sents: Sequence[Sentence], people: _People, spans: Sequence[QuoteSpan]):
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

    def sentence_of(self, at: int) -> int | None:
        index = bisect_right(self.sent_starts, at) - 1
        return index if index >= 0 and at <= self.sents[index].end else None

    def antecedent(self, at: int, *, gender: str = "", peer: bool = False) -> Person | None:
        here = self.sentence_of(at)
        if here is None:
            here = max(0, bisect_right(self.sent_starts, at) - 1) + 1
        paragraph = self.sents[min(here, len(self.sents) - 1)].paragraph if self.sents else 0
        for index in range(here - 1, -1, -1):
            if paragraph - self.sents[index].paragraph > ANTECEDENT_PARAGRAPHS:
                break
            spoke = self.spoke.get(index)
            for person in ([spoke] if spoke else []) + self.topics[index]:
                if (gender and person.gender and person.gender != gender) or (peer and not person.peer):
                    continue
                return person
        return None

    def resolve(self, ref: _Ref | None) -> tuple[str | None, bool, Person | None]:
        """(speaker, is a person, the person) for a reference."""
        if ref is None:
            return None, False, None
        person = self._person(ref)
        if person is not None:
            return person.name, True, person
        if ref.kind == "group":
            return _LEADING_THE.sub("", ref.text), False, None
        return None, False, None

    def _person(self, ref: _Ref) -> Person | None:
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
            if phrase in _RESOLVABLE_ROLES:
                peer = phrase in ("peer", "baroness", "lord", "lady", "baron")
                gender = "f" if phrase in ("baroness", "lady", "dame") else ""
                return self.antecedent(ref.at, gender=gender, peer=peer)
        return None

    def _author(self, ref: _Ref) -> Person | None:
        if ref.owner:
            owner = ref.owner.lower()
            if owner in ("her", "his"):
                return self.antecedent(ref.at, gender="f" if owner == "her" else "m")
            return self.people.surnamed(owner, ref.at)
        before = [person for at, person in self.people.authors if at < ref.at]
        if before:
            return before[-1]
        return self.people.authors[0][1] if self.people.authors else None


def _speech_follows(text: str, at: int) -> bool:
    match = _POST_VERB_AFTER.match(text, at, min(len(text), at + 80))
    return match is not None


def _ref_before(text: str, end: int, lo: int, people: _People) -> _Ref | None:
    """The subject phrase that ends at `end` (a speech verb follows), skipping "has", "also", ..."""
    stop = _skip_back(text, lo, end)
    head = text[lo:stop]
    if head.endswith(","):  # an appositive: "Jane Smith, the minister, said" / "The chief, Jane Smith, said"
        named = people.mention_ending(stop - 1)
        if named is not None:
            return _Ref(text[named.start : stop - 1], "person", named.start, named.person)
        inner = head[:-1].rfind(",")
        if inner >= 0 and head.count(",") >= 2:
            found = _ref_before(text, lo + inner, lo, people)
            if found is not None:
                return found
    mention = people.mention_ending(stop)
    if mention is not None:
        word = text[mention.start : stop]
        return _Ref(word, "person", mention.start, mention.person)
    # The pronoun can only be the last word: start the search there, not at every character.
    pronoun = _PRONOUN_END.search(head, max(0, len(head.rstrip()) - 4))
    if pronoun:
        return _Ref(pronoun.group(1), "pronoun", lo + pronoun.start(1))
    phrase = _noun_phrase_before(text, lo, stop)
    if phrase is not None:
        return _phrase_ref(text[phrase:stop], phrase)
    # _ORG_END ends in a capitalised word: without a capital in the last word, skip the search.
    last_word = head.rsplit(None, 1)[-1] if head.strip() else ""
    org = _ORG_END.search(head) if _ASCII_UPPER.search(last_word) else None
    if org:
        return _Ref(org.group(1), "group", lo + org.start(1))
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


def _ref_at(text: str, at: int, hi: int, people: _People) -> _Ref | None:
    """The subject phrase that starts at `at` (after a quote or after a speech verb)."""
    mention = people.mention_at(at)
    if mention is None:
        described = _DESCRIBED_NAME.match(text, at, hi)
        mention = people.mention_at(described.end()) if described else None
    if mention is not None:
        return _Ref(text[mention.start : mention.end], "person", mention.start, mention.person)
    run = _RUN.match(text, at, hi)
    if run:
        for token in _TOKEN.finditer(text, at, run.end()):
            found = people.mention_at(token.start())
            if found is not None:
                return _Ref(run.group(), "person", at, found.person)
    pronoun = _PRONOUN.match(text, at, hi)
    if pronoun:
        return _Ref(pronoun.group(1), "pronoun", at)
    phrase_end = _noun_phrase_at(text, at, hi)
    if phrase_end is not None:
        return _phrase_ref(text[at:phrase_end], at)
    org = _ORG_START.match(text, at, hi)
    if org and org.group(1).split()[0].lower() not in STOPWORDS:
        return _Ref(org.group(1), "group", at)
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
        if lowered in _DETERMINERS or (_POSSESSIVE.search(word.group()) and word.group()[:1].isupper()):
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
        leading = index == 0 and (lowered in _DETERMINERS or _POSSESSIVE.search(written) is not None)
        if not leading and lowered in STOPWORDS:
            return None
        previous_end = word.end()
    return None


def _phrase_ref(phrase: str, at: int) -> _Ref:
    words = phrase.split()
    first = words[0].lower()
    if first in _INDEFINITE:
        return _Ref(phrase, "unknown", at)
    if _head(words[-1]) and words[-1].lower().rstrip("s") in _DOC_STEMS:
        owner = ""
        if len(words) > 1 and first in ("her", "his"):
            owner = first
        elif len(words) > 1 and _POSSESSIVE.search(words[0]):
            owner = _POSSESSIVE.sub("", words[0])
        return _Ref(phrase, "document", at, owner=owner)
    return _Ref(phrase, "role", at)


def _attribution_after(text: str, span: QuoteSpan, hi: int, people: _People) -> _Said | None:
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
            return _Said(ref, verb_first.group(1).lower(), True, at)
    ref = _ref_at(text, at, hi, people)
    if ref is None:
        return None
    stop = ref.at + len(ref.text)
    verb = _POST_VERB_AFTER.match(text, stop, hi)
    if verb is None:
        return None
    if ends_sentence and text[verb.end() : verb.end() + 1] not in (".", ",", ";", ""):
        return None  # '"We won." Smith said.' attributes; '"We won." Smith said that ...' starts anew
    return _Said(ref, verb.group(1).lower(), True, at)


def _attribution_before(text: str, lo: int, open_at: int, people: _People, resolver: _Resolver) -> _Said | None:
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
            return _Said(ref, verb.group().lower(), own, lo + verb.start())
    finding = [cue for cue in cues if cue.group() in _FINDING_WORDS]
    if finding:
        ref = _ref_before(text, lo + finding[-1].start(), lo, people)
        if ref is not None:
            return _Said(ref, finding[-1].group(), True, lo + finding[-1].start())
    return None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _own_words(text: str, lo: int, hi: int, speaker: _Ref, people: _People, resolver: _Resolver) -> bool:
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


# --- facts -------------------------------------------------------------------------------------------


def extract_quotes(
    text: str, sentences: Sequence[Sentence], *, doc_id: str, names: Sequence[Fact] | None = None
) -> list[Fact]:
    """Every direct quote in the text as a `quote` fact, with its speaker as the article gives it.

    `names` are the document's name facts (`extract.names`); given, speakers are resolved among
    them instead of finding the people a second time.
    """
    spans = quote_spans(text)
    if not spans:
        return []
    people = find_people(text) if names is None else people_from_names(text, names)
    resolver = _Resolver(text, sentences, people, spans)
    facts: list[Fact] = []
    said_by_span: dict[int, _Said | None] = {}
    outer_of: dict[int, QuoteSpan] = {}
    for span in spans:
        if span.depth > 0:
            outer_of[span.open_at] = next((o for o in spans if o.depth == 0 and o.start <= span.open_at < o.end),
                                          span)
    for span in spans:
        first = resolver.sentence_of(span.open_at)
        said = _attribute(text, span, first, outer_of.get(span.open_at), resolver, said_by_span)
        said_by_span[span.open_at] = said
        speaker, is_person, person = resolver.resolve(said.ref if said else None)
        if person is not None and said is not None and span.depth == 0:
            for at in (said.at, span.end):  # a long quote keeps its speaker the topic to its end
                index = resolver.sentence_of(at)
                if index is not None:
                    resolver.spoke[index] = person
        value = text[span.start : span.end]
        detail = QuoteValue(
            speaker=speaker, speaker_text=said.ref.text if said and said.ref else None,
            verb=said.verb if said else None, scare=_few_words(value),
            own_words=said.own_words if said else None, speaker_is_person=is_person, nested=span.depth > 0,
        )
        facts.append(_fact(text, span, value, first, detail, sentences, resolver, doc_id))
    return facts


def _few_words(quoted: str) -> bool:
    """At most SCARE_MAX_WORDS words (space-separated, with a letter or digit); stops counting there."""
    return len(list(islice(_WORDY_TOKEN.finditer(quoted), SCARE_MAX_WORDS + 1))) <= SCARE_MAX_WORDS


def _attribute(text: str, span: QuoteSpan, first: int | None, outer: QuoteSpan | None, resolver: _Resolver,
               earlier: dict[int, _Said | None]) -> _Said | None:
    people = resolver.people
    sentence_start = resolver.sents[first].start if first is not None else span.open_at
    if span.depth > 0 and outer is not None:
        said = _attribution_before(text, max(outer.start, sentence_start), span.open_at, people, resolver)
        if said is not None and said.ref is not None and said.ref.kind == "pronoun":
            return None  # a pronoun inside someone's quote is theirs to resolve, not ours
        return said
    para_end = text.find("\n", span.close_at)
    hi = min(len(text) if para_end < 0 else para_end, span.close_at + 120)
    nxt = _MARK.search(text, span.close_at, hi)
    if nxt and _role(text, nxt.start(), span.close_at, hi) == "open":
        hi = nxt.start()
    said = _attribution_after(text, span, hi, people) or _attribution_before(
        text, sentence_start, span.open_at, people, resolver)
    if said is not None:
        return said
    if text[sentence_start : span.open_at].strip(" \t\n-—–"):
        return _sentence_subject(text, sentence_start, span.open_at, resolver)
    return _previous_speaker(text, first, earlier, resolver)


def _sentence_subject(text: str, lo: int, hi: int, resolver: _Resolver) -> _Said | None:
    """A quoted fragment inside the reporter's sentence belongs to that sentence's subject."""
    inside = resolver.people.starting_in(lo, hi)
    for mention in inside:
        if not mention.possessive:
            return _Said(_Ref(text[mention.start : mention.end], "person", mention.start, mention.person),
                         None, True, mention.start)
    if not inside:
        return None
    authors = {at for at, _ in resolver.people.authors}
    for mention in inside:  # "Smith's review ... found 'x'": the author speaks through the document
        if mention.start in authors:
            return _Said(_Ref(text[mention.start : mention.end], "person", mention.start, mention.person),
                         None, True, mention.start)
    return None


def _previous_speaker(text: str, index: int | None, earlier: dict[int, _Said | None],
                      resolver: _Resolver) -> _Said | None:
    """A quote that opens its sentence unattributed continues the previous sentence's speaker."""
    if index is None or index == 0:
        return None
    previous = resolver.sents[index - 1]
    for open_at, said in reversed(earlier.items()):
        if previous.start <= open_at < previous.end and said is not None:
            return said
    if text[previous.start : previous.end].rstrip().endswith(":"):
        return _attribution_before(text, previous.start, previous.end, resolver.people, resolver)
    return None


def _context(value: str) -> tuple[str, ...]:
    """The first CONTEXT_WORDS content words of a quote.

    Long quotes are folded from their opening only: cut at a space, a text keeps every word before
    the cut as it is, so when the opening holds enough words they are the same ones.
    """
    cut = value.find(" ", _CONTEXT_CHARS)
    if cut > 0:
        words = content_words(value[:cut])
        if len(words) >= CONTEXT_WORDS:
            return tuple(words[:CONTEXT_WORDS])
    return tuple(content_words(value)[:CONTEXT_WORDS])


def _fact(text: str, span: QuoteSpan, value: str, first: int | None, detail: QuoteValue,
          sents: Sequence[Sentence], resolver: _Resolver, doc_id: str) -> Fact:
    """The quote as a fact; `first` is the sentence its opening mark stands in."""
    last = resolver.sentence_of(max(span.open_at, span.close_at - 1))
    lo = sents[first].start if first is not None else span.open_at
    hi = sents[last].end if last is not None else span.close_at
    lo, hi = min(lo, span.start), max(hi, span.end)
    return Fact(
        doc=doc_id, kind="quote", value=value, start=span.start, end=span.end, sentence=text[lo:hi],
        detail=detail, context=_context(value),
        paragraph=sents[first].paragraph if first is not None else 0, in_quote=span.depth > 0,
    )
