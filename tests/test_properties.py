"""Properties over random and adversarial articles (tests/adversarial.py): no exception escapes the
library, every claim and fact is exactly the text at its offsets, no input is lost, and nothing
printed carries an escape sequence. Kept small for CI; bench/fuzz.py runs the same for minutes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sourcediff
from adversarial import stories, texts
from sourcediff.report import render
from sourcediff.report.facts import render_facts
from sourcediff.report.safe import for_message, for_terminal, json_text

PIPELINE = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
UNSAFE = {chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))} | {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029"}


def unsafe_in(shown: str) -> set[str]:
    return {c for c in shown if c in UNSAFE or "\ud800" <= c <= "\udfff"}


@PIPELINE
@given(stories)
def test_check_keeps_every_document_and_every_offset(story: list[dict[str, Any]]) -> None:
    report = sourcediff.check(story)
    assert len(report.documents) == len(story)
    texts_by_id = {doc.id: doc.text for doc in report.documents}
    assert len(texts_by_id) == len(story)  # ids are unique
    for finding in report.findings:
        for claim in finding.claims:
            assert texts_by_id[claim.doc][claim.start : claim.end] == claim.value
    for fact in report.facts:
        assert texts_by_id[fact.doc][fact.start : fact.end] == fact.value


@PIPELINE
@given(stories)
def test_facts_keeps_every_document_and_every_offset(story: list[dict[str, Any]]) -> None:
    found = sourcediff.facts(story)
    assert len(found.documents) == len(story)
    texts_by_id = {doc.id: doc.text for doc in found.documents}
    for fact in found.facts:
        assert texts_by_id[fact.doc][fact.start : fact.end] == fact.value


@PIPELINE
@given(stories)
def test_nothing_printed_carries_an_escape_and_json_is_utf8(story: list[dict[str, Any]]) -> None:
    report = sourcediff.check(story)
    for shown in (render(report, "table", show_all=True, explain=True, width=100),
                  render_facts(report.documents, report.facts, report.dropped, "table", width=100)):
        assert not unsafe_in(shown), sorted(unsafe_in(shown))
    written = render(report, "json", show_all=True)
    written.encode("utf-8")  # strict: no lone surrogate
    assert not unsafe_in(written.replace("\n", " "))
    assert len(json.loads(written)["documents"]) == len(story)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), texts()))
def test_for_terminal_leaves_nothing_unsafe(text: str) -> None:
    assert not unsafe_in(for_terminal(text).replace("\n", " "))
    assert "\n" not in for_terminal(text, newlines=False)
    assert not unsafe_in(for_message(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), texts()))
def test_json_text_loads_back_the_same_string(text: str) -> None:
    written = json_text(json.dumps({"t": text}, ensure_ascii=False))
    written.encode("utf-8")
    assert json.loads(written) == {"t": text}
