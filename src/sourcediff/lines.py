"""JSONL and CSV read as streams: one line in memory at a time, one document per record.

Each line is decoded on its own (a file half UTF-8, half cp1252 is read right line by line), and
every record becomes a document, read or skipped with a reason that names its line or row. A CSV
row whose quote is never closed would swallow every row after it: it is reported on its own and
the rows after it are read again.
"""

from __future__ import annotations

import csv
import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .decode import Decoder, wide_encoding
from .errors import describe_failure
from .jsonload import JsonProblem, load
from .models import Document
from .records import FIELD_ALIASES, Origin, join_notes, megabytes, record_document, skipped

__all__ = ["Line", "read_csv", "read_jsonl", "text_lines"]

CHUNK_BYTES = 1 << 20
MAX_LINE_BYTES = 200_000_000  # one JSONL line or CSV row; memory stays bounded by it, not by the file
TOO_LONG = f"a line longer than {megabytes(MAX_LINE_BYTES)}, not read; split it into articles of their own"
CSV_DELIMITERS = (",", ";", "\t")
FIRST_CELL_CHARS = 40  # a row's first cell (an id, an outlet) is short: longer lines continue a text


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based, in the file
    text: str  # decoded, without its line end
    note: str = ""  # how it was decoded, when not plainly
    too_long: bool = False  # longer than the limit: its text is not kept


def text_lines(head: bytes, stream: BinaryIO, decoder: Decoder, *, max_line: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """The decoded lines of `head` and what follows it in `stream`."""
    wide = wide_encoding(head)
    if wide is not None:  # UTF-16 and UTF-32 cannot be split on a newline byte: decode it whole
        name, skip = wide
        text = (head + stream.read())[skip:].decode(name, "replace").replace("\x00", "")
        note = f"decoded as {name}" + ("" if skip else " (no byte order mark; told by its NUL bytes)")
        for number, line in enumerate(text.split("\n"), 1):
            yield Line(number, line.removesuffix("\r"), note)
        return
    newline = b"\n" if b"\n" in head or b"\r" not in head else b"\r"  # old Mac files end lines with CR
    for number, (data, too_long) in enumerate(_byte_lines(head, stream, newline, max_line), 1):
        if too_long:
            yield Line(number, "", too_long=True)
            continue
        decoded = decoder.decode_line(data.removesuffix(b"\r"))
        yield Line(number, decoded.text, "; ".join(decoded.notes))


def _byte_lines(head: bytes, stream: BinaryIO, newline: bytes, max_line: int) -> Iterator[tuple[bytes, bool]]:
    """Each line's bytes (without the newline), or (b"", True) for a line longer than `max_line`."""
    buffer, start, dropping, ended = bytearray(head), 0, False, False
    while True:
        at = buffer.find(newline, start)
        if at >= 0:
            yield (b"", True) if dropping else (bytes(buffer[start:at]), False)
            start, dropping = at + 1, False
            continue
        del buffer[:start]
        start = 0
        if len(buffer) > max_line:
            buffer.clear()
            dropping = True
        if ended:
            if dropping or buffer:
                yield (b"", True) if dropping else (bytes(buffer), False)
            return
        chunk = stream.read(CHUNK_BYTES)
        ended = not chunk
        buffer += chunk


def read_jsonl(lines: Iterable[Line], origin: Origin) -> Iterator[Document]:
    n = 0
    for line in lines:
        if line.too_long or line.text.strip():
            n += 1
            try:
                yield _jsonl_record(line, n, origin)
            except Exception as error:  # one record's fault must not lose the others
                reason = f"{origin.name} line {line.number}: {describe_failure(error)}"
                yield skipped(f"{origin.stem}-{n}", f"{origin.source}:{line.number}", reason)
    if n == 0:  # only blank lines (or NUL bytes): the file is listed, never lost
        reason = f"{origin.name}: no records, only blank lines; add one article per line"
        yield skipped(origin.stem, origin.source, reason)


def _jsonl_record(line: Line, n: int, origin: Origin) -> Document:
    default_id, source, where = f"{origin.stem}-{n}", f"{origin.source}:{line.number}", f"line {line.number}"
    if line.too_long:
        reason = f"{origin.name} {where}: {TOO_LONG}"
        return skipped(default_id, source, reason)
    try:
        raw = load(line.text)
    except json.JSONDecodeError as error:
        reason = f"{origin.name} {where}: not valid JSON ({error.msg}); fix or remove that line"
        return skipped(default_id, source, reason)
    except JsonProblem as problem:
        return skipped(default_id, source, f"{origin.name} {where}: {problem}")
    return record_document(raw, origin, n=n, where=where, source=source, note=line.note)



@dataclass(frozen=True, slots=True)
class _Row:
    cells: list[str]
    line: int  # where the row starts
    note: str = ""
    problem: str = ""  # why the row cannot be read ("" when it can)


class _TooLong(Exception):
    pass


def read_csv(lines: Iterator[Line], origin: Origin) -> Iterator[Document]:
    header_line = next((line for line in lines if line.too_long or line.text.strip()), None)
    if header_line is None or header_line.too_long:
        yield skipped(origin.stem, origin.source, f"{origin.name}: no header row; add one naming the columns")
        return
    delimiter = max(CSV_DELIMITERS, key=header_line.text.count)
    header = next(csv.reader([header_line.text], delimiter=delimiter), [])
    columns = [column.strip().lower() for column in header]
    if not set(FIELD_ALIASES["text"]) & set(columns):
        reason = (f"{origin.name} has no 'text' column (columns: {', '.join(header)}); "
                  "add one or rename the column holding the article")
        yield skipped(origin.stem, origin.source, reason)
        return
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))
    n = 0
    for row in _rows(lines, delimiter, len(columns)):
        if not row.problem and not any(cell.strip() for cell in row.cells):
            continue
        n += 1
        default_id, source = f"{origin.stem}-{n}", f"{origin.source}#{n}"
        if row.problem:
            yield skipped(default_id, source, f"{origin.name} row {n}: {row.problem}")
            continue
        record, note = _record(columns, row.cells, delimiter)
        if record is None:
            yield skipped(default_id, source, f"{origin.name} row {n} (line {row.line}): {note}")
            continue
        try:
            yield record_document(record, origin, n=n, where=f"row {n}", source=source,
                                  note=join_notes(row.note, note))
        except Exception as error:  # one record's fault must not lose the others
            yield skipped(default_id, source, f"{origin.name} row {n}: {describe_failure(error)}")
    if n == 0:
        reason = f"{origin.name} has a header row but no articles; add one row per article"
        yield skipped(origin.stem, origin.source, reason)


