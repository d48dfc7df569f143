"""Finding date phrases in a text: every pattern's candidates, the longest kept where two overlap.

`find_candidates` searches one stretch of text; `sentence_candidates` finds the same candidates
sentence by sentence, faster, by first locating the signals every match needs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from ...regexes import compile_regex, longest_first
from .date_patterns import PATTERNS, WORD_GATES, DatePattern, Gates
from .date_words import (
    DATE_PREPOSITIONS,
    DETERMINERS,
    MONTH_STARTS,
    STRONG_PREPOSITIONS,
    WEEKDAY_STARTS,
    WORD_AFTER,
    Builder,
    Candidate,
    count_follows,
    word_before,
)

_CONTINUATION = compile_regex(r"\s*(?:,\s*(?:and|or)?|and|or|to|until|till|through|[-–&])\s*", re.IGNORECASE)


def _in_context(text: str, lo: int, hi: int, candidate: Candidate) -> bool:
    before = word_before(text, lo, candidate.start)
    lowered = before.lower()
    if candidate.kind == "month":
        return lowered in DATE_PREPOSITIONS
    if lowered in STRONG_PREPOSITIONS:
        return True
    if count_follows(text, candidate.end, hi):
        return False
    if lowered in DETERMINERS:
        return bool(WORD_AFTER.match(text, candidate.end, hi))
    return lowered in DATE_PREPOSITIONS


def _overlaps(candidate: Candidate, taken: list[Candidate]) -> bool:
    return any(candidate.start < other.end and other.start < candidate.end for other in taken)


def _continues(text: str, candidate: Candidate, taken: list[Candidate]) -> bool:
    """ "in 2012 and 2014", "from 1997 to 2013": a bare year or month right after an accepted date."""
    return any(
        other.end <= candidate.start and _CONTINUATION.fullmatch(text, other.end, candidate.start)
        for other in taken
    )


def _built(text: str, matches: Iterable[re.Match[str]], build: Builder) -> list[Candidate]:
    return [
        candidate
        for match in matches
        if not (match.start() > 0 and text[match.start() - 1].isalnum())  # inside a word: "XJanuary", "a2012"
        and (candidate := build(match)) is not None
    ]


def _raw_candidates(text: str, lo: int, hi: int, gates: Gates) -> Iterator[Candidate]:
    open_gates = gates.open_in(lo, hi)
    for pattern in PATTERNS:
        if pattern.gate in open_gates:
            yield from _built(text, pattern.regex.finditer(text, lo, hi), pattern.build)


def _select(text: str, lo: int, hi: int, raw: list[Candidate]) -> list[Candidate]:
    """Longest first, no overlaps; bare years and months only in a date context."""
    taken: list[Candidate] = []
    waiting: list[Candidate] = []
    for candidate in sorted(raw, key=lambda c: (c.start - c.end, c.start)):
        if _overlaps(candidate, taken):
            continue
        if candidate.needs_context and not _in_context(text, lo, hi, candidate):
            waiting.append(candidate)
        else:
            taken.append(candidate)
    for candidate in sorted(waiting, key=lambda c: c.start):
        if not _overlaps(candidate, taken) and _continues(text, candidate, taken):
            if candidate.kind == "year" and count_follows(text, candidate.end, hi):
                continue
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def find_candidates(text: str, lo: int = 0, hi: int | None = None, *, gates: Gates | None = None) -> list[Candidate]:
    """Every date phrase in `text[lo:hi]`, in order, without overlaps (ranges not yet joined).

    `gates`: `Gates.of(text)`, worth passing when searching one text sentence by sentence.
    """
    hi = len(text) if hi is None else hi
    gates = Gates.of(text) if gates is None else gates
    return _select(text, lo, hi, list(_raw_candidates(text, lo, hi, gates)))


# `sentence_candidates` finds the same candidates as `find_candidates` sentence by sentence, but
# faster: a few scans of the whole text find signals (a digit, a month name, "this", ...) that
# every match needs, so most sentences are skipped and some patterns are tried only where a
# signal stands. The scans read a copy of the text with one byte per character, where fast byte
# operations apply and offsets stay those of the text.

_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))  # all else a space
_DIGITS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # every digit "0", all else a space
_DIGIT_RUN = compile_regex(rb"00*")  # not "0+": a literal first character lets the engine skip ahead


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation grouped by first letter ("e(?:nd|arly)|..."): far fewer tries at each place.

    Longest first, so that no word hides a longer one it begins.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(longest_first(rests))})" for first, rests in groups.items())


_OF = " +of "
_SHIFTED = (  # words that "last", "this" or "next" shift in some pattern ("last night", "next March")
    "day", "night", "morning", "afternoon", "evening", "week", "month", "year", "spring", "summer", "autumn", "winter",
    "fall", *(name.lower() for name in MONTH_STARTS + WEEKDAY_STARTS),
)
# Words that start a match, or must be in it, by signal, and what follows them where a pattern can
# match (in the lower-cased letters of the text, all else a space). With nothing to follow, a word
# counts at the start of a longer one too: a sentence may end inside a word, and its search see
# only the start.
_SIGNAL_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("part", ("end", "start", "beginning", "middle", "close"), _OF),
    ("part", ("early", "earlier", "late", "later", "mid"), " "),
    ("fraction", ("half", "quarter"), _OF),  # "first half of 2020": the match starts before the signal
    ("relative", ("yesterday", "today", "tomorrow", "tonight"), ""),
    ("shift", ("last", "this", "next"), f" +(?:{'|'.join(_SHIFTED)})"),
    ("weekend", ("weekend",), ""),  # "over the weekend": the match starts before the signal
    ("season", ("spring", "summer", "autumn", "winter", "fall"), ""),
    ("ago", ("ago",), ""),
    ("relday", ("following", "previous", "preceding", "same"), " +(?:day|night|morning|afternoon|evening)"),
    ("relday", ("that",), " +(?:same +)?(?:day|night|morning|afternoon|evening)"),
    ("relday", ("day", "night"), " +(?:before|after)"),
    ("fiscal", ("year", "months"), " +(?:ending|ended|to|up|through) "),
)
# Signal words at the start of a word, after a space: the literal the engine skips ahead to.
_SIGNAL_WORD = compile_regex(" (?:{})".format(_by_first_letter(
    word + (f"(?={follows})" if follows else "") for _signal, words, follows in _SIGNAL_WORDS for word in words
)).encode())
_SIGNAL_OF = {f" {word}".encode(): signal for signal, words, _follows in _SIGNAL_WORDS for word in words}
_NAME = compile_regex(_by_first_letter(MONTH_STARTS + WEEKDAY_STARTS).encode())  # the two gates in one
_NAME_OF = {
    **{name.encode(): "month" for name in MONTH_STARTS}, **{name.encode(): "weekday" for name in WEEKDAY_STARTS}
}
# Letters that match an ASCII letter regardless of case but do not lower-case to it: with them, a
# pattern can match where no signal stands.
_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _one_byte_per_character(text: str) -> bytes | None:
    """`text` in cp1252, whatever it lacks as "?"; None when a signal could miss a character so lost."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        encoded = text.encode("cp1252", "replace")
    at = encoded.find(b"?")
    while at >= 0:
        if text[at].isdecimal() or text[at] in _CASE_TWINS:  # "\d" matches any decimal digit
            return None
        at = encoded.find(b"?", at + 1)
    return encoded


