"""Decide which paragraphs belong to the story: drop page furniture and off-story text.

Furniture is recognised by its shape (a video length, image markup, a line repeated on the
page, a bare URL or time stamp). Off-story text is recognised from the documents
themselves: a paragraph whose words the other outlets do not use is not about their story,
and a page that ends in a run of such paragraphs has other stories appended to it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import fsum  # exact, so a score never depends on the order a set of words is walked in

from .models import Document, Dropped
from .regexes import compile_regex
from .text import (
    PARAGRAPHS_REMEMBERED,
    REMEMBERED_CHARS,
    REPEATED_TEXT,
    Paragraph,
    content_words,
    repeated_text,
    stem,
)

_DURATION_LINE = compile_regex(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_IMAGE_MARKUP = compile_regex(r"!\[[^\]]*\]\(|<img\b|^\s*(?:image|picture|photo|pic)\s*:", re.IGNORECASE)
_CREDIT_TAIL = compile_regex(r"\b(?:pic|photo|picture|image|credit)\s*:\s*[\w .,&/-]{1,40}$", re.IGNORECASE)
_URL_LINE = compile_regex(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|co\.uk|org|net|in|news)\S*$", re.IGNORECASE)
_TIMESTAMP_LINE = compile_regex(r"^(?:-\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$", re.IGNORECASE)
# Labels of a web video player or carousel: "CLOSE Skip in Skip x Embed x Share", "1 of 12", "| 1:03".
_PLAYER_WORDS = compile_regex(
    r"\b(?:Skip|Embed|Share|CLOSE|Replay|Autoplay|Play|Playlist|\d+\s+of\s+\d+|\|\s*\d{1,2}:\d\d)\b"
)
PLAYER_WORDS_MIN = 5  # player labels on one line that make it furniture
# Page furniture told by its wording and shape, never by the site: a time stamp line, a byline,
# a credit line, a photo caption, a list of links, a newsletter sign-up, a "click here" line,
# an agency's contact block, an update notice, a reader prompt, a video blurb.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_STAMP_LABEL = compile_regex(r"^(?:last |first )?(?:updated|published|posted|modified)(?:\s*:|\s+(?:on|at)\b|\s+\d|\s+"
                             + _MONTH + r"|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
_DATE_LINE = compile_regex(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:" + _MONTH
                           + r"\s+\d{1,2},?\s+\d{4}"
                           r"|\d{1,2}\s+" + _MONTH + r",?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s+[A-Z]{2,4})?)?$", re.IGNORECASE)
_BYLINE = compile_regex(r"^By\s+\S")
_BYLINE_WORDS = frozenset("""and the of for in at staff writer writers reporter reporters correspondent correspondents
special to contributor contributors editor editors senior chief political news service wire""".split())
_CREDIT_LINE = compile_regex(r"contributed (?:to )?(?:this|the) (?:report|story|article)\b|all rights reserved\b",
                             re.IGNORECASE)
_CREDIT_START = compile_regex(
    r"(?:copyright\b|©|\(c\)\s)|(?:contributing|additional reporting|reporting|editing|writing|compiled)(?: by)?\s*:"
    r"|(?:additional reporting|reporting|editing|writing|compiled|produced) by\s+[A-Z]", re.IGNORECASE)
_CAPTION = compile_regex(r"\((?:AP |AFP |Reuters )?(?:photo|image|picture|pic|file photo|video)\b[^()]*\)\s*$"
                         r"|\(AP Photo/|/\s*Getty Images\)?\s*$|^FILE\s*[-–—]\s", re.IGNORECASE)
_LINK_LABEL = compile_regex(
    r"^(?:more on (?:this|the) story|more on this|related(?: stories| coverage| articles| content| links| video)?"
    r"|read more|read next|more|see also|also read|also see|recommended(?: for you)?|continuing coverage"
    r"|most (?:read|popular|viewed)|top stories|read or share this story|you may also like|watch|listen)\s*:",
    re.IGNORECASE)
_LABELLED_LINE = compile_regex(r"^[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}:\s+\S")  # "The Bubble: ..." beside a link list
HEADLINE_LIST_BARS = 2  # headlines joined by this many " | " or more, with no sentence end, are a list of links
_SIGN_UP = compile_regex(r"\b(?:sign up|subscribe|get|receive)\b.*\b(?:newsletters?|inbox|e-?mail alerts|delivered)\b"
                         r"|\b(?:sign up for|subscribe to) (?:our|the)\b|\benter your e-?mail\b", re.IGNORECASE)
_CLICK_HERE = compile_regex(r"\b(?:click|tap) here\b", re.IGNORECASE)
_CONTACT_LABEL = compile_regex(r"^(?:(?:media|press|news) )?contacts?(?: information| info| details)?\s*:"
                               r"|^for (?:more|further) information,? (?:please )?contact\b|^press office\s*:",
                               re.IGNORECASE)
_CONTACT_DETAIL = compile_regex(r"[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s*\d{3}|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
                                r"|^(?:office|phone|tel|telephone|cell|mobile|fax|email|e-mail)\s*:", re.IGNORECASE)
_UPDATE_NOTICE = compile_regex(r"^this (?:post|story|article|page|report) (?:will be|is being|may be) updated"
                               r"|^this is a developing story|^check back (?:later )?for updates", re.IGNORECASE)
_LINK_TEXT = compile_regex(r"^(?:view|see|show|load|read) (?:all|more)\b", re.IGNORECASE)
_READER_PROMPT = compile_regex(r"\b(?:tell|let) us (?:know )?in the comments\b|\bleave a comment\b"
                               r"|\bshare your (?:thoughts|photos|pictures|story|stories)\b", re.IGNORECASE)
_VIDEO_BLURB = compile_regex(r"\bhas (?:that|the|this|more on (?:that|the|this)) story\.?$|\bhas the details\.?$",
                             re.IGNORECASE)
# The short notices, in one pattern: one search a line instead of six.
_THREE_DIGITS = compile_regex(r"\d{3}")
# The short notices: the words each one needs (a line without them is not searched), its pattern, its
# reason. A pattern anchored at the line's start needs no words first.
_NOTICES = (
    (("sign up", "subscribe", "inbox", "newsletter", "mail"), _SIGN_UP, "newsletter sign-up"),
    (("click here", "tap here"), _CLICK_HERE, "link prompt"),
    ((), _UPDATE_NOTICE, "update notice"),
    ((), _LINK_TEXT, "link prompt"),
    (("comment", "share your"), _READER_PROMPT, "reader prompt"),
    (("has th", "has more"), _VIDEO_BLURB, "video blurb"),
)
STAMP_MAX_WORDS = 16  # a time stamp line ("Updated 5:14 p.m. ET July 18, 2016") is short
BYLINE_MAX_WORDS = 12
NOTICE_MAX_WORDS = 30  # sign-ups, "click here" lines, notices and prompts: one short line, not a paragraph
CONTACT_LINE_MAX_WORDS = 10  # the name, office, phone and address lines of a contact block
LONG_PARAGRAPH_WORDS = 60  # a paragraph this long (a whole article on one line) shares a smaller part of its words
_SENTENCE_END = compile_regex(r"[.!?\"”’']\s*$")


@dataclass(frozen=True, slots=True)
class CleanedDocument:
    doc: Document
    paragraphs: tuple[Paragraph, ...]
    kept: frozenset[int]  # indexes of paragraphs on the story
    dropped: tuple[Dropped, ...]


def furniture_reason(line: str, *, repeated: bool, after_video: bool) -> str | None:
    """Why a paragraph is page furniture, or None when it is text."""
    if repeated_text(line):
        return REPEATED_TEXT
    if _DURATION_LINE.match(line):
        return "video length"
    if len(_PLAYER_WORDS.findall(line)) >= PLAYER_WORDS_MIN:
        return "video player text"
    markup_possible = ":" in line or "![" in line or "<img" in line  # cheap test before the patterns
    if markup_possible and (_IMAGE_MARKUP.search(line) or _CREDIT_TAIL.search(line)):
        return "image or caption markup"
    if " " not in line and _URL_LINE.match(line):
        return "bare web address"
    if len(line) < 40 and _TIMESTAMP_LINE.match(line):
        return "time stamp"
    words = line.split()
    if (repeated and not _SENTENCE_END.search(line)) or (repeated and len(words) <= 12):
        return "line repeated on the page"
    if after_video and len(words) <= 12 and not _SENTENCE_END.search(line):
        return "video caption"
    return _wording_reason(line, words)


def _wording_reason(line: str, words: Sequence[str]) -> str | None:
    """Furniture told by its wording: stamps, bylines, credits, captions, links, sign-ups, contacts.

    Most lines are story text: a pattern that can match anywhere in a line is searched only when a
    word it needs is there.
    """
    count = len(words)
    if count <= STAMP_MAX_WORDS and (_DATE_LINE.match(line) or _STAMP_LABEL.match(line)):
        return "time stamp"
    if count <= BYLINE_MAX_WORDS and _BYLINE.match(line) and _byline_words(words[1:]):
        return "byline"
    short = count <= NOTICE_MAX_WORDS
    lowered = line.lower() if short else ""
    if short and (_CREDIT_START.match(line) or (
            ("contributed" in lowered or "reserved" in lowered) and _CREDIT_LINE.search(line))):
        return "credit line"
    if ("(" in line or "Getty" in line or line[:4].upper() == "FILE") and _CAPTION.search(line):
        return "photo caption"
    if _LINK_LABEL.match(line) or (line.count(" | ") >= HEADLINE_LIST_BARS and not _SENTENCE_END.search(line)):
        return "related links"
    if count <= CONTACT_LINE_MAX_WORDS and (_CONTACT_LABEL.match(line) or (
            ("@" in line or ":" in line or "(" in line or _THREE_DIGITS.search(line))
            and _CONTACT_DETAIL.search(line))):
        return "contact details"
    if not short:
        return None
    for cues, pattern, reason in _NOTICES:
        if (not cues or any(cue in lowered for cue in cues)) and pattern.search(line):
            return reason
    return None


def _byline_words(words: Sequence[str]) -> bool:
    """The words after "By": names and the few words of a byline ("Staff Writer"), no figures."""
    for word in words:
        bare = word.strip(",;|/()")
        if not bare or any(c.isdigit() for c in bare):
            return False
        if not (bare[0].isupper() or bare.lower() in _BYLINE_WORDS):
            return False
    return bool(words)


def paragraph_words(text: str, paras: Sequence[Paragraph]) -> tuple[frozenset[str], ...]:
    """Each paragraph's stemmed content words: what the story score compares across documents."""
    chunks = [text[p.start : p.end] for p in paras]
    return tuple([_remembered_words(c) if len(c) <= REMEMBERED_CHARS else _word_set(c) for c in chunks])


