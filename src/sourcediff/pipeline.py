"""The whole job: read, extract, group into stories, clean, judge. The CLI and library users call `check`.

Which kinds of fact are read and how each is judged is the registry's business (`kinds/`); this
module runs the stages that are the same for every kind.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from typing import BinaryIO

from .generated import kept_code

with kept_code():  # the records' generated functions compiled once per installation
    from .clean import CleanedDocument, clean, line_reasons, paragraph_words
    from .clock import cpu_seconds
    from .kinds import KINDS, Segmented, extract_all, judge_all, story_context
    from .limits import DEFAULT_MAX_DOC_SIZE, limit_size
    from .models import Document, Fact, FactReport, Report
    from .read import Input, read_inputs
    from .report.order import in_id_order
    from .text import Paragraph
    from .workers import Failure, analyse_all

Progress = Callable[[str, int, int], None]  # (stage, done, total): "analysing" per document, then "comparing"


def check(
    inputs: Sequence[Input] | Input = (),
    *,
    stdin: BinaryIO | None = None,
    no_filter: bool = False,
    workers: int | None = None,
    kinds: Collection[str] = KINDS,
    settings: Mapping[str, object] | None = None,
    hidden: bool = False,
    max_doc_size: int = DEFAULT_MAX_DOC_SIZE,
    reference: Input | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read the articles, line up their facts across outlets and judge every disagreement.

    `inputs` are paths (files, folders read recursively, "-" for `stdin`), `Document`s or dicts
    (`{"text", "outlet", "url", "published", "id", "title"}`, only `text` required), in any mix.
    `no_filter` keeps every paragraph (cleaning drops off-story text otherwise); `workers` caps the
    extraction processes (default: one per core, for large inputs); `kinds` limits the facts read
    and compared (number, duration, date, name, quote); `settings` maps a kind's name ("measures",
    "names", "quotes") to its settings record (`MeasuresSettings`, ...), the defaults otherwise.
    `hidden` reads hidden files and folders inside folders (listed as skipped otherwise); a document
    of more than `max_doc_size` bytes (0: no limit) is cut, with a note in its `reason`.
    A document that fails to read or to analyse is skipped with the error as its reason.

    `reference` (a path, `Document` or dict) is a draft checked against the sources: only the
    findings where the draft states a fact otherwise than a source are kept, its claims first (see
    `reference.py`). `progress(stage, done, total)` is called as the work goes on.
    """
    with _collector_paused():
        started, started_cpu = time.perf_counter(), cpu_seconds()
        read = read_inputs(_as_inputs(inputs), stdin=stdin, hidden=hidden)
        drafts: tuple[str, ...] = ()
        if reference is not None:
            read, drafts = _with_draft(reference, read, stdin=stdin)
        docs = limit_size(in_id_order(read), max_bytes=max_doc_size)  # any order: same findings
        timings = {"read": time.perf_counter() - started}
        cpu = {"read": cpu_seconds() - started_cpu}
        return _check(docs, no_filter=no_filter, workers=workers, kinds=kinds, settings=settings, timings=timings,
                      cpu=cpu, drafts=drafts, progress=progress)


def _with_draft(reference: Input, sources: list[Document], *, stdin: BinaryIO | None) -> tuple[list[Document],
                                                                                              tuple[str, ...]]:
    """The draft's documents and the sources, ids unique across both, and the draft's ids."""
    from .errors import InputError
    from .records import unique_ids

    draft = read_inputs(_as_inputs(reference), stdin=stdin)
    docs = unique_ids([*draft, *sources])
    ids = tuple(doc.id for doc in docs[: len(draft)] if doc.status == "ok")
    if not ids:
        reasons = "; ".join(doc.reason for doc in draft) or "nothing was read"
        raise InputError(f"cannot read the draft given to --reference: {reasons}")
    return docs, ids


