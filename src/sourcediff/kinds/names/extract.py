"""Names of people, places and organisations, with the titles and roles written around them.

A small grammar over capitalised words, no statistical tagger: a *chain* is a run of
capitalised words separated only by spaces (with name particles such as "von der" or "al-"
and, after an office or organisation word, "of the"). Each chain is then split into the
title written before the name ("Dame", "Prime Minister", "Sgt.") and the name itself, and
given a kind from the words around it. Words that are capitalised only because they open a
sentence or sit in a title-case heading are kept only when the same document also
capitalises them mid-sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...models import EntityKind, Fact, Mention
from ...text import STOPWORDS, Sentence

__all__ = ["RANKS", "Mention", "extract_names", "fold_name"]

# Honorific or rank -> (class, sex, what a lone following word is: "given" or "surname").
# Only ranks of the same class are compared when one person is written with two titles.
RANKS: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("sir", "prince", "king", "emperor"), ("honour", "m", "given")),
    **dict.fromkeys(("dame", "princess", "queen", "empress"), ("honour", "f", "given")),
    **dict.fromkeys(("lord", "baron", "viscount", "earl", "marquess", "duke"), ("honour", "m", "surname")),
    **dict.fromkeys(("lady", "baroness", "viscountess", "countess", "marchioness", "duchess"),
                    ("honour", "f", "surname")),
    **dict.fromkeys(("mr", "messrs"), ("courtesy", "m", "surname")),
    **dict.fromkeys(("mrs", "ms", "miss"), ("courtesy", "f", "surname")),
    "mx": ("courtesy", "", "surname"),
    **dict.fromkeys(("dr", "doctor", "professor", "prof"), ("academic", "", "surname")),
    **dict.fromkeys(("general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
                     "commander", "cmdr", "admiral", "adm", "brigadier", "sergeant", "sgt", "corporal", "cpl",
                     "marshal", "inspector", "insp", "detective", "det", "constable", "superintendent", "supt"),
                    ("military", "", "surname")),
    **dict.fromkeys(("reverend", "rev", "father", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor",
                     "canon", "sheikh", "ayatollah"), ("clergy", "", "surname")),
    "pope": ("clergy", "m", "given"),
}
# Words that extend a rank without being one: "Detective Chief Inspector", "Vice Admiral".
RANK_MODIFIERS = frozenset({"chief", "deputy", "vice", "rear", "acting", "assistant", "senior", "lance", "staff",
                            "first", "second", "field", "air", "police", "flight", "wing", "group"})
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "mx", "st", "gov", "sgt", "lt", "col", "gen", "rep", "sen",
                           "prof", "rev", "capt", "cmdr", "adm", "maj", "cpl", "jr", "sr", "insp", "supt", "det",
                           "fr", "cllr", "pres"})
# The last word of an office written before a name: "Home Secretary", "Gov.", "Acme CEO".
OFFICE_HEADS = frozenset({
    "minister", "secretary", "chancellor", "president", "vice-president", "governor", "gov", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "mayor", "judge", "justice", "ambassador",
    "commissioner", "speaker", "leader", "chair", "chairman", "chairwoman", "chairperson", "premier",
    "director", "ceo", "executive", "spokesman", "spokeswoman", "spokesperson", "councillor", "cllr",
    "treasurer", "coroner", "sheriff", "prosecutor", "envoy", "adviser", "advisor", "secretary-general",
    "president-elect", "chief", "pres", "mp", "mep", "officer", "general-secretary",
})
# Lower-case role nouns written next to a name ("commentator Jane Doe", "Jane Doe, the trade secretary").
ROLE_NOUNS = OFFICE_HEADS | frozenset({
    "peer", "commentator", "activist", "campaigner", "lawyer", "barrister", "solicitor", "journalist",
    "editor", "founder", "economist", "analyst", "researcher", "scientist", "author", "writer", "actor",
    "actress", "singer", "coach", "manager", "player", "striker", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "officer", "detective", "professor", "doctor", "survivor", "witness",
    "priest", "historian", "presenter", "broadcaster", "chef", "architect", "artist", "musician", "leader",
})
# The last word of an organisation, building or document name.
ORG_HEADS = frozenset({
    "agency", "office", "council", "court", "bank", "party", "ministry", "department", "university", "police",
    "commission", "committee", "bill", "act", "news", "service", "services", "force", "forces",
    "army", "navy", "union", "group", "foundation", "trust", "institute", "association", "company",
    "corporation", "inc", "ltd", "plc", "club", "hospital", "school", "college", "society", "authority",
    "board", "church", "parliament", "assembly", "senate", "house", "network", "bureau", "centre", "center",
    "federation", "organisation", "organization", "fund", "review", "inquiry", "report",
    "airways", "airlines",
    "museum", "library", "prison", "station", "airport", "stadium", "cabinet", "government", "congress",
    "exchequer", "treasury", "commons", "lords", "kingdom", "republic", "states", "nations", "alliance",
    "coalition", "movement", "front", "league", "forum", "summit", "programme", "program", "project",
})
# Words after which a chain ends in "of", "of the", "for" and carries on: "Leader of the Opposition".
BRIDGE_HEADS = OFFICE_HEADS | ORG_HEADS | frozenset({
    "duke", "duchess", "earl", "archbishop", "bishop", "secretary", "state", "prince", "princess", "king",
    "queen", "lord", "baron", "baroness", "lady", "mayor", "city", "port", "isle", "bay", "gulf", "cape",
    "province", "region", "county", "district", "borough", "chamber", "palace", "tower", "castle",
})
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
                       "le", "la", "ter", "ten", "bin", "ibn", "bint", "al", "el", "zu", "af", "y"})
BRIDGES = ("of the", "for the", "of", "for")
_BRIDGE_WORDS = [phrase.split() for phrase in BRIDGES]
_OFFICE_BRIDGES = frozenset({"of", "for", "the"})
# Month and day names split a capitalised run ("On Monday Prime Minister ..."); "May" may be a surname.
CALENDAR = frozenset(("january february march april june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday").split())
_CALENDAR_SHORT = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
# Capitalised words that are never a name on their own.
NOT_NAMES = CALENDAR | frozenset(_CALENDAR_SHORT.split()) | frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "god", "internet", "may"})
# Words that open sentences and are rarely names ("Despite Tuesday's ...", "Meanwhile Paris ..."); an
# unfamiliar capitalised word ending in -ing that opens a sentence is treated the same way.
OPENING_WORDS = frozenset({
    "despite", "amongst", "meanwhile", "however", "today", "yesterday", "tonight", "currently", "unlike",
    "besides", "instead", "earlier", "later", "separately", "previously", "additionally", "nevertheless",
    "overall", "finally", "initially", "ultimately", "notably", "recently", "elsewhere", "asked", "photo",
    "picture", "watch", "read", "listen", "advertisement", "update", "updated", "breaking", "exclusive",
    "opinion", "analysis", "comment", "live", "dear", "thanks", "welcome", "hello", "yes", "please",
})
SPEECH_VERBS = frozenset({
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "claimed", "accused", "argued",
    "announced", "warned", "insisted", "confirmed", "explained", "stressed", "admitted", "denied", "responded",
    "replied", "tweeted", "posted", "urged", "praised", "criticised", "criticized", "acknowledged", "who",
    "whose", "himself", "herself", "asked", "noted", "recalled", "promised", "pledged", "vowed",
})
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around", "inside", "at", "from"})
_PLACE_ENDINGS = tuple(PLACE_PREPOSITIONS)
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ic", "i", "ch")
HEADING_SHARE = 0.75  # share of capitalised content words that makes an unpunctuated line a heading
HEADING_MIN_WORDS = 3
MAX_NAME_WORDS = 5  # longer capitalised runs are organisations or headlines, not people
CONTEXT_CHARS = 100  # how far around a name to look for its role ("the trade secretary") or a place word

_EDGE = r"(?<![\w'’\-])"
_CONNECTORS = PARTICLES | {"of", "the", "for"}
# letters and digits, joined by an apostrophe or hyphen only before a letter (the loop unrolled, which
# the regex engine runs faster than `(?:[^\W_]|['’\-](?=[^\W\d_]))*`)
_WORD_REST = r"[^\W_]*(?:['’\-](?=[^\W\d_])[^\W_]*)*"
# Capitalised words and acronyms ("U.S."). The first letter is matched before the edge is checked:
# a pattern that opens with a character class lets the regex engine skip straight to the next
# capital letter instead of trying every position in the text. That class is every character of
# `[^\W\d_a-z]` and more, leaving out only the Latin-1 and General Punctuation marks that news text
# is full of (’ “ ” — …); the look-behind then keeps the exact class.
_CAPITALISED_WORD = re.compile(r"[A-Z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\u1fff\u2070-\U0010ffff]"
                               r"(?<=[^\W\d_a-z])(?<![\w'’\-].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|" + _WORD_REST + ")")
# Words with a lower-case particle ("al-Baghdadi", "d'Estaing"): rare, so found from their joiner, one
# pattern for each joiner as the regex engine finds a single character faster than any of three
_PARTICLE_JOINERS = [re.compile(joiner + r"(?<=[a-z].)(?=[^\W\d_a-z])") for joiner in ("-", "'", "’")]
_PARTICLE_WORD = re.compile(_EDGE + r"[a-z]{1,3}['’\-][^\W\d_a-z]" + _WORD_REST)
# What may stand between two words for connectors to join them; connectors anywhere else can never
# bridge a chain, so they are not made tokens at all.
_CONNECTOR_RUN = re.compile(r"(?:[^\S\n]{1,2}(?:" + "|".join(sorted(_CONNECTORS, key=len, reverse=True))
                            + r"))+[^\S\n]{1,2}")
_LOWER_RUN = re.compile("[a-z]+")
_DIGIT = re.compile(r"\d")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LOWER_KEY = re.compile(r"[a-z][a-z'\-]*")
_LOWER_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'-")
_OPENERS = frozenset("“\"‘'([:;—–-…•*|")
_STOPS = (".", "!", "?", ":")
_WORD_END = re.compile(r"[\w\-]+$")
_ROLE_BEFORE = re.compile(r"(?:^|\s)((?:(?:former|shadow|deputy|chief|acting|interim|then|[A-Z][\w\-]*)\s+){0,3}"
                          r"([A-Za-z][\w\-]*))\s+$")
_APPOSITION_BEFORE = re.compile(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,3}?([\w\-]+))\s*,\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*,\s+(?:the\s+|a\s+|an\s+)?((?:[\w\-'’]+\s+){0,3}?([\w\-]+))\s*[,.;)]")
_AGE_AFTER = re.compile(r"^\s*,\s+\d{1,3}\s*,")


@dataclass(slots=True)
class _Token:
    start: int  # offsets into the document text
    end: int  # without any possessive ending
    word: str
    key: str  # lower case, plain apostrophes, no trailing dot
    possessive: bool
    initial: bool  # first word of its sentence or of a quotation (only worked out for name-like words)
    name_like: bool  # capitalised (or "al-", "d'" before a capital), not an acronym, no digits
    joined: bool  # one or two spaces (no line break) after the previous token, which is not possessive
    bridge: bool = False  # "of", "the", "for" inside a chain


def fold_name(word: str) -> str:
    """Lower case, typographic apostrophes made plain, no trailing dot."""
    return word.lower().replace("’", "'").rstrip(".")


def extract_names(text: str, sentences: Sequence[Sentence], *, doc_id: str) -> list[Fact]:
    """Every name mention in the document's sentences, as `kind="name"` facts in text order."""
    tokenised = _tokenise(text, sentences)
    headings = [_is_heading(text, sentence) for sentence in sentences]
    proper = _evidence(tokenised, headings)
    common = _LowerCaseWords(text)
    facts: list[Fact] = []
    for sentence, tokens, heading in zip(sentences, tokenised, headings, strict=True):
        if not tokens:
            continue
        sentence_text = ""
        for chain in _chains(tokens):
            for mention_tokens in _trim(chain, proper, common, heading=heading):
                sentence_text = sentence_text or text[sentence.start : sentence.end]
                fact = _fact(text, sentence, mention_tokens, doc_id, sentence_text)
                # a lone word that the document also writes in lower case is no name; asked last,
                # as looking through the text is the costly part
                if fact is not None and (heading or len(mention_tokens) > 1 or mention_tokens[0].key not in common):
                    facts.append(fact)
    return facts


