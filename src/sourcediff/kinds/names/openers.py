"""Where a capital letter is evidence after all, and where it is not.

A word that opens a sentence or a quotation is capitalised by position, so the extractor keeps it
only on other evidence. Some openers carry their own: a nickname after its cue ('known by the
nickname "Red"'), a title's article inside quotation marks ('"A Higher Calling"'), and a first word
joined by "and" to a name ("Novak and Hale pleaded guilty"). And a line whose every word is
capitalised, common words included, is a headline in title case whether or not it ends in a
full stop: its capitals prove nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...regexes import compile_regex
from ...text import STOPWORDS, Sentence
from .roles import nickname_before
from .titles import RANKS
from .tokens import LONG_WORD, LowerCaseWords, Token
from .vocabulary import HEADING_MIN_WORDS, HEADING_SHARE, NOT_NAMES, OPENING_WORDS, ORG_HEADS, ROLE_NOUNS

TITLE_CASE_COMMON_WORDS = 2  # capitalised words a headline has that the text also writes in lower case
TITLE_CASE_MIN_TOKENS = HEADING_MIN_WORDS + TITLE_CASE_COMMON_WORDS  # a headline's capitalised words at least
_QUOTE_OPENERS = frozenset("“\"‘'")
_AND = compile_regex(r"[ \t]+(?:and|&)[ \t]+")
# the end of a nickname cue, a cheap test before `nickname_before` ("nickname", "known as", "dubbed")
NICKNAME_LAST_WORDS = frozenset({"name", "named", "nicknamed", "nickname", "moniker", "alias", "as", "of", "dubbed",
                                 "aka", "a.k.a."})  # a cue's last word, the cheap test first
NICKNAME_END = compile_regex(r"(?:name|named|moniker|alias|as|of|dubbed|aka|a\.k\.a\.)[ \t]*[“\"'‘]?$", re.IGNORECASE)


def title_case(text: str, sentence: Sentence, tokens: Sequence[Token], common: LowerCaseWords) -> bool:
    """A headline written in title case, full stop or not: nearly every content word capitalised, and
    among them words the document writes in lower case elsewhere ("Gunman Convicted Of Murdering ...")."""
    if len(tokens) < TITLE_CASE_MIN_TOKENS:
        return False  # most sentences: too few capitalised words to be a headline
    capitalised = [t for t in tokens if t.name_like and not t.initial and t.key not in STOPWORDS]
    if len(capitalised) < TITLE_CASE_MIN_TOKENS:
        return False  # most sentences: too few capitalised words to be a headline
    words = [w for w in LONG_WORD.findall(text, sentence.start, sentence.end) if w.lower() not in STOPWORDS]
    if len(capitalised) < HEADING_SHARE * len(words):
        return False
    found = 0
    for token in capitalised:  # asked last and stopped early: looking through the text is the costly part
        found += token.key in common
        if found >= TITLE_CASE_COMMON_WORDS:
            return True
    return False


def opener_evidence(text: str, lo: int, tokens: Sequence[Token], proper: set[str], common: LowerCaseWords,
                    token: Token) -> bool:
    """Whether an opening word's capital letter is evidence after all; if so it stops counting as an opener.

    Asked only of the words the extractor would otherwise drop, so `lo` (the sentence's start) and
    `tokens` (the sentence's words) are all it needs to look around.
    """
    if _evidenced(text, lo, tokens, proper, common, token):
        token.initial = False
        return True
    return False


def _evidenced(text: str, lo: int, tokens: Sequence[Token], proper: set[str], common: LowerCaseWords,
               token: Token) -> bool:
    if token.key in STOPWORDS and token.key not in ("a", "an"):
        return False  # most dropped openers: "The", "He", "But"
    if NICKNAME_END.search(text, max(lo, token.start - 12), token.start):
        return nickname_before(text, lo, token.start) is not None  # 'known by the nickname "Red"'
    index = tokens.index(token)
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.name_like:
        return False
    if token.key in ("a", "an"):  # a title in quotes: '"A Higher Calling"' keeps its article
        return following.joined and text[token.start - 1 : token.start] in _QUOTE_OPENERS
    # "Novak and Hale pleaded guilty": the sentence's first word joined by "and" to a name
    key = token.key
    if (index or key in proper or following.key not in proper or not _AND.fullmatch(text, token.end, following.start)
            or key in STOPWORDS or key in NOT_NAMES or key in OPENING_WORDS or key in ROLE_NOUNS or key in RANKS
            or key in ORG_HEADS):
        return False
    return key not in common
