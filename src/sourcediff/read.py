"""Read articles from files, folders and stdin into `Document` records.

Every input becomes at least one `Document`: read ("ok") or set aside ("skipped") with a
one-line reason that names the file and says what to do. The text of an ok document is
final: line endings are normalised and header blocks removed here, because every offset a
later stage reports indexes into `Document.text`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sourcediff.errors import InputError, UsageError
from sourcediff.models import Document
from sourcediff.records import FIELD_ALIASES, article, fields_of, skipped, unique_ids

__all__ = ["Input", "read_inputs", "read_paths"]

SUFFIX_KINDS: dict[str, str] = {
    **dict.fromkeys((".txt", ".md", ".markdown"), "text"),
    **dict.fromkeys((".html", ".htm"), "html"),
    **dict.fromkeys((".jsonl", ".ndjson"), "jsonl"),
    ".json": "json",
    ".csv": "csv",
}
SUPPORTED_TYPES = ".txt, .md, .html, .json, .jsonl or .csv"

# Keys a plain-text header may use: the article fields' names, and the author (read but not kept).
HEADER_KEYS = frozenset(
    {"author"}.union(*(FIELD_ALIASES[key] for key in ("outlet", "title", "url", "published")))
)
HEADER_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")
# Lines front matter may hold besides `key: value`: blanks, comments, YAML list items, continuations.
FRONT_MATTER_OTHER_LINE = re.compile(r"^(\s|-\s|#|$)")
FRONT_MATTER_FENCE = "---"

CSV_DELIMITERS = (",", ";", "\t")
CSV_FIELD_LIMIT = 2**31 - 1  # articles are long; the csv default of 128 KiB is not enough
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

BINARY_REASON = "binary file, not text; convert it to UTF-8 text first"
EMPTY_REASON = "empty file; add the article text or leave the file out"
NO_HTML_TEXT_REASON = "no article text found in the HTML; save the article page itself, not an index page"


class _Unreadable(Exception):
    """The bytes cannot be turned into text; the message is the reason without the file name."""


@dataclass(frozen=True, slots=True)
class _Input:
    """One decoded input, with the names it goes by in ids, sources and reasons."""

    name: str  # shown in reasons: the file name, or "<stdin>"
    stem: str  # the default id
    source: str  # the path, or "<stdin>"
    text: str  # decoded, line endings normalised
    note: str  # "decoded as cp1252" when the bytes were not UTF-8, else ""


def read_paths(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, encoding: str | None = None
) -> list[Document]:
    """Read every path (a file, a folder read recursively, or "-" for `stdin`) into documents.

    `encoding` is tried for bytes that are not UTF-8, before detecting the encoding. Inputs that
    cannot be read come back as skipped documents with a reason; ids are unique across the call.
    """
    if not paths:
        raise InputError("no input given; name files or folders, or - to read stdin")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding '{encoding}'; try utf-8, cp1252 or latin-1") from None
    documents: list[Document] = []
    for path in paths:
        documents.extend(_read_path(path, stdin=stdin, encoding=encoding))
    return unique_ids(documents)


Input = str | os.PathLike[str] | Document | Mapping[str, Any]  # what the library's check() and facts() read
_RECORDS = _Input(name="input", stem="doc", source="<input>", text="", note="")


def read_inputs(inputs: Sequence[Input], *, stdin: BinaryIO | None = None) -> list[Document]:
    """Documents from paths (as `read_paths` reads them), ready-made `Document`s and article dicts.

    A dict is read like one article of a JSON file: `text` (required), `outlet`, `url`,
    `published`, and optionally `id` (default `doc-N`, N its place among the inputs) and `title`
    (default the first line). Ids are unique across the call: a clash gets `-2`, `-3`, ...
    """
    if not inputs:
        raise InputError("no input given; name files or folders, or give documents or dicts with a 'text'")
    documents: list[Document] = []
    for n, item in enumerate(inputs, 1):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Mapping):
            documents.append(_record(dict(item), _RECORDS, n=n, where=f"item {n}", source=f"<input {n}>"))
        elif isinstance(item, str | os.PathLike):
            documents.extend(_read_path(os.fspath(item), stdin=stdin, encoding=None))
        else:
            raise UsageError(
                f"cannot read input {n} ({type(item).__name__}); give a path, a Document or a dict with a 'text'"
            )
    return unique_ids(documents)


def _read_path(path: str, *, stdin: BinaryIO | None, encoding: str | None) -> list[Document]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_bytes(
            stream.read(), name="<stdin>", stem="stdin", source="<stdin>", kind=None, encoding=encoding
        )
    location = Path(path)
    if location.is_dir():
        return _read_folder(location, encoding=encoding)
    if not location.exists():
        return [skipped(location.stem or path, path, f"no such file or folder: {path}; check the path")]
    return _read_file(location, explicit=True, encoding=encoding)


def _read_folder(folder: Path, *, encoding: str | None) -> list[Document]:
    files = _files_in(folder)
    if not files:
        reason = f"{folder}: no files in this folder (hidden files are ignored); check the path"
        return [skipped(folder.name or str(folder), str(folder), reason)]
    return [doc for file in files for doc in _read_file(file, explicit=False, encoding=encoding)]


def _files_in(folder: Path) -> list[Path]:
    """Every file under `folder`, hidden files and folders left out, sorted by path."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    return sorted(found, key=lambda file: file.relative_to(folder).parts)