class _LowerCaseWords:
    """The words the document writes in lower case, apostrophes made plain.

    Such a word starts with a-z where no letter, digit, apostrophe or hyphen comes before it, and
    runs on over a-z, apostrophes and hyphens. Only a few dozen words a document are asked about, so
    each is looked up in the text rather than every lower-case word collected first.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded = ""
        self._known: dict[str, bool] = {}

    def __contains__(self, key: str) -> bool:
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._written(key)
        return known

    def _written(self, key: str) -> bool:
        if not _LOWER_KEY.fullmatch(key):
            return False
        if not self._folded:
            self._folded = self._text.replace("’", "'")
        text = self._folded
        index = text.find(key)
        while index >= 0:
            end = index + len(key)
            before = text[index - 1] if index else " "
            after = text[end : end + 1]
            # a whole word: it starts the run of letters it stands in and does not run on
            if not (before.isalnum() or before in "_'-") and (not after or after not in _LOWER_WORD_CHARS):
                return True
            index = text.find(key, index + 1)
        return False


def _tokenise(text: str, sentences: Sequence[Sentence]) -> list[list[_Token]]:
    """The tokens of each sentence, from one pass over the whole text.

    A sentence is tokenised as if it stood alone. Where white space surrounds it, words found in the
    whole text are the same; a sentence that runs straight into its neighbour is scanned on its own.
    """
    words = _words(text)
    starts = [word.start() for word in words]
    tokenised: list[list[_Token]] = []
    length = len(text)
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if (start == 0 or text[start - 1].isspace()) and (end == length or text[end].isspace()):
            inside = words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            tokenised.append(_tokens(text, start, inside, 0))
        else:
            chunk = text[start:end]
            tokenised.append(_tokens(chunk, 0, _words(chunk), start))
    return tokenised


def _words(text: str) -> list[re.Match[str]]:
    """Capitalised words and words with a lower-case particle, in text order."""
    words = list(_CAPITALISED_WORD.finditer(text))
    particle_words = []
    for joiners in _PARTICLE_JOINERS:
        for joiner in joiners.finditer(text):
            joint = joiner.start()
            for start in range(joint - 1, max(joint - 4, -1), -1):
                word = _PARTICLE_WORD.match(text, start)
                if word:
                    particle_words.append(word)
                    break
    # neither kind of word starts inside the other, so together they are what one pattern would find
    return sorted(words + particle_words, key=lambda word: word.start()) if particle_words else words


def _tokens(text: str, sentence_start: int, words: Sequence[re.Match[str]], offset: int) -> list[_Token]:
    """A sentence's words and the lower-case words that join them, with their offsets plus `offset`.

    `text` from `sentence_start` on holds the sentence; past its end there is white space or nothing.
    """
    found: list[_Token] = []
    last_end = -3  # where the previous word ends; too far back to join when there is none
    for match in words:
        start, end = match.span()
        word, possessive, key, name_like, abbreviation = _word_facts(match.group())
        if not name_like and key not in _CONNECTORS:
            # an acronym or a word with digits only ever ends a chain, and left out it still does:
            # nothing before it then joins anything after it
            continue
        joined = 0 < start - last_end <= 2 and (gap := text[last_end:start]).isspace() and "\n" not in gap
        if not joined and last_end >= 0 and _CONNECTOR_RUN.fullmatch(text, last_end, start):
            for connector in _LOWER_RUN.finditer(text, last_end, start):
                found.append(_Token(offset + connector.start(), offset + connector.end(), connector.group(),
                                    connector.group(), False, False, False, True))
            joined = True
        following = text[end : end + 1]
        if possessive:
            end -= 2
        elif following in ("'", "’") and word[-1] == "s" and not text[end + 1 : end + 2].isalpha():
            possessive = True
        elif abbreviation and following == ".":
            word, end = word + ".", end + 1
        initial = False  # a word joined to the one before it cannot follow an opener
        if name_like and not joined:
            back = start - 1  # to the mark before the word
            while back >= sentence_start and text[back].isspace():
                back -= 1
            initial = (back < sentence_start or text[back] in _OPENERS
                       or (text[back] == "." and text[max(back - 2, sentence_start) : back + 1] == "..."))
        found.append(_Token(offset + start, offset + end, word, key, possessive, initial, name_like, joined))
        last_end = -3 if possessive else end
    return found


@functools.lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, bool, str, bool, bool]:
    """What a word tells alone: the word without a possessive "'s", whether it had one, its key,
    whether it looks like part of a name, and whether a full stop after it belongs to it."""
    possessive = word.endswith(("'s", "’s"))
    if possessive:
        word = word[:-2]
    key = word.lower().replace("’", "'")
    capital = word[0].isupper() or _particle_prefix(word)
    name_like = capital and not _is_acronym(word) and not _DIGIT.search(word)
    return word, possessive, key, name_like, len(word) == 1 or key in ABBREVIATIONS


def _particle_prefix(word: str) -> bool:
    """'al-Baghdadi', "d'Estaing": a lower-case particle joined to a capitalised name."""
    for joiner in ("-", "'", "’"):
        head, _, rest = word.partition(joiner)
        if rest and rest[0].isupper() and (head in PARTICLES or len(head) == 1):
            return True
    return False


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    letters = letters[:-1] if letters.endswith("s") else letters  # "MPs"
    return len(letters) > 1 and letters.isupper()


def _is_heading(text: str, sentence: Sentence) -> bool:
    """A title-case line: no closing full stop and nearly every content word capitalised."""
    if text[sentence.end - 1 : sentence.end] in _STOPS:
        return False  # most sentences: no need to copy them out
    line = text[sentence.start : sentence.end]
    if line.rstrip("\"'”’)]").endswith(_STOPS):
        return False
    words = [w for w in _ANY_WORD.findall(line) if len(w) > 2 and w.lower() not in STOPWORDS]
    if len(words) < HEADING_MIN_WORDS:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= HEADING_SHARE * len(words)


def _evidence(tokenised: Sequence[list[_Token]], headings: Sequence[bool]) -> set[str]:
    """Words the document capitalises mid-sentence, outside headings."""
    proper: set[str] = set()
    for tokens, heading in zip(tokenised, headings, strict=True):
        if not heading:
            proper.update([t.key for t in tokens if t.name_like and not t.initial])
    return proper


def _chains(tokens: Sequence[_Token]) -> list[list[_Token]]:
    """Runs of capitalised words joined by spaces, particles, or 'of (the)' after a head word."""
    chains: list[list[_Token]] = []
    current: list[_Token] = []
    index, count = 0, len(tokens)
    # `current`, when not empty, always ends with tokens[index - 1], so `token.joined` says whether
    # the token carries the chain on
    while index < count:
        token = tokens[index]
        joined = bool(current) and token.joined
        if token.name_like and (joined or not current):
            current.append(token)
            index += 1
            if token.possessive:
                chains.append(current)
                current = []
            continue
        bridge = _bridge_length(current, tokens, index) if joined else 0
        if bridge:
            for extra in tokens[index : index + bridge]:
                extra.bridge = True
            current.extend(tokens[index : index + bridge])
            index += bridge
            continue
        if current:
            chains.append(current)
            current = []
        if not token.name_like:
            index += 1
    if current:
        chains.append(current)
    return chains


def _bridge_length(chain: list[_Token], tokens: Sequence[_Token], index: int) -> int:
    """How many lower-case words join this chain to the next capitalised word, 0 if none do."""
    particles = 0
    while index + particles < len(tokens) and tokens[index + particles].key in PARTICLES:
        particles += 1
    if particles and _followed_by_capital(tokens, index, particles):
        return particles
    if chain[-1].key not in BRIDGE_HEADS:
        return 0
    for words in _BRIDGE_WORDS:
        here = [t.key for t in tokens[index : index + len(words)]]
        if here == words and _followed_by_capital(tokens, index, len(words)):
            return len(words)
    return 0


def _followed_by_capital(tokens: Sequence[_Token], index: int, length: int) -> bool:
    after = index + length
    if after >= len(tokens):
        return False
    return all(t.joined for t in tokens[index : after + 1]) and tokens[after].name_like


def _trim(chain: list[_Token], proper: set[str], common: _LowerCaseWords, *, heading: bool) -> list[list[_Token]]:
    """Drop the words whose capital letter comes from position, not from being a name."""
    if len(chain) == 1:  # most chains, and much simpler: the steps below for a lone word
        token = chain[0]
        if token.bridge or token.key in CALENDAR or (token.initial and _starter(chain, proper, common)):
            return []
        if heading:
            return [chain] if token.key in proper else []
        # the caller drops a lone word the document also writes in lower case
        if token.key in NOT_NAMES or token.key in RANKS or (token.initial and token.key not in proper):
            return []
        return [chain]
    for cut, token in enumerate(chain):
        if token.key in CALENDAR:
            return (_trim(chain[:cut], proper, common, heading=heading)
                    + _trim(chain[cut + 1 :], proper, common, heading=heading))
    while chain and (chain[0].bridge or (chain[0].initial and _starter(chain, proper, common))):
        chain = chain[1:]
    while chain and chain[-1].bridge:
        chain = chain[:-1]
    if not chain:
        return []
    if heading and not _has_title(chain):
        return _evidenced_runs(chain, proper)
    if len(chain) == 1:
        token = chain[0]
        # the caller drops a lone word the document also writes in lower case
        if token.key in NOT_NAMES or token.key in RANKS or (token.initial and token.key not in proper):
            return []
    return [chain]


def _starter(chain: Sequence[_Token], proper: set[str], common: _LowerCaseWords) -> bool:
    """A sentence-opening word that is capitalised only because it opens the sentence."""
    key = chain[0].key
    if key in RANKS or key in OFFICE_HEADS:
        return False
    if key in STOPWORDS or key in NOT_NAMES or key in OPENING_WORDS or key in ROLE_NOUNS:
        return True
    # "Praising Baroness Smith, ...", "Following Home Secretary Jane Doe": an opener before a title
    opener = len(chain) == 1 or (len(chain) > 2 and chain[1].key in RANKS) or key.endswith("ing")
    # a word written in lower case elsewhere is an opener even when also capitalised mid-sentence;
    # `common` is the costly question, so it comes last
    return (opener and key not in proper) or key in common


def _has_title(chain: Sequence[_Token]) -> bool:
    return any(t.key in RANKS for t in chain[:-1])


def _evidenced_runs(chain: list[_Token], proper: set[str]) -> list[list[_Token]]:
    """In a title-case heading keep only words the body also capitalises mid-sentence."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for token in chain:
        if token.key in proper and not token.bridge:
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _fact(text: str, sentence: Sentence, tokens: list[_Token], doc_id: str, sentence_text: str) -> Fact | None:
    title_tokens: list[_Token] = []
    name_tokens = tokens
    if len(tokens) > 1 and tokens[-1].key not in ORG_HEADS:
        title_tokens, name_tokens = _title_split(tokens)
    while name_tokens and name_tokens[0].bridge:
        name_tokens = name_tokens[1:]
    if not name_tokens:
        return None
    last_key = name_tokens[-1].key
    if last_key in RANKS or last_key in OFFICE_HEADS:
        return None  # a bare title: "the Home Secretary"
    if (last_key in NOT_NAMES or len(last_key) == 1) and all(
            t.key in NOT_NAMES or len(t.key) == 1 for t in name_tokens):
        return None  # a date word or a lone initial
    first, last = (title_tokens or name_tokens)[0], name_tokens[-1]
    rank = _rank(title_tokens) if title_tokens else ""
    kind, role = _kind_and_role(text, sentence, title_tokens, name_tokens, rank)
    if kind is None:
        return None
    given, surname = _parts(name_tokens, rank, kind)
    value = text[first.start : last.end]
    name = text[name_tokens[0].start : last.end]
    title = text[first.start : title_tokens[-1].end] if title_tokens else ""
    # positional: mentions are made by the thousand, and keywords cost a third more
    mention = Mention(value, name, title, rank, role, given, surname, kind, last.possessive, first.initial)
    return Fact(
        doc=doc_id, kind="name", value=value, start=first.start, end=last.end,
        sentence=sentence_text, detail=mention, paragraph=sentence.paragraph,
    )


