"""Line up the same quote across outlets and judge whether they print the same words.

Quotes are compared as word lists after normalising case, apostrophes, quote marks,
punctuation, British/American spelling and number words. A quote is cut into segments at
marked elisions ("...") and paragraph breaks, because outlets often print non-adjacent
passages as consecutive quoted paragraphs; continuation is only judged inside a segment.

Verdicts, as `kind="quote"` findings:
  agree    the same words, or one outlet prints an excerpt of another's;
  variant  words changed inside the shared part, a sentence only one outlet continues the
           quote with, two outlets continuing it differently (medium), or the words given to a
           different speaker or presented as an account of someone else's finding (high).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from ...models import SEVERITY_RANK, Fact, Finding, QuoteValue, Severity, Verdict
from .._shared import DisjointSets, Outlets, claim_of, outlet_list
from ..names import RANKS, transliteration

SHOWN_ISSUES = 3  # a summary names this many differences; the explanation lists them all
SHINGLE = 3  # words per shingle in the blocking index
MAX_POSTINGS = 60  # shingles shared by more quotes than this are too common to block on
MIN_QUOTE_WORDS = 4  # shorter quotes are never aligned
MIN_SHARED_WORDS = 6  # the shared part must have at least this many words ...
MIN_SHARED_SHARE = 0.5  # ... and cover this share of the shorter segment ...
LONG_SHARED_WORDS = 12  # ... unless one exact run is this long: no coincidence then
MIN_FUZZY_WORDS = 8  # near-identical segments this long align on the fuzzy score alone
MIN_FUZZY_SCORE = 90.0
MIN_ANCHOR = 2  # matching runs shorter than this are coincidence, not shared text
MAX_INNER_GAP = 12  # words: a longer gap ends the shared part instead of being a changed wording
EDGE_WORDS = 3  # differing words at either edge that still count as a changed wording
MIN_CONTINUATION_WORDS = 3
CORROBORATE_SCORE = 90.0
FRAMING_WINDOW = 8  # words before the shared part, in its sentence, that may frame it as a finding
SHOWN_WORDS = 10

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+[^\W_]*|[^\W_]+(?:['’][^\W_]+)*|[%&]")
_ELISION = re.compile(r"\.\s?\.\s?\.|…|\[\s*(?:\.\s?){3}\]|\(\s*(?:\.\s?){3}\)")
_SENTENCE_END = re.compile(r"[.!?]")
_NUMBERS = dict(
    zip(
        ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty").split(), (str(n) for n in range(21)), strict=True,
    )
) | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "thousand": "1000", "%": "percent", "&": "and"}
_MERGED = {("per", "cent"): "percent"} | {
    (article, scale): value for article in ("a", "1") for scale, value in
    (("100", "100"), ("1000", "1000"), ("million", "1000000"), ("billion", "1000000000"))
}
_MARKERS = frozenset("""found finds identified identifies refers referred says said described describes
concluded concludes highlights highlighted according notes noted warned warns shows showed revealed
reveals""".split())
_PRONOUNS = frozenset({"she", "he", "they", "it"})
_DOCUMENTS = frozenset({"report", "audit", "review", "study", "inquiry", "survey", "findings", "paper"})


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A word as compared: case, apostrophes, number words and -ise/-ize, -our/-or spellings folded."""
    key = word.lower().replace("’", "").replace("'", "")
    if key[:1].isdigit():
        return re.sub(r"(?<=\d),(?=\d{3})", "", key)
    key = _NUMBERS.get(key, key)
    if len(key) > 4:
        key = key.replace("iz", "is").replace("yz", "ys").replace("dgement", "dgment")
        if key.endswith("our"):
            key = key[:-3] + "or"
        elif key.endswith(("tre", "bre")):
            key = key[:-2] + "er"
    return key


@dataclass(frozen=True, slots=True)
class Words:
    """A quote as words: keys for comparing, offsets into the quote for showing."""

    keys: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    segments: tuple[tuple[int, int], ...]  # token ranges between elisions and paragraph breaks
    sentence_start: tuple[bool, ...]
    soft: tuple[bool, ...]  # inside [brackets]: an editor's word, not the speaker's

    def segment_of(self, index: int) -> tuple[int, int]:
        return next(seg for seg in self.segments if seg[0] <= index < seg[1])


