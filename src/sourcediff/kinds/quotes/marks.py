"""Quote marks: where each quote opens and closes.

Quote marks are read with their neighbours, so an apostrophe (can't, Smith's, '90s, rock 'n'
roll) never opens or closes a quote, and single quotes work both as the house quote mark and
nested inside double ones. A paragraph that leaves a quote open continues it when the next
paragraph opens with a quote mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter

from ...pickling import quick_init
from ...regexes import compile_regex
from ...text import Paragraph, paragraphs

_DOUBLE_OPEN, _DOUBLE_CLOSE, _SINGLE_OPEN, _SINGLE_CLOSE = "“„«", "”»", "‘‚‹", "’›"
_QUOTE_CHARS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'"
MARK = compile_regex("[" + re.escape(_QUOTE_CHARS) + "]")
_BEFORE_OPEN = frozenset("([{—–-/") | frozenset(_QUOTE_CHARS)
_AFTER_CLOSE = frozenset(",.;:!?)]}—–-…/") | frozenset(_QUOTE_CHARS)
# Marks that look like openers but elide letters: '90s, 'em, 'til, 'tis, 'n' (rock 'n' roll).
_ELIDED_START = compile_regex(r"(?:\d\ds|em|til|tis|twas|cause|n['’])(?![A-Za-z])", re.IGNORECASE)
_WORD = compile_regex(r"[^\W_]+(?:['’][^\W_]+)*")
_DOUBLE_CHARS = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
# A quote is bounded: one that runs over more than this many sentences within a paragraph (and more than
# MIN_STRAY_CHARS characters) before it closes is a stray mark, not a quote.
MAX_QUOTE_SENTENCES = 8
MIN_STRAY_CHARS = 600
MAX_STRAY = 3  # stray marks looked for in one paragraph: each costs a second reading of it
_SENTENCE_END = compile_regex(r"[.!?…][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


@quick_init
@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quote as marked in the text: `start:end` is the quoted words without the outer marks."""

    start: int
    end: int
    open_at: int  # the opening mark
    close_at: int  # just after the closing mark (the paragraph end when it never closes)
    depth: int  # 0 for a quote in the reporter's text, 1 for a quote inside a quote
    single: bool  # single quote marks


@dataclass(slots=True)
class _Open:
    single: bool
    open_at: int
    depth: int


def mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """open, close, either, weak (plural possessive or closer), or apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum() and ch not in _DOUBLE_CHARS:
        return "apostrophe"  # can't, Smith's: decided before the costlier tests below
    may_open = prev.isspace() or prev in _BEFORE_OPEN
    may_close = nxt.isspace() or nxt in _AFTER_CLOSE
    if ch in _DOUBLE_OPEN:
        return "close" if may_close and not may_open else "open"
    if ch in _DOUBLE_CLOSE:
        return "open" if may_open and not may_close else "close"
    if ch == '"':
        if may_open and not may_close and prev == " " and nxt.islower() and i >= lo + 2 and text[i - 2] in ",.!?":
            return "either"  # a stray space before a closing mark: 'a party, "police said'
        return "open" if may_open and not may_close else "close" if may_close and not may_open else "either"
    if prev in "nN" and i >= lo + 2 and text[i - 2] in "'’‘":
        return "apostrophe"
    if may_open and _ELIDED_START.match(text, i + 1, hi):
        return "apostrophe"
    if may_open and not may_close:
        return "open"
    if may_close and not may_open:
        rest = text[i + 1 : i + 3].lstrip()
        return "weak" if prev in "sS" and nxt == " " and (rest[:1].isalnum() or rest[:1] in "'’") else "close"
    if may_open and nxt in "'’‘" and _ELIDED_START.match(text, i + 2, hi):
        return "open"  # a quote that opens on an elided word: ''90s music', ''n' roll'
    return "open" if ch in _SINGLE_OPEN else "apostrophe"


def quote_spans(text: str, paras: Sequence[Paragraph] | None = None) -> list[QuoteSpan]:
    """Every quote in the text, outer and nested, in order of their opening marks.

    A quote runs within its paragraph (or into the next one when that opens with a quote mark).
    One that would run over more than MAX_QUOTE_SENTENCES sentences before it closes, or to the end
    of its paragraph, is taken for a stray mark (a page flattened into one line with one unbalanced
    quote mark) and its paragraph is read again without it, at most MAX_STRAY times a paragraph.
    `paras` are the text's `paragraphs`, when the caller has them already.
    """
    if paras is None:
        paras = paragraphs(text)
    found: list[QuoteSpan] = []
    carried: _Open | None = None
    mark_at = _mark_positions(text)
    unread = 0  # marks stand inside paragraphs, so the first unread one is in this paragraph or later
    for number, para in enumerate(paras):
        if carried is None and (unread == len(mark_at) or mark_at[unread] >= para.end):
            continue  # half the paragraphs quote nobody
        first_mark = bisect_left(mark_at, para.start + 1 if carried else para.start, unread)
        last_mark = unread = bisect_left(mark_at, para.end, first_mark)
        marks = mark_at[first_mark:last_mark]
        following = paras[number + 1] if number + 1 < len(paras) else None
        ignored: set[int] = set()
        while True:
            here, carry = _paragraph_spans(text, marks, para, carried, following, ignored)
            stray = None if len(ignored) >= MAX_STRAY else _overlong(text, here, carried)
            if stray is None:
                break
            ignored.add(stray)
        found.extend(here)
        carried = carry
    found.sort(key=attrgetter("open_at"))
    return found


def _paragraph_spans(
    text: str, marks: list[int], para: Paragraph, carried: _Open | None, following: Paragraph | None,
    ignored: set[int],
) -> tuple[list[QuoteSpan], _Open | None]:
    """The quotes of one paragraph, and the quote it leaves open for the next one (if any)."""
    found: list[QuoteSpan] = []
    stack: list[_Open] = [carried] if carried else []
    next_opens = following is not None and text[following.start] in _QUOTE_CHARS
    for index, at in enumerate(marks):
        if at in ignored:
            continue
        role = mark_role(text, at, para.start, para.end)
        if role == "apostrophe":
            continue
        single = text[at] not in _DOUBLE_CHARS
        match = None  # the innermost open quote of the same kind
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].single == single:
                match = k
                break
        if role == "weak":  # rare enough to work out the later marks' roles again
            later = any(text[a] not in _DOUBLE_CHARS and mark_role(text, a, para.start, para.end) == "close"
                        for a in marks[index + 1 :] if a not in ignored)
            if match is None or later or next_opens:
                continue
            role = "close"
        if role == "either":
            role = "close" if match is not None else "open"
        if role == "open" and stack and stack[-1].single == single and _after_sentence(text, at):
            continue  # a paragraph break lost in the source: 'One. 'Two.' is one quote
        if role == "open":
            stack.append(_Open(single, at, len(stack)))
        elif match is not None:
            _add_span(found, text, stack[match], at, at + 1)
            del stack[match:]
    if stack:
        outer = stack[0]
        if following is not None and _continues(text, following.start, outer.single):
            return found, outer
        if not outer.single or _opens_clause(text, outer.open_at, para.start):
            _add_span(found, text, outer, para.end, para.end)
    return found, None


def _overlong(text: str, spans: list[QuoteSpan], carried: _Open | None) -> int | None:
    """The opening mark of the first outer quote of a paragraph that runs over more than
    MAX_QUOTE_SENTENCES sentences (a quote carried in from the paragraph before is left alone)."""
    for span in spans:
        if span.depth > 0 or (carried is not None and span.open_at == carried.open_at):
            continue
        if span.end - span.start > MIN_STRAY_CHARS and _sentence_ends(text, span.start, span.end) > MAX_QUOTE_SENTENCES:
            return span.open_at
    return None


def _sentence_ends(text: str, start: int, end: int) -> int:
    return sum(1 for _ in islice(_SENTENCE_END.finditer(text, start, end), MAX_QUOTE_SENTENCES + 1))


def _mark_positions(text: str) -> list[int]:
    """Where every quote mark stands, in order (what MARK finds, but str.find is much quicker)."""
    found: list[int] = []
    for mark in _QUOTE_CHARS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _after_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return before.endswith((".", "!", "?", "…"))


def _continues(text: str, at: int, single: bool) -> bool:
    mark = text[at]
    return mark in ("‘’'‚" if single else "“”\"„«")


def _opens_clause(text: str, open_at: int, para_start: int) -> bool:
    """An unclosed single quote counts only where a quote plainly starts: paragraph start or after ':'."""
    before = text[para_start:open_at].rstrip()
    return not before or before.endswith((":", ","))


def _add_span(found: list[QuoteSpan], text: str, opened: _Open, end: int, close_at: int) -> None:
    start = opened.open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _WORD.search(text, start, end):
        found.append(QuoteSpan(start, end, opened.open_at, close_at, opened.depth, opened.single))