def _title_split(tokens: list[_Token]) -> tuple[list[_Token], list[_Token]]:
    """The title words before the name, and the name words."""
    head = -1
    for index, token in enumerate(tokens[:-1]):
        key = token.key
        if (key in RANKS or key in OFFICE_HEADS) and not token.bridge:
            head = index
    if head < 0:
        return [], tokens
    end = head + 1
    while end < len(tokens) - 1 and tokens[end].bridge and tokens[end].key in _OFFICE_BRIDGES:
        end += 1  # "Leader of the Opposition": the office goes on
        if not tokens[end].bridge:
            end += 1
    if end >= len(tokens) or tokens[end].bridge:
        end = head + 1
    return tokens[:end], tokens[end:]


def _rank(title_tokens: Sequence[_Token]) -> str:
    """The honorific or rank nearest the name, unless it only ends an office ("Attorney General")."""
    run: list[str] = []
    for token in reversed(title_tokens):
        key = token.key
        if key in RANKS or (run and key in RANK_MODIFIERS):
            run.insert(0, key)
            continue
        if run and key not in OFFICE_HEADS:
            return ""  # an office that happens to end in a rank word
        if run and run[0] == "general":
            return ""  # "Director General"
        break
    while run and run[0] not in RANKS:
        run.pop(0)
    return run[-1] if run else ""


