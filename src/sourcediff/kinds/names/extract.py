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

from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise

from ...models import EntityKind, Fact, Mention
from ...regexes import compile_regex
from ...text import STOPWORDS, Sentence
from .capitals import capital_names
from .given import is_given_name
from .openers import NICKNAME_LAST_WORDS, TITLE_CASE_MIN_TOKENS, opener_evidence, title_case
from .roles import Role, apposition_before, nickname_before, role_after, role_before
from .titles import RANKS
from .tokens import LowerCaseWords, Token, evidence, fold_name, is_acronym, is_heading, tokenise
from .vocabulary import (
    BRIDGE_HEADS,
    BRIDGES,
    CALENDAR,
    CONTEXT_CHARS,
    DEMONYM_ENDINGS,
    MAX_NAME_WORDS,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_HEADS,
    OPENING_WORDS,
    ORG_HEADS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    RANK_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)

__all__ = ["extract_names"]

_BRIDGE_WORDS = [phrase.split() for phrase in BRIDGES]
HEADLINE_SENTENCES = 2  # sentences a headline line is cut into at most
_OFFICE_BRIDGES = frozenset({"of", "for", "the"})
_PLACE_ENDINGS = tuple(PLACE_PREPOSITIONS)
_WORD_END = compile_regex(r"[\w\-]+$")
# Openers that nothing rescues ("The", "He", "But"): `_starter` calls them openers, and `opener_evidence`
# gives a stop word other than "a" or "an" no second look. Most sentences open with one.
_PLAIN_OPENERS = STOPWORDS - RANKS.keys() - OFFICE_HEADS - {"a", "an"}
_AGE_AFTER = compile_regex(r"^\s*,\s+\d{1,3}\s*,")


def extract_names(text: str, sentences: Sequence[Sentence], *, doc_id: str) -> list[Fact]:
    """Every name mention in the document's sentences, as `kind="name"` facts in text order."""
    tokenised = tokenise(text, sentences)
    common = LowerCaseWords(text)
    per_paragraph = Counter([sentence.paragraph for sentence in sentences])
    headings = [is_heading(text, sentence) or (len(tokens) >= TITLE_CASE_MIN_TOKENS
                                               and _alone(sentences, index, per_paragraph)
                                               and title_case(text, sentence, tokens, common))
                for index, (sentence, tokens) in enumerate(zip(sentences, tokenised, strict=True))]
    proper = evidence(tokenised, headings)
    facts: list[Fact] = []
    extra = capital_names(text, sentences, doc_id)
    for sentence, tokens, heading in zip(sentences, tokenised, headings, strict=True):
        if not tokens or (len(tokens) == 1 and tokens[0].initial and tokens[0].key in _PLAIN_OPENERS):
            continue  # a sentence whose only capital opens it, as "The" does, names nobody (see `_trim`)
        rescue = partial(opener_evidence, text, sentence.start, tokens, proper, common) if not heading else _never
        sentence_text = ""
        for chain in _chains(tokens):
            for mention_tokens in _trim(chain, proper, common, heading=heading, rescue=rescue):
                sentence_text = sentence_text or text[sentence.start : sentence.end]
                fact = _fact(text, sentence, mention_tokens, doc_id, sentence_text)
                # a lone word that the document also writes in lower case is no name; asked last,
                # as looking through the text is the costly part
                if fact is not None and (heading or len(mention_tokens) > 1 or mention_tokens[0].key not in common):
                    facts.append(fact)
    if extra:
        facts = sorted(facts + extra, key=lambda f: f.start)
    return facts


def _alone(sentences: Sequence[Sentence], index: int, per_paragraph: Counter[int]) -> bool:
    """A sentence in a paragraph of at most HEADLINE_SENTENCES: where a headline stands (a headline's
    abbreviations may cut it in two: "Gunman Convicted Of Murdering Stn. Deputy Jo Bell.").

    `per_paragraph` counts the sentences of each paragraph: a paragraph that short needs no look around.
    """
    paragraph = sentences[index].paragraph
    if per_paragraph[paragraph] <= HEADLINE_SENTENCES:
        return True  # most news paragraphs; the window below can hold no more of them
    near = sentences[max(0, index - HEADLINE_SENTENCES) : index + HEADLINE_SENTENCES + 1]
    return sum(1 for sentence in near if sentence.paragraph == paragraph) <= HEADLINE_SENTENCES