def line_reasons(text: str, paras: Sequence[Paragraph]) -> tuple[str | None, ...]:
    """Each paragraph's `furniture_reason` as a line neither repeated nor after a video: what a page
    alone tells, worked out beside extraction (in the worker processes) and used by `clean`."""
    lines = [text[p.start : p.end].strip() for p in paras]
    return tuple([_remembered_reason(line) if len(line) <= REMEMBERED_CHARS else _reason_alone(line)
                  for line in lines])


def _word_set(paragraph: str) -> frozenset[str]:
    return frozenset(map(stem, content_words(paragraph)))


def _reason_alone(line: str) -> str | None:
    return furniture_reason(line, repeated=False, after_video=False)


# Outlets reprint wire paragraphs and a site repeats its furniture on every page: what a paragraph
# alone tells is worked out once per text (see `text.REMEMBERED_CHARS`).
_remembered_words = lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(_word_set)
_remembered_reason = lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(_reason_alone)
_remembered_furniture = lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(furniture_reason)  # a line on many pages


def _furniture(doc: Document, paras: Sequence[Paragraph], shared_lines: Counter[str],
               alone: Sequence[str | None] | None = None) -> dict[int, str]:
    lines = [doc.text[p.start : p.end].strip() for p in paras]
    own = Counter(lines)
    reasons: dict[int, str] = {}
    for index, line in enumerate(lines):
        # A line on several pages is furniture unless it is a sentence: wire copy repeats whole sentences.
        repeated = own[line] > 1 or (shared_lines[line] > 1 and not _SENTENCE_END.search(line))
        after_video = index > 0 and reasons.get(index - 1) == "video length"
        if alone is None or repeated or after_video:
            judge = _remembered_furniture if len(line) <= REMEMBERED_CHARS else furniture_reason
            reason = judge(line, repeated=repeated, after_video=after_video)
        else:
            reason = alone[index]
        if reason is None and index > 0 and reasons.get(index - 1) == "contact details" and (
                len(line.split()) <= CONTACT_LINE_MAX_WORDS and not line.endswith(".")):
            reason = "contact details"  # the name, office and address lines of a contact block
        if reason:
            reasons[index] = reason
    for index, line in enumerate(lines):  # "The Bubble: ..." between "More: ..." and "Related: ..."
        if index not in reasons and _LABELLED_LINE.match(line) and "related links" in (
                reasons.get(index - 1), reasons.get(index + 1)):
            reasons[index] = "related links"
    return reasons