def _kind_and_role(
    text: str, sentence: Sentence, title_tokens: Sequence[_Token], name_tokens: Sequence[_Token], rank: str
) -> tuple[EntityKind | None, str]:
    first, last = name_tokens[0], name_tokens[-1]
    if last.key in ORG_HEADS or (not title_tokens and len(name_tokens) > 1
                                 and not ORG_HEADS.isdisjoint([t.key for t in name_tokens])):
        return "org", ""
    if title_tokens:
        return "person", _office(text, title_tokens, rank)
    before = text[max(sentence.start, first.start - CONTEXT_CHARS) : first.start]
    after = text[last.end : min(sentence.end, last.end + CONTEXT_CHARS)].lstrip("'’")
    if last.possessive and after[:1] == "s":
        after = after[1:]
    # Every pattern around the name needs a comma or a particular word right next to it, so those
    # are looked at first and the patterns run only where they can match.
    tail = before.rstrip()
    spaced = len(tail) < len(before)  # white space between the word before and the name
    comma_before = tail[-1:] == ","
    words_before = (tail[:-1] if comma_before else tail).rsplit(None, 1)
    word_before = words_before[-1] if words_before else ""
    next_words = after.split(None, 1)
    next_word = next_words[0] if next_words else ""
    comma_after = next_word[:1] == ","
    role_noun_before = word_before.lower() in ROLE_NOUNS
    if role_noun_before or comma_after:
        role = _role_around(before, after, role_noun_before=role_noun_before, comma_before=comma_before,
                            spaced=spaced, comma_after=comma_after)
        if role:
            return "person", role
    if next_word.lower().strip(",.;:!?\"'“”‘’") in SPEECH_VERBS or (comma_after and _AGE_AFTER.match(after)):
        return "person", ""
    if len(name_tokens) == 1 and _adjective(last, next_word):
        return None, ""
    # the last run of word characters before the name: "in" in "in Paris", and in "(in Paris"
    if spaced and not comma_before and word_before.endswith(_PLACE_ENDINGS):
        previous = _WORD_END.search(word_before)
        if previous and previous.group() in PLACE_PREPOSITIONS:
            return "place", ""
    return "unknown", ""