@lru_cache(maxsize=16384)  # outlets print the same quotes: tokenise each text once
def words_of(value: str) -> Words:
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[bool] = []
    soft: list[bool] = []
    cuts: list[int] = []
    previous_end = 0
    bracketed = False
    for match in _TOKEN.finditer(value):
        between = value[previous_end : match.start()]
        if "[" in between or "]" in between:
            bracketed = between.rfind("[") > between.rfind("]")
        if keys and (_ELISION.search(between) or "\n" in between):
            cuts.append(len(keys))
        key = word_key(match.group())
        merged = _MERGED.get((keys[-1], key)) if keys and between in (" ", "") else None
        if merged is not None:  # "per cent" is "percent", "a thousand" is "1000"
            keys[-1], spans[-1] = merged, (spans[-1][0], match.end())
            previous_end = match.end()
            continue
        opens = not keys or bool(_SENTENCE_END.search(_ELISION.sub(" ", between))) or (
            bool(cuts) and cuts[-1] == len(keys) and match.group()[:1].isupper())
        keys.append(key)
        spans.append((match.start(), match.end()))
        starts.append(opens and (match.group()[:1].isupper() or match.group()[:1].isdigit()))
        soft.append(bracketed)
        previous_end = match.end()
    bounds = [0, *cuts, len(keys)]
    segments = tuple((lo, hi) for lo, hi in pairwise(bounds) if hi > lo)
    return Words(tuple(keys), tuple(spans), segments, tuple(starts), tuple(soft))


@dataclass(frozen=True, slots=True)
class _Quote:
    index: int
    fact: Fact
    detail: QuoteValue
    words: Words
    joined: str
    shingles: tuple[frozenset[tuple[str, ...]], ...]  # per segment


@dataclass(frozen=True, slots=True)
class _Block:
    a: int
    b: int
    size: int


@dataclass(frozen=True, slots=True)
class _Match:
    """Two segments that share text: the chain of matching runs and its longest run."""

    a_seg: tuple[int, int]
    b_seg: tuple[int, int]
    chain: tuple[_Block, ...]
    longest: int


@dataclass(frozen=True, slots=True)
class _Issue:
    kind: str  # words | continues | diverges | speaker | framing
    text: str
    severity: Severity


@dataclass(slots=True)
class _Cluster:
    members: set[int] = field(default_factory=set)
    issues: list[_Issue] = field(default_factory=list)
    excerpt: bool = False
    speakers: dict[str, set[str]] = field(default_factory=dict)  # speaker -> outlets, when they differ
    own: dict[str, str] = field(default_factory=dict)  # outlet -> whose own words it gives them as
    framed: dict[str, str] = field(default_factory=dict)  # outlet -> the framing words it uses


def compare_quotes(facts: Sequence[Fact], *, outlet_of: Outlets) -> list[Finding]:
    """Agree and variant findings for every quote printed by two or more documents.

    Copies are compared once: quotes with the same words, speaker and framing form one reading,
    so a quote reprinted by a hundred outlets costs one comparison per other reading, and is
    never dropped from the index as too common.
    """
    quotes, copies = _readings(_comparable(facts))
    index = _index(quotes)
    comparer = _Comparer(quotes, index, outlet_of, copies)
    sets = DisjointSets(len(quotes))
    root = sets.find
    clusters: dict[int, _Cluster] = {}
    results = []
    for a, b in _candidates(quotes, index, comparer.docs):
        found = comparer.compare(quotes[a], quotes[b])
        if found is not None:
            sets.union(a, b)
            results.append((a, b, found))
    for a, b, (issues, excerpt, matches) in results:
        cluster = clusters.setdefault(root(a), _Cluster())
        cluster.members |= {a, b}
        cluster.issues.extend(issues)
        cluster.excerpt = cluster.excerpt or excerpt
        comparer.attribution(cluster, quotes[a], quotes[b], matches)
    for reading, docs in enumerate(comparer.docs):
        if len(docs) > 1:  # the same words in two outlets agree even if no other reading matches
            clusters.setdefault(root(reading), _Cluster()).members.add(reading)
    findings = [
        _finding([copy for i in sorted(c.members) for copy in copies[i]], c, outlet_of) for c in clusters.values()
    ]
    findings.sort(key=lambda f: (f.claims[0].doc, f.claims[0].start))
    return findings