def story_scores(
    word_sets: Sequence[frozenset[str]], document_frequency: Counter[str], own: frozenset[str], n_others: int
) -> list[float]:
    """For each paragraph, how much of its vocabulary the other outlets share (0..1).

    `document_frequency` counts the documents using each word, this one included (`own` is its
    vocabulary). A word counts fully when at least half of the other documents use it.
    """
    return _scores(word_sets, _credits(document_frequency, n_others), own)


def _credits(document_frequency: Counter[str], n_others: int) -> tuple[dict[str, float], dict[str, float]] | None:
    """Each word's credit for a document that uses it and for one that does not; None with no others.

    Worked out once for all the documents of a story, not once per document.
    """
    if n_others == 0:
        return None
    full = max(1.0, n_others / 2)
    inside = {w: min(1.0, (n - 1) / full) for w, n in document_frequency.items()}
    outside = {w: min(1.0, n / full) for w, n in document_frequency.items()}
    return inside, outside


def _scores(word_sets: Sequence[frozenset[str]],
            credits: tuple[dict[str, float], dict[str, float]] | None, own: frozenset[str],
            known: dict[frozenset[str], float] | None = None) -> list[float]:
    """Each paragraph's score; `known` keeps the scores of paragraphs whose words are all the
    document's own, which are the same in every document that prints the paragraph."""
    if credits is None:
        return [1.0] * len(word_sets)
    inside, outside = credits
    known = {} if known is None else known
    scores = []
    for words in word_sets:
        if not words:
            scores.append(1.0)
        elif words <= own:
            score = known.get(words)
            if score is None:
                score = known[words] = fsum([inside[w] for w in words]) / len(words)
            scores.append(score)
        else:
            scores.append(fsum([inside[w] if w in own else outside.get(w, 0.0) for w in words]) / len(words))
    return scores


