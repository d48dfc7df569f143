"""Offset-preserving segmentation: paragraphs, sentences and content words.

Every span here indexes into the original document text, so a fact found in a
sentence can report `document.text[start:end]` exactly.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

from .pickling import quick_init
from .regexes import compile_regex

WORD = compile_regex(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*")
PARAGRAPH_BREAK = compile_regex(r"\n")

# Function words and reporting verbs that say nothing about which fact a sentence states.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "also",
        "although",
        "am",
        "among",
        "an",
        "and",
        "another",
        "any",
        "are",
        "aren't",
        "around",
        "as",
        "at",
        "back",
        "be",
        "became",
        "because",
        "become",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "least",
        "less",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "near",
        "nearly",
        "neither",
        "never",
        "new",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "often",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "others",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "perhaps",
        "put",
        "rather",
        "really",
        "said",
        "same",
        "says",
        "see",
        "seen",
        "several",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "thus",
        "to",
        "too",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "we",
        "well",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "told",
        "tells",
        "say",
        "saying",
        "according",
        "added",
        "adds",
        "also",
        "mr",
        "mrs",
        "ms",
        "dr",
        "s",
        "its",
        "it's",
        "that's",
        "there's",
        "i'm",
        "we're",
        "they're",
        "he's",
        "she's",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
    ]
)


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines are paragraphs (news text puts one paragraph per line)."""
    found: list[Paragraph] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            found.append(Paragraph(len(found), position + lead, position + lead + len(stripped)))
        position += len(line) + 1
    return found


_ASCII_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                                    "‚": "'", "—": "-", "–": "-", "‐": "-", "‑": "-", "…": ".", "\u00a0": " ",
                                    "\u2009": " ", "\u202f": " ", "\u200b": " "})


class _AsciiTable(dict[int, str]):
    """A `str.translate` table that works out each character's ASCII stand-in once, when first met.

    Translating through it runs at C speed after the first sight of each character, where a Python
    loop over every character of a many-megabyte page would not.
    """

    def __missing__(self, code: int) -> str:
        character = chr(code)
        found = self[code] = character if character.isascii() else _ascii_like(character)
        return found


_ASCII_TABLE = _AsciiTable({code: value for code, value in _ASCII_PUNCTUATION.items() if isinstance(value, str)})


def _ascii_shadow(chunk: str) -> str:
    """The chunk with every character replaced by one ASCII character of the same kind.

    The sentence splitter slices bytes and panics inside some multi-byte characters ("W\u00a0.");
    an ASCII copy of equal length gives the same boundaries at the same character offsets.
    """
    if chunk.isascii():
        return chunk
    return chunk.translate(_ASCII_TABLE)


def _ascii_like(character: str) -> str:
    if character.isalpha():
        return "A" if character.isupper() else "a"
    if character.isdigit():
        return "0"
    return " " if character.isspace() else "#"


# No prose sentence is this long (the dev set's longest is 915 characters, a page flattened into one
# line 1,730): a longer one is a list, a table or text run together without sentence ends, and every
# extractor reads it in windows of about WINDOW_CHARS, so that no work per figure grows with it.
MAX_SENTENCE_CHARS = 2_000
WINDOW_CHARS = 400
_WINDOW_BREAKS = ("; ", ", ", ": ", " ")  # where a window is cut, best first: after a clause, else a word


# A paragraph of at least REPEAT_MIN_CHARS that zlib squeezes to under REPEAT_MAX_RATIO of its size is
# the same few words over and over (a ticker, a scraping loop, a table of one repeated cell): prose
# squeezes to about 0.35 and an article pasted twice over to about 0.2. It states nothing to compare,
# so no extractor reads it, and cleaning lists it as dropped with REPEATED_TEXT as the reason.
REPEAT_MIN_CHARS = 2_000
REPEAT_MAX_RATIO = 0.05
REPEATED_TEXT = "the same few words repeated over and over"


