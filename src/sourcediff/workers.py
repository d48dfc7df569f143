"""Analyse every document, in worker processes when there are many, one document's failure never another's.

An exception while analysing a document becomes a `Failure` for that document alone, in a worker
as in this process; a worker that dies outright (killed, out of memory) costs only the document
it held: the documents without a result are analysed again one at a time. Workers are never more
than the cores, and an interrupt (Ctrl-C, or SIGTERM, which the CLI turns into one) ends them
before it goes on, so none is left behind.
"""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import describe_failure
from .models import Document

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["PARALLEL_FROM", "Failure", "analyse_all", "core_count", "worker_count"]

PARALLEL_FROM = 24  # documents; below this a process pool costs more than it saves
STOP_WAIT_SECONDS = 5.0
R = TypeVar("R")
Progress = Callable[[int, int], None]  # (documents done, documents in all)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document whose analysis raised: its id and the one-line reason."""

    doc_id: str
    reason: str


def core_count() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def worker_count(asked: int | None, documents: int) -> int:
    """Processes to use: as asked (default: one per core), never more than the cores or the documents."""
    cores = core_count()
    return max(1, min(asked or cores, cores, documents))


def analyse_all(
    docs: Sequence[Document],
    analyse: Callable[[Document, Collection[str]], R],
    *,
    workers: int | None,
    kinds: Collection[str],
    progress: Progress | None = None,
) -> list[R | Failure]:
    """`analyse(doc, kinds)` for every document, in order; a `Failure` where it raised.
    `progress(done, total)` is called as documents are done."""
    task = partial(_isolated, analyse, kinds=tuple(kinds))
    count = worker_count(workers, len(docs))
    if count <= 1 or len(docs) < PARALLEL_FROM:
        results = []
        for doc in docs:
            results.append(task(doc))
            if progress is not None:
                progress(len(results), len(docs))
        return results
    return _in_pool(docs, task, count, progress)


def _isolated(
    analyse: Callable[[Document, Collection[str]], R], doc: Document, *, kinds: Collection[str]
) -> R | Failure:
    try:
        return analyse(doc, kinds)
    except Exception as error:  # the error boundary of one document
        return Failure(doc.id, describe_failure(error, action="analysed"))


def _in_pool(docs: Sequence[Document], task: Callable[[Document], Any], count: int,
             progress: Progress | None) -> list[Any]:
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, len(docs) // (count * 4))
    pool = _pool(count)
    results: list[Any] = []
    try:
        for result in pool.map(task, docs, chunksize=chunk):
            results.append(result)
            if progress is not None:
                progress(len(results), len(docs))
    except BrokenProcessPool:
        _stop(pool)
        return results + _one_by_one(docs[len(results):], task)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    return results


def _one_by_one(docs: Sequence[Document], task: Callable[[Document], Any]) -> list[Any]:
    """After a worker died: each document in a worker of its own, so a second death names its document."""
    from concurrent.futures.process import BrokenProcessPool

    results: list[Any] = []
    pool = _pool(1)
    try:
        for doc in docs:
            try:
                results.append(pool.submit(task, doc).result())
            except BrokenProcessPool:
                _stop(pool)
                reason = "its worker process died while analysing it (out of memory?); leave it out or cut it down"
                results.append(Failure(doc.id, reason))
                pool = _pool(1)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    return results


def _pool(count: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=count, initializer=_worker_started)


def _worker_started() -> None:
    gc.disable()  # the records a worker builds form no cycles (see pipeline._collector_paused)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle: it ends the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the main process's SIGTERM handler is not a worker's: it just ends


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now. Python 3.11's pool has no public way to, so its process table is used."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for process in workers:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        process.join(STOP_WAIT_SECONDS)