def _chains(tokens: Sequence[Token]) -> list[list[Token]]:
    """Runs of capitalised words joined by spaces, particles, or 'of (the)' after a head word."""
    chains: list[list[Token]] = []
    current: list[Token] = []
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


def _bridge_length(chain: list[Token], tokens: Sequence[Token], index: int) -> int:
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


def _followed_by_capital(tokens: Sequence[Token], index: int, length: int) -> bool:
    after = index + length
    if after >= len(tokens):
        return False
    return all(t.joined for t in tokens[index : after + 1]) and tokens[after].name_like


def _never(token: Token) -> bool:
    return False


def _trim(chain: list[Token], proper: set[str], common: LowerCaseWords, *, heading: bool,
          rescue: Callable[[Token], bool] = _never) -> list[list[Token]]:
    """Drop the words whose capital letter comes from position, not from being a name.

    `rescue` is asked last about an opening word about to be dropped: it says whether the words
    around it prove it a name after all ('nicknamed "Red"').
    """
    if len(chain) == 1:  # most chains, and much simpler: the steps below for a lone word
        token = chain[0]
        if token.initial and token.key in _PLAIN_OPENERS:
            return []  # what the steps below make of it, without asking
        if token.bridge or token.key in CALENDAR or (
                token.initial and _starter(chain, proper, common) and not rescue(token)):
            return []
        if heading:
            return [chain] if token.key in proper else []
        # the caller drops a lone word the document also writes in lower case
        if token.key in NOT_NAMES or token.key in RANKS or (token.initial and token.key not in proper):
            return []
        return [chain]
    for cut, token in enumerate(chain):
        if token.key in CALENDAR:
            return (_trim(chain[:cut], proper, common, heading=heading, rescue=rescue)
                    + _trim(chain[cut + 1 :], proper, common, heading=heading, rescue=rescue))
    while chain and (chain[0].bridge or (chain[0].initial and _starter(chain, proper, common)
                                         and not rescue(chain[0]))):
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


def _starter(chain: Sequence[Token], proper: set[str], common: LowerCaseWords) -> bool:
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


def _has_title(chain: Sequence[Token]) -> bool:
    return any(t.key in RANKS for t in chain[:-1])