def _office(text: str, title_tokens: Sequence[_Token], rank: str) -> str:
    """The office in a title: 'Prime Minister' in 'Prime Minister Sir', 'Attorney General'.

    `rank` is `_rank(title_tokens)`.
    """
    end = len(title_tokens)
    if rank:
        while end and (title_tokens[end - 1].key in RANKS
                       or title_tokens[end - 1].key in RANK_MODIFIERS):
            end -= 1
    offices = [t for t in title_tokens[:end] if not _is_acronym(t.word)]
    return text[offices[0].start : offices[-1].end] if offices else ""


def _role_around(before: str, after: str, *, role_noun_before: bool, comma_before: bool, spaced: bool,
                 comma_after: bool) -> str:
    """The role written next to a name ("the trade secretary, Jane Doe", "Jane Doe, the trade secretary").

    `role_noun_before` says whether the last word before the name, or before the comma that ends
    `before`, is a role noun: the patterns before the name end in one.
    """
    for pattern, text, possible in ((_APPOSITION_BEFORE, before, comma_before and role_noun_before),
                                    (_APPOSITION_AFTER, after, comma_after),
                                    (_ROLE_BEFORE, before, spaced and not comma_before and role_noun_before)):
        match = pattern.search(text) if possible else None
        if match and match.group(2).lower() in ROLE_NOUNS:
            return match.group(1)
    return ""