def _comparable(facts: Sequence[Fact]) -> list[_Quote]:
    quotes: list[_Quote] = []
    for fact in facts:
        detail = fact.detail
        if fact.kind != "quote" or not isinstance(detail, QuoteValue) or detail.scare:
            continue
        words = words_of(fact.value)
        if len(words.keys) < MIN_QUOTE_WORDS:
            continue
        shingles = tuple(frozenset(_shingles(words.keys[lo:hi])) for lo, hi in words.segments)
        quotes.append(_Quote(len(quotes), fact, detail, words, " ".join(words.keys), shingles))
    return quotes


def _readings(quotes: Sequence[_Quote]) -> tuple[list[_Quote], list[list[_Quote]]]:
    """Distinct readings (words, speaker, framing) and the quotes that print each one."""
    number: dict[tuple[object, ...], int] = {}
    readings: list[_Quote] = []
    copies: list[list[_Quote]] = []
    for quote in quotes:
        signature = (quote.words, quote.detail.speaker, quote.detail.own_words, _named(quote.detail))
        at = number.get(signature)
        if at is None:
            at = number[signature] = len(readings)
            readings.append(replace(quote, index=at))
            copies.append([])
        copies[at].append(quote)
    return readings, copies


def _shingles(keys: Sequence[str]) -> list[tuple[str, ...]]:
    if len(keys) < SHINGLE:
        return [tuple(keys)] if keys else []
    return [tuple(keys[i : i + SHINGLE]) for i in range(len(keys) - SHINGLE + 1)]


def _index(quotes: Sequence[_Quote]) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = {}
    for quote in quotes:
        for shingle in set().union(*quote.shingles):
            index.setdefault(shingle, []).append(quote.index)
    return index


def _candidates(
    quotes: Sequence[_Quote], index: dict[tuple[str, ...], list[int]], docs: Sequence[frozenset[str]]
) -> list[tuple[int, int]]:
    """Pairs of readings printed by two or more documents that share at least one uncommon shingle."""
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > MAX_POSTINGS:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                if len(docs[a] | docs[b]) > 1:
                    pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