def _read_file(path: Path, *, explicit: bool, encoding: str | None) -> list[Document]:
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None and not explicit:
        described = f"'{path.suffix}'" if path.suffix else "(no extension)"
        reason = f"{path.name}: unsupported file type {described}; convert it to {SUPPORTED_TYPES}"
        return [skipped(path.stem, str(path), reason)]
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = f"{path.name}: cannot read it ({error.strerror}); check that it is a readable file"
        return [skipped(path.stem, str(path), reason)]
    return _read_bytes(data, name=path.name, stem=path.stem, source=str(path), kind=kind, encoding=encoding)


def _read_bytes(
    data: bytes, *, name: str, stem: str, source: str, kind: str | None, encoding: str | None
) -> list[Document]:
    try:
        text, note = _decode(data, encoding)
    except _Unreadable as problem:
        return [skipped(stem, source, f"{name}: {problem}")]
    text = _normalise_newlines(text)
    if not text.strip():
        return [skipped(stem, source, f"{name}: {EMPTY_REASON}")]
    item = _Input(name=name, stem=stem, source=source, text=text, note=note)
    return PARSERS[kind or _sniff_kind(text)](item)


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text and a note on how it was decoded; UTF-8 first, then `encoding`, then detection."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), "decoded as utf-16"
        except UnicodeDecodeError:
            raise _Unreadable(BINARY_REASON) from None
    if b"\x00" in data:
        raise _Unreadable(BINARY_REASON)
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    if encoding is not None:
        try:
            return data.decode(encoding), f"decoded as {encoding}"
        except UnicodeDecodeError:
            raise _Unreadable(
                f"not valid {encoding} text; try another --encoding or leave it out to detect it"
            ) from None
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise _Unreadable(BINARY_REASON)
    return str(match), f"decoded as {match.encoding}"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff_kind(text: str) -> str:
    head = text.lstrip()
    if head.startswith("<"):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl" if _looks_like_jsonl(head) else "json"
    return "text"


def _looks_like_jsonl(text: str) -> bool:
    first, _, rest = text.partition("\n")
    try:
        return isinstance(json.loads(first), dict) and bool(rest.strip())
    except json.JSONDecodeError:
        return False


def _read_text(item: _Input) -> list[Document]:
    header, body = _split_header(item.text)
    if not body.strip():
        reason = f"{item.name}: only a header block, no article text; add the text below the header"
        return [skipped(item.stem, item.source, reason)]
    return [article(fields_of(header), doc_id=item.stem, text=body, source=item.source, note=item.note)]


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """The header block's `key: value` pairs (keys lower-cased) and the text after it."""
    lines = text.split("\n")
    block = _front_matter(lines) or _key_lines(lines)
    if block is None:
        return {}, text
    pairs, consumed = block
    return pairs, "\n".join(lines[consumed:]).lstrip("\n")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int] | None:
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        return None
    pairs: dict[str, str] = {}
    for line in lines[1:end]:
        match = HEADER_LINE.match(line)
        if match:
            pairs[match[1].lower()] = match[2].strip().strip("\"'")
        elif not FRONT_MATTER_OTHER_LINE.match(line):
            return None
    return (pairs, end + 1) if pairs else None


def _key_lines(lines: list[str]) -> tuple[dict[str, str], int] | None:
    pairs: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return (pairs, index + 1) if pairs else None
        match = HEADER_LINE.match(line)
        if not match or match[1].lower() not in HEADER_KEYS:
            return None
        pairs[match[1].lower()] = match[2].strip()
    return None  # no blank line after it: these lines are the article, not a header


