"""Text from articles, records and file names made safe to print and to write as JSON.

Article text, outlets, titles and file names come from scrapers and may carry terminal escape
sequences (colours, "erase line", OSC window titles), other C0 and C1 control characters, bidi
overrides that reorder what a reader sees, and, on Linux, file names that are not valid UTF-8
(Python keeps their bytes as lone surrogates, U+DC80..U+DCFF). Three ways out:

- `for_terminal`: text shown in a table or `--explain`. Escape sequences are removed whole,
  other controls and bidi overrides are dropped, a tab is a space, a line separator a newline,
  and an undecodable file-name byte is shown as `\\xNN` (as `os.fsdecode` plus `backslashreplace`
  would show it).
- `for_message`: a file name or reason in a one-line message on stderr. Nothing is dropped: every
  control, bidi override and undecodable byte is shown escaped (`\\x1b`, `\\u202e`, `\\xff`), so the
  name printed is the name to look for, and a newline cannot forge a second message.
- `for_html`: text put in the HTML report (which escapes `<`, `&` and quotes itself). Newlines
  and tabs stay; every other control, bidi override and undecodable byte is shown escaped, as
  `for_message` shows it, so the page is valid UTF-8 and reads in the order it is written.
- `json_text`: JSON written with `ensure_ascii=False`. `json` already escapes C0 controls; this
  also escapes DEL, C1 controls, bidi overrides, U+2028/U+2029 and lone surrogates as `\\uXXXX`,
  so the bytes are valid UTF-8 and harmless to `cat`, and `json.loads` gives back exactly the
  same strings (a file name's byte 0xFF comes back as "\\udcff", which `os.fsencode` turns back
  into the byte).
- `for_cell`: a cell of a CSV, Markdown or SQLite report. Like `for_message`, nothing is dropped
  and every control, bidi override, line separator and undecodable byte is shown escaped, but a
  tab and a newline (which those formats quote or keep) stay as written.

Every pattern here is a character class or a run of one, so the time is linear in the text.
"""

from __future__ import annotations

from functools import cache

from ..regexes import compile_regex

# ECMA-48 sequences, 7-bit (ESC ...) and 8-bit (C1) forms, each removed whole:
# CSI: ESC [ or 0x9B, parameter bytes, intermediate bytes, one final byte ("\x1b[31m", "\x1b[2K").
_CSI = r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
# OSC, DCS, SOS, PM, APC: a string ended by BEL or ST; an unended one stops at the line's end.
_STRING = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
# Any other escape: ESC, intermediate bytes, one final byte ("\x1bc" resets the terminal).
_OTHER = r"\x1b[\x20-\x2f]*[\x30-\x7e]?"
_ESCAPE_SEQUENCE = compile_regex(f"{_CSI}|{_STRING}|{_OTHER}")

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # marks, embeddings, overrides, isolates
_UNSAFE_FOR_TERMINAL = compile_regex(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff\\t]")
_UNSAFE_IN_JSON = compile_regex(f"[\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff]")


def _escaped(code: int) -> str:
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


_CONTROLS = (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))  # C0 but tab and newline, DEL, C1
_BIDI_CODES = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))  # as in _BIDI
_SURROGATES = range(0xD800, 0xE000)
_SEPARATORS = (0x2028, 0x2029)


@cache
def _tables() -> tuple[dict[int, str | None], dict[int, str], dict[int, str], dict[int, str]]:
    """str.translate tables, what each unsafe character becomes, for the terminal, a message, a table
    cell and HTML: made on first use (a run that writes JSON needs none)."""
    terminal: dict[int, str | None] = {
        **dict.fromkeys((*_CONTROLS, *_BIDI_CODES)),
        **{code: _escaped(code) for code in _SURROGATES},
        **dict.fromkeys(_SEPARATORS, "\n"),
        ord("\t"): " ",
    }
    message = {code: _escaped(code) for code in (*range(0x20), *_CONTROLS, *_BIDI_CODES, *_SEPARATORS, *_SURROGATES)}
    cell = {code: _escaped(code) for code in (*_CONTROLS, *_BIDI_CODES, *_SEPARATORS, *_SURROGATES)}
    html = {code: text for code, text in message.items() if code not in (0x09, 0x0A)}
    return terminal, message, cell, html


_UNSAFE_IN_CELL = compile_regex(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff]")


def for_terminal(text: str, *, newlines: bool = True) -> str:
    """`text` as a terminal may show it: no escape sequence, control or bidi override left.

    With `newlines=False` (a table title, a one-line cell) a newline becomes a space too.
    """
    if not _UNSAFE_FOR_TERMINAL.search(text):
        return text if newlines or "\n" not in text else text.replace("\n", " ")
    text = _ESCAPE_SEQUENCE.sub("", text).translate(_tables()[0])
    return text if newlines else text.replace("\n", " ")


def for_message(text: str) -> str:
    """`text` for one line of a message: every control and odd byte shown escaped, nothing dropped."""
    return text.translate(_tables()[1])


def for_cell(text: str) -> str:
    """`text` for a cell of a table file: valid UTF-8, every odd character shown escaped, tabs and newlines kept."""
    return text.translate(_tables()[2]) if _UNSAFE_IN_CELL.search(text) else text


def for_html(text: str) -> str:
    """`text` for the HTML report: newlines and tabs kept, every other odd character shown escaped."""
    return text.translate(_tables()[3])


def json_text(text: str) -> str:
    """JSON text from `json.dumps(..., ensure_ascii=False)` with the characters above escaped."""
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
