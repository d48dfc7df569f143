"""The fixture story as an editor would check it: what must be reported, and what must not.

These assertions stand on their own (no shared gold file needed); the gold file's scorer runs
in test_eval_gate.py when the shared folder is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff.models import Finding, Report
from sourcediff.pipeline import check

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"


@pytest.fixture(scope="module")
def report() -> Report:
    return check([str(FIXTURE)])


def covering(report: Report, kind: str, verdict: str, *anchors: str) -> list[Finding]:
    """Findings of this kind and verdict whose claim values contain every anchor (one per claim)."""
    found = []
    for finding in report.findings:
        if finding.kind != kind or finding.verdict != verdict:
            continue
        values = [c.value.lower().replace("’", "'") for c in finding.claims]
        if all(any(anchor.lower() in v for v in values) for anchor in anchors):
            found.append(finding)
    return found


def test_title_variant_names_both_titles(report: Report) -> None:
    [finding] = covering(report, "name", "variant", "Dame", "Baroness")
    assert finding.severity == "low"
    assert "Dame" in finding.summary and "Baroness" in finding.summary


@pytest.mark.parametrize(("slip", "usual"), [("Yvetter", "Yvette"), ("Rotheram", "Rotherham")])
def test_misspellings_are_variants_naming_the_majority_form(report: Report, slip: str, usual: str) -> None:
    [finding] = covering(report, "name", "variant", slip, usual)
    assert finding.severity == "medium"
    assert f"'{usual}" in finding.summary


def test_a_word_changed_inside_a_quote_is_a_variant_with_the_diff(report: Report) -> None:
    [finding] = covering(report, "quote", "variant", "or commit sexual", "or who commit")
    assert "or who commit" in finding.summary


def test_a_quote_continued_differently_is_a_variant(report: Report) -> None:
    [finding] = covering(report, "quote", "variant", "criminal minority", "political correctness")
    assert "continues 'and agree that" in finding.summary
    assert "continues 'But we must never" in finding.summary


def test_own_words_against_an_account_of_a_finding_is_an_attribution_variant(report: Report) -> None:
    [finding] = covering(report, "quote", "variant", "There have been examples", "she refers to examples")
    assert finding.severity == "high"
    assert "attribution" in finding.summary


@pytest.mark.parametrize("anchor", ["overwhelming problem", "horrendous whoever", "not a victory for politicians"])
def test_quotes_differing_only_in_case_apostrophes_or_length_are_not_flagged(report: Report, anchor: str) -> None:
    quoted = [f for f in report.findings if f.kind == "quote" and any(anchor in c.value for c in f.claims)]
    assert quoted, f"no quote finding holds {anchor!r}: the outlets' versions were not aligned"
    assert [f.verdict for f in quoted] == ["agree"]
    assert len({c.doc for c in quoted[0].claims}) >= 2


def test_no_name_is_flagged_beyond_the_three_real_variants(report: Report) -> None:
    names = [f for f in report.findings if f.kind == "name" and f.verdict == "variant"]
    assert len(names) == 3, [f.summary for f in names]