def repeated_text(chunk: str) -> bool:
    """Whether a paragraph is one short run of text repeated, not prose (see REPEAT_MAX_RATIO)."""
    if len(chunk) < REPEAT_MIN_CHARS:
        return False
    data = chunk.encode("utf-8", "surrogatepass")
    return len(zlib.compress(data, 1)) < REPEAT_MAX_RATIO * len(data)


def without_repeats(text: str, paragraph_list: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    """The text with every `repeated_text` paragraph blanked to "x" (same length, same lines, so
    offsets and paragraphs stand), and the paragraphs left to read."""
    repeats = [p for p in paragraph_list if repeated_text(text[p.start : p.end])]
    if not repeats:
        return text, paragraph_list
    pieces: list[str] = []
    at = 0
    for para in repeats:
        lines = text[para.start : para.end].split("\n")
        pieces += [text[at : para.start], "\n".join("x" * len(line) for line in lines)]
        at = para.end
    pieces.append(text[at:])
    kept = [p for p in paragraph_list if p not in repeats]
    return "".join(pieces), kept


def sentences(text: str, paragraph_list: list[Paragraph]) -> list[Sentence]:
    """Sentences within each paragraph, trimmed of surrounding white space; an overlong one in windows."""
    found = []
    for para in paragraph_list:
        chunk = text[para.start : para.end]
        bounds = _remembered_bounds(chunk) if len(chunk) <= REMEMBERED_CHARS else _sentence_bounds(chunk)
        found += [Sentence(para.start + lo, para.start + hi, para.index) for lo, hi in bounds]
    return found


def _sentence_bounds(chunk: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of one paragraph starts and ends in it, trimmed of white space."""
    import sentencex

    found = []
    for bound in sentencex.get_sentence_boundaries("en", _ascii_shadow(chunk)):
        start, end = bound["start_index"], bound["end_index"]
        pieces = [(start, end)] if end - start <= MAX_SENTENCE_CHARS else windows(chunk, start, end)
        for lo, hi in pieces:
            piece = chunk[lo:hi]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if hi - trail > lo + lead:
                found.append((lo + lead, hi - trail))
    return tuple(found)


# Outlets reprint wire paragraphs: a paragraph of up to REMEMBERED_CHARS is split once per text, the
# last PARAGRAPHS_REMEMBERED texts kept (a longer one is rarely repeated, and would hold memory).
REMEMBERED_CHARS = 2_000
PARAGRAPHS_REMEMBERED = 4096
_remembered_bounds = lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(_sentence_bounds)


def windows(chunk: str, start: int, end: int, *, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """`chunk[start:end]` cut into pieces of at most `size` characters, each cut after a clause break
    or a space in the second half of the piece where there is one (a run with no space is cut anyway)."""
    found: list[tuple[int, int]] = []
    while end - start > size:
        cut = start + size
        for mark in _WINDOW_BREAKS:
            at = chunk.rfind(mark, start + size // 2, start + size)
            if at >= 0:
                cut = at + len(mark)
                break
        found.append((start, cut))
        start = cut
    found.append((start, end))
    return found


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and normalise apostrophes and a trailing possessive."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'-")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light plural/verb-ending stem so 'cases' meets 'case' and 'convicted' meets 'convict'."""
    word = fold(word)
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


_FOLDED_WORD = compile_regex(r"[a-z\u00e0-\u024f](?:[a-z\u00e0-\u024f'\-]*[a-z\u00e0-\u024f])?")
_POSSESSIVE = compile_regex(r"'s\b")


def content_words(text: str) -> list[str]:
    """Folded words that carry meaning: no function words, no one-letter tokens.

    Same result as `fold` on every word, but folds the whole text at once (this runs for every
    sentence and every fact).
    """
    folded = _POSSESSIVE.sub("", text.lower().replace("’", "'"))
    return list(filterfalse(_NOT_CONTENT.__contains__, _FOLDED_WORD.findall(folded)))  # no Python step per word


# What `content_words` leaves out: function words, and every one-letter word `_FOLDED_WORD` can match.
_NOT_CONTENT = STOPWORDS | {chr(code) for code in (*range(ord("a"), ord("z") + 1), *range(0xE0, 0x250))}
