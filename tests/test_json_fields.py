"""What the JSON report carries so that evidence can be checked from it alone."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sourcediff.cli import cli

HEADER = "Title: Flood waters rise\nOutlet: The Valley Times\nPublished: 2025-03-04\n\n"
FLOOD = ["At least 12 people were killed when the river burst its banks on Tuesday, police said.\n"
         "The regional flood agency said 23 rivers had burst their banks after two days of rain.",
         "The death toll from the floods has risen to 15, police said on Tuesday.\n"
         "The flood agency said 21 rivers had burst their banks after heavy rain."]
COURT = ["A man whose warehouse fire killed two workers was jailed for 12 years at the crown court.\n"
         "The fire caused more than £2m of damage, the court heard, and the judge called it callous.",
         "An arsonist was jailed for 12 years after a warehouse fire in which two workers died.\n"
         "Damage to the warehouse was estimated at £3.5m, the court heard, and the judge called it callous."]


def run(folder: Path, *options: str) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["check", str(folder), "--format", "json", "--fail-on", "none", *options])
    assert result.exit_code == 0, result.output
    report: dict[str, object] = json.loads(result.output)
    return report


def test_offset_base_and_included_text_let_a_reader_check_every_claim_in_the_file(tmp_path: Path) -> None:
    for n, text in enumerate(FLOOD):
        (tmp_path / f"flood-{n}.txt").write_text(HEADER.replace("Valley", f"Valley {n}") + text, encoding="utf-8")
    report = run(tmp_path, "--include-text")
    documents = {d["id"]: d for d in report["documents"]}  # type: ignore[attr-defined]
    claims = [c for f in report["findings"] for c in f["claims"]]  # type: ignore[attr-defined]
    assert claims
    for claim in claims:
        document = documents[claim["doc"]]
        assert document["text"][claim["start"] : claim["end"]] == claim["value"]
        original = (tmp_path / f"{claim['doc']}.txt").read_text(encoding="utf-8")
        base = document["offset_base"]
        assert base == original.index("At least 12") if claim["doc"] == "flood-0" else base > 0
        assert original[base + claim["start"] : base + claim["end"]] == claim["value"]


def test_text_is_left_out_unless_asked_for(tmp_path: Path) -> None:
    for n, text in enumerate(FLOOD):
        (tmp_path / f"flood-{n}.txt").write_text(text, encoding="utf-8")
    report = run(tmp_path)
    assert all("text" not in d and d["offset_base"] == 0 for d in report["documents"])  # type: ignore[attr-defined]


def test_each_finding_names_its_story(tmp_path: Path) -> None:
    for n, text in enumerate(FLOOD):
        (tmp_path / f"flood-{n}.txt").write_text(text, encoding="utf-8")
    for n, text in enumerate(COURT):
        (tmp_path / f"court-{n}.txt").write_text(text, encoding="utf-8")
    report = run(tmp_path, "--all")
    story_of = {d["id"]: d["story"] for d in report["documents"]}  # type: ignore[attr-defined]
    assert len(set(story_of.values())) == 2
    for finding in report["findings"]:  # type: ignore[attr-defined]
        assert {story_of[c["doc"]] for c in finding["claims"]} == {finding["story"]}