class _Comparer:
    def __init__(
        self,
        quotes: Sequence[_Quote],
        index: dict[tuple[str, ...], list[int]],
        outlet_of: Outlets,
        copies: Sequence[Sequence[_Quote]],
    ):
        self.quotes, self.index, self.outlet_of = quotes, index, outlet_of
        self.docs = [frozenset(q.fact.doc for q in group) for group in copies]
        self.outlets = [list(dict.fromkeys(outlet_of(q.fact.doc) for q in group)) for group in copies]

    def compare(self, a: _Quote, b: _Quote) -> tuple[list[_Issue], bool, list[_Match]] | None:
        """Wording issues, whether one is an excerpt, and the shared parts; None: not the same quote."""
        matches = [m for m in self._matches(a, b) if m is not None]
        if not matches:
            return None
        issues: list[_Issue] = []
        excerpt = False
        for match in matches:
            issues.extend(self._wording(a, b, match))
            issues.extend(self._ending(a, b, match))
            excerpt = excerpt or _leads(match) != (0, 0) or _tails(match) != (0, 0)
        return issues, excerpt, matches

    def _matches(self, a: _Quote, b: _Quote) -> list[_Match | None]:
        found: list[_Match | None] = []
        for sa, shingles_a in zip(a.words.segments, a.shingles, strict=True):
            for sb, shingles_b in zip(b.words.segments, b.shingles, strict=True):
                if shingles_a & shingles_b:
                    found.append(_match(a.words.keys, b.words.keys, sa, sb))
        return found

    def _wording(self, a: _Quote, b: _Quote, match: _Match) -> list[_Issue]:
        """Words that differ inside the shared part (and short differing edges)."""
        issues = []
        for left, right in pairwise(match.chain):
            if not _differs(a, range(left.a + left.size, right.a), b, range(left.b + left.size, right.b)):
                continue
            issues.append(self._words_issue(a, left.a + left.size - 1, right.a, b, left.b + left.size - 1, right.b))
        lead_a, lead_b = _leads(match)
        first = match.chain[0]
        if 0 < lead_a <= EDGE_WORDS and 0 < lead_b <= EDGE_WORDS and _differs(
                a, range(first.a - lead_a, first.a), b, range(first.b - lead_b, first.b)):
            issues.append(self._words_issue(a, first.a - lead_a, first.a, b, first.b - lead_b, first.b))
        tail_a, tail_b = _tails(match)
        last = match.chain[-1]
        end_a, end_b = last.a + last.size, last.b + last.size
        if 0 < tail_a <= EDGE_WORDS and 0 < tail_b <= EDGE_WORDS and _differs(
                a, range(end_a, end_a + tail_a), b, range(end_b, end_b + tail_b)):
            issues.append(self._words_issue(a, end_a - 1, end_a + tail_a - 1, b, end_b - 1, end_b + tail_b - 1))
        return issues

    def _words_issue(self, a: _Quote, a_lo: int, a_hi: int, b: _Quote, b_lo: int, b_hi: int) -> _Issue:
        shown_a = _show(a, max(a_lo, 0), a_hi)
        shown_b = _show(b, max(b_lo, 0), b_hi)
        text = f"words differ: '{shown_a}' ({self._outlet(a)}) vs '{shown_b}' ({self._outlet(b)})"
        return _Issue("words", text, "medium")

    def _ending(self, a: _Quote, b: _Quote, match: _Match) -> list[_Issue]:
        """One outlet continues the quote with a sentence nobody else prints, or two continue differently."""
        tail_a, tail_b = _tails(match)
        last = match.chain[-1]
        end_a, end_b = last.a + last.size, last.b + last.size
        if tail_a and tail_b:
            if max(tail_a, tail_b) <= EDGE_WORDS:
                return []
            if self._printed_by(a, end_a, self.docs[b.index]) or self._printed_by(b, end_b, self.docs[a.index]):
                return []
            text = (f"{self._outlet(a)} continues '{_show(a, end_a, end_a + SHOWN_WORDS - 1, tail=True)}' "
                    f"where {self._outlet(b)} continues '{_show(b, end_b, end_b + SHOWN_WORDS - 1, tail=True)}'")
            return [_Issue("diverges", text, "medium")]
        if tail_a and self._only_continues(a, b, match, end_a):
            return [self._continues_issue(a, end_a)]
        if tail_b and self._only_continues(b, a, _swap(match), end_b):
            return [self._continues_issue(b, end_b)]
        return []

    def _only_continues(self, longer: _Quote, shorter: _Quote, match: _Match, tail_at: int) -> bool:
        """The shorter quote is whole sentences of the longer one, and ends where the longer goes on."""
        first = match.chain[0]
        words = longer.words
        sentence_tail = _sentence(words, tail_at)
        return (
            match.b_seg[1] == len(shorter.words.keys)  # the shorter quote ends here
            and first.b == match.b_seg[0]  # ... and has nothing of its own before the shared part
            and shorter.words.sentence_start[first.b]
            and (words.sentence_start[first.a] or first.a == match.a_seg[0])
            and words.sentence_start[tail_at]
            and len(sentence_tail) >= MIN_CONTINUATION_WORDS
            and not self._printed_anywhere(longer, tail_at)
        )

    def _continues_issue(self, quote: _Quote, at: int) -> _Issue:
        text = f"only {self._outlet(quote)} continues: '{_show(quote, at, at + SHOWN_WORDS - 1, tail=True)}'"
        return _Issue("continues", text, "medium")

    def _printed_by(self, quote: _Quote, at: int, docs: frozenset[str]) -> bool:
        return self._found(quote, at, lambda other: bool(self.docs[other.index] & docs))

    def _printed_anywhere(self, quote: _Quote, at: int) -> bool:
        """Printed by more than one document: this reading's own copies, or another reading's."""
        mine = self.docs[quote.index]
        return len(mine) > 1 or self._found(quote, at, lambda other: bool(self.docs[other.index] - mine))

    def _found(self, quote: _Quote, at: int, where: Callable[[_Quote], bool]) -> bool:
        """Whether the sentence starting at word `at` appears in any quote that `where` accepts."""
        from rapidfuzz import fuzz

        keys = _sentence(quote.words, at)[:SHOWN_WORDS + 2]
        needle = " ".join(keys)
        seen: set[int] = set()
        for shingle in _shingles(keys):
            for other in self.index.get(shingle, ()):
                if other in seen or not where(self.quotes[other]):
                    continue
                seen.add(other)
                if fuzz.partial_ratio(needle, self.quotes[other].joined) >= CORROBORATE_SCORE:
                    return True
        return False

    def attribution(self, cluster: _Cluster, a: _Quote, b: _Quote, matches: Sequence[_Match]) -> None:
        """Different speakers, or own words against an account of someone else's finding."""
        best = max(matches, key=lambda m: m.longest)
        frame_a = _framing(a, best.chain[0].a, best.a_seg[0])
        frame_b = _framing(b, best.chain[0].b, best.b_seg[0])
        same = _same_speaker(a.detail, b.detail)
        if frame_a is None and frame_b is None:
            if same is False and _named(a.detail) and _named(b.detail):  # "she said" is no evidence
                for quote in (a, b):
                    name = _known_as(cluster.speakers, quote.detail.speaker or "")
                    cluster.speakers.setdefault(name, set()).update(self.outlets[quote.index])
            return
        if frame_a is not None and frame_b is not None:
            return
        own, framed, words = (a, b, frame_b or "") if frame_a is None else (b, a, frame_a)
        if same is False and _surname(own.detail.speaker or "") in words.lower().split():
            return  # "Smith found '...'" against Smith's own words: the same attribution
        for outlet in self.outlets[own.index]:
            cluster.own[outlet] = own.detail.speaker or "the speaker"
        for outlet in self.outlets[framed.index]:
            cluster.framed[outlet] = words

    def _outlet(self, quote: _Quote) -> str:
        """Every outlet printing this reading."""
        return outlet_list(self.outlets[quote.index])


