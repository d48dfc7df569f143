"""The role written next to a name, with where it stands: what the role judge compares and quotes.

A role is found where news prose puts one:
- before the name: "former campaign manager Paul Hart", "Opposition leader Priya Shah",
  "team president and general manager Ed Marsh";
- set off by commas: "the trade secretary, Jane Doe" and "Jane Doe, the trade secretary,",
  "Rob Dale, 32, a lieutenant with the Avon Police Department,";
- as a predicate: "Cole is a full-time police lieutenant";
- as a nickname: 'known by the nickname "Tavy"'.
The offsets let a finding quote the role with the name as the text prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...regexes import compile_regex
from .vocabulary import ORG_HEADS, ROLE_NOUNS, ROLE_QUALIFIERS

MAX_ROLE_WORDS = 5  # words a role phrase may have before its head noun ("former Trump campaign")
# After the head: "with the Avon Police Department", "of the party", "in Hatfield".
_ATTACHMENT = r"(?:[ \t]+(?:with|of|for|at|in|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-'’.]*[ \t]*){1,6})?"
_APPOSITION_BEFORE = compile_regex(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,3}?([\w\-]+))\s*,\s*$")
_APPOSITION_AFTER = compile_regex(r"\s*,\s+(?:\d{1,3}\s*,\s+)?(?:the\s+|a\s+|an\s+)?((?:[\w\-'’]+[ \t]+){0,4}?"
                                  r"([\w\-]+)" + _ATTACHMENT + r")\s*[,.;)]")
_PREDICATE_AFTER = compile_regex(r"[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+((?:[\w\-'’]+[ \t]+){0,4}?([\w\-]+)"
                                 + _ATTACHMENT + r")\s*(?:[,.;)]|and\b|\Z)")
_WORD = compile_regex(r"[\w\-'’.]+")
_NICKNAME_CUE = compile_regex(r"(?:known|referred to)[ \t]+(?:as|by[ \t]+(?:the[ \t]+)?(?:[\w\-]+[ \t]+){0,2}"
                              r"(?:nickname|moniker|name|alias)(?:[ \t]+of)?)[ \t]*[“\"'‘]?$"
                              r"|(?:nicknamed|dubbed|nickname|moniker|alias|a\.k\.a\.|aka)[ \t]*[“\"'‘]?$",
                              re.IGNORECASE)
NICKNAME_WORDS = frozenset({"nickname", "nicknamed", "moniker", "alias", "dubbed", "known", "a.k.a.", "aka"})


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase and where it stands in the document."""

    text: str
    start: int
    end: int


def role_before(text: str, lo: int, at: int) -> Role | None:
    """A role phrase that ends just before a name at `at` ("former campaign manager Paul Hart").

    Read backwards from the head noun: up to MAX_ROLE_WORDS names, role nouns and qualifiers joined by
    single spaces, stopping at any other word, a possessive or punctuation; "president and general
    manager" is one phrase.
    """
    words = list(_WORD.finditer(text, max(lo, at - 120), at))
    if not words or text[words[-1].end() : at].strip() or words[-1].group().lower() not in ROLE_NOUNS:
        return None
    start = words[-1].start()
    count = 0
    for index in range(len(words) - 2, -1, -1):
        word, after = words[index], words[index + 1]
        written = word.group()
        lowered = written.lower()
        if text[word.end() : after.start()] not in (" ", "\t") or written.endswith((".", "'s", "’s")):
            break
        if lowered == "and" and index > 0 and words[index - 1].group().lower() in ROLE_NOUNS:
            start = word.start()  # "president and general manager": two roles at once
            continue
        # a role's words: a name ("Trump campaign"), a role noun, or a word that qualifies one
        if count >= MAX_ROLE_WORDS or not _role_word(written):
            break
        start, count = word.start(), count + 1
    return Role(text[start : words[-1].end()], start, words[-1].end())


def role_after(text: str, at: int, hi: int, *, predicate: bool = False) -> Role | None:
    """An apposition or predicate after a name ending at `at`: ", the trade secretary," / " is a lieutenant".

    `predicate`: the name is followed by "is" or "was", not by a comma.
    """
    words = text[at : min(hi, at + 90)].split(None, MAX_ROLE_WORDS + 4)[: MAX_ROLE_WORDS + 4]
    if not any(word.strip(",.;)").lower() in ROLE_NOUNS for word in words):
        return None  # most names: no role noun close behind
    for pattern in (_PREDICATE_AFTER,) if predicate else (_APPOSITION_AFTER,):
        match = pattern.match(text, at, hi)
        if match and match.group(2).lower() in ROLE_NOUNS and _role_words(text[match.start(1) : match.start(2)]):
            phrase = match.group(1).rstrip()
            return Role(phrase, match.start(1), match.start(1) + len(phrase))
    return None


def _role_words(modifiers: str) -> bool:
    """Whether the words before a role's head are a role's words (names, role nouns, qualifiers):
    ", and Hart's business partner," ends a list, it describes nobody before it."""
    return all(_role_word(word) for word in modifiers.split())


def _role_word(written: str) -> bool:
    lowered = written.lower()
    return (written[:1].isupper() and not written.endswith(("'s", "’s"))) or lowered in ROLE_NOUNS or (
        lowered in ROLE_QUALIFIERS or lowered in ORG_HEADS)


def apposition_before(text: str, lo: int, at: int) -> Role | None:
    """'the trade secretary, Jane Doe': a role set off by a comma before the name at `at`."""
    match = _APPOSITION_BEFORE.search(text, lo, at)
    if match and match.group(2).lower() in ROLE_NOUNS:
        return Role(match.group(1), match.start(1), match.end(1))
    return None


def nickname_before(text: str, lo: int, at: int) -> Role | None:
    """'known by the nickname "Tavy"', 'nicknamed Red': the cue before a nickname at `at`."""
    match = _NICKNAME_CUE.search(text, max(lo, at - 60), at)
    if match is None:
        return None
    cue = match.group().rstrip(" \t“\"'‘")
    return Role(cue, match.start(), match.start() + len(cue))


def is_nickname(role: str) -> bool:
    """Whether a mention's role is the cue of a nickname."""
    return bool(role) and not NICKNAME_WORDS.isdisjoint(role.lower().split())
