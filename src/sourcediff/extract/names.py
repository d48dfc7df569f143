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

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..models import Fact, compact_pickle
from ..text import STOPWORDS, Sentence

__all__ = ["RANKS", "Mention", "extract_names", "fold_name"]

EntityKind = Literal["person", "place", "org", "unknown"]

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
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ic", "i", "ch")
HEADING_SHARE = 0.75  # share of capitalised content words that makes an unpunctuated line a heading
HEADING_MIN_WORDS = 3
MAX_NAME_WORDS = 5  # longer capitalised runs are organisations or headlines, not people
CONTEXT_CHARS = 100  # how far around a name to look for its role ("the trade secretary") or a place word

_EDGE = r"(?<![\w'’\-])"
_CANDIDATE = re.compile(
    _EDGE + r"(?:(?:[A-Z]\.){2,}"  # U.S.
    r"|[^\W\d_a-z](?:[^\W_]|['’\-](?=[^\W\d_]))*"  # a capitalised word (or one in a non-Latin script)
    r"|[a-z]{1,3}['’\-][^\W\d_a-z](?:[^\W_]|['’\-](?=[^\W\d_]))*"  # al-Baghdadi, d'Estaing
    r"|(?:" + "|".join(sorted(PARTICLES | {"of", "the", "for"}, key=len, reverse=True)) + r")(?![\w'’\-]))"
)
_CONNECTORS = PARTICLES | {"of", "the", "for"}
_DIGIT = re.compile(r"\d")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LOWER_WORD = re.compile(_EDGE + r"[a-z][a-z'’\-]*")
_OPENERS = frozenset("“\"‘'([:;—–-…•*|")
_PREVIOUS_WORD = re.compile(r"([\w\-]+)\s+$")
_ROLE_BEFORE = re.compile(r"(?:^|\s)((?:(?:former|shadow|deputy|chief|acting|interim|then|[A-Z][\w\-]*)\s+){0,3}"
                          r"([A-Za-z][\w\-]*))\s+$")
