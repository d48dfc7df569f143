"""Where a capital letter is evidence after all, and where it is not.

A word that opens a sentence or a quotation is capitalised by position, so the extractor keeps it
only on other evidence. Some openers carry their own: a nickname after its cue ('known by the
nickname "Red"'), a title's article inside quotation marks ('"A Higher Calling"'), and a first word
joined by "and" to a name ("Novak and Gates pleaded guilty"). And a line whose every word is
capitalised, common words included, is a headline in title case whether or not it ends in a
full stop: its capitals prove nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import STOPWORDS, Sentence
from .roles import nickname_before
from .titles import RANKS
from .tokens import LowerCaseWords, Token
from .vocabulary import HEADING_MIN_WORDS, HEADING_SHARE, NOT_NAMES, OPENING_WORDS, ORG_HEADS, ROLE_NOUNS

TITLE_CASE_COMMON_WORDS = 2  # capitalised words a headline has that the text also writes in lower case
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_QUOTE_OPENERS = frozenset("“\"‘'")
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# the end of a nickname cue, a cheap test before `nickname_before` ("nickname", "known as", "dubbed")
NICKNAME_END = re.compile(r"(?:name|named|moniker|alias|as|of|dubbed|aka|a\.k\.a\.)[ \t]*[“\"'‘]?$", re.IGNORECASE)


def title_case(text: str, sentence: Sentence, tokens: Sequence[Token], common: LowerCaseWords) -> bool:
    """A headline written in title case, full stop or not: nearly every content word capitalised, and
    among them words the document writes in lower case elsewhere ("Gunman Convicted Of Murdering ...")."""
    capitalised = [t for t in tokens if t.name_like and not t.initial and t.key not in STOPWORDS]
    if len(capitalised) < HEADING_MIN_WORDS + TITLE_CASE_COMMON_WORDS:
        return False  # most sentences: too few capitalised words to be a headline
    words = [w for w in _ANY_WORD.findall(text, sentence.start, sentence.end)
             if len(w) > 2 and w.lower() not in STOPWORDS]
    if len(capitalised) < HEADING_SHARE * len(words):
        return False
    return sum(1 for t in capitalised if t.key in common) >= TITLE_CASE_COMMON_WORDS


def evidenced_openers(text: str, sentence: Sentence, tokens: Sequence[Token], proper: set[str],
                      common: LowerCaseWords) -> None:
    """Mark the opening words whose capital letter is evidence after all as no longer opening words."""
    for index, token in enumerate(tokens):
        if (token.initial and token.name_like
                and NICKNAME_END.search(text, max(sentence.start, token.start - 12), token.start)
                and nickname_before(text, sentence.start, token.start) is not None):
            token.initial = False
        elif (token.initial and token.key in ("a", "an") and index + 1 < len(tokens) and tokens[index + 1].joined
              and tokens[index + 1].name_like and text[token.start - 1 : token.start] in _QUOTE_OPENERS):
            token.initial = False  # a title in quotes: '"A Higher Calling"' keeps its article
    first = tokens[0]
    if not (first.initial and first.name_like) or len(tokens) < 2 or first.key in proper:
        return
    following = tokens[1]
    if not (following.name_like and following.key in proper and _AND.fullmatch(text, first.end, following.start)):
        return
    key = first.key
    if (key in STOPWORDS or key in NOT_NAMES or key in OPENING_WORDS or key in ROLE_NOUNS or key in RANKS
            or key in ORG_HEADS):
        return
    if key not in common:
        first.initial = False