def _adjective(token: _Token, next_word: str) -> bool:
    """'Spanish fishermen', 'Green leader': a capitalised word used as a modifier."""
    next_word = next_word.strip(",.;:")
    if next_word.lower() in ROLE_NOUNS:
        return True
    if not next_word or not next_word[0].islower() or next_word in STOPWORDS:
        return False
    return token.key.endswith(DEMONYM_ENDINGS)


def _parts(name_tokens: Sequence[_Token], rank: str, kind: EntityKind) -> tuple[str, str]:
    """Given name and surname; a surname keeps its particles ("von der Leyen", "al-Baghdadi")."""
    if kind in ("org", "place"):
        return "", " ".join([t.word for t in name_tokens])
    if len(name_tokens) == 1:
        word = name_tokens[0].word
        slot = RANKS.get(rank, ("", "", "surname"))[2]
        return (word, "") if slot == "given" else ("", word)
    words = [t.word for t in name_tokens]
    if len(words) > MAX_NAME_WORDS:
        return "", ""
    cut = len(words) - 1
    while cut > 1 and fold_name(words[cut - 1]) in PARTICLES:
        cut -= 1
    initials = [w for w in words[:cut] if len(w.rstrip(".")) == 1]
    given = " ".join(initials) if len(initials) == len(words[:cut]) else words[0]
    return given, " ".join(words[cut:])