def _match(a: Sequence[str], b: Sequence[str], sa: tuple[int, int], sb: tuple[int, int]) -> _Match | None:
    """The shared part of two segments, or None when they share too little to be one quote."""
    matcher = SequenceMatcher(None, a[sa[0] : sa[1]], b[sb[0] : sb[1]], autojunk=False)
    blocks = [_Block(sa[0] + m.a, sb[0] + m.b, m.size) for m in matcher.get_matching_blocks() if m.size >= MIN_ANCHOR]
    if not blocks:
        return None
    longest = max(range(len(blocks)), key=lambda i: blocks[i].size)
    lo = hi = longest
    while lo > 0 and _close(blocks[lo - 1], blocks[lo]):
        lo -= 1
    while hi + 1 < len(blocks) and _close(blocks[hi], blocks[hi + 1]):
        hi += 1
    chain = tuple(blocks[lo : hi + 1])
    size = blocks[longest].size
    shared = sum(block.size for block in chain)
    shorter = min(sa[1] - sa[0], sb[1] - sb[0])
    if size >= LONG_SHARED_WORDS or (shared >= MIN_SHARED_WORDS and shared >= MIN_SHARED_SHARE * shorter):
        return _Match(sa, sb, chain, size)
    if shorter >= MIN_FUZZY_WORDS:
        from rapidfuzz import fuzz

        left, right = " ".join(a[sa[0] : sa[1]]), " ".join(b[sb[0] : sb[1]])
        if fuzz.ratio(left, right) >= MIN_FUZZY_SCORE:
            return _Match(sa, sb, chain, size)
    return None


def _leads(match: _Match) -> tuple[int, int]:
    """Words each segment has before the shared part."""
    return match.chain[0].a - match.a_seg[0], match.chain[0].b - match.b_seg[0]