def _signals(encoded: bytes, ends: Iterable[int]) -> Iterator[tuple[int, str]]:
    """(offset, signal) for every signal in the text; each pattern's `needs` and `starts` say which it needs.

    Matches start at a word's start or after white space (or, if not, yield no candidate), so signal
    words are looked for there only. A month or weekday name is a signal anywhere, as for its gate.
    Digits count as a sentence's search sees them, up to the sentence's end (one of `ends`).
    """
    letters = b" " + encoded.translate(_LETTERS).lower()  # the leading space makes offsets the text's
    for match in _SIGNAL_WORD.finditer(letters):
        yield match.start(), _SIGNAL_OF[match.group()]
    for match in _NAME.finditer(encoded):
        yield match.start(), _NAME_OF[match.group()]
    for at, end in digit_runs(encoded, ends):  # no date starts right after a digit
        if end - at <= 2:  # a day or a month; "numeric" too if "/", "." or "-" follows ("16/06/2025")
            yield at, "day"
            if encoded[end : end + 1] in (b"/", b".", b"-"):
                yield at, "numeric"
        elif end - at >= 4 and encoded[at : at + 2] in (b"19", b"20"):
            yield at, "year"


def digit_runs(encoded: bytes, ends: Iterable[int] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of ASCII digits in `encoded` (a text with one byte per character).

    A run also ends at each of `ends`, though a digit follows.
    """
    digits = encoded.translate(_DIGITS)
    if ends:
        cut = bytearray(digits)
        for end in ends:
            if 0 < end < len(cut) and cut[end - 1] == cut[end] == 48:
                cut[end] = 32  # a digit right after a digit cannot start a date anyway
        digits = bytes(cut)
    return (match.span() for match in _DIGIT_RUN.finditer(digits))


def _gate_open(text: str, lo: int, hi: int, gate: str) -> bool:
    """`Gates.of(text).open_in(lo, hi)` holds `gate`, a word gate, for a text with no `_CASE_TWINS`."""
    words = WORD_GATES[gate]
    window = text[lo : hi + max(map(len, words)) - 1].lower()
    return any(window.find(word, 0, hi - lo + len(word) - 1) >= 0 for word in words)


@functools.cache
def _plan(signals: frozenset[str]) -> tuple[tuple[DatePattern, bool], ...]:
    """The patterns to try in a sentence with these signals, and whether only at their `starts`."""
    return tuple(
        (pattern, bool(pattern.starts) and signals.isdisjoint(pattern.scan_if))
        for pattern in PATTERNS
        if pattern.needs <= signals
        and not (pattern.starts and signals.isdisjoint(pattern.starts) and signals.isdisjoint(pattern.scan_if))
    )


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int], hi: int) -> list[re.Match[str]]:
    """`regex.finditer(text, lo, hi)` for a regex that can only match at `starts` (sorted, at least lo)."""
    matches = []
    end = 0
    for at in starts:
        if at >= end and (match := regex.match(text, at, hi)):
            end = match.end()
            matches.append(match)
    return matches


def _signalled_candidates(text: str, lo: int, hi: int, signals: dict[str, list[int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern, at_starts in _plan(frozenset(signals)):
        if pattern.checks_gate and not _gate_open(text, lo, hi, pattern.gate):
            continue
        if not at_starts:
            found += _built(text, pattern.regex.finditer(text, lo, hi), pattern.build)
            continue
        if len(pattern.starts) == 1:
            starts = signals.get(pattern.starts[0], [])
        else:
            starts = sorted(at for name in pattern.starts for at in signals.get(name, ()))
        found += _built(text, _matches_at(pattern.regex, text, starts, hi), pattern.build)
    return found


def _in_order(spans: Sequence[tuple[int, int]], length: int) -> bool:
    """Spans one after the other within the text, as sentences are: each offset in at most one."""
    previous = 0
    for lo, hi in spans:
        if not previous <= lo <= hi:
            return False
        previous = hi
    return previous <= length


def sentence_candidates(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, list[Candidate]]]:
    """(index, `find_candidates(text, lo, hi)`) for each (lo, hi) of `spans` with candidates, in order.

    Lazily, sentence by sentence, as a caller of `find_candidates` would see them (and its errors).
    """
    encoded = _one_byte_per_character(text)
    if encoded is None or not _in_order(spans, len(text)):
        gates = Gates.of(text)
        for index, (lo, hi) in enumerate(spans):
            if found := find_candidates(text, lo, hi, gates=gates):
                yield index, found
        return
    starts = [lo for lo, _hi in spans]
    by_sentence: dict[int, dict[str, list[int]]] = {}
    for at, signal in _signals(encoded, [hi for _lo, hi in spans]):
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and at < spans[index][1]:
            by_sentence.setdefault(index, {}).setdefault(signal, []).append(at)
    for index in sorted(by_sentence):
        lo, hi = spans[index]
        if raw := _signalled_candidates(text, lo, hi, by_sentence[index]):
            yield index, _select(text, lo, hi, raw)
