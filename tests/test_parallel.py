"""Work split over processes gives the same report as one process, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sourcediff
from sourcediff import kinds, pipeline, workers

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"


def as_json(report: sourcediff.Report) -> str:
    return json.dumps(report.to_json(show_all=True), ensure_ascii=False, indent=2)


def test_extraction_and_judging_in_two_processes_give_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = as_json(sourcediff.check([FIXTURE], workers=1))
    # the fixture story is small: lower the thresholds so that both stages really fork
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "core_count", lambda: 2)  # capped at the cores: fork on 1 core too
    pooled: list[int] = []
    original_pool = workers._in_pool
    monkeypatch.setattr(workers, "_in_pool", lambda *a, **k: pooled.append(1) or original_pool(*a, **k))
    monkeypatch.setattr(kinds, "PARALLEL_JUDGE_FROM", 1)
    forked: list[int] = []
    original = kinds._judge_forked
    monkeypatch.setattr(kinds, "_judge_forked", lambda *a, **k: forked.append(1) or original(*a, **k))
    assert as_json(sourcediff.check([FIXTURE], workers=2)) == alone
    assert pooled, "the documents were not read in a pool of processes"
    assert forked, "the judges did not run in a second process"
