"""What reaches the terminal or a JSON reader: no escape sequence from an article, an outlet, a title or a
file name; rich markup in text shown as written; valid UTF-8 whatever the file names.

(That the same files in any order give byte-identical JSON needs several runs: tests/test_order.py.)
"""

from __future__ import annotations

import json
import os

from . import Case

ESCAPES = "\x1b[31m\x1b[2K\x1b]0;owned\x07\x9b2J\u202e\x1bc"
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e")


def article(passengers: int, cost: int, extra: str = "") -> str:
    return (f"The Brackenfold ferry carried {passengers} passengers{extra} when it struck the pier on Friday, "
            f"the operator said.\n\n"
            f"Harbour master Wendeline Oakhart said the crossing had been \"calm [sic] until the last minute\".\n\n"
            f"Repairs will cost £{cost} million [by the Home Office], the harbour board said.\n")


PLAIN = {"a.txt": article(212, 4).encode(), "b.txt": article(230, 5).encode()}
HOSTILE_TEXT = {**PLAIN, "c.txt": article(250, 4, extra=f" {ESCAPES}").replace("operator", f"operator{ESCAPES}")
                .encode()}
HOSTILE_FIELDS = {
    **PLAIN,
    "c.json": json.dumps({"text": article(250, 4), "outlet": f"Harbour {ESCAPES}[/] News",
                          "title": f"Ferry [/] strikes [bold]pier{ESCAPES}"}).encode(),
}
ESCAPED_NAME = "evil\x1b]0;owned\x07.txt"
BAD_NAME = os.fsdecode(b"port\xffauthority.txt")  # not UTF-8: Python keeps the byte as "\udcff"

CASES = [
    Case(
        name="escapes-in-text-table",
        files=HOSTILE_TEXT,
        args=("check", "{dir}", "--all"),
        stdout_lacks=UNSAFE,
        stdout_has=("[sic]", "[by the Home Office]"),
        why="colour, erase-line, OSC title, C1 and bidi sequences in article text never reach the table",
    ),
    Case(
        name="escapes-in-text-explain",
        files=HOSTILE_TEXT,
        args=("check", "{dir}", "--all", "--explain"),
        stdout_lacks=UNSAFE,
        why="--explain prints values, normalised forms and set-aside text without their escapes",
    ),
    Case(
        name="escapes-in-text-facts",
        files=HOSTILE_TEXT,
        args=("facts", "{dir}"),
        stdout_lacks=UNSAFE,
        stdout_has=("[sic]", "[by the Home Office]"),
        why="the facts table shows sentences without escapes and with their brackets",
    ),
    Case(
        name="escapes-in-outlet-and-title-facts",
        files=HOSTILE_FIELDS,
        args=("facts", "{dir}"),
        stdout_lacks=UNSAFE,
        stdout_has=("Ferry [/] strikes [bold]pier",),
        why="an outlet or title with escapes and markup is shown plain in the facts table's title",
    ),
    Case(
        name="escapes-in-outlet-check-explain",
        files=HOSTILE_FIELDS,
        args=("check", "{dir}", "--all", "--explain"),
        stdout_lacks=UNSAFE,
        stdout_has=("Harbour [/] News",),
        why="an outlet with escapes and '[/]' is shown plain in the findings and --explain",
    ),
    Case(
        name="escapes-in-json",
        files={**HOSTILE_TEXT, "d.json": HOSTILE_FIELDS["c.json"]},
        args=("check", "{dir}", "--all", "--format", "json"),
        ok=4,
        stdout_lacks=UNSAFE,
        stdout_has=("\\u001b]0;owned\\u0007", "\\u202e"),
        why="JSON keeps the text but writes every control and bidi character as a \\u escape",
    ),
    Case(
        name="markup-close-tag-in-text",
        files={**PLAIN, "c.txt": article(250, 4, extra=" [/] [/bold] [link=http://x.example]").encode()},
        args=("facts", "{dir}"),
        stdout_has=("[/] [/bold] [li", "[link=http://x.example]", "[sic]"),
        why="'[/]' in article text crashed the facts table with a MarkupError",
    ),
    Case(
        name="markup-close-tag-explain",
        files={**PLAIN, "c.txt": article(250, 4, extra=" [/]").encode()},
        args=("check", "{dir}", "--explain", "--all"),
        stdout_has=("[/]", "[sic]"),
        why="'[/]' in article text must not crash check --explain",
    ),
    Case(
        name="emoji-codes-kept",
        files={**PLAIN, "c.txt": article(250, 4, extra=" :fire: :smile:").encode()},
        args=("facts", "{dir}"),
        stdout_has=(":fire: :smile:",),
        why="rich emoji codes in text are shown as written",
    ),
    Case(
        name="escapes-in-file-name",
        files={**PLAIN, ESCAPED_NAME: article(250, 4).encode(), "evil\x1b[31m.bin": b"\x00\x01"},
        args=("facts", "{dir}"),
        stdout_lacks=UNSAFE,
        stdout_has=("evil\\x1b]0;owned\\x07 — ", "skipped (evil\\x1b[31m.bin"),
        stderr_has=("evil\\x1b[31m.bin",),
        why="a file name (a document id) with escapes is shown escaped, so the name shown is the name to look for",
    ),
    Case(
        name="non-utf8-file-name-json",
        files={**PLAIN, BAD_NAME: article(250, 4).encode()},
        args=("check", "{dir}", "--format", "json"),
        ok=3,
        stdout_has=("port\\udcffauthority",),
        why="a file name that is not UTF-8 made stdout invalid UTF-8; its byte is kept as a \\udcff escape",
    ),
    Case(
        name="non-utf8-file-name-table",
        files={**PLAIN, BAD_NAME: article(250, 4).encode()},
        args=("facts", "{dir}"),
        stdout_has=("port\\xffauthority",),
        why="in a table the undecodable byte of a file name is shown as \\xff",
    ),
]
