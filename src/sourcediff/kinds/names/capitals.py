"""Names written in capitals: acronyms in ordinary text, and people named in a text set all in capitals.

An acronym ("NATO", "NASA") is a name of its own, kept apart from the capitalised-word chains so
that it never joins one. In a text set all in capitals a capital letter proves nothing, so a
person is read only where the grammar names one: two words after a title or role ("ATTORNEY
GENERAL JANE ORPAL ISSUED A STATEMENT" names Jane Orpal).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ...models import Fact, Mention
from ...regexes import compile_regex
from ...text import STOPWORDS, Sentence
from .titles import TITLES
from .vocabulary import NOT_NAMES, OFFICE_HEADS, ORG_HEADS, ROLE_NOUNS, ROLE_QUALIFIERS

CAPS_SHARE = 0.9  # share of a sentence's letters in upper case that makes it a text set in capitals
CAPS_MIN_LETTERS = 30
CAPS_MIN_RUNS = 3  # short all-capital words a sentence set in capitals has at least
# The first capital is matched before the edge is checked, so the engine can skip to the next capital.
_ACRONYM = compile_regex(r"[A-Z](?<![\w.'’\-].)[A-Z]{2,5}(?=['’]s\b|[^\w.'’\-]|\.(?!\w)|$)")
_ROMAN = compile_regex(r"[IVXLCDM]+")
_LOWER = compile_regex(r"[a-z]")
_CAPS_WORD = compile_regex(r"[A-Z][A-Z'’\-]*\.?")
_NAME_WORDS = 2  # words after a title that name the person ("JANE ORPAL")
_TITLE_WORDS = frozenset(TITLES) | OFFICE_HEADS | ROLE_NOUNS
_NOT_NAME_WORDS = frozenset(STOPWORDS) | NOT_NAMES | ORG_HEADS | ROLE_NOUNS | ROLE_QUALIFIERS | frozenset(TITLES)


def capital_names(text: str, sentences: Sequence[Sentence], doc_id: str) -> list[Fact]:
    """Acronyms in sentences of ordinary text, people after a title in sentences set in capitals.

    The text is scanned once for short runs of capitals; a sentence with CAPS_MIN_RUNS of them or more
    may be set in capitals, the others only hold acronyms.
    """
    found: list[Fact] = []
    by_sentence: dict[int, list[re.Match[str]]] = {}
    starts = [sentence.start for sentence in sentences]
    for match in _ACRONYM.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= sentences[index].end:
            by_sentence.setdefault(index, []).append(match)
    for index, matches in by_sentence.items():
        sentence = sentences[index]
        sentence_text = text[sentence.start : sentence.end]
        if len(matches) >= CAPS_MIN_RUNS and in_capitals(text, sentence):
            found += people_in_capitals(text, sentence, sentence_text, doc_id)
        else:
            found += _acronym_facts(text, matches, sentence, sentence_text, doc_id)
    return found


def in_capitals(text: str, sentence: Sentence) -> bool:
    """A sentence set all in capitals ("POLICE HAVE MOVED IN AND ARRESTED ...")."""
    if _LOWER.search(text, sentence.start, min(sentence.end, sentence.start + CAPS_MIN_LETTERS)):
        return False  # most sentences: a lower-case letter near the start
    letters = [c for c in text[sentence.start : sentence.end] if c.isalpha()]
    return len(letters) >= CAPS_MIN_LETTERS and sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters)


def _acronym_facts(text: str, matches: Sequence[re.Match[str]], sentence: Sentence, sentence_text: str,
                   doc_id: str) -> Iterator[Fact]:
    """Acronyms standing alone in a sentence of ordinary text: not two capitalised words in a row
    ("NO COLLUSION" is emphasis) and not Roman numerals."""
    for match in matches:
        word = match.group()
        if (_ROMAN.fullmatch(word) or word.lower() in _TITLE_WORDS
                or _next_to_capitals(text, match.start(), match.end())):
            continue  # "XIV", "CEO", "NO COLLUSION"
        possessive = text[match.end() : match.end() + 2] in ("'s", "’s")
        mention = Mention(word, word, "", "", "", "", word, "org", possessive, False)
        yield Fact(doc=doc_id, kind="name", value=word, start=match.start(), end=match.end(), sentence=sentence_text,
                   detail=mention, paragraph=sentence.paragraph)


def _next_to_capitals(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    return any(len(w) > 1 and w.strip(",.;:'’\"“”").isupper() for w in (before[-1:] + after[:1]))


def people_in_capitals(text: str, sentence: Sentence, sentence_text: str, doc_id: str) -> Iterator[Fact]:
    """People named after a title or role in a sentence set in capitals: "GENERAL JANE ORPAL"."""
    words = list(_CAPS_WORD.finditer(text, sentence.start, sentence.end))
    for index, title in enumerate(words[: -_NAME_WORDS]):
        if title.group().lower().rstrip(".") not in _TITLE_WORDS:
            continue
        name = words[index + 1 : index + 1 + _NAME_WORDS]
        if not all(_spaced(text, a.end(), b.start()) for a, b in zip([title, *name], name, strict=False)):
            continue
        if any(w.group().lower().rstrip(".") in _NOT_NAME_WORDS or len(w.group()) < 2 for w in name):
            continue
        start, end = name[0].start(), name[-1].end() - name[-1].group().endswith(".")
        value = text[start:end]
        given, surname = name[0].group(), text[name[-1].start() : end]
        mention = Mention(value, value, "", "", title.group(), given, surname, "person", False, False,
                          title.start(), title.end())
        yield Fact(doc=doc_id, kind="name", value=value, start=start, end=end, sentence=sentence_text,
                   detail=mention, paragraph=sentence.paragraph)


def _spaced(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", "\t")
