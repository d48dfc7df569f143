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

Changed words given to different sources (two people, or a person and a document) are two
statements sharing a phrase, not one quote: they are not aligned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from ...models import SEVERITY_RANK, Fact, Finding, QuoteValue, Severity, Verdict
from .._shared import DisjointSets, Outlets, claim_of, outlet_list
from .attribution import attribution_issues, different_sources, named, record_attribution, topic_speaker
from .matching import Match, differs, leads, match_segments, swap, tails
from .neighbours import FactKey, as_quote, previous_quotes, split_lead
from .phrases import phrase_findings
from .readings import Cluster, Issue, Quote, candidates, comparable, shingle_index, show
from .settings import DEFAULTS, QuotesSettings
from .translations import one_statement, paraphrase, paraphrase_candidates
from .words import sentence_keys, shingles


def compare_quotes(facts: Sequence[Fact], *, outlet_of: Outlets, settings: QuotesSettings = DEFAULTS) -> list[Finding]:
    """Agree and variant findings for every quote printed by two or more documents.

    Copies are compared once: quotes with the same words, speaker and framing form one reading,
    so a quote reprinted by a hundred outlets costs one comparison per other reading, and is
    never dropped from the index as too common.
    """
    quotes, copies = distinct_readings(comparable(facts, settings))
    index = shingle_index(quotes)
    comparer = _Comparer(quotes, index, outlet_of, copies, settings, previous_quotes(facts))
    sets = DisjointSets(len(quotes))
    root = sets.find
    clusters: dict[int, Cluster] = {}
    results = []
    for a, b in candidates(index, comparer.docs, settings):
        found = comparer.compare(quotes[a], quotes[b])
        if found is not None:
            sets.union(a, b)
            results.append((a, b, found))
    for a, b in paraphrase_candidates(quotes, comparer.docs, settings):
        if root(a) != root(b) and one_statement(quotes[a], quotes[b], settings):
            sets.union(a, b)
            results.append((a, b, paraphrase(quotes[a], quotes[b], comparer.outlet(quotes[a]),
                                             comparer.outlet(quotes[b]))))
    for a, b, (issues, excerpt, matches, neighbours) in results:
        cluster = clusters.setdefault(root(a), Cluster())
        cluster.members |= {a, b}
        cluster.issues.extend(issues)
        cluster.neighbours.extend(neighbours)
        cluster.excerpt = cluster.excerpt or excerpt
        record_attribution(cluster, quotes[a], quotes[b], matches, comparer.outlets, settings)
    for reading, docs in enumerate(comparer.docs):
        if len(docs) > 1:  # the same words in two outlets agree even if no other reading matches
            clusters.setdefault(root(reading), Cluster()).members.add(reading)
    findings = [
        _finding([copy for i in sorted(c.members) for copy in copies[i]], c, outlet_of, settings)
        for c in clusters.values()
    ]
    scare = [f for f in facts if f.kind == "quote" and isinstance(f.detail, QuoteValue) and f.detail.scare]
    if scare:
        whole = [f for f in facts if f.kind == "quote" and isinstance(f.detail, QuoteValue) and not f.detail.scare]
        findings += phrase_findings(scare, whole, outlet_of=outlet_of)
    findings.sort(key=lambda f: (f.claims[0].doc, f.claims[0].start))
    return findings


def distinct_readings(quotes: Sequence[Quote]) -> tuple[list[Quote], list[list[Quote]]]:
    """Distinct readings (words, speaker, framing) and the quotes that print each one."""
    number: dict[tuple[object, ...], int] = {}
    readings: list[Quote] = []
    copies: list[list[Quote]] = []
    for quote in quotes:
        signature = (quote.words, quote.detail.speaker, quote.detail.own_words, named(quote.detail))
        at = number.get(signature)
        if at is None:
            at = number[signature] = len(readings)
            readings.append(replace(quote, index=at))
            copies.append([])
        copies[at].append(quote)
    return readings, copies


