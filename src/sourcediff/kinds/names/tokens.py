"""A document's capitalised words as tokens: offsets, keys, and whether each looks like part of a name.

Tokens are found in one pass over the whole text and handed out sentence by sentence. Words that
are capitalised only because they open a sentence, or stand in a title-case heading, are told
apart later by the evidence gathered here: the words the document capitalises mid-sentence, and
the words it also writes in lower case.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...regexes import compile_regex, longest_first
from ...text import STOPWORDS, Sentence
from .vocabulary import ABBREVIATIONS, HEADING_MIN_WORDS, HEADING_SHARE, PARTICLES

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
_CAPITALISED_WORD = compile_regex(r"[A-Z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\u1fff\u2070-\U0010ffff]"
                                  r"(?<=[^\W\d_a-z])(?<![\w'’\-].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|" + _WORD_REST + ")")
# Words with a lower-case particle ("al-Baghdadi", "d'Estaing"): rare, so found from their joiner, one
# pattern for each joiner as the regex engine finds a single character faster than any of three
_PARTICLE_JOINERS = [compile_regex(joiner + r"(?<=[a-z].)(?=[^\W\d_a-z])") for joiner in ("-", "'", "’")]
_PARTICLE_WORD = compile_regex(_EDGE + r"[a-z]{1,3}['’\-][^\W\d_a-z]" + _WORD_REST)
# What may stand between two words for connectors to join them; connectors anywhere else can never
# bridge a chain, so they are not made tokens at all.
_CONNECTOR_RUN = compile_regex(r"(?:[^\S\n]{1,2}(?:" + "|".join(longest_first(_CONNECTORS))
                               + r"))+[^\S\n]{1,2}")
_LOWER_RUN = compile_regex("[a-z]+")
_DIGIT = compile_regex(r"\d")
# The words of three characters or more that `[^\W\d_][\w'’\-]*` finds, the shorter ones (most words) left
# to the regex engine: a match runs on over every character a word may hold, so no match of this pattern
# can start inside a shorter word.
LONG_WORD = compile_regex(r"[^\W\d_][\w'’\-]{2,}")
_LOWER_KEY = compile_regex(r"[a-z][a-z'\-]*")
_LOWER_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'-")
_OPENERS = frozenset("“\"‘'([:;—–-…•*|")
_STOPS = (".", "!", "?", ":")


@dataclass(slots=True)
class Token:
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


class LowerCaseWords:
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


def tokenise(text: str, sentences: Sequence[Sentence]) -> list[list[Token]]:
    """The tokens of each sentence, from one pass over the whole text.

    A sentence is tokenised as if it stood alone. Where white space surrounds it, words found in the
    whole text are the same; a sentence that runs straight into its neighbour is scanned on its own.
    """
    words = _words(text)
    starts = [word.start() for word in words]
    tokenised: list[list[Token]] = []
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


def _tokens(text: str, sentence_start: int, words: Sequence[re.Match[str]], offset: int) -> list[Token]:
    """A sentence's words and the lower-case words that join them, with their offsets plus `offset`.

    `text` from `sentence_start` on holds the sentence; past its end there is white space or nothing.
    """
    found: list[Token] = []
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
                found.append(Token(offset + connector.start(), offset + connector.end(), connector.group(),
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
        found.append(Token(offset + start, offset + end, word, key, possessive, initial, name_like, joined))
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
    name_like = capital and not is_acronym(word) and not _DIGIT.search(word)
    return word, possessive, key, name_like, len(word) == 1 or key in ABBREVIATIONS


def _particle_prefix(word: str) -> bool:
    """'al-Baghdadi', "d'Estaing": a lower-case particle joined to a capitalised name."""
    for joiner in ("-", "'", "’"):
        head, _, rest = word.partition(joiner)
        if rest and rest[0].isupper() and (head in PARTICLES or len(head) == 1):
            return True
    return False


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    letters = letters[:-1] if letters.endswith("s") else letters  # "MPs"
    return len(letters) > 1 and letters.isupper()


def is_heading(text: str, sentence: Sentence) -> bool:
    """A title-case line: no closing full stop and nearly every content word capitalised."""
    if text[sentence.end - 1 : sentence.end] in _STOPS:
        return False  # most sentences: no need to copy them out
    line = text[sentence.start : sentence.end]
    if line.rstrip("\"'”’)]").endswith(_STOPS):
        return False
    words = [w for w in LONG_WORD.findall(line) if w.lower() not in STOPWORDS]
    if len(words) < HEADING_MIN_WORDS:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= HEADING_SHARE * len(words)


def evidence(tokenised: Sequence[list[Token]], headings: Sequence[bool]) -> set[str]:
    """Words the document capitalises mid-sentence, outside headings."""
    proper: set[str] = set()
    for tokens, heading in zip(tokenised, headings, strict=True):
        if not heading:
            proper.update([t.key for t in tokens if t.name_like and not t.initial])
    return proper