def _evidenced_runs(chain: list[Token], proper: set[str]) -> list[list[Token]]:
    """In a title-case heading keep only words the body also capitalises mid-sentence."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in chain:
        if token.key in proper and not token.bridge:
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _fact(text: str, sentence: Sentence, tokens: list[Token], doc_id: str, sentence_text: str) -> Fact | None:
    title_tokens: list[Token] = []
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
    mention = (Mention(value, name, title, rank, role.text, given, surname, kind, last.possessive, first.initial,
                       role.start, role.end) if role is not None
               else Mention(value, name, title, rank, "", given, surname, kind, last.possessive, first.initial))
    return Fact(
        doc=doc_id, kind="name", value=value, start=first.start, end=last.end,
        sentence=sentence_text, detail=mention, paragraph=sentence.paragraph,
    )


def _title_split(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
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


def _rank(title_tokens: Sequence[Token]) -> str:
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
    text: str, sentence: Sentence, title_tokens: Sequence[Token], name_tokens: Sequence[Token], rank: str
) -> tuple[EntityKind | None, Role | None]:
    first, last = name_tokens[0], name_tokens[-1]
    if last.key in ORG_HEADS or (not title_tokens and len(name_tokens) > 1 and _org_inside(name_tokens)):
        return "org", None
    if title_tokens:
        return "person", _office(text, title_tokens, rank)
    lo = max(sentence.start, first.start - CONTEXT_CHARS)
    before = text[lo : first.start]
    after_at = last.end
    while after_at < sentence.end and text[after_at] in "'’":
        after_at += 1
    if last.possessive and text[after_at : after_at + 1] == "s":
        after_at += 1
    hi = min(sentence.end, after_at + CONTEXT_CHARS)
    after = text[after_at:hi]
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
    lowered_before = word_before.lower()
    role_noun_before = lowered_before in ROLE_NOUNS
    role = None
    if comma_before and role_noun_before:
        role = apposition_before(text, lo, first.start)
    if role is None and (comma_after or next_word in ("is", "was")):
        role = role_after(text, after_at, hi, predicate=not comma_after)
    if role is None and spaced and not comma_before and role_noun_before:
        role = role_before(text, lo, first.start)
    if role is None and _cue_word(lowered_before, word_before, before) in NICKNAME_LAST_WORDS:
        role = nickname_before(text, lo, first.start)
    if role is not None:
        return "person", role
    if next_word.lower().strip(",.;:!?\"'“”‘’") in SPEECH_VERBS or (comma_after and _AGE_AFTER.match(after)):
        return "person", None
    if len(name_tokens) == 1 and _adjective(last, next_word):
        return None, None
    # the last run of word characters before the name: "in" in "in Paris", and in "(in Paris"; a name
    # that opens with a known first name is a person's ("from Jane Smith", "in Donald Trump's campaign")
    if spaced and not comma_before and word_before.endswith(_PLACE_ENDINGS) and not (
            len(name_tokens) > 1 and is_given_name(first.key)):
        previous = _WORD_END.search(word_before)
        if previous and previous.group() in PLACE_PREPOSITIONS:
            return "place", None
    return "unknown", None


def _cue_word(lowered_before: str, word_before: str, before: str) -> str:
    """The last word before a name, quote marks aside ('nickname "Red"' gives "nickname");
    `lowered_before` is `word_before` in lower case."""
    word = lowered_before.strip("“\"'‘")
    if word or not word_before:
        return word
    return (before.rstrip(" \t“\"'‘").rsplit(None, 1) or [""])[-1].lower()


def _org_inside(name_tokens: Sequence[Token]) -> bool:
    """An organisation word that a bridge follows ("Bank of England"); "Bill Tenney" is a person."""
    # bridges are rare, so they are looked for first
    return any(following.bridge and token.key in ORG_HEADS for token, following in pairwise(name_tokens))


def _office(text: str, title_tokens: Sequence[Token], rank: str) -> Role | None:
    """The office in a title: 'Prime Minister' in 'Prime Minister Sir', 'Attorney General'.

    `rank` is `_rank(title_tokens)`.
    """
    end = len(title_tokens)
    if rank:
        while end and (title_tokens[end - 1].key in RANKS
                       or title_tokens[end - 1].key in RANK_MODIFIERS):
            end -= 1
    offices = [t for t in title_tokens[:end] if not is_acronym(t.word)]
    if not offices:
        return None
    return Role(text[offices[0].start : offices[-1].end], offices[0].start, offices[-1].end)


def _adjective(token: Token, next_word: str) -> bool:
    """'Spanish fishermen', 'Green leader': a capitalised word used as a modifier."""
    next_word = next_word.strip(",.;:")
    if next_word.lower() in ROLE_NOUNS:
        return not token.possessive  # "the Smiths' lawyer": a family, not an adjective
    if not next_word or not next_word[0].islower() or next_word in STOPWORDS:
        return False
    return token.key.endswith(DEMONYM_ENDINGS)


def _parts(name_tokens: Sequence[Token], rank: str, kind: EntityKind) -> tuple[str, str]:
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
    if len(words) > 2 and fold_name(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]  # "Lee Cole Jr.": the surname is Cole
    cut = len(words) - 1
    while cut > 1 and fold_name(words[cut - 1]) in PARTICLES:
        cut -= 1
    initials = [w for w in words[:cut] if len(w.rstrip(".")) == 1]
    given = " ".join(initials) if len(initials) == len(words[:cut]) else words[0]
    return given, " ".join(words[cut:])
