"""The CSV report: one row per claim (the rows of `frames.claim_rows`), a header row first.

Written with the standard library's csv module (pandas is never imported): UTF-8, fields quoted
when they need it, every line (header and rows) ended by "\\n"; a newline inside a sentence stays
inside its quoted field. Text cells go through `safe.for_cell`, so the file is valid UTF-8 and a
control character, bidi override or undecodable file-name byte is shown escaped, never written.

`excel=True` makes a file to open in a spreadsheet: a UTF-8 byte order mark first (so Excel reads
it as UTF-8), and every text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
gets a `'` put before it, so that a formula written into an article is shown, not run (the
OWASP advice on CSV injection). A value like "-5" is then written `'-5` too: a cell that starts
with `-` can be a formula (`-2+3`), and the quote cannot tell the two apart.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from ..models import Finding, Report
from .frames import FINDING_COLUMNS, claim_rows
from .safe import for_cell

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PIECE_CHARS = 1 << 16  # the text is written in pieces of about this size, never whole in memory


def neutralised(text: str) -> str:
    """A cell a spreadsheet will not read as a formula: `'` before a dangerous first character."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def report_csv_pieces(report: Report, findings: Sequence[Finding], *, excel: bool = False) -> Iterator[str]:
    """The CSV report in pieces; with `excel`, a byte order mark first and formula-like cells neutralised."""
    buffer = io.StringIO(BOM if excel else "")
    buffer.seek(0, io.SEEK_END)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
    for row in claim_rows(report, findings):
        writer.writerow([_cell(value, excel) for value in row])
        if buffer.tell() > PIECE_CHARS:
            yield _take(buffer)
    yield _take(buffer)


def _cell(value: object, excel: bool) -> object:
    if not isinstance(value, str):  # a number, or None (written as an empty field)
        return value
    text = for_cell(value)
    return neutralised(text) if excel else text


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