def _record(columns: list[str], cells: list[str], delimiter: str) -> tuple[dict[str, str] | None, str]:
    """The row by column, and a note; more cells than columns are the text's when it is the last column."""
    if len(cells) <= len(columns):
        return dict(zip(columns, cells, strict=False)), ""
    extra = len(cells) - len(columns)
    if columns[-1] not in FIELD_ALIASES["text"]:
        return None, (f"{len(cells)} cells but {len(columns)} columns; "
                      f"quote the fields that hold a '{delimiter}'")
    kept = [*cells[: len(columns) - 1], delimiter.join(cells[len(columns) - 1 :])]
    note = (f"{extra} more cell{'s' if extra > 1 else ''} than columns, read as part of the text "
            f"(a '{delimiter}' in it is not quoted); quote the text field")
    return dict(zip(columns, kept, strict=True)), note


def _rows(lines: Iterator[Line], delimiter: str, width: int) -> Iterator[_Row]:
    """The rows, each with the line it starts on; a row that cannot be read is reported, its later lines read again."""
    again: deque[Line] = deque()  # lines to read again after a bad row
    first_cells = [FIRST_CELL_CHARS]  # the longest first cell of a good row, for telling where a row starts
    while True:
        taken: list[Line] = []  # the lines of the row being read
        ended = [False]
        reader = csv.reader(_feed(lines, again, taken, ended), delimiter=delimiter)
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except (csv.Error, _TooLong) as error:
                start = taken[0].number if taken else 0
                too_long = isinstance(error, _TooLong)
                problem = TOO_LONG if too_long else f"not valid CSV ({error}); fix that row"
                yield _Row([], start, problem=f"line {start}: {problem}")
                again.extendleft(reversed(taken[1:]))
                break
            row_lines, taken[:] = list(taken), []
            if ended[0] or (len(row_lines) > 1 and len(cells) > width):
                # The row's own lines run on to the next line shaped like a row; from there, read again.
                rest = row_lines[1:]
                own = next((i for i, line in enumerate(rest) if _row_start(line.text, delimiter, width, first_cells)),
                           len(rest))
                lines_named = f"lines {row_lines[0].number}-{rest[own - 1].number}" if own else (
                    f"line {row_lines[0].number}")
                problem = (f"a quote opened in this row ({lines_named}) is never closed, so it would swallow the "
                           "rows after it; close the quote, or double it (\"\") inside a quoted field")
                yield _Row([], row_lines[0].number, problem=problem)
                again.extendleft(reversed(rest[own:]))
                break
            first_cells[0] = max(first_cells[0], 2 * len(cells[0]) if cells else 0)
            note = join_notes(*dict.fromkeys(line.note for line in row_lines))
            yield _Row(cells, row_lines[0].number if row_lines else 0, note)


def _row_start(text: str, delimiter: str, width: int, first_cells: list[int]) -> bool:
    """A line that reads as a whole row on its own, its first cell no longer than good rows' first cells."""
    try:
        cells = next(csv.reader([text], delimiter=delimiter, strict=True), [])
    except csv.Error:
        return False
    return len(cells) >= width and len(cells[0]) <= first_cells[0]


def _feed(lines: Iterator[Line], again: deque[Line], taken: list[Line], ended: list[bool]) -> Iterator[str]:
    while True:
        line = again.popleft() if again else next(lines, None)
        if line is None:
            ended[0] = True
            return
        taken.append(line)
        if line.too_long:
            raise _TooLong
        yield line.text + "\n"