def _tails(match: _Match) -> tuple[int, int]:
    """Words each segment has after the shared part."""
    last = match.chain[-1]
    return match.a_seg[1] - (last.a + last.size), match.b_seg[1] - (last.b + last.size)


def _close(left: _Block, right: _Block) -> bool:
    return (right.a - left.a - left.size) <= MAX_INNER_GAP and (right.b - left.b - left.size) <= MAX_INNER_GAP


def _swap(match: _Match) -> _Match:
    chain = tuple(_Block(block.b, block.a, block.size) for block in match.chain)
    return _Match(match.b_seg, match.a_seg, chain, match.longest)


def _differs(a: _Quote, a_gap: range, b: _Quote, b_gap: range) -> bool:
    """Whether two stretches differ in the speaker's words: an editor's [bracketed] words stand in for
    what was cut or clarified, so a stretch holding one explains the difference."""
    return not (any(a.words.soft[i] for i in a_gap) or any(b.words.soft[i] for i in b_gap))


def _sentence(words: Words, at: int) -> list[str]:
    """Keys from word `at` to the end of its sentence (or segment)."""
    _, hi = words.segment_of(at)
    end = at + 1
    while end < hi and not words.sentence_start[end]:
        end += 1
    return list(words.keys[at:end])


def _show(quote: _Quote, lo: int, hi: int, *, tail: bool = False) -> str:
    """The quote as printed from word `lo` to word `hi` (inclusive), shortened with an ellipsis."""
    spans = quote.words.spans
    last = min(hi, len(spans) - 1)
    if tail:
        _, seg_hi = quote.words.segment_of(lo)
        last = min(last, seg_hi - 1)
    if last < lo:
        return ""
    text = " ".join(quote.fact.value[spans[lo][0] : spans[last][1]].split())
    more = last < len(spans) - 1 and (not tail or last < quote.words.segment_of(lo)[1] - 1)
    return text + ("…" if more and tail else "")


def _framing(quote: _Quote, start: int, seg_lo: int) -> str | None:
    """The words that present the shared part as someone else's finding, or None for own words."""
    words = quote.words
    for i in range(start - 1, max(seg_lo, start - FRAMING_WINDOW) - 1, -1):
        if words.sentence_start[i + 1]:
            break  # the framing must stand in the shared part's own sentence
        if words.keys[i] not in _MARKERS or i == seg_lo:
            continue
        subject = quote.fact.value[words.spans[i - 1][0] : words.spans[i - 1][1]]
        named = subject[:1].isupper() and not words.sentence_start[i - 1]  # "Police found" opens a sentence
        if subject.lower() in _PRONOUNS or named or subject.lower() in _DOCUMENTS:
            return _show(quote, i - 1, start - 1)
    if quote.detail.own_words is False:
        intro = quote.fact.sentence[: max(0, quote.fact.sentence.find(quote.fact.value))]
        return " ".join(intro.strip(" \t\n'\"‘’“”:,").split()[-FRAMING_WINDOW:]) or "-"
    return None


def _same_speaker(a: QuoteValue, b: QuoteValue) -> bool | None:
    """Whether two quotes have the same named speaker; None when either is not a named person."""
    if not (a.speaker_is_person and b.speaker_is_person and a.speaker and b.speaker):
        return None
    left, right = _untitled(a.speaker), _untitled(b.speaker)
    if not left or not right:
        return None
    if not _same_name_word(left[-1], right[-1]):
        return False
    if len(left) > 1 and len(right) > 1 and not _same_name_word(left[0], right[0]):
        first, second = left[0].rstrip("."), right[0].rstrip(".")
        # "Tom Mills" and "Sarah Mills" are two people; "J. Mills" may be either
        return (len(first) == 1 and second.startswith(first)) or (len(second) == 1 and first.startswith(second))
    return True


def _known_as(speakers: dict[str, set[str]], name: str) -> str:
    """The name a cluster already uses for this person (Mohammed for Muhammad), else this one."""
    for known in speakers:
        left, right = _untitled(known), _untitled(name)
        if left and right and _same_name_word(left[-1], right[-1]) and (
                len(left) < 2 or len(right) < 2 or _same_name_word(left[0], right[0])):
            return known
    return name


