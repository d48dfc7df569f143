"""The library as a notebook user calls it: `sourcediff.check(...)`, `sourcediff.facts(...)`, and
what the returned records give (JSON as the CLI writes it, pandas frames, read-only mappings)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import sourcediff
from sourcediff import Document, InputError, QuotesSettings, Report, UsageError
from sourcediff.cli import main
from sourcediff.report.frames import FACT_COLUMNS, FINDING_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "casey-audit"

FLOOD_A = ("River floods force evacuations\nMore than 3,000 residents were evacuated on Monday after the river burst "
           "its banks, officials said. “We had to get people out before midnight,” said emergency chief Sue Kerr.")
FLOOD_B = ("Thousands flee rising river\nAbout 1,200 residents were evacuated on Monday after the river burst its "
           "banks, officials said. “We had to get people out before midnight,” said Sue Kerr.")


@pytest.fixture(scope="module")
def report() -> Report:
    return sourcediff.check([FIXTURE])


def test_paths_documents_and_dicts_give_the_same_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FLOOD_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FLOOD_B, encoding="utf-8")
    from_paths = sourcediff.check([str(tmp_path / "a.txt"), tmp_path / "b.txt"], no_filter=True)
    from_documents = sourcediff.check(
        [Document(id="a", text=FLOOD_A, outlet="a"), Document(id="b", text=FLOOD_B, outlet="b")], no_filter=True
    )
    from_dicts = sourcediff.check([{"id": "a", "text": FLOOD_A}, {"id": "b", "text": FLOOD_B}], no_filter=True)
    summaries = [[f.summary for f in r.findings] for r in (from_paths, from_documents, from_dicts)]
    assert summaries[0] == summaries[1] == summaries[2]
    assert [f.verdict for f in from_paths.findings if f.kind == "number"] == ["conflict"]


def test_dicts_get_ids_titles_and_outlets_as_json_records_do() -> None:
    report = sourcediff.check(
        [{"text": FLOOD_A, "outlet": "Daily Flood", "published": "2025-06-16", "url": "https://example.com/a"},
         {"text": FLOOD_B}],
        no_filter=True,
    )
    first, second = report.documents
    assert (first.id, first.outlet, first.published, first.url) == ("doc-1", "Daily Flood", "2025-06-16",
                                                                    "https://example.com/a")
    assert first.title == "River floods force evacuations"
    assert (second.id, second.outlet) == ("doc-2", "doc-2")


def test_a_path_given_alone_is_one_input() -> None:
    alone, listed = sourcediff.check(str(FIXTURE)), sourcediff.check([FIXTURE])
    assert [d.id for d in alone.documents] == [d.id for d in listed.documents]


def test_clashing_ids_are_made_unique() -> None:
    report = sourcediff.check([{"id": "x", "text": FLOOD_A}, {"id": "x", "text": FLOOD_B}], no_filter=True)
    assert [d.id for d in report.documents] == ["x", "x-2"]


def test_no_input_and_unreadable_inputs_are_typed_errors() -> None:
    with pytest.raises(InputError):
        sourcediff.check([])
    with pytest.raises(UsageError, match="input 1"):
        sourcediff.check([42])  # type: ignore[list-item]


@pytest.mark.parametrize("show_all", [False, True])
def test_to_json_is_what_the_cli_writes(report: Report, tmp_path: Path, show_all: bool) -> None:
    written = tmp_path / "report.json"
    main(["check", str(FIXTURE), "--format", "json", "--fail-on", "none", "-o", str(written),
          *(["--all"] if show_all else [])])
    as_text = json.dumps(report.to_json(show_all=show_all), ensure_ascii=False, indent=2) + "\n"
    assert as_text == written.read_text(encoding="utf-8")


def test_to_dataframe_has_one_row_per_claim(report: Report) -> None:
    frame = report.to_dataframe()
    listed = report.listed()
    assert list(frame.columns) == list(FINDING_COLUMNS)
    assert len(frame) == sum(len(f.claims) for f in listed) > 0
    first, claim = listed[0], listed[0].claims[0]
    row = frame.iloc[0]
    assert (row["finding"], row["kind"], row["verdict"], row["outlet"], row["value"], row["start"]) == (
        first.id, first.kind, first.verdict, claim.outlet, claim.value, claim.start)
    assert set(frame["verdict"]) <= {"conflict", "qualified", "variant"}
    assert len(report.to_dataframe(show_all=True)) == sum(len(f.claims) for f in report.findings)


def test_facts_match_the_facts_command(tmp_path: Path) -> None:
    found = sourcediff.facts([FIXTURE])
    written = tmp_path / "facts.json"
    main(["facts", str(FIXTURE), "--format", "json", "-o", str(written)])
    assert json.dumps(found.to_json(), ensure_ascii=False, indent=2) + "\n" == written.read_text(encoding="utf-8")
    frame = found.to_dataframe()
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert len(frame) == len(found.facts) > 0
    texts = {doc.id: doc.text for doc in found.documents}
    for row in frame.head(50).itertuples():
        assert texts[row.doc][row.start : row.end] == row.value


def test_report_mappings_are_read_only_and_the_report_pickles(report: Report) -> None:
    with pytest.raises(TypeError):
        report.stories["x"] = 1  # type: ignore[index]
    with pytest.raises(TypeError):
        report.timings["read"] = 0.0  # type: ignore[index]
    again = pickle.loads(pickle.dumps(report))
    assert again.findings == report.findings and dict(again.stories) == dict(report.stories)


def test_settings_reach_the_judges() -> None:
    a = "“The company has offered a fair deal to every worker on the line today,” said manager Ian Boyd."
    b = "“The company has offered a final deal to every worker on the line tonight,” said manager Ian Boyd."
    docs = [{"id": "a", "text": a}, {"id": "b", "text": b}]
    [default] = [f for f in sourcediff.check(docs, no_filter=True).findings if f.kind == "quote"]
    assert default.summary.count("words differ") == 2
    terse = sourcediff.check(docs, no_filter=True, settings={"quotes": QuotesSettings(shown_issues=1)})
    [finding] = [f for f in terse.findings if f.kind == "quote"]
    assert finding.summary.count("words differ") == 1 and "and 1 more difference" in finding.summary
    with pytest.raises(TypeError, match="QuotesSettings"):
        sourcediff.check(docs, no_filter=True, settings={"quotes": object()})