class _Comparer:
    def __init__(
        self,
        quotes: Sequence[Quote],
        index: dict[tuple[str, ...], list[int]],
        outlet_of: Outlets,
        copies: Sequence[Sequence[Quote]],
        settings: QuotesSettings,
        previous: Mapping[FactKey, Fact],
    ):
        self.quotes, self.index, self.outlet_of, self.settings = quotes, index, outlet_of, settings
        self.copies, self.previous = copies, previous
        self.docs = [frozenset(q.fact.doc for q in group) for group in copies]
        self.outlets = [list(dict.fromkeys(outlet_of(q.fact.doc) for q in group)) for group in copies]

    def compare(self, a: Quote, b: Quote) -> tuple[list[Issue], bool, list[Match], list[Fact]] | None:
        """Wording issues, whether one is an excerpt, the shared parts and the quotes that print the rest of
        a split quote; None: not the same quote."""
        matches = [m for m in self._matches(a, b) if m is not None]
        if not matches:
            return None
        issues: list[Issue] = []
        excerpt = False
        for match in matches:
            issues.extend(self._wording(a, b, match))
            issues.extend(self._ending(a, b, match))
            excerpt = excerpt or leads(match) != (0, 0) or tails(match) != (0, 0)
        if any(issue.kind == "words" for issue in issues) and different_sources(a.detail, b.detail):
            # different words from different sources: two statements that share a phrase (a party's
            # statement echoing its complaint), not one quote misattributed and misquoted at once
            return None
        best = max(matches, key=lambda m: m.longest)
        neighbours: list[Fact] = []
        for longer, shorter, match in ((a, b, best), (b, a, swap(best))):
            found = self._split_lead(longer, shorter, match)
            if found is not None:
                issues.append(found[0])
                neighbours.extend(found[1])
        return issues, excerpt, matches, neighbours

    def _split_lead(self, longer: Quote, shorter: Quote, match: Match) -> tuple[Issue, list[Fact]] | None:
        """The longer quote's words before the shared part, printed by the shorter's outlets as the same
        speaker's quote just before: one quote split differently, its first part worded differently."""
        first = match.chain[0]
        lead_from = match.a_seg[0]
        if first.b != 0 or first.a == lead_from:
            return None
        words = longer.words
        lead = [key for key, soft in zip(words.keys[lead_from : first.a], words.soft[lead_from : first.a], strict=True)
                if not soft]
        earlier = [before for copy in self.copies[shorter.index]
                   if (before := self.previous.get((copy.fact.doc, copy.fact.start))) is not None
                   and split_lead(lead, before, self.settings)]
        if not earlier:
            return None
        shown = as_quote(earlier[0])
        text = (f"words differ: '{show(longer, lead_from, first.a - 1)}' ({self.outlet(longer)}) vs "
                f"'{show(shown, 0, len(shown.words.keys) - 1)}' ({self.outlet(shorter)})")
        return Issue("words", text, "medium"), earlier

    def _matches(self, a: Quote, b: Quote) -> list[Match | None]:
        found: list[Match | None] = []
        for sa, shingles_a in zip(a.words.segments, a.shingles, strict=True):
            for sb, shingles_b in zip(b.words.segments, b.shingles, strict=True):
                if shingles_a & shingles_b:
                    found.append(match_segments(a.words.keys, b.words.keys, sa, sb, self.settings))
        return found

    def _wording(self, a: Quote, b: Quote, match: Match) -> list[Issue]:
        """Words that differ inside the shared part (and short differing edges)."""
        issues = []
        edge = self.settings.edge_words
        for left, right in pairwise(match.chain):
            if not differs(a.words, range(left.a + left.size, right.a), b.words, range(left.b + left.size, right.b)):
                continue
            issues.append(self._words_issue(a, left.a + left.size - 1, right.a, b, left.b + left.size - 1, right.b))
        lead_a, lead_b = leads(match)
        first = match.chain[0]
        if 0 < lead_a <= edge and 0 < lead_b <= edge and differs(
                a.words, range(first.a - lead_a, first.a), b.words, range(first.b - lead_b, first.b)):
            issues.append(self._words_issue(a, first.a - lead_a, first.a, b, first.b - lead_b, first.b))
        tail_a, tail_b = tails(match)
        last = match.chain[-1]
        end_a, end_b = last.a + last.size, last.b + last.size
        if 0 < tail_a <= edge and 0 < tail_b <= edge and differs(
                a.words, range(end_a, end_a + tail_a), b.words, range(end_b, end_b + tail_b)):
            issues.append(self._words_issue(a, end_a - 1, end_a + tail_a - 1, b, end_b - 1, end_b + tail_b - 1))
        return issues

    def _words_issue(self, a: Quote, a_lo: int, a_hi: int, b: Quote, b_lo: int, b_hi: int) -> Issue:
        shown_a = show(a, max(a_lo, 0), a_hi)
        shown_b = show(b, max(b_lo, 0), b_hi)
        text = f"words differ: '{shown_a}' ({self.outlet(a)}) vs '{shown_b}' ({self.outlet(b)})"
        return Issue("words", text, "medium")

    def _ending(self, a: Quote, b: Quote, match: Match) -> list[Issue]:
        """One outlet continues the quote with a sentence nobody else prints, or two continue differently."""
        tail_a, tail_b = tails(match)
        last = match.chain[-1]
        end_a, end_b = last.a + last.size, last.b + last.size
        if tail_a and tail_b:
            if max(tail_a, tail_b) <= self.settings.edge_words:
                return []
            if self._printed_by(a, end_a, self.docs[b.index]) or self._printed_by(b, end_b, self.docs[a.index]):
                return []
            shown = self.settings.shown_words
            text = (f"{self.outlet(a)} continues '{show(a, end_a, end_a + shown - 1, tail=True)}' "
                    f"where {self.outlet(b)} continues '{show(b, end_b, end_b + shown - 1, tail=True)}'")
            return [Issue("diverges", text, "medium")]
        if tail_a and self._only_continues(a, b, match, end_a):
            return [self._continues_issue(a, end_a)]
        if tail_b and self._only_continues(b, a, swap(match), end_b):
            return [self._continues_issue(b, end_b)]
        return []

    def _only_continues(self, longer: Quote, shorter: Quote, match: Match, tail_at: int) -> bool:
        """The shorter quote is whole sentences of the longer one, and ends where the longer goes on."""
        first = match.chain[0]
        words = longer.words
        sentence_tail = sentence_keys(words, tail_at)
        return (
            match.b_seg[1] == len(shorter.words.keys)  # the shorter quote ends here
            and first.b == match.b_seg[0]  # ... and has nothing of its own before the shared part
            and shorter.words.sentence_start[first.b]
            and (words.sentence_start[first.a] or first.a == match.a_seg[0])
            and words.sentence_start[tail_at]
            and len(sentence_tail) >= self.settings.min_continuation_words
            and not self._printed_anywhere(longer, tail_at)
        )

    def _continues_issue(self, quote: Quote, at: int) -> Issue:
        shown = show(quote, at, at + self.settings.shown_words - 1, tail=True)
        text = f"only {self.outlet(quote)} continues: '{shown}'"
        return Issue("continues", text, "medium")

    def _printed_by(self, quote: Quote, at: int, docs: frozenset[str]) -> bool:
        return self._found(quote, at, lambda other: bool(self.docs[other.index] & docs))

    def _printed_anywhere(self, quote: Quote, at: int) -> bool:
        """Printed by more than one document: this reading's own copies, or another reading's."""
        mine = self.docs[quote.index]
        return len(mine) > 1 or self._found(quote, at, lambda other: bool(self.docs[other.index] - mine))

    def _found(self, quote: Quote, at: int, where: Callable[[Quote], bool]) -> bool:
        """Whether the sentence starting at word `at` appears in any quote that `where` accepts."""
        from rapidfuzz import fuzz

        keys = sentence_keys(quote.words, at)[: self.settings.shown_words + 2]
        needle = " ".join(keys)
        seen: set[int] = set()
        for shingle in shingles(keys, self.settings.shingle):
            for other in self.index.get(shingle, ()):
                if other in seen or not where(self.quotes[other]):
                    continue
                seen.add(other)
                if fuzz.partial_ratio(needle, self.quotes[other].joined) >= self.settings.corroborate_score:
                    return True
        return False
    def outlet(self, quote: Quote) -> str:
        """Every outlet printing this reading."""
        return outlet_list(self.outlets[quote.index])


