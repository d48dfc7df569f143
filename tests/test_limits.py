"""The per-document size limit: a larger document is cut at a paragraph or sentence end, noted in its
reason and on stderr, and still compared. Sentences are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import sourcediff
from sourcediff.cli import cli
from sourcediff.limits import parse_size

PARAGRAPH = "The lock keepers said 40 barges were waiting on Friday. The canal trust said repairs would take a week."


@pytest.mark.parametrize(("text", "size"), [("0", 0), ("1234", 1234), ("5MB", 5_000_000), ("500kB", 500_000),
                                            ("1.5m", 1_500_000)])
def test_sizes_are_read_with_their_units(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "five", "5 parsecs", "-3"])
def test_a_size_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def test_a_large_document_is_cut_at_a_paragraph_end_and_says_so() -> None:
    text = "\n\n".join([PARAGRAPH] * 100)
    report = sourcediff.facts([{"id": "a", "outlet": "Canal News", "text": text}], max_doc_size=1_000)
    (doc,) = report.documents
    assert doc.status == "ok"
    assert len(doc.text.encode()) <= 1_000 and doc.text.rstrip().endswith("a week.")
    assert doc.reason.startswith("truncated at") and f"of {len(text):,} bytes" in doc.reason
    assert report.facts and all(fact.end <= len(doc.text) for fact in report.facts)


def test_a_run_on_document_is_cut_after_a_sentence() -> None:
    text = " ".join([PARAGRAPH] * 100)
    (doc,) = sourcediff.facts([{"id": "a", "text": text}], max_doc_size=1_000).documents
    assert doc.text.rstrip().endswith(("Friday.", "a week."))


def test_no_limit_and_small_documents_are_left_alone() -> None:
    text = "\n\n".join([PARAGRAPH] * 100)
    (whole,) = sourcediff.facts([{"id": "a", "text": text}], max_doc_size=0).documents
    (small,) = sourcediff.facts([{"id": "a", "text": PARAGRAPH}], max_doc_size=1_000).documents
    assert (whole.text, whole.reason) == (text, "")
    assert (small.text, small.reason) == (PARAGRAPH, "")


def test_the_command_line_says_a_document_was_cut(tmp_path: Path) -> None:
    folder = tmp_path
    (folder / "a.txt").write_text("\n\n".join([PARAGRAPH] * 100))
    (folder / "b.txt").write_text("The canal trust said 45 barges were waiting on Friday.\n")
    result = CliRunner().invoke(cli, ["check", str(folder), "--max-doc-size", "2kB"])
    assert result.exit_code in (0, 1)
    assert "a.txt: truncated at" in result.stderr and "--max-doc-size" in result.stderr
    bad = CliRunner().invoke(cli, ["check", str(folder), "--max-doc-size", "lots"])
    assert bad.exit_code == 2 and "not a size" in bad.stderr