def facts(
    inputs: Sequence[Input] | Input = (),
    *,
    stdin: BinaryIO | None = None,
    no_filter: bool = False,
    workers: int | None = None,
    kinds: Collection[str] = KINDS,
    hidden: bool = False,
    max_doc_size: int = DEFAULT_MAX_DOC_SIZE,
    progress: Progress | None = None,
) -> FactReport:
    """What `sourcediff facts` shows: the documents, every on-story fact, and what was set aside.

    The arguments are those of `check`.
    """
    docs = in_id_order(read_inputs(_as_inputs(inputs), stdin=stdin, hidden=hidden))  # any input order: same facts
    docs = limit_size(docs, max_bytes=max_doc_size)
    extraction = extract_facts(docs, no_filter=no_filter, workers=workers, kinds=kinds, progress=progress)
    dropped = tuple(d for c in extraction.cleaned for d in c.dropped)
    return FactReport(extraction.documents, tuple(extraction.facts), dropped)


def _as_inputs(inputs: Sequence[Input] | Input) -> Sequence[Input]:
    """One path, document or dict given alone is a list of one (a path is not a list of characters)."""
    if isinstance(inputs, str | os.PathLike | Document | Mapping):
        return [inputs]
    return inputs


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one run.

    The pipeline builds many small records that live until the report is made and form no
    cycles; left on, the collector rescans them ever more often and the run grows faster than the
    input. Reference counting still frees everything; the previous setting is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check(
    docs: Sequence[Document],
    *,
    no_filter: bool,
    workers: int | None,
    kinds: Collection[str],
    settings: Mapping[str, object] | None,
    timings: dict[str, float],
    cpu: dict[str, float],
    drafts: tuple[str, ...] = (),
    progress: Progress | None = None,
) -> Report:
    extraction = extract_facts(docs, no_filter=no_filter, workers=workers, timings=timings, cpu=cpu, kinds=kinds,
                               progress=progress)
    story = story_context(list(extraction.documents), extraction.facts, extraction.story_of, settings=settings)
    if progress is not None:
        progress("comparing", 0, 1)
    findings = judge_all(extraction.facts, story, timings=timings, cpu=cpu)
    if progress is not None:
        progress("comparing", 1, 1)
    if drafts:
        from .reference import against_reference

        findings = against_reference(findings, drafts)
    dropped = tuple(d for c in extraction.cleaned for d in c.dropped)
    stories = {doc: story + 1 for doc, story in extraction.story_of.items()}  # as a reader counts them: from 1
    return Report(extraction.documents, tuple(findings), tuple(extraction.facts), dropped, timings, stories, cpu,
                  reference=drafts)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document segmented, with every fact of the kinds asked for (before cleaning): what a
    worker sends back, and no more (its sentences stay behind: each fact carries its own)."""

    doc_id: str
    paragraphs: tuple[Paragraph, ...]
    facts: tuple[Fact, ...]
    paragraph_words: tuple[frozenset[str], ...] = ()  # for the cleaning stage, computed here in parallel
    line_reasons: tuple[str | None, ...] | None = None  # likewise: furniture as the page alone tells


def analyse(doc: Document, kinds: Collection[str] = KINDS) -> Analysis:
    """What a worker process runs for each document: its paragraphs and facts."""
    segmented = Segmented.of(doc)
    facts = _sharing_strings(extract_all(segmented, kinds))
    words = paragraph_words(doc.text, segmented.paragraphs)
    return Analysis(doc.id, segmented.paragraphs, tuple(facts), words, line_reasons(doc.text, segmented.paragraphs))


def _sharing_strings(facts: list[Fact]) -> list[Fact]:
    """The facts with the sentence they share held as one string, and their context words as the
    interpreter's one copy of each word.

    Only which object holds a value changes, never a value. Pickling sends a string it meets again
    as a reference, so the facts cross to the main process, and live there, in about a quarter
    less memory (several facts stand in one sentence; a story uses a few thousand words).
    """
    sentences: dict[str, str] = {}
    intern = sys.intern
    for fact in facts:
        sentence = fact.sentence
        shared = sentences.setdefault(sentence, sentence)
        if shared is not sentence:
            _SET_SENTENCE(fact, shared)
        if fact.context:
            _SET_CONTEXT(fact, tuple(map(intern, fact.context)))
    return facts


# The slots' own setters: what `object.__setattr__` finds by name, without the look-up (see `quick_init`)
_SET_SENTENCE = Fact.__dict__["sentence"].__set__
_SET_CONTEXT = Fact.__dict__["context"].__set__


@dataclass(frozen=True, slots=True)
class Extraction:
    documents: tuple[Document, ...]  # the documents read, those that failed analysis now skipped
    facts: list[Fact]  # from on-story paragraphs only
    cleaned: list[CleanedDocument]
    story_of: dict[str, int]  # document id -> story number


def extract_facts(
    docs: Sequence[Document],
    *,
    no_filter: bool = False,
    workers: int | None = None,
    timings: dict[str, float] | None = None,
    cpu: dict[str, float] | None = None,
    kinds: Collection[str] = KINDS,
    progress: Progress | None = None,
) -> Extraction:
    """Facts from the on-story paragraphs of every readable document, and which story each is in.

    Documents are grouped into stories first, and each story is cleaned on its own: what "the
    other outlets" share only means something among outlets covering the same story. A document
    whose analysis fails is skipped, with the error as its reason; the others go on.
    """
    from .stories import group_stories

    timings = timings if timings is not None else {}
    cpu = cpu if cpu is not None else {}
    mark, mark_cpu = time.perf_counter(), cpu_seconds()
    analysing = None if progress is None else partial(progress, "analysing")
    results = analyse_all([doc for doc in docs if doc.status == "ok"], analyse, workers=workers, kinds=kinds,
                          progress=analysing)
    failures = {result.doc_id: result.reason for result in results if isinstance(result, Failure)}
    analyses = [result for result in results if isinstance(result, Analysis)]
    documents = tuple(_skipped_on_failure(doc, failures) for doc in docs)
    usable = [doc for doc in documents if doc.status == "ok"]
    timings["extract"], cpu["extract"] = time.perf_counter() - mark, cpu_seconds() - mark_cpu
    mark, mark_cpu = time.perf_counter(), cpu_seconds()
    stories = group_stories([a.paragraph_words for a in analyses])
    cleaned: list[CleanedDocument | None] = [None] * len(usable)
    for story in sorted(set(stories)):
        members = [i for i, s in enumerate(stories) if s == story]
        for i, result in zip(members, clean(
            [usable[i] for i in members],
            [list(analyses[i].paragraphs) for i in members],
            word_set_lists=[analyses[i].paragraph_words for i in members],
            line_reason_lists=[analyses[i].line_reasons for i in members],
            no_filter=no_filter,
        ), strict=True):
            cleaned[i] = result
    timings["stories and clean"], cpu["stories and clean"] = time.perf_counter() - mark, cpu_seconds() - mark_cpu
    done = [c for c in cleaned if c is not None]
    facts: list[Fact] = []
    for analysis, kept in zip(analyses, done, strict=True):
        facts.extend(_on_story(analysis, kept))
    story_of = {doc.id: story for doc, story in zip(usable, stories, strict=True)}
    return Extraction(documents, facts, done, story_of)


def _skipped_on_failure(doc: Document, failures: Mapping[str, str]) -> Document:
    reason = failures.get(doc.id) if doc.status == "ok" else None
    if reason is None:
        return doc
    name = os.path.basename(doc.source) if doc.source and not doc.source.startswith("<") else doc.id
    return replace(doc, status="skipped", text="", reason=f"{name}: {reason}")


def _on_story(analysis: Analysis, kept: CleanedDocument) -> list[Fact]:
    first_kept = min(kept.kept, default=-1)
    lede = {first_kept, first_kept + 1} if first_kept >= 0 else set()
    return [
        replace(fact, lede=True) if fact.paragraph in lede else fact  # copy only the few lede facts
        for fact in analysis.facts
        if fact.paragraph in kept.kept
    ]