def _read_html(item: _Input) -> list[Document]:
    import trafilatura

    result = trafilatura.bare_extraction(
        item.text, with_metadata=True, include_comments=False, include_tables=False
    )
    text = _normalise_newlines(_attribute(result, "text"))
    if not text.strip():
        return [skipped(item.stem, item.source, f"{item.name}: {NO_HTML_TEXT_REASON}")]
    fields = {name: _attribute(result, name) for name in ("title", "date", "url", "sitename", "hostname")}
    fields |= {"outlet": fields["sitename"] or fields["hostname"], "published": fields["date"]}
    return [article(fields, doc_id=item.stem, text=text, source=item.source, note=item.note)]


def _attribute(result: Any, name: str) -> str:
    """A string field of trafilatura's result, whether it is a dict (1.x) or a Document (2.x)."""
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return value.strip() if isinstance(value, str) else ""


def _read_json(item: _Input) -> list[Document]:
    try:
        data = json.loads(item.text)
    except json.JSONDecodeError as error:
        reason = (
            f"{item.name}: not valid JSON at line {error.lineno} column {error.colno} ({error.msg}); "
            "fix the file there, or save the articles as .txt"
        )
        return [skipped(item.stem, item.source, reason)]
    if isinstance(data, dict):
        return [_record(data, item, n=None, where="", source=item.source)]
    if not isinstance(data, list) or not data:
        reason = (
            f"{item.name}: no article objects in it; make it an object with a 'text' field, or a list of them"
        )
        return [skipped(item.stem, item.source, reason)]
    return [
        _record(raw, item, n=n, where=f"record {n}", source=f"{item.source}#{n}")
        for n, raw in enumerate(data, 1)
    ]


def _read_jsonl(item: _Input) -> list[Document]:
    documents: list[Document] = []
    lines = [(number, line) for number, line in enumerate(item.text.split("\n"), 1) if line.strip()]
    for n, (number, line) in enumerate(lines, 1):
        default_id, source = f"{item.stem}-{n}", f"{item.source}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            reason = f"{item.name} line {number}: not valid JSON ({error.msg}); fix or remove that line"
            documents.append(skipped(default_id, source, reason))
            continue
        documents.append(_record(raw, item, n=n, where=f"line {number}", source=source))
    return documents


def _read_csv(item: _Input) -> list[Document]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    header_line = item.text.partition("\n")[0]
    reader = csv.reader(io.StringIO(item.text), delimiter=max(CSV_DELIMITERS, key=header_line.count))
    try:
        header, *rows = list(reader)
    except csv.Error as error:
        reason = f"{item.name} line {reader.line_num}: not valid CSV ({error}); fix that line"
        return [skipped(item.stem, item.source, reason)]
    columns = [column.strip().lower() for column in header]
    if not set(FIELD_ALIASES["text"]) & set(columns):
        reason = (
            f"{item.name} has no 'text' column (columns: {', '.join(header)}); "
            "add one or rename the column holding the article"
        )
        return [skipped(item.stem, item.source, reason)]
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        reason = f"{item.name} has a header row but no articles; add one row per article"
        return [skipped(item.stem, item.source, reason)]
    records = (dict(zip(columns, row, strict=False)) for row in rows)
    return [
        _record(raw, item, n=n, where=f"row {n}", source=f"{item.source}#{n}")
        for n, raw in enumerate(records, 1)
    ]


def _record(raw: Any, item: _Input, *, n: int | None, where: str, source: str) -> Document:
    """Article `n` of a JSON or CSV file (None: the file's only one); skipped when it is not one."""
    default_id = f"{item.stem}-{n}" if n is not None else item.stem
    label = f"{item.name} {where}" if where else item.name
    if not isinstance(raw, dict):
        reason = f"{label}: not a JSON object; make each article an object with a 'text' field"
        return skipped(default_id, source, reason)
    fields = fields_of(raw)
    text = _normalise_newlines(fields.pop("text", ""))
    if not text:
        reason = f"{label}: no article text; fill its 'text' (or 'body') field or remove it"
        return skipped(default_id, source, reason)
    doc_id = fields.get("id") or default_id
    return article(fields, doc_id=doc_id, text=text, source=source, note=item.note)


PARSERS: dict[str, Callable[[_Input], list[Document]]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
}
