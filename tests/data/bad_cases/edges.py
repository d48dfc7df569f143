"""Files and records at the edges: empty, blank, tiny, unsupported or truncated files, odd line ends,
invisible and spacing characters inside figures, JSON fields of the wrong type, duplicate names and
ids. Every file and record is listed, as ok or as skipped with a reason that says what to do."""

from __future__ import annotations

import json

from . import Case
from .inputs import ARTICLE, FLAT, FLAT_OTHER, OTHER

FACTS = ("facts", "{dir}", "--format", "json")


def with_other(name: str, data: bytes, *, ok: int, skipped: int, why: str, reasons: tuple[str, ...] = (),
               args: tuple[str, ...] = ("check", "{dir}", "--format", "json"), **expect: object) -> Case:
    """A case of one odd file `name` beside an ordinary article of another outlet; `why` is
    "case-name: what it reproduces"."""
    case_name, _, what = why.partition(": ")
    return Case(name=case_name, files={name: data, "other.txt": OTHER.encode()}, args=args, ok=ok,
                skipped=skipped, reasons=reasons, why=what, **expect)  # type: ignore[arg-type]


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


CASES = [
    with_other("a.txt", b"", ok=1, skipped=1, reasons=("empty file",), exit_codes=(1,),
               why="empty-file: a 0-byte file is listed as skipped"),
    with_other("a.txt", b"  \n\n\t \n", ok=1, skipped=1, reasons=("empty file",), exit_codes=(1,),
               why="blank-file: a file of white space is listed as skipped"),
    with_other("a.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", ok=1, skipped=1, reasons=("unsupported file type '.pdf'",),
               exit_codes=(1,), why="pdf-file: a PDF is listed as skipped, saying which formats are read"),
    with_other("a.txt.gz", b"\x1f\x8b\x08\x00", ok=1, skipped=1, reasons=("unsupported file type '.gz'",),
               exit_codes=(1,), why="gzip-file: a compressed file is listed as skipped"),
    with_other("NOTES", ARTICLE.encode(), ok=1, skipped=1, reasons=("no extension",), exit_codes=(1,),
               why="no-extension: a file without an extension is listed as skipped"),
    with_other("a.txt", ARTICLE.replace("\n", "\r\n").encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"3,000 residents"', '"2.4 metres"'), why="crlf-lines: Windows line ends"),
    with_other("a.txt", ARTICLE.replace("\n", "\r").encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"3,000 residents"', '"2.4 metres"'), why="cr-lines: old Mac line ends"),
    with_other("a.txt", (ARTICLE + "\n" * 200_000 + ARTICLE).encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"3,000 residents"',), why="many-blank-lines: 200,000 empty lines inside an article"),
    with_other("a.txt", (ARTICLE + "x" * 200_000 + "\n").encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"3,000 residents"',), why="one-huge-word: a 200,000-character word"),
    with_other("a.txt", ARTICLE.replace("3,000", "3,\u200b000").encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"value": 3000.0',), stdout_lacks=('"000 residents"',),
               why="zero-width-in-figure: a zero-width space after a thousands comma"),
    with_other("a.txt", ARTICLE.replace("3,000", "3\u202f000").encode(), ok=2, skipped=0, args=FACTS,
               stdout_has=('"value": 3000.0',), stdout_lacks=('"000 residents"',),
               why="thin-space-thousands: thousands set off by a narrow no-break space"),
    Case(
        name="bidi-override-in-text",
        files={"a.txt": ARTICLE.replace("officials", "\u202eofficials\u202c").encode(), "other.txt": OTHER.encode()},
        args=("check", "{dir}", "--all"),
        stdout_has=("2.4 metres",),
        stdout_lacks=("\u202e", "\u202c"),
        why="a right-to-left override in an article never reaches the terminal",
    ),
    with_other("a.txt", ("!?.,;:" * 2000).encode(), ok=2, skipped=0, args=FACTS,
               why="only-punctuation: a file of punctuation gives no facts and no error"),
    with_other("a.md", ("---\ntitle: River floods\noutlet: Valley Herald\n---\n# Flood\n" + ARTICLE).encode(),
               ok=2, skipped=0, stdout_has=('"outlet": "Valley Herald"',),
               why="markdown-front-matter: a header block gives the outlet"),
    with_other("a.json", b"\xef\xbb\xbf" + json.dumps({"text": FLAT, "outlet": "Herald"}).encode(), ok=2, skipped=0,
               stdout_has=('"outlet": "Herald"',), why="json-with-bom: a JSON file that starts with a byte order mark"),
    with_other("a.json", b'{"text": NaN, "outlet": "Herald"}', ok=1, skipped=1, reasons=("NaN",), exit_codes=(1,),
               why="json-text-nan: NaN as the text"),
    with_other("a.json", b'{"text": null, "outlet": "Herald"}', ok=1, skipped=1, reasons=("no article text",),
               exit_codes=(1,), why="json-text-null: null as the text"),
    with_other("a.json", json.dumps({"text": [FLAT]}).encode(), ok=1, skipped=1, reasons=("is a list",),
               exit_codes=(1,), why="json-text-list: a list as the text"),
    with_other("a.json", json.dumps({"text": FLAT, "outlet": 12, "published": "not a date"}).encode(), ok=2,
               skipped=0, stdout_has=('"outlet": "12"', '"published": null'),
               why="json-odd-fields: a number as the outlet and a date that is no date"),
    with_other("a.json", b"[]", ok=1, skipped=1, reasons=("no article objects",), exit_codes=(1,),
               why="json-empty-list: an empty list"),
    with_other("a.json", b"42", ok=1, skipped=1, reasons=("no article objects",), exit_codes=(1,),
               why="json-scalar: a number where an article should be"),
    with_other("a.json", b'{"text": "Flooding forced', ok=1, skipped=1, reasons=("not valid JSON at line 1",),
               exit_codes=(1,), why="json-truncated: a file cut off mid-string"),
    with_other("a.json", b'{"text": "Flooding \\ud800 forced 3,000 residents from their homes on Tuesday."}', ok=2,
               skipped=0, why="json-lone-surrogate: an escaped lone surrogate in the text; the output stays UTF-8"),
    with_other("a.csv", b"id,outlet,body2\nr1,Herald,hello\n", ok=1, skipped=1, reasons=("no 'text' column",),
               exit_codes=(1,), why="csv-no-text-column: a CSV without a text column names its columns"),
    with_other("a.csv", b"id,outlet,text\n", ok=1, skipped=1, reasons=("no articles",), exit_codes=(1,),
               why="csv-header-only: a CSV with a header and no rows"),
    Case(
        name="csv-with-bom-and-crlf",
        files={"a.csv": f'\ufeffid,outlet,text\r\nr1,Herald,"{FLAT}"\r\nr2,Courier,"{FLAT_OTHER}"\r\n'.encode()},
        ok=2,
        skipped=0,
        stdout_has=('"outlet": "Herald"',),
        why="a CSV saved by a spreadsheet: byte order mark and Windows line ends",
    ),
    Case(
        name="jsonl-blank-lines-between-records",
        files={"a.jsonl": jsonl({"id": "r1", "text": FLAT}).replace(b"\n", b"\n\n\n")
               + jsonl({"id": "r2", "text": FLAT_OTHER}) + b"\n\n"},
        ok=2,
        skipped=0,
        why="blank lines between and after JSONL records are no records",
    ),
    Case(
        name="same-file-name-in-two-folders",
        files={"x/a.txt": ARTICLE.encode(), "y/a.txt": OTHER.encode()},
        ok=2,
        skipped=0,
        stdout_has=('"id": "a"', '"id": "a-2"'),
        why="two files of one name in different folders are two documents with distinct ids",
    ),
    Case(
        name="duplicate-record-ids",
        files={"a.jsonl": jsonl({"id": "r1", "text": FLAT}, {"id": "r1", "text": FLAT_OTHER})},
        ok=2,
        skipped=0,
        stdout_has=('"id": "r1"', '"id": "r1-2"'),
        why="two records with one id are both kept, the second renamed",
    ),
    Case(
        name="folder-with-only-a-hidden-file",
        files={"sub/.keep": b""},
        exit_codes=(2,),
        stderr_has=("hidden file, not read", "no readable article"),
        why="a folder with nothing to read says so and exits 2, listing what it passed over",
    ),
    Case(
        name="stdin-empty",
        files={},
        args=("check", "-"),
        stdin=b"",
        exit_codes=(2,),
        stderr_has=("no readable article",),
        why="nothing on standard input is a clear error",
    ),
    Case(
        name="stdin-binary",
        files={"other.txt": OTHER.encode(), "more.txt": ARTICLE.encode()},
        args=("check", "-", "{dir}", "--format", "json"),
        stdin=bytes(range(256)) * 8,
        exit_codes=(1,),
        ok=2,
        skipped=1,
        why="binary bytes on standard input are listed as skipped beside the files",
    ),
]
