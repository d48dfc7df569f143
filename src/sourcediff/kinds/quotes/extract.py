"""Direct quotes as facts: each quote `marks.py` finds, with the speaker the article gives it.

The speaker is the subject of a speech verb next to the quote (`speakers.py`), resolved among
the people the names kind found (`people.py`). A quote with no attribution of its own continues
the previous sentence's speaker, and a fragment inside the reporter's sentence belongs to that
sentence's subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from ...models import Fact, QuoteValue
from ...regexes import compile_regex
from ...text import Paragraph, Sentence, content_words
from .marks import MARK, QuoteSpan, mark_role, quote_spans
from .people import people_from_names
from .speakers import Ref, Resolver, Said, attribution_after, attribution_before

SCARE_MAX_WORDS = 3  # one to three quoted words are scare quotes ("unprecedented", "unacceptable"), not speech
CONTEXT_WORDS = 12
_CONTEXT_CHARS = 200  # nearly always holds CONTEXT_WORDS content words
_WORDY_TOKEN = compile_regex(r"\S*?[^\W_]\S*")  # a space-separated token with a letter or digit in it


def extract_quotes(text: str, sentences: Sequence[Sentence], *, doc_id: str, names: Sequence[Fact],
                   paragraphs: Sequence[Paragraph] | None = None) -> list[Fact]:
    """Every direct quote in the text as a `quote` fact, with its speaker as the article gives it.

    `names` are the document's name facts (from the names kind): speakers are resolved among them.
    `paragraphs` are the text's paragraphs (`text.paragraphs`), when the caller has them already.
    """
    spans = quote_spans(text, paragraphs)
    if not spans:
        return []
    people = people_from_names(text, names)
    resolver = Resolver(text, sentences, people, spans)
    facts: list[Fact] = []
    said_by_span: dict[int, Said | None] = {}
    outer_of: dict[int, QuoteSpan] = {}
    for span in spans:
        if span.depth > 0:
            outer_of[span.open_at] = next((o for o in spans if o.depth == 0 and o.start <= span.open_at < o.end),
                                          span)
    for span in spans:
        first = resolver.sentence_of(span.open_at)
        said = _attribute(text, span, first, outer_of.get(span.open_at), resolver, said_by_span)
        said_by_span[span.open_at] = said
        speaker, is_person, person = resolver.resolve(said.ref if said else None)
        if person is not None and said is not None and span.depth == 0:
            for at in (said.at, span.end):  # a long quote keeps its speaker the topic to its end
                index = resolver.sentence_of(at)
                if index is not None:
                    resolver.set_speaker(index, person)
        value = text[span.start : span.end]
        detail = QuoteValue(
            speaker=speaker, speaker_text=said.ref.text if said and said.ref else None,
            verb=said.verb if said else None, scare=_few_words(value),
            own_words=said.own_words if said else None, speaker_is_person=is_person, nested=span.depth > 0,
        )
        facts.append(_fact(text, span, value, first, detail, sentences, resolver, doc_id))
    return facts


@lru_cache(maxsize=16384)  # outlets print the same quotes: count each text's words once
def _few_words(quoted: str) -> bool:
    """At most SCARE_MAX_WORDS words (space-separated, with a letter or digit); stops counting there."""
    return len(list(islice(_WORDY_TOKEN.finditer(quoted), SCARE_MAX_WORDS + 1))) <= SCARE_MAX_WORDS


def _attribute(text: str, span: QuoteSpan, first: int | None, outer: QuoteSpan | None, resolver: Resolver,
               earlier: dict[int, Said | None]) -> Said | None:
    people = resolver.people
    sentence_start = resolver.sents[first].start if first is not None else span.open_at
    if span.depth > 0 and outer is not None:
        said = attribution_before(text, max(outer.start, sentence_start), span.open_at, people, resolver)
        if said is not None and said.ref is not None and said.ref.kind == "pronoun":
            return None  # a pronoun inside someone's quote is theirs to resolve, not ours
        return said
    para_end = text.find("\n", span.close_at)
    hi = min(len(text) if para_end < 0 else para_end, span.close_at + 120)
    nxt = MARK.search(text, span.close_at, hi)
    if nxt and mark_role(text, nxt.start(), span.close_at, hi) == "open":
        hi = nxt.start()
    said = attribution_after(text, span, hi, people) or attribution_before(
        text, sentence_start, span.open_at, people, resolver)
    if said is not None:
        return said
    if text[sentence_start : span.open_at].strip(" \t\n-—–"):
        return _sentence_subject(text, sentence_start, span.open_at, resolver)
    return _previous_speaker(text, first, earlier, resolver)


def _sentence_subject(text: str, lo: int, hi: int, resolver: Resolver) -> Said | None:
    """A quoted fragment inside the reporter's sentence belongs to that sentence's subject."""
    inside = resolver.people.starting_in(lo, hi)
    for mention in inside:
        if not mention.possessive:
            return Said(Ref(text[mention.start : mention.end], "person", mention.start, mention.person),
                         None, True, mention.start)
    if not inside:
        return None
    authors = {at for at, _ in resolver.people.authors}
    for mention in inside:  # "Smith's review ... found 'x'": the author speaks through the document
        if mention.start in authors:
            return Said(Ref(text[mention.start : mention.end], "person", mention.start, mention.person),
                         None, True, mention.start)
    return None


def _previous_speaker(text: str, index: int | None, earlier: dict[int, Said | None],
                      resolver: Resolver) -> Said | None:
    """A quote that opens its sentence unattributed continues the previous sentence's speaker."""
    if index is None or index == 0:
        return None
    previous = resolver.sents[index - 1]
    for open_at, said in reversed(earlier.items()):
        if previous.start <= open_at < previous.end and said is not None:
            return said
    if text[previous.start : previous.end].rstrip().endswith(":"):
        return attribution_before(text, previous.start, previous.end, resolver.people, resolver)
    return None


@lru_cache(maxsize=16384)  # outlets print the same quotes: fold each text once
def _context(value: str) -> tuple[str, ...]:
    """The first CONTEXT_WORDS content words of a quote.

    Long quotes are folded from their opening only: cut at a space, a text keeps every word before
    the cut as it is, so when the opening holds enough words they are the same ones.
    """
    cut = value.find(" ", _CONTEXT_CHARS)
    if cut > 0:
        words = content_words(value[:cut])
        if len(words) >= CONTEXT_WORDS:
            return tuple(words[:CONTEXT_WORDS])
    return tuple(content_words(value)[:CONTEXT_WORDS])


def _fact(text: str, span: QuoteSpan, value: str, first: int | None, detail: QuoteValue,
          sents: Sequence[Sentence], resolver: Resolver, doc_id: str) -> Fact:
    """The quote as a fact; `first` is the sentence its opening mark stands in."""
    last = resolver.sentence_of(max(span.open_at, span.close_at - 1))
    lo = sents[first].start if first is not None else span.open_at
    hi = sents[last].end if last is not None else span.close_at
    lo, hi = min(lo, span.start), max(hi, span.end)
    return Fact(
        doc=doc_id, kind="quote", value=value, start=span.start, end=span.end, sentence=text[lo:hi],
        detail=detail, context=_context(value),
        paragraph=sents[first].paragraph if first is not None else 0, in_quote=span.depth > 0,
    )
