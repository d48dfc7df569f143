"""Analyse every document, in worker processes when there are many, one document's failure never another's.

An exception while analysing a document becomes a `Failure` for that document alone, in a worker
as in this process. With many documents this process analyses a share of them itself beside
`cores - 1` workers; a worker that dies outright (killed, out of memory) costs only the document
it held: the documents the workers held are analysed again one at a time, each in a worker of
its own. Processes are never more than the cores, and an interrupt (Ctrl-C, or SIGTERM, which the
CLI turns into one) ends the workers before it goes on, so none is left behind.
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
RUNS_PER_PROCESS = 4  # a run takes at most this share of the documents left per process
MAX_RUN = 64  # documents sent to a worker at once
QUEUED_PER_WORKER = 2  # runs sent to each worker ahead, so it never waits for this process
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
    """`task` for every document, by `count` processes: this one and `count - 1` workers.

    Workers take runs of documents from the front, this process from the back, until they meet;
    runs shrink as fewer documents remain, so that all finish close together. This process would
    otherwise only wait and unpickle: working itself, it sends nothing across for its own share,
    and no third process competes for the cores.
    """
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    done: dict[int, list[Any]] = {}  # first document of a run -> the run's results
    queued: dict[int, tuple[range, Future[list[Any]]]] = {}  # likewise, for the runs sent to workers
    front, back, finished = 0, len(docs), 0
    pool = _pool(count - 1)
    try:
        while True:
            for start in [start for start, (_, future) in queued.items() if future.done()]:
                run, future = queued.pop(start)
                done[start] = future.result()
                finished = _advance(progress, finished, len(run), len(docs))
            while front < back and len(queued) < QUEUED_PER_WORKER * (count - 1):
                run = range(front, front + _run_length(back - front, count))
                queued[front] = run, pool.submit(_run_all, task, [docs[i] for i in run])
                front = run.stop
            if front >= back:
                break
            run = range(back - _run_length(back - front, count), back)
            done[run.start] = [task(docs[i]) for i in run]
            back = run.start
            finished = _advance(progress, finished, len(run), len(docs))
        for start, (run, future) in sorted(queued.items()):
            done[start] = future.result()
            finished = _advance(progress, finished, len(run), len(docs))
    except BrokenProcessPool:  # a worker died: what the workers held is suspect, what nobody took yet is not
        _stop(pool)
        for start, (_, future) in queued.items():  # runs a worker finished before another died
            if start not in done and future.done() and not future.cancelled() and future.exception() is None:
                done[start] = future.result()
        held = [run for start, (run, _) in sorted(queued.items()) if start not in done]
        redone = iter(_one_by_one([docs[i] for run in held for i in run], task))
        for run in held:
            done[run.start] = [next(redone) for _ in run]
        if front < back:
            done[front] = [task(docs[i]) for i in range(front, back)]
    except BaseException:
        _stop(pool)
        raise
    else:
        pool.shutdown()
    return [result for start in sorted(done) for result in done[start]]


def _run_length(remaining: int, processes: int) -> int:
    """Documents to hand out at once: a share of what remains, so the last runs are short."""
    return max(1, min(MAX_RUN, remaining // (processes * RUNS_PER_PROCESS)))


def _advance(progress: Progress | None, finished: int, more: int, total: int) -> int:
    if progress is not None:
        progress(finished + more, total)
    return finished + more


def _run_all(task: Callable[[Document], R], docs: list[Document]) -> list[R]:
    return [task(doc) for doc in docs]


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