def _untitled(speaker: str) -> list[str]:
    """The words of a speaker's name without leading titles: "Baroness Jane Hale" -> jane hale."""
    words = speaker.lower().replace("’", "'").split()
    while len(words) > 1 and words[0].rstrip(".") in RANKS:
        words.pop(0)
    return words


def _same_name_word(a: str, b: str) -> bool:
    """The same word of a name, allowing the spellings outlets alternate (Mohammed/Muhammad)."""
    return a == b or transliteration(a, b)


def _named(value: QuoteValue) -> bool:
    """The outlet names the speaker next to the quote, rather than "she" or "the minister"."""
    return bool(value.speaker and value.speaker_text) and _surname(value.speaker or "") in (
        value.speaker_text or "").lower().replace("’", " ").replace("'", " ").split()


def _surname(speaker: str) -> str:
    return speaker.rsplit(maxsplit=1)[-1].lower() if speaker.strip() else ""


def _finding(members: list[_Quote], cluster: _Cluster, outlet_of: Outlets) -> Finding:
    issues = list(dict.fromkeys(cluster.issues))
    attribution = _attribution_issues(cluster)
    everything = attribution + issues
    verdict: Verdict = "variant" if everything else "agree"
    severity: Severity = min((i.severity for i in everything), key=SEVERITY_RANK.__getitem__, default="info")
    claims = tuple(claim_of(q.fact, outlet_of) for q in members)
    speaker = _topic_speaker(members)
    outlets = outlet_list(outlet_of(q.fact.doc) for q in members)
    if everything:
        shown = [issue.text for issue in everything[:SHOWN_ISSUES]]
        more = len(everything) - len(shown)
        summary = "; ".join(shown) + (f"; and {more} more difference{'s' if more > 1 else ''}" if more else "")
    else:
        how = " (one prints an excerpt of another's)" if cluster.excerpt else ""
        summary = f"'{_opening(members)}' ({outlets}): the outlets print the same words{how}."
    return Finding(id="", kind="quote", verdict=verdict, severity=severity, topic=f"quote: {speaker}",
                   summary=summary, claims=claims, explanation=tuple(i.text for i in everything))


def _attribution_issues(cluster: _Cluster) -> list[_Issue]:
    issues = []
    if len(cluster.speakers) > 1:
        sides = "; ".join(
            f"{who} ({outlet_list(sorted(outlets))})" for who, outlets in sorted(cluster.speakers.items())
        )
        issues.append(_Issue("speaker", f"speaker differs: the words are given to {sides}", "high"))
    if cluster.own and cluster.framed:
        speaker = " / ".join(sorted(set(cluster.own.values())))
        own = outlet_list(sorted(cluster.own))
        by_words: dict[str, list[str]] = {}
        for outlet, words in sorted(cluster.framed.items()):
            by_words.setdefault(words, []).append(outlet)
        framed = "; ".join(f"{outlet_list(outlets)}: '{words}'" for words, outlets in by_words.items())
        gives = "gives" if len(cluster.own) == 1 else "give"
        give = "gives" if len(cluster.framed) == 1 else "give"
        text = (f"attribution differs: {own} {gives} these as {speaker}'s own words; "
                f"{outlet_list(sorted(cluster.framed))} {give} them as an account of someone else's finding "
                f"({framed})")
        issues.append(_Issue("framing", text, "high"))
    return issues


def _topic_speaker(members: list[_Quote]) -> str:
    """The speaker most outlets name ("Ms Smith" and "Jane Smith" count together)."""
    forms: dict[str, list[str]] = {}
    for quote in members:
        if quote.detail.speaker and not quote.detail.nested:
            forms.setdefault(_surname(quote.detail.speaker), []).append(quote.detail.speaker)
    if not forms:
        return "unattributed"
    names = max(forms.values(), key=len)
    return max(names, key=lambda name: (names.count(name), len(name)))


def _opening(members: list[_Quote]) -> str:
    shortest = min(members, key=lambda q: len(q.words.keys))
    return _show(shortest, 0, SHOWN_WORDS - 1, tail=True)
