"""`check --reference draft sources/`: only where our draft states a fact otherwise than a source."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sourcediff.cli import main
from sourcediff.models import Document
from sourcediff.pipeline import check

DRAFT = ("Blaze destroys homes on hillside estate\nA fire destroyed 14 homes on the Larchwood estate on Tuesday "
         "night, the fire service said.\nThe damage was put at £2m by the council.\n"
         "Residents were taken to a leisure centre overnight.")
SOURCES = [
    "Hillside fire destroys homes\nA fire destroyed 14 homes on the Larchwood estate on Tuesday night, the fire "
    "service said.\nAbout 40 firefighters fought the flames for six hours.\nThe council put the damage at £3m.\n"
    "Residents spent the night at a leisure centre.",
    "Families flee estate blaze\nFourteen homes were destroyed by a fire on the Larchwood estate on Tuesday night, "
    "the fire service said.\nAbout 60 firefighters were called to the blaze.\nThe council said the damage came to "
    "£3m.\nResidents were given beds at a leisure centre.",
]


def draft_and_sources() -> tuple[Document, list[Document]]:
    draft = Document(id="our-copy", outlet="Our desk", text=DRAFT)
    return draft, [Document(id=f"wire-{n}", outlet=f"Wire {n}", text=t) for n, t in enumerate(SOURCES)]


def test_only_the_drafts_disagreements_are_listed_with_its_claim_first() -> None:
    draft, sources = draft_and_sources()
    everything = check([draft, *sources])
    firefighters = [f for f in everything.listed() if any("firefighters" in c.value for c in f.claims)]
    assert firefighters, "the sources disagree on the firefighters among themselves"

    report = check(sources, reference=draft)
    assert report.reference == ("our-copy",)
    listed = report.listed()
    assert [sorted({c.value for c in f.claims}) for f in listed] == [["£2m", "£3m"]]
    assert listed[0].verdict == "conflict"
    assert listed[0].claims[0].doc == "our-copy" and listed[0].claims[0].value == "£2m"
    assert [f.id for f in listed] == [f"F{n:03d}" for n in range(1, len(listed) + 1)]


def test_what_the_draft_states_as_the_sources_do_is_no_finding() -> None:
    draft, sources = draft_and_sources()
    agreeing = Document(id="our-copy", outlet="Our desk", text=DRAFT.replace("£2m", "£3m"))
    assert check(sources, reference=agreeing).listed() == ()
    with_all = check(sources, reference=draft).listed(show_all=True)
    assert with_all and all(any(c.doc == "our-copy" for c in f.claims) for f in with_all)


def test_the_json_marks_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sources").mkdir()
    for n, text in enumerate(SOURCES):
        (tmp_path / "sources" / f"wire-{n}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "report.json"
    with pytest.raises(SystemExit) as done:
        main(["check", "--reference", str(tmp_path / "draft.md"), str(tmp_path / "sources"), "--format", "json",
              "-o", str(out)])
    assert done.value.code == 1  # the draft's £2m against the sources' £3m is a conflict
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"] if d.get("draft")] == ["draft"]
    assert all(f["claims"][0]["doc"] == "draft" for f in report["findings"])
    assert "shares no story" not in capsys.readouterr().err


def test_a_draft_that_cannot_be_read_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wire.txt").write_text(SOURCES[0], encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["check", "--reference", str(tmp_path / "missing.md"), str(tmp_path / "wire.txt")])
    assert done.value.code == 2
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "--reference" in message and "missing.md" in message


@pytest.mark.slow
def test_a_draft_made_from_one_fixture_article_against_the_other_four(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"
    articles = sorted(fixture.glob("*.txt"))
    draft = tmp_path / "draft.md"
    shutil.copy(articles[2], draft)
    sources = tmp_path / "sources"
    sources.mkdir()
    for article in articles[:2] + articles[3:]:
        shutil.copy(article, sources / article.name)
    report = check(sources, reference=draft)
    listed = report.listed()
    assert listed and all(f.claims[0].doc == "draft" for f in listed)
    months = [f for f in listed if f.kind == "duration" and f.verdict == "conflict"]
    assert len(months) == 1
    assert {c.value for c in months[0].claims if c.doc == "draft"} == {"three month"}
    assert {c.value for c in months[0].claims if c.doc != "draft"} == {"four months"}
    assert months[0] is listed[0]


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_every_reading_format_marks_the_drafts_claims(fmt: str) -> None:
    from sourcediff.report import render

    draft, sources = draft_and_sources()
    shown = render(check(sources, reference=draft), fmt)
    assert "Our desk (draft)" in shown
    assert "Wire 0 (draft)" not in shown


def test_the_sqlite_report_marks_the_draft(tmp_path: Path) -> None:
    import sqlite3

    from sourcediff.report import write_file

    draft, sources = draft_and_sources()
    database = tmp_path / "report.db"
    write_file(check(sources, reference=draft), "sqlite", str(database))
    with sqlite3.connect(database) as connection:
        drafts = connection.execute("SELECT id FROM documents WHERE draft = 1").fetchall()
        first = connection.execute("SELECT doc FROM claims ORDER BY id LIMIT 1").fetchone()
    assert drafts == [("our-copy",)] and first == ("our-copy",)


def test_a_draft_on_another_story_says_nothing_was_compared(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    for n, text in enumerate(SOURCES):
        (tmp_path / f"wire-{n}.txt").write_text(text, encoding="utf-8")
    other = tmp_path / "elsewhere" / "draft.md"
    other.parent.mkdir()
    other.write_text("Orchestra names new conductor\nThe city orchestra has appointed a new principal conductor, "
                     "who will take up the post in September.\nShe has led orchestras in three countries.",
                     encoding="utf-8")
    main(["check", "--reference", str(other), str(tmp_path / "wire-0.txt"), str(tmp_path / "wire-1.txt"),
          "--fail-on", "none"])
    assert "shares no story with the sources" in capsys.readouterr().err
