"""What reaches a terminal or a JSON file is safe: no escape sequence from an article, no markup
read out of article text, valid UTF-8 whatever the file names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import sourcediff
from cli_run import run
from sourcediff.report import render
from sourcediff.report.facts import render_facts
from sourcediff.report.safe import for_message, for_terminal, json_text

HOSTILE = (
    "\x1b[31m",  # colour
    "\x1b[2K",  # erase the line
    "\x1b]0;owned\x07",  # OSC: set the window title
    "\x1b]8;;http://x.example\x1b\\",  # OSC hyperlink ended by ST
    "\x9b2J",  # C1 CSI: clear the screen
    "\x1bc",  # reset the terminal
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\r",  # return: overwrite the line
    "\x08",  # backspace
    "\x00",
    "\x7f",
)
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\r", "\x08", "\x00", "\x7f", "\x9d")


def story(outlet_b: str = "Valley Post", title_b: str = "Ferry strikes pier") -> list[dict[str, str]]:
    """Three outlets on a made-up ferry accident; the second's text is full of escapes and brackets."""
    text = ("The Brackenfold ferry carried {n} passengers when it struck the pier on Friday, the operator said.\n\n"
            "Harbour master Wendeline Oakhart said the crossing had been \"calm [sic] until the last minute\".\n\n"
            "Repairs to the pier will cost £{m} million [by the Home Office], the harbour board said.\n")
    hostile = "".join(HOSTILE)
    return [
        {"id": "a", "outlet": "Coast Times", "title": "Ferry hits pier", "text": text.format(n=212, m=4)},
        {"id": "b", "outlet": outlet_b, "title": title_b,
         "text": text.format(n=f"{hostile}230{hostile}", m=5).replace("operator", f"operator{hostile} [/]")},
        {"id": "c", "outlet": "Harbour [/] News", "title": "[/bold] Ferry [red]crash",
         "text": text.format(n=250, m=4)},
    ]


@pytest.mark.parametrize("sequence", HOSTILE)
def test_for_terminal_drops_every_escape_and_control(sequence: str) -> None:
    shown = for_terminal(f"before {sequence}after")
    assert not any(character in shown for character in UNSAFE), repr(shown)
    assert shown.startswith("before ") and shown.endswith("after")


def test_for_terminal_keeps_text_newlines_and_brackets() -> None:
    assert for_terminal("one [sic]\ntwo\tthree") == "one [sic]\ntwo three"
    assert for_terminal("one\ntwo", newlines=False) == "one two"


def test_an_unended_osc_string_stops_at_the_line_end() -> None:
    assert for_terminal("title \x1b]0;no end here\nnext line") == "title \nnext line"


def test_an_undecodable_file_name_byte_is_shown_as_its_byte() -> None:
    name = os.fsdecode(b"report\xff.txt")
    assert for_terminal(name) == "report\\xff.txt"
    assert for_message(name) == "report\\xff.txt"


def test_for_message_shows_controls_escaped_on_one_line() -> None:
    assert for_message("a\x1b[31mb\nsourcediff: all fine\u202e") == "a\\x1b[31mb\\x0asourcediff: all fine\\u202e"


def test_json_text_escapes_what_json_leaves_raw_and_loads_back_the_same() -> None:
    value = "C1 \x9b2J, DEL \x7f, bidi \u202e, separator \u2028, byte " + os.fsdecode(b"\xff")
    text = json_text(json.dumps({"v": value}, ensure_ascii=False))
    text.encode("utf-8")  # no lone surrogate left
    assert not any(character in text for character in ("\x9b", "\x7f", "\u202e", "\u2028"))
    assert json.loads(text) == {"v": value}


def test_check_table_and_explain_show_no_escape_and_keep_brackets() -> None:
    report = sourcediff.check(story())
    shown = render(report, "table", show_all=True, explain=True, width=160)
    assert not any(character in shown for character in UNSAFE), repr(shown)
    assert "[sic]" in shown
    assert "[by the Home Office]" in shown
    assert "Harbour [/] News" in shown
    assert "Valley Post: Repairs to the pier will cost £5 million" in shown  # the hostile outlet's claim


def test_brackets_in_an_outlet_or_title_do_not_break_the_table() -> None:
    report = sourcediff.check(story(outlet_b="Post [/]", title_b="[/] [link=x]"))
    assert "Post [/]" in render(report, "table", explain=True, width=100)


def test_facts_table_shows_no_escape_and_keeps_brackets() -> None:
    found = sourcediff.facts(story(title_b="Ferry [/] strikes [sic] pier\x1b]0;t\x07"))
    shown = render_facts(found.documents, found.facts, found.dropped, "table", width=100)
    assert not any(character in shown for character in UNSAFE), repr(shown)
    assert "[sic]" in shown
    assert "[by the Home Office]" in shown
    assert "Ferry [/] strikes [sic] pier" in shown
    assert "[/bold] Ferry [red]crash" in shown


def test_json_report_is_safe_to_cat_and_loads_back_the_text() -> None:
    report = sourcediff.check(story())
    text = render(report, "json", show_all=True)
    assert not any(character in text for character in UNSAFE)
    loaded = json.loads(text)
    outlets = {document["id"]: document["outlet"] for document in loaded["documents"]}
    assert outlets["c"] == "Harbour [/] News"


def test_a_file_name_that_is_not_utf8_gives_valid_utf8_json(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, name in enumerate((b"port\xffauthority.txt", b"harbour.txt")):
        text = f"The Brackenfold ferry carried {200 + n * 30} passengers when it struck the pier on Friday.\n"
        with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
            handle.write(text.encode())
    run(["check", str(folder), "--format", "json"])
    out = capsysbinary.readouterr().out
    report = json.loads(out.decode("utf-8"))  # strict: raises on invalid UTF-8
    sources = sorted(os.fsencode(document["source"]) for document in report["documents"])
    assert sources[1].endswith(b"/port\xffauthority.txt")  # the name comes back byte for byte


def test_a_skipped_file_name_with_escapes_is_shown_escaped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ok.txt").write_text("The Brackenfold ferry carried 212 passengers on Friday.\n")
    (tmp_path / "evil\x1b]0;owned\x07.bin").write_bytes(b"x")
    run(["check", str(tmp_path)])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;owned\\x07.bin" in err
