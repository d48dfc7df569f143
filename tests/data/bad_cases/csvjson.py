"""Malformed and extreme JSON, JSONL and CSV: every record is listed as ok or skipped with a reason
naming its line or row, and no record's fault (depth, a huge number, a broken quote) costs the others."""

from __future__ import annotations

import json

from . import Case

TEXT = "Flooding forced 3,000 residents from their homes in the river valley on Tuesday, officials said."
OTHER = "Flooding forced 3,200 residents from their homes in the river valley on Tuesday, officials said."


def record(text: object, n: int) -> str:
    return json.dumps({"id": f"r{n}", "outlet": f"Outlet {n}", "text": text})


def good_lines(count: int) -> list[str]:
    return [record(TEXT if n % 2 else OTHER, n) for n in range(1, count + 1)]


CASES = [
    Case(
        name="csv-unbalanced-quote-reported-per-row",
        files={"feed.csv": (f'id,outlet,text\nr1,Herald,"{TEXT}"\nr2,Courier,"{OTHER}\n'
                            f'r3,Gazette,"{TEXT}"\n').encode()},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("row 2", "never closed"),
        why="an unbalanced quote no longer merges 3 rows into 1: its row is reported, the next one read",
    ),
    Case(
        name="csv-field-larger-than-csv-default",
        files={"feed.csv": (f'id,outlet,text\nr1,Herald,"{TEXT} ' + "More words follow. " * 12_000
                            + f'"\nr2,Courier,"{OTHER}"\n').encode()},
        ok=2,
        skipped=0,
        why="a 230 KB field is past the csv module's 128 KB default; it is read (11 MB: tests/test_input_limits.py)",
    ),
    Case(
        name="csv-ragged-rows",
        files={"feed.csv": (f'id,outlet,text\nr1,Herald,"{TEXT}"\nr2,Courier\nr3,Gazette,{OTHER}, more\n').encode()},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("row 2", "no article text"),
        why="a short row is skipped with a reason; an unquoted comma in the last (text) column is kept as text",
    ),
    Case(
        name="json-nested-5000-deep",
        files={"deep.json": b"[" * 5000 + b"]" * 5000, "a.txt": TEXT.encode(), "b.txt": OTHER.encode()},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("nested more than 100 levels",),
        why="a deeply nested array was a RecursionError that lost the whole run",
    ),
    Case(
        name="json-object-nested-deep-in-jsonl",
        files={"feed.jsonl": "\n".join([*good_lines(2), '{"a":' * 3000 + "1" + "}" * 3000]).encode()},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("line 3", "nested more than 100 levels"),
        why="one deeply nested JSONL line costs only its own record",
    ),
    Case(
        name="json-400-digit-numbers",
        files={"feed.jsonl": "\n".join([
            *good_lines(2),
            '{"id": "r3", "text": ' + "9" * 400 + "}",
            '{"id": "r4", "outlet": ' + "7" * 400 + ', "published": ' + "1" * 400 + f', "text": "{TEXT}"}}',
            '{"id": "r5", "text": 1e400}',
        ]).encode()},
        exit_codes=(1,),
        ok=3,
        skipped=2,
        reasons=("line 3: its 'text' is a number too long to read", "line 5: its 'text' is"),
        why="400-digit numbers in any field were an OverflowError; a long one is no value, never a crash",
    ),
    Case(
        name="400-digit-number-in-article-text",
        files={"a.txt": f"{TEXT} The permit number was {'8' * 400} and the fine 10^400 pounds.".encode(),
               "b.txt": OTHER.encode()},
        args=("facts", "{dir}", "--format", "json"),
        ok=2,
        stdout_has=("3,000 residents",),
        why="a 400-digit figure in the text is not a figure (it raised OverflowError in extraction)",
    ),
    Case(
        name="text-field-not-a-string",
        files={"feed.jsonl": "\n".join([
            *good_lines(2),
            '{"id": "r3", "text": 12345}',
            '{"id": "r4", "text": NaN}',
            '{"id": "r5", "text": null}',
            '{"id": "r6", "text": ""}',
            '{"id": "r7", "text": ["a", "list"]}',
            '{"id": "r8", "text": true}',
        ]).encode()},
        exit_codes=(1,),
        ok=2,
        skipped=6,
        reasons=("'text' is a number (12345)", "'text' is NaN", "line 5: no article text", "line 6: no article text",
                 "'text' is a list", "'text' is true"),
        why="12345, NaN, null, empty, a list or true are not articles (12345 and NaN were read as ones)",
    ),
    Case(
        name="jsonl-broken-lines-each-reported",
        files={"feed.jsonl": "\n".join([
            *good_lines(2), '{"id": "r3", "text": "cut off', "[1, 2]", "not json at all", '"a string"',
        ]).encode()},
        exit_codes=(1,),
        ok=2,
        skipped=4,
        reasons=("line 3: not valid JSON", "line 4: not a JSON object", "line 5: not valid JSON",
                 "line 6: not a JSON object"),
        why="each bad line is its own skipped document, the good ones are kept",
    ),
    Case(
        name="json-list-with-bad-records",
        files={"feed.json": json.dumps([{"id": "r1", "text": TEXT}, {"id": "r2", "text": OTHER}, 7,
                                        {"id": "r4", "body": float("nan")}, {"id": "r5"}]).encode()},
        exit_codes=(1,),
        ok=2,
        skipped=3,
        reasons=("record 3: not a JSON object", "record 4: its 'body' is NaN", "record 5: no article text"),
        why="the records of a JSON list are judged one by one",
    ),
]