_APPOSITION_BEFORE = re.compile(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,3}?([\w\-]+))\s*,\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*,\s+(?:the\s+|a\s+|an\s+)?((?:[\w\-'’]+\s+){0,3}?([\w\-]+))\s*[,.;)]")
_AGE_AFTER = re.compile(r"^\s*,\s+\d{1,3}\s*,")


@compact_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: the words as written, the title before them and the parts of the name."""

    text: str  # as written, title included: equals Fact.value
    name: str  # the name alone, without title or possessive ending
    title: str  # the title written before the name ("Dame", "Prime Minister", "Sgt."), "" if none
    rank: str  # the honorific or rank in the title, folded ("baroness", "dr", "sgt"), "" if none
    role: str  # the office or role given with the name ("Home Secretary", "trade secretary")
    given: str  # first name or initials, "" when not written
    surname: str  # family name with its particles ("von der Leyen"); the whole word for places and orgs
    entity_kind: EntityKind
    possessive: bool  # written "Smith's" or "Smiths'"
    initial: bool = False  # opens its sentence, so its capital letter proves nothing

    @property
    def name_offset(self) -> int:
        """Where `name` starts within `text`."""
        return len(self.text) - len(self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "title": self.title,
            "rank": self.rank,
            "role": self.role,
            "given": self.given,
            "surname": self.surname,
            "entity_kind": self.entity_kind,
            "possessive": self.possessive,
        }


@dataclass(slots=True)
class _Token:
    start: int  # offsets into the document text
    end: int  # without any possessive ending
    word: str
    key: str  # lower case, plain apostrophes, no trailing dot
    possessive: bool
    initial: bool  # first word of its sentence or of a quotation
    name_like: bool  # capitalised (or "al-", "d'" before a capital), not an acronym, no digits
    bridge: bool = False  # "of", "the", "for" inside a chain


def fold_name(word: str) -> str:
    """Lower case, typographic apostrophes made plain, no trailing dot."""
    return word.lower().replace("’", "'").rstrip(".")


def extract_names(text: str, sentences: Sequence[Sentence], *, doc_id: str) -> list[Fact]:
    """Every name mention in the document's sentences, as `kind="name"` facts in text order."""
    tokenised = [_tokens(text, sentence) for sentence in sentences]
    headings = [_is_heading(text, sentence) for sentence in sentences]
    proper = _evidence(tokenised, headings)
    common = {word.replace("’", "'") for word in set(_LOWER_WORD.findall(text))}
    facts: list[Fact] = []
    for sentence, tokens, heading in zip(sentences, tokenised, headings, strict=True):
        sentence_text = text[sentence.start : sentence.end]
        for chain in _chains(text, tokens):
            for mention_tokens in _trim(chain, proper, common, heading=heading):
                fact = _fact(text, sentence, mention_tokens, doc_id, sentence_text)
                if fact is not None:
                    facts.append(fact)
    return facts


def _tokens(text: str, sentence: Sentence) -> list[_Token]:
    """Capitalised words and the few lower-case words that can join them, with their offsets."""
    found: list[_Token] = []
    chunk = text[sentence.start : sentence.end]
    offset = sentence.start
    for match in _CANDIDATE.finditer(chunk):
        word, start, end = match.group(), match.start(), match.end()
        if word in _CONNECTORS:
            found.append(_Token(offset + start, offset + end, word, word, False, False, False))
            continue
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word, end = word[:-2], end - 2
        elif word.endswith("s") and chunk[end : end + 1] in ("'", "’") and not chunk[end + 1 : end + 2].isalpha():
            possessive = True
        key = word.lower().replace("’", "'")
        if chunk[end : end + 1] == "." and (len(word) == 1 or key in ABBREVIATIONS):
            word, end = word + ".", end + 1
        back = start - 1
        while back >= 0 and chunk[back].isspace():
            back -= 1
        initial = back < 0 or chunk[back] in _OPENERS or chunk[max(back - 2, 0) : back + 1] == "..."
        capital = word[0].isupper() or _particle_prefix(word)
        name_like = capital and not _is_acronym(word) and not _DIGIT.search(word)
        found.append(_Token(offset + start, offset + end, word, key, possessive, initial, name_like))
    return found


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
    line = text[sentence.start : sentence.end]
    if line.rstrip("\"'”’)]").endswith((".", "!", "?", ":")):
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
            proper.update(t.key for t in tokens if t.name_like and not t.initial)
    return proper


def _chains(text: str, tokens: Sequence[_Token]) -> list[list[_Token]]:
    """Runs of capitalised words joined by spaces, particles, or 'of (the)' after a head word."""
    chains: list[list[_Token]] = []
    current: list[_Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        joined = bool(current) and _joined(text, current[-1], token)
        if token.name_like and (joined or not current):
            current.append(token)
            index += 1
            if token.possessive:
                chains.append(current)
                current = []
            continue
        bridge = _bridge_length(text, current, tokens, index) if joined else 0
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


def _joined(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    return not left.possessive and 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _bridge_length(text: str, chain: list[_Token], tokens: Sequence[_Token], index: int) -> int:
    """How many lower-case words join this chain to the next capitalised word, 0 if none do."""
    particles = 0
    while index + particles < len(tokens) and tokens[index + particles].key in PARTICLES:
        particles += 1
    if particles and _followed_by_capital(text, tokens, index, particles):
        return particles
    if chain[-1].key not in BRIDGE_HEADS:
        return 0
    for phrase in BRIDGES:
        words = phrase.split()
        here = [t.key for t in tokens[index : index + len(words)]]
        if here == words and _followed_by_capital(text, tokens, index, len(words)):
            return len(words)
    return 0


def _followed_by_capital(text: str, tokens: Sequence[_Token], index: int, length: int) -> bool:
    after = index + length
    if after >= len(tokens):
        return False
    run = tokens[index - 1 : after + 1]
    joined = all(_joined(text, a, b) for a, b in itertools.pairwise(run))
    return joined and tokens[after].name_like


def _trim(chain: list[_Token], proper: set[str], common: set[str], *, heading: bool) -> list[list[_Token]]:
    """Drop the words whose capital letter comes from position, not from being a name."""
    cut = next((i for i, t in enumerate(chain) if t.key in CALENDAR), None)
    if cut is not None:
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
        if token.key in NOT_NAMES or token.key in RANKS or token.key in common:
            return []
        if token.initial and token.key not in proper:
            return []
    return [chain]


def _starter(chain: Sequence[_Token], proper: set[str], common: set[str]) -> bool:
    """A sentence-opening word that is capitalised only because it opens the sentence."""
    key = chain[0].key
    if key in RANKS or key in OFFICE_HEADS:
        return False
    if key in STOPWORDS or key in NOT_NAMES or key in OPENING_WORDS or key in ROLE_NOUNS or chain[0].key in common:
        return True
    if chain[0].key in proper:
        return False
    # "Praising Baroness Smith, ...", "Following Home Secretary Jane Doe": an opener before a title
    return len(chain) == 1 or (len(chain) > 2 and chain[1].key in RANKS) or key.endswith("ing")


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
    if tokens[-1].key not in ORG_HEADS:
        title_tokens, name_tokens = _title_split(tokens)
    while name_tokens and name_tokens[0].bridge:
        name_tokens = name_tokens[1:]
    if not name_tokens:
        return None
    last_key = name_tokens[-1].key
    if last_key in RANKS or last_key in OFFICE_HEADS:
        return None  # a bare title: "the Home Secretary"
    if all(t.key in NOT_NAMES or len(t.key) == 1 for t in name_tokens):
        return None  # a date word or a lone initial
    first, last = (title_tokens or name_tokens)[0], name_tokens[-1]
    before = text[max(sentence.start, first.start - CONTEXT_CHARS) : first.start]
    after = text[last.end : min(sentence.end, last.end + CONTEXT_CHARS)].lstrip("'’")
    after = after[1:] if last.possessive and after.startswith("s") else after
    kind, role = _kind_and_role(text, title_tokens, name_tokens, before, after)
    if kind is None:
        return None
    rank = _rank(title_tokens)
    given, surname = _parts(name_tokens, rank, kind)
    mention = Mention(
        text=text[first.start : last.end], name=text[name_tokens[0].start : last.end],
        title=text[first.start : title_tokens[-1].end] if title_tokens else "", rank=rank, role=role,
        given=given, surname=surname, entity_kind=kind, possessive=last.possessive, initial=first.initial,
    )
    return Fact(
        doc=doc_id, kind="name", value=mention.text, start=first.start, end=last.end,
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
    text: str, title_tokens: Sequence[_Token], name_tokens: Sequence[_Token], before: str, after: str
) -> tuple[EntityKind | None, str]:
    keys = [t.key for t in name_tokens]
    if keys[-1] in ORG_HEADS or (not title_tokens and any(k in ORG_HEADS for k in keys)):
        return "org", ""
    if title_tokens:
        return "person", _office(text, title_tokens)
    role = _role_around(before, after)
    if role:
        return "person", role
    next_word = after.split(None, 1)[0].lower() if after.strip() else ""
    if next_word.strip(",.;:!?\"'“”‘’") in SPEECH_VERBS or _AGE_AFTER.match(after):
        return "person", ""
    if len(name_tokens) == 1 and _adjective(name_tokens[0], after):
        return None, ""
    previous = _PREVIOUS_WORD.search(before)
    if previous and previous.group(1) in PLACE_PREPOSITIONS:
        return "place", ""
    return "unknown", ""


def _office(text: str, title_tokens: Sequence[_Token]) -> str:
    """The office in a title: 'Prime Minister' in 'Prime Minister Sir', 'Attorney General'."""
    end = len(title_tokens)
    if _rank(title_tokens):
        while end and (title_tokens[end - 1].key in RANKS
                       or title_tokens[end - 1].key in RANK_MODIFIERS):
            end -= 1
    offices = [t for t in title_tokens[:end] if not _is_acronym(t.word)]
    return text[offices[0].start : offices[-1].end] if offices else ""


def _role_around(before: str, after: str) -> str:
    for pattern, text in ((_APPOSITION_BEFORE, before), (_APPOSITION_AFTER, after), (_ROLE_BEFORE, before)):
        match = pattern.search(text)
        if match and match.group(2).lower() in ROLE_NOUNS:
            return match.group(1)
    return ""


def _adjective(token: _Token, after: str) -> bool:
    """'Spanish fishermen', 'Green leader': a capitalised word used as a modifier."""
    next_word = after.lstrip().split(None, 1)[0].strip(",.;:") if after.strip() else ""
    if next_word.lower() in ROLE_NOUNS:
        return True
    if not next_word or not next_word[0].islower() or next_word in STOPWORDS:
        return False
    return token.key.endswith(DEMONYM_ENDINGS)


def _parts(name_tokens: Sequence[_Token], rank: str, kind: EntityKind) -> tuple[str, str]:
    """Given name and surname; a surname keeps its particles ("von der Leyen", "al-Baghdadi")."""
    if kind in ("org", "place"):
        return "", " ".join(t.word for t in name_tokens)
    words = [t.word for t in name_tokens]
    if len(words) > MAX_NAME_WORDS:
        return "", ""
    if len(words) == 1:
        slot = RANKS.get(rank, ("", "", "surname"))[2]
        return (words[0], "") if slot == "given" else ("", words[0])
    cut = len(words) - 1
    while cut > 1 and fold_name(words[cut - 1]) in PARTICLES:
        cut -= 1
    initials = [w for w in words[:cut] if len(w.rstrip(".")) == 1]
    given = " ".join(initials) if len(initials) == len(words[:cut]) else words[0]
    return given, " ".join(words[cut:])