def _off_story(
    scores: Sequence[float],
    word_sets: Sequence[frozenset[str]],
    candidates: Sequence[int],
    *,
    low_score: float,
    very_low_score: float,
    min_words: int,
    tail_share: float,
    tail_mean: float,
    single_drops: bool,
    min_tail_words: int = 30,
    short_tail_score: float = 0.1,
) -> dict[int, str]:
    """Paragraphs off the story: a trailing run of low scores, or one very low paragraph.

    A short tail (under two judged paragraphs or `min_tail_words` words) must share almost no
    words (`short_tail_score`): a short ending that happens to use other words is not another
    story. `single_drops` is off when too few
    outlets are compared for one paragraph's vocabulary to mean anything.
    """
    weights = {i: len(word_sets[i]) for i in candidates if len(word_sets[i]) >= min_words}
    low = {i for i in weights if scores[i] < low_score}
    reasons: dict[int, str] = {}
    judged = sorted(weights)
    for position, index in enumerate(judged):
        if index not in low or position < 2:
            continue
        rest = judged[position:]
        total = sum(weights[i] for i in rest)
        low_weight = sum(weights[i] for i in rest if i in low)
        mean = sum(weights[i] * scores[i] for i in rest) / total
        substantial = len(rest) >= 2 and total >= min_tail_words
        if low_weight >= tail_share * total and mean < (tail_mean if substantial else short_tail_score):
            for later in candidates:
                if later >= index:
                    reasons[later] = f"off-story tail (story words {scores[later]:.0%})"
            break
    for index in judged if single_drops else ():
        long_paragraph = len(word_sets[index]) >= LONG_PARAGRAPH_WORDS
        if index not in reasons and scores[index] < (very_low_score / 2 if long_paragraph else very_low_score):
            reasons[index] = f"off-story paragraph (story words {scores[index]:.0%})"
    return reasons


