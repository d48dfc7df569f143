"""Input as scrapers hand it over: stdin in any format, pages with no article, `-o` targets, workers.
Every record is reported, as ok or skipped with a reason. (Encodings: encodings.py; JSON, JSONL and
CSV: csvjson.py; folders: filesystem.py.)"""

from __future__ import annotations

from . import Case

ARTICLE = (
    "Flooding forced 3,000 residents from their homes in the river valley on Tuesday, officials said.\n"
    "The river rose 2.4 metres in six hours after the heaviest rain in 40 years.\n"
)
OTHER = ARTICLE.replace("3,000", "3,200")
FLAT = ARTICLE.replace("\n", " ").strip()
FLAT_OTHER = OTHER.replace("\n", " ").strip()
JSON_OUT = ("--format", "json")


def stdin_case(name: str, data: str, *, ok: int, why: str) -> Case:
    return Case(name=name, files={}, args=("check", "-", *JSON_OUT), stdin=data.encode(), ok=ok, skipped=0, why=why)


CASES = [
    Case(
        name="empty-text-field",
        files={"a.txt": ARTICLE.encode(), "b.json": b'{"text": "", "outlet": "Herald"}'},
        ok=1,
        skipped=1,
        why="a JSON article with empty text is listed as skipped",
    ),
    stdin_case("stdin-csv-is-sniffed", f'id,outlet,text\nr1,Herald,"{FLAT}"\nr2,Courier,"{FLAT_OTHER}"\n'
               f'r3,Gazette,"{FLAT}"\n', ok=3, why="a CSV on stdin was read as one article"),
    stdin_case("stdin-semicolon-csv-is-sniffed", f'id;outlet;text\nr1;Herald;"{FLAT}"\nr2;Courier;"{FLAT_OTHER}"\n',
               ok=2, why="a semicolon CSV on stdin"),
    stdin_case("stdin-jsonl-is-sniffed", f'{{"id": "r1", "text": "{FLAT}"}}\n{{"id": "r2", "text": "{FLAT_OTHER}"}}\n',
               ok=2, why="JSONL on stdin is one article per line"),
    stdin_case("stdin-json-list-is-sniffed",
               f'[{{"id": "r1", "text": "{FLAT}"}}, {{"id": "r2", "text": "{FLAT_OTHER}"}}]',
               ok=2, why="a JSON list on stdin"),
    stdin_case("stdin-html-is-sniffed", f"<!DOCTYPE html><html><head><title>River</title></head><body><article>"
               f"<p>{FLAT}</p><p>{FLAT_OTHER}</p></article></body></html>", ok=1, why="an HTML page on stdin"),
    Case(
        name="nav-only-html-skipped",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER.encode(),
               "index.html": b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport"
                             b"</a></nav><footer><a href='/about'>About us</a></footer></body></html>"},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("index.html: ",),
        why="a page of links and labels was accepted as an article",
    ),
    Case(
        name="output-may-not-name-an-input",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER.encode()},
        args=("check", "{dir}/a.txt", "{dir}/b.txt", "-o", "{dir}/a.txt"),
        exit_codes=(2,),
        stderr_has=("is one of the inputs",),
        why="-o naming an article overwrote it and exited 0",
    ),
    Case(
        name="output-inside-an-input-folder-over-an-article",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER.encode()},
        args=("check", "{dir}", "-o", "{dir}/b.txt"),
        exit_codes=(2,),
        stderr_has=("is one of the inputs",),
        why="-o naming a file inside a folder being read",
    ),
    Case(
        name="output-folder-missing-checked-first",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER.encode()},
        args=("check", "{dir}", "-o", "{tmp}/no/such/folder/report.json"),
        exit_codes=(2,),
        stderr_has=("does not exist",),
        why="a missing output folder was reported only after the whole run",
    ),
    Case(
        name="workers-capped-at-cores",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER.encode()},
        args=("check", "{dir}", *JSON_OUT, "--workers", "500"),
        ok=2,
        stderr_has=("--workers 500 is more than the",),
        why="--workers 200 started 201 processes",
    ),
]