def _finding(members: list[Quote], cluster: Cluster, outlet_of: Outlets, settings: QuotesSettings) -> Finding:
    issues = list(dict.fromkeys(cluster.issues))
    attribution = attribution_issues(cluster)
    everything = attribution + issues
    verdict: Verdict = "variant" if everything else "agree"
    severity: Severity = min((i.severity for i in everything), key=SEVERITY_RANK.__getitem__, default="info")
    facts = list(dict.fromkeys([q.fact for q in members] + cluster.neighbours))
    claims = tuple(claim_of(fact, outlet_of) for fact in facts)
    speaker = topic_speaker(members)
    outlets = outlet_list(outlet_of(q.fact.doc) for q in members)
    if everything:
        shown = [issue.text for issue in everything[: settings.shown_issues]]
        more = len(everything) - len(shown)
        summary = "; ".join(shown) + (f"; and {more} more difference{'s' if more > 1 else ''}" if more else "")
    else:
        how = " (one prints an excerpt of another's)" if cluster.excerpt else ""
        summary = f"'{_opening(members, settings)}' ({outlets}): the outlets print the same words{how}."
    return Finding(id="", kind="quote", verdict=verdict, severity=severity, topic=f"quote: {speaker}",
                   summary=summary, claims=claims, explanation=tuple(i.text for i in everything))



def _opening(members: list[Quote], settings: QuotesSettings) -> str:
    shortest = min(members, key=lambda q: len(q.words.keys))
    return show(shortest, 0, settings.shown_words - 1, tail=True)