def clean(
    documents: Sequence[Document],
    paragraph_lists: Sequence[Sequence[Paragraph]],
    *,
    word_set_lists: Sequence[Sequence[frozenset[str]]] | None = None,
    line_reason_lists: Sequence[Sequence[str | None] | None] | None = None,
    no_filter: bool = False,
    low_score: float = 0.45,
    very_low_score: float = 0.2,
    min_words: int = 5,
    tail_share: float = 0.6,
    tail_mean: float = 0.33,
    min_outlets_for_single_drops: int = 3,
) -> list[CleanedDocument]:
    """Keep what each document says about the story the documents share."""
    shared_lines: Counter[str] = Counter()
    for doc, paras in zip(documents, paragraph_lists, strict=True):
        shared_lines.update({doc.text[p.start : p.end].strip() for p in paras})
    alone_lists: Sequence[Sequence[str | None] | None] = (
        line_reason_lists if line_reason_lists is not None else [None] * len(documents))
    furniture = [_furniture(d, p, shared_lines, alone)
                 for d, p, alone in zip(documents, paragraph_lists, alone_lists, strict=True)]
    if word_set_lists is None:
        word_set_lists = [paragraph_words(d.text, p) for d, p in zip(documents, paragraph_lists, strict=True)]
    word_sets = list(word_set_lists)
    off: list[dict[int, str]] = [{} for _ in documents]
    if not no_filter and len(documents) > 1:
        for _ in range(2):  # the second pass counts only the words of text kept by the first
            vocab = [
                frozenset().union(*(ws for i, ws in enumerate(sets) if i not in f and i not in o))
                for sets, f, o in zip(word_sets, furniture, off, strict=True)
            ]
            totals: Counter[str] = Counter()
            for words in vocab:
                totals.update(words)
            credits = _credits(totals, len(documents) - 1)
            known: dict[frozenset[str], float] = {}  # reprinted paragraphs are scored once a pass
            for index, sets in enumerate(word_sets):
                scores = _scores(sets, credits, vocab[index], known)
                candidates = [i for i in range(len(sets)) if i not in furniture[index]]
                off[index] = _off_story(
                    scores,
                    sets,
                    candidates,
                    low_score=low_score,
                    very_low_score=very_low_score,
                    min_words=min_words,
                    tail_share=tail_share,
                    tail_mean=tail_mean,
                    single_drops=len(documents) >= min_outlets_for_single_drops,
                )
    return [
        _cleaned(doc, paras, {i: r for i, r in furn.items() if r == REPEATED_TEXT} if no_filter else furn, o)
        for doc, paras, furn, o in zip(documents, paragraph_lists, furniture, off, strict=True)
    ]


def _cleaned(doc: Document, paras: Sequence[Paragraph], furn: dict[int, str], off: dict[int, str]) -> CleanedDocument:
    reasons = {**off, **furn}
    dropped = tuple(
        Dropped(doc.id, paras[i].start, paras[i].end, reasons[i], _preview(doc.text[paras[i].start : paras[i].end]))
        for i in sorted(reasons)
    )
    kept = frozenset(p.index for p in paras if p.index not in reasons)
    return CleanedDocument(doc, tuple(paras), kept, dropped)


def _preview(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
