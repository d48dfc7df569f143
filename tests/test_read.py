"""Reading inputs as a user sees it: every file, folder or stream becomes a document or a reason.

The adversarial fixtures live in tests/data/read/ and are written by make_fixtures.py there.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sourcediff.errors import InputError, UsageError
from sourcediff.models import Document
from sourcediff.read import read_paths

DATA = Path(__file__).parent / "data" / "read"
# Every skipped reason ends with what to do about it: one of these verbs comes after the "; ".
FIX_VERBS = ("add", "check", "convert", "fill", "fix", "leave", "make", "rename", "save", "try")


def read_one(name: str) -> Document:
    [document] = read_paths([str(DATA / name)])
    return document


def read_stdin(data: bytes) -> list[Document]:
    return read_paths(["-"], stdin=io.BytesIO(data))


def assert_actionable(reason: str, name: str) -> None:
    assert name in reason
    problem, _, advice = reason.partition("; ")
    assert problem and advice.startswith(FIX_VERBS), reason


def write(folder: Path, relative: str, text: str | bytes) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


# --- one file, one document ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("image.txt", "image.txt: binary file, not text; convert it to UTF-8 text first"),
        ("empty.txt", "empty.txt: empty file; add the article text or leave the file out"),
        ("blank.txt", "blank.txt: empty file; add the article text or leave the file out"),
        (
            "no_text_column.csv",
            "no_text_column.csv has no 'text' column (columns: headline, outlet, url); "
            "add one or rename the column holding the article",
        ),
    ],
)
def test_unreadable_file_is_skipped_with_a_reason(name: str, reason: str) -> None:
    document = read_one(name)
    assert (document.status, document.reason, document.text) == ("skipped", reason, "")
    assert document.id == Path(name).stem
    assert document.source == str(DATA / name)
    assert_actionable(document.reason, name)


def test_broken_json_names_line_and_column() -> None:
    document = read_one("broken.json")
    assert document.status == "skipped"
    assert "line 3 column 18" in document.reason
    assert_actionable(document.reason, "broken.json")


@pytest.mark.parametrize(
    ("name", "outlet", "title", "published", "starts"),
    [
        ("bom.txt", "bom", "Flood warnings issued", None, "Flood warnings issued\n"),
        ("crlf.txt", "crlf", "Bridge closed for repairs", None, "Bridge closed for repairs\n\nThe"),
        (
            "header.txt",
            "Evening Courier",
            "Hospital waiting list falls for third month",
            "2024-03-05",
            "The hospital waiting list fell",
        ),
        (
            "frontmatter.md",
            "Metro Wire",
            "Rail fares to rise by 4.9%",
            "2024-03-01",
            "# Rail fares to rise by 4.9%\n\nRegulated",
        ),
        ("article.html", "The Northern Ledger", "Council tax to rise by 5% in April", "2024-03-05", ""),
    ],
)
def test_article_file_is_read(name: str, outlet: str, title: str, published: str | None, starts: str) -> None:
    document = read_one(name)
    assert document.status == "ok", document.reason
    assert (document.id, document.outlet, document.title) == (Path(name).stem, outlet, title)
    assert document.published == published
    assert document.source == str(DATA / name)
    assert document.text.startswith(starts)
    assert "\r" not in document.text
    assert "\ufeff" not in document.text


def test_cp1252_file_is_decoded_and_says_so() -> None:
    document = read_one("cp1252.txt")
    assert document.status == "ok"
    assert "£4,000" in document.text
    assert "Zoë Marché" in document.text
    assert "“We can’t keep absorbing it,”" in document.text
    assert document.reason == "decoded as cp1252"


def test_crlf_and_lone_cr_become_lf() -> None:
    text = read_one("crlf.txt").text
    assert "\r" not in text
    assert "Work starts on Monday.\nDrivers face a 3-mile diversion.\n" in text


def test_header_block_is_removed_from_the_text() -> None:
    document = read_one("header.txt")
    assert document.url == "https://courier.example/health/waiting-list"
    assert document.text == "The hospital waiting list fell to 7.54 million in January, NHS England said.\n"


def test_front_matter_is_removed_from_the_text() -> None:
    text = read_one("frontmatter.md").text
    assert "---" not in text
    assert "tags:" not in text


def test_html_article_keeps_paragraphs_and_drops_page_furniture() -> None:
    document = read_one("article.html")
    assert document.url == "https://northernledger.example/news/council-tax-rise"
    assert "The average Band D bill will rise to £2,171" in document.text
    assert "Copyright" not in document.text
    assert "Sport" not in document.text


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    page = write(tmp_path, "index.html", "<html><head><title>Home</title></head><body></body></html>")
    [document] = read_paths([str(page)])
    assert document.status == "skipped"
    assert document.reason == (
        "index.html: no article text found in the HTML; save the article page itself, not an index page"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Title: Budget day\nSource: Wire\n\nThe budget was announced.\n", "The budget was announced.\n"),
        # keys that are not header keys: the lines are the article
        ("Note: figures are provisional\n\nThe budget.\n", "Note: figures are provisional\n\nThe budget.\n"),
        # no blank line after them: not a header either
        ("Title: Budget day\nThe budget.\n", "Title: Budget day\nThe budget.\n"),
        # a rule, not front matter
        ("---\nThe budget was announced.\n---\nMore.\n", "---\nThe budget was announced.\n---\nMore.\n"),
    ],
)
def test_only_a_real_header_is_removed(tmp_path: Path, text: str, kept: str) -> None:
    [document] = read_paths([str(write(tmp_path, "story.txt", text))])
    assert document.text == kept


def test_title_is_the_first_line_cut_to_a_headline_length(tmp_path: Path) -> None:
    long_line = "word " * 100
    [document] = read_paths([str(write(tmp_path, "long.md", f"\n\n## {long_line}\n\nBody.\n"))])
    assert document.title.startswith("word word")
    assert len(document.title) <= 200


def test_header_only_file_is_skipped(tmp_path: Path) -> None:
    [document] = read_paths([str(write(tmp_path, "stub.txt", "---\ntitle: Stub\n---\n\n"))])
    assert document.status == "skipped"
    assert_actionable(document.reason, "stub.txt")


# --- files of many articles -------------------------------------------------------------------


def test_json_list_reads_each_record_and_skips_the_odd_one() -> None:
    documents = read_paths([str(DATA / "articles.json")])
    assert [(d.id, d.status, d.outlet, d.published) for d in documents] == [
        ("bbc-tax", "ok", "BBC", "2024-03-05"),
        ("articles-2", "ok", "Ledger", "2024-03-05"),
        ("articles-3", "skipped", "", None),
        ("articles-4", "ok", "Gazette", None),
    ]
    assert [d.source for d in documents] == [f"{DATA / 'articles.json'}#{n}" for n in range(1, 5)]
    assert documents[1].text == "Bills will go up by about 5%, the council said."
    assert documents[3].text == "The Band D bill reaches £2,171.\nCouncillors agreed."
    assert_actionable(documents[2].reason, "articles.json record 3")


def test_json_single_object_is_one_article(tmp_path: Path) -> None:
    path = write(tmp_path, "story.json", '{"title": "One", "text": "Just one article."}')
    [document] = read_paths([str(path)])
    assert (document.id, document.title, document.text, document.source) == (
        "story",
        "One",
        "Just one article.",
        str(path),
    )


@pytest.mark.parametrize("content", ["42", "[]", '"text"'])
def test_json_that_holds_no_articles_is_skipped(tmp_path: Path, content: str) -> None:
    [document] = read_paths([str(write(tmp_path, "odd.json", content))])
    assert document.status == "skipped"
    assert_actionable(document.reason, "odd.json")


def test_jsonl_bad_line_is_skipped_and_the_rest_go_on() -> None:
    documents = read_paths([str(DATA / "notes.jsonl")])
    assert [(d.id, d.status, d.source.rsplit(":", 1)[1]) for d in documents] == [
        ("notes-1", "ok", "1"),
        ("notes-2", "ok", "2"),
        ("notes-3", "skipped", "3"),
        ("notes-4", "skipped", "5"),
        ("notes-5", "skipped", "6"),
        ("echo", "ok", "7"),
    ]
    assert documents[2].reason == (
        "notes.jsonl line 3: not valid JSON (Expecting ',' delimiter); fix or remove that line"
    )
    for document, line in zip(documents[3:5], (5, 6), strict=True):
        assert_actionable(document.reason, f"notes.jsonl line {line}")


def test_csv_reads_rows_and_skips_the_row_without_text() -> None:
    first, second = read_paths([str(DATA / "articles.csv")])
    assert (first.id, first.outlet, first.title, first.published) == (
        "csv-one",
        "Ledger",
        "Tax rise",
        "2024-03-05",
    )
    assert first.text == "Council tax will rise by 5%, the council said.\n\nIt takes effect in April."
    assert first.source == f"{DATA / 'articles.csv'}#1"
    assert (second.id, second.status) == ("articles-2", "skipped")
    assert_actionable(second.reason, "articles.csv row 2")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_sniffed_from_the_header(tmp_path: Path, delimiter: str) -> None:
    rows = [["outlet", "body"], ["Wire", "Prices rose, again; by 3%."]]
    lines = [delimiter.join(f'"{cell}"' for cell in row) for row in rows]
    [document] = read_paths([str(write(tmp_path, "wire.csv", "\n".join(lines) + "\n"))])
    assert (document.outlet, document.text) == ("Wire", "Prices rose, again; by 3%.")


def test_csv_with_a_field_longer_than_the_csv_default_limit(tmp_path: Path) -> None:
    text = "A long article. " * 20_000
    [document] = read_paths([str(write(tmp_path, "long.csv", f'text\n"{text}"\n'))])
    assert document.text == text.strip()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("March 2024", None),
        ("2024", None),
        ("yesterday", None),
        ("not a date", None),
        (20240305, "2024-03-05"),
        (1709632800, None),
    ],
)
def test_published_is_an_iso_date_or_none(tmp_path: Path, value: object, expected: str | None) -> None:
    path = write(tmp_path, "dated.jsonl", f'{{"published": {value!r}, "text": "x"}}\n'.replace("'", '"'))
    [document] = read_paths([str(path)])
    assert document.published == expected


# --- folders, stdin, sniffing, ids ------------------------------------------------------------


def test_folder_is_read_recursively_in_path_order(tmp_path: Path) -> None:
    for relative in [
        "b.txt",
        "a.txt",
        "sub/c.md",
        "sub/deeper/d.txt",
        "a-z.txt",
        ".hidden.txt",
        ".git/e.txt",
    ]:
        write(tmp_path, relative, f"Article {relative}\n")
    write(tmp_path, "scan.pdf", b"%PDF-1.4")
    documents = read_paths([str(tmp_path)])
    assert [d.id for d in documents] == [".git", ".hidden", "a-z", "a", "b", "scan", "c", "d"]
    hidden = documents[:2]
    assert [d.status for d in hidden] == ["skipped", "skipped"]
    how = "not read; add --include-hidden to read hidden files and folders"
    assert hidden[0].reason == f".git: hidden folder, {how}"
    assert hidden[1].reason == f".hidden.txt: hidden file, {how}"
    scan = documents[5]
    assert scan.status == "skipped"
    assert scan.reason == (
        "scan.pdf: unsupported file type '.pdf'; convert it to .txt, .md, .html, .json, .jsonl or .csv"
    )


def test_empty_folder_is_one_skipped_document(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    [document] = read_paths([str(tmp_path / "inbox")])
    assert (document.id, document.status) == ("inbox", "skipped")
    assert_actionable(document.reason, "inbox")


def test_a_folder_of_hidden_files_lists_them_as_skipped(tmp_path: Path) -> None:
    write(tmp_path, "inbox/.DS_Store", b"\x00")
    [document] = read_paths([str(tmp_path / "inbox")])
    assert (document.id, document.status) == (".DS_Store", "skipped")
    assert_actionable(document.reason, ".DS_Store")


def test_missing_path_is_skipped_not_raised(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere" / "story.txt")
    [document] = read_paths([missing])
    assert (document.id, document.status, document.source) == ("story", "skipped", missing)
    assert document.reason == f"no such file or folder: {missing}; check the path"


@pytest.mark.parametrize(
    ("data", "ids", "texts"),
    [
        (b"Plain text from a pipe.\r\n", ["stdin"], ["Plain text from a pipe.\n"]),
        (b'[{"text": "one"}, {"text": "two"}]', ["stdin-1", "stdin-2"], ["one", "two"]),
        (b'{"text": "one"}\n{"text": "two"}\n', ["stdin-1", "stdin-2"], ["one", "two"]),
        (b'{\n  "text": "pretty"\n}\n', ["stdin"], ["pretty"]),
        ("\ufeffWith a BOM.".encode(), ["stdin"], ["With a BOM."]),
        ("UTF-16 from Windows.".encode("utf-16"), ["stdin"], ["UTF-16 from Windows."]),
    ],
)
def test_stdin_is_sniffed(data: bytes, ids: list[str], texts: list[str]) -> None:
    documents = read_stdin(data)
    assert [d.id for d in documents] == ids
    assert [d.text for d in documents] == texts
    assert all(d.source.startswith("<stdin>") for d in documents)


def test_stdin_html_is_extracted() -> None:
    [document] = read_stdin((DATA / "article.html").read_bytes())
    assert (document.id, document.source, document.outlet) == ("stdin", "<stdin>", "The Northern Ledger")


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_unreadable_stdin_is_skipped(data: bytes) -> None:
    [document] = read_stdin(data)
    assert (document.id, document.status) == ("stdin", "skipped")
    assert_actionable(document.reason, "<stdin>")


def test_file_named_with_another_extension_is_sniffed(tmp_path: Path) -> None:
    export = write(tmp_path, "export.dat", '[{"outlet": "Wire", "text": "From an export."}]')
    notes = write(tmp_path, "NOTES", "Plain notes.\n")
    documents = read_paths([str(export), str(notes)])
    assert [(d.id, d.outlet, d.text) for d in documents] == [
        ("export-1", "Wire", "From an export."),
        ("NOTES", "NOTES", "Plain notes.\n"),
    ]


def test_ids_are_unique_across_the_call(tmp_path: Path) -> None:
    write(tmp_path, "one/story.txt", "First.\n")
    write(tmp_path, "two/story.txt", "Second.\n")
    write(tmp_path, "story.jsonl", '{"id": "story", "text": "Third."}\n{"text": "Fourth."}\n')
    documents = read_paths([str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path / "story.jsonl")])
    assert [(d.id, d.text) for d in documents] == [
        ("story", "First.\n"),
        ("story-2", "Second.\n"),
        ("story-3", "Third."),
        ("story-2-2", "Fourth."),
    ]


def test_every_fixture_becomes_a_document_with_a_unique_id() -> None:
    names = sorted(path.name for path in DATA.iterdir() if not path.name.startswith("."))
    documents = read_paths([str(DATA / name) for name in names])
    assert len({d.id for d in documents}) == len(documents)
    for name in names:
        assert any(d.source.startswith(str(DATA / name)) for d in documents), name
    for document in documents:
        if document.status == "skipped":
            assert_actionable(document.reason, Path(document.source).name.split("#")[0].split(":")[0])
        else:
            assert document.text.strip()
            assert "\r" not in document.text


# --- encodings and arguments ------------------------------------------------------------------


def test_given_encoding_is_used_when_the_bytes_are_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Prix: 5 € au café".encode("cp1252"))
    [document] = read_paths([str(path)], encoding="cp1252")
    assert (document.text, document.reason) == ("Prix: 5 € au café", "decoded as cp1252")


def test_given_encoding_that_does_not_fit_is_a_skip(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "café".encode("cp1252"))
    [document] = read_paths([str(path)], encoding="ascii")
    assert document.status == "skipped"
    assert_actionable(document.reason, "latin.txt")


def test_utf8_wins_over_a_given_encoding(tmp_path: Path) -> None:
    [document] = read_paths([str(write(tmp_path, "u.txt", "café"))], encoding="cp1252")
    assert (document.text, document.reason) == ("café", "")


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        read_paths([str(DATA / "bom.txt")], encoding="klingon")


def test_no_paths_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no input given"):
        read_paths([])
