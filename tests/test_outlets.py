"""Outlets by name: the record's own field, sources.csv, the URL's domain, cues in the text, the id last."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcediff.outlets import domain_of, outlet_in_text
from sourcediff.read import read_paths

BODY = "The river rose 2.4 metres overnight, the flood agency said.\nRescue crews reached 40 homes."


@pytest.mark.parametrize(("text", "outlet"), [
    ("Lisbon, March 3 (Reuters) - The river rose 2.4 metres overnight.", "Reuters"),
    ("KINGSPORT, Tenn. (AP) — Rescue crews reached 40 homes on Tuesday.", "AP"),
    ("www.northbury-gazette.co.uk\nFlood waters rise\n" + BODY, "northbury-gazette.co.uk"),
    (BODY + "\nFollow Harbour Radio News on WhatsApp\nScan the code for the latest news", "Harbour Radio News"),
    (BODY, ""),
    ("Officials said the report, first carried by the (AP) news agency, was wrong.\n" + BODY, ""),  # no dateline
    ("Flood waters rise\nNEW DELHI, June 3 (PTI) " + BODY, "PTI"),
])
def test_cues_in_the_text_name_the_outlet(text: str, outlet: str) -> None:
    assert outlet_in_text(text) == outlet


def test_a_url_gives_its_registered_domain() -> None:
    assert domain_of("https://www.example.co.uk/news/flood-1") == "example.co.uk"
    assert domain_of("news.example.com/story") == "example.com"
    assert domain_of("not a web address") == ""


def test_an_own_outlet_comes_first_then_the_url_then_the_text_then_the_id(tmp_path: Path) -> None:
    records = [
        {"id": "a", "outlet": "The Valley Times", "url": "https://www.example.com/a", "text": "(AP) " + BODY},
        {"id": "b", "url": "https://www.example.com/b", "text": "(AP) " + BODY},
        {"id": "c", "text": "Lisbon (AFP) " + BODY},
        {"id": "d", "text": BODY},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert [(d.id, d.outlet) for d in read_paths([str(path)])] == [
        ("a", "The Valley Times"), ("b", "example.com"), ("c", "AFP"), ("d", "d")]


def test_sources_csv_names_the_files_beside_it_and_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Flood\n" + BODY, encoding="utf-8")
    (tmp_path / "two.txt").write_text("(AP) Flood\n" + BODY, encoding="utf-8")
    (tmp_path / "three.txt").write_text("Flood\n" + BODY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet,url,published\none.txt,Valley Radio,,2025-03-04\ntwo.txt,,https://www.example.org/x,\n",
        encoding="utf-8")
    documents = read_paths([str(tmp_path)])
    assert [(d.id, d.status, d.outlet, d.url, d.published) for d in documents] == [
        ("one", "ok", "Valley Radio", "", "2025-03-04"),
        ("three", "ok", "three", "", None),
        ("two", "ok", "example.org", "https://www.example.org/x", None),
    ]
    # a file named on its own finds the sources.csv beside it too
    assert [d.outlet for d in read_paths([str(tmp_path / "one.txt")])] == ["Valley Radio"]


def test_a_sources_csv_without_a_file_column_is_listed_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Flood\n" + BODY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("name,outlet\none.txt,Valley Radio\n", encoding="utf-8")
    documents = read_paths([str(tmp_path)])
    assert [(d.id, d.status, d.outlet) for d in documents] == [("one", "ok", "one"), ("sources", "skipped", "")]
    assert "'file'" in documents[1].reason
