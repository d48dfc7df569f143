"""Work split over processes gives the same report as one process, byte for byte."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import sourcediff
from sourcediff import workers
from sourcediff.models import Document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"


def as_json(report: sourcediff.Report) -> str:
    return json.dumps(report.to_json(show_all=True), ensure_ascii=False, indent=2)


def test_extraction_in_two_processes_gives_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = as_json(sourcediff.check([FIXTURE], workers=1))
    # the fixture story is small: lower the threshold so that extraction really uses a worker
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "core_count", lambda: 2)  # capped at the cores: fork on 1 core too
    pooled: list[int] = []
    original_pool = workers._in_pool
    monkeypatch.setattr(workers, "_in_pool", lambda *a, **k: pooled.append(1) or original_pool(*a, **k))
    assert as_json(sourcediff.check([FIXTURE], workers=2)) == alone
    assert pooled, "the documents were not read in a pool of processes"


MAIN_PROCESS = os.getpid()


def _dies_in_a_worker(doc: Document, kinds: object) -> str:
    """Analysis that kills its worker outright on the document "fatal", as running out of memory would."""
    if doc.text == "fatal" and os.getpid() != MAIN_PROCESS:
        os._exit(9)
    return doc.id


def test_a_worker_that_dies_costs_only_the_document_it_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "core_count", lambda: 2)
    docs = [Document(id=f"d{i:02}", text="fatal" if i == 1 else "fine") for i in range(40)]
    results = workers.analyse_all(docs, _dies_in_a_worker, workers=2, kinds=())
    failed = [result for result in results if isinstance(result, workers.Failure)]
    assert [failure.doc_id for failure in failed] == ["d01"]
    assert "worker process died" in failed[0].reason
    assert [r.doc_id if isinstance(r, workers.Failure) else r for r in results] == [doc.id for doc in docs]


def test_every_document_is_analysed_once_in_order_whatever_the_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "core_count", lambda: 3)
    docs = [Document(id=f"d{i:03}", text="fine") for i in range(257)]
    seen: list[tuple[int, int]] = []
    for count in (2, 3):
        results = workers.analyse_all(docs, _dies_in_a_worker, workers=count, kinds=(),
                                      progress=lambda done, total: seen.append((done, total)))
        assert results == [doc.id for doc in docs]
        assert seen[-1] == (257, 257) and [done for done, _ in seen] == sorted(done for done, _ in seen)
        seen.clear()
