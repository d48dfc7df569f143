"""Read articles from files, folders and stdin into `Document` records.

Every input becomes at least one `Document`: read ("ok") or set aside ("skipped") with a
one-line reason that names the file and says what to do; an ok document's reason says how it was
read when that is worth knowing (not UTF-8, repaired, cut to the size limit). The text of an ok
document is final: line endings are normalised and header blocks removed here, because every
offset a later stage reports indexes into `Document.text`.

Nothing one input does can stop the others being read: an error while reading a file or a record
skips that file or record with the error as its reason. JSONL and CSV are read as streams.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from .decode import BINARY_REASON, MAX_NUL_SHARE, Decoder, NotText, wide_encoding
from .errors import InputError, UsageError, describe_failure
from .headers import split_header
from .jsonload import JsonProblem, load
from .lines import read_csv, read_jsonl, text_lines
from .models import Document
from .outlets import SOURCES_FILE, SourceRow, domain_of, read_sources, sources_problem
from .records import (
    FIELD_ALIASES,
    Origin,
    article,
    fields_of,
    iso_date,
    join_notes,
    normalise_newlines,
    record_document,
    skipped,
    unique_ids,
)
from .regexes import compile_regex
from .walk import walk

__all__ = ["Input", "ReadOptions", "read_inputs", "read_paths"]

SUFFIX_KINDS: dict[str, str] = {
    **dict.fromkeys((".txt", ".md", ".markdown"), "text"),
    **dict.fromkeys((".html", ".htm"), "html"),
    **dict.fromkeys((".jsonl", ".ndjson"), "jsonl"),
    ".json": "json",
    ".csv": "csv",
}
SUPPORTED_TYPES = ".txt, .md, .html, .json, .jsonl or .csv"
STREAMED = frozenset({"jsonl", "csv"})
HEAD_BYTES = 65_536  # read first, to tell the encoding and the format
SNIFF_LINES = 20  # lines of the head looked at to tell JSONL from JSON
# HTML text worth calling an article holds a sentence: a line of some words with a sentence end.
SENTENCE_MIN_WORDS = 8
_SENTENCE_END = compile_regex(r"[.!?][\"”’')]*(?:\s|$)")

EMPTY_REASON = "empty file; add the article text or leave the file out"
NO_HTML_TEXT_REASON = "no article text found in the HTML; save the article page itself, not an index page"
NAV_ONLY_REASON = (
    "only links and labels found in the HTML, no article sentences; save the article page itself, not an index page"
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: `encoding` is tried for bytes that are not UTF-8 before detection;
    `hidden` reads hidden files and folders inside folders."""

    encoding: str | None = None
    hidden: bool = False

    def __post_init__(self) -> None:
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise UsageError(f"unknown encoding '{self.encoding}'; try utf-8, cp1252 or latin-1") from None

def read_paths(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    encoding: str | None = None,
    hidden: bool = False,
) -> list[Document]:
    """Read every path (a file, a folder read recursively, or "-" for `stdin`) into documents.

    Inputs that cannot be read come back as skipped documents with a reason; ids are unique across
    the call. The options are those of `ReadOptions`.
    """
    if not paths:
        raise InputError("no input given; name files or folders, or - to read stdin")
    options = ReadOptions(encoding=encoding, hidden=hidden)
    documents: list[Document] = []
    for path in paths:
        documents.extend(_read_path(path, stdin=stdin, options=options))
    return unique_ids(documents)


Input = str | os.PathLike[str] | Document | Mapping[str, Any]  # what the library's check() and facts() read
_RECORDS = Origin(name="input", stem="doc", source="<input>")


def read_inputs(
    inputs: Sequence[Input],
    *,
    stdin: BinaryIO | None = None,
    hidden: bool = False,
) -> list[Document]:
    """Documents from paths (as `read_paths` reads them), ready-made `Document`s and article dicts.

    A dict is read like one article of a JSON file: `text` (required), `outlet`, `url`,
    `published`, and optionally `id` (default `doc-N`, N its place among the inputs) and `title`
    (default the first line). Ids are unique across the call: a clash gets `-2`, `-3`, ...
    """
    if not inputs:
        raise InputError("no input given; name files or folders, or give documents or dicts with a 'text'")
    options = ReadOptions(hidden=hidden)
    documents: list[Document] = []
    for n, item in enumerate(inputs, 1):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Mapping):
            documents.append(record_document(dict(item), _RECORDS, n=n, where=f"item {n}", source=f"<input {n}>",
                                             note=""))
        elif isinstance(item, str | os.PathLike):
            documents.extend(_read_path(os.fspath(item), stdin=stdin, options=options))
        else:
            raise UsageError(
                f"cannot read input {n} ({type(item).__name__}); give a path, a Document or a dict with a 'text'"
            )
    return unique_ids(documents)


def _read_path(path: str, *, stdin: BinaryIO | None, options: ReadOptions) -> list[Document]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_stream(stream, Origin(name="<stdin>", stem="stdin", source="<stdin>"), None, options)
    location = Path(path)
    if location.is_dir():
        return _read_folder(location, options)
    if not location.exists():
        return [skipped(location.stem or path, path, f"no such file or folder: {path}; check the path")]
    return _Sources().applied(location, _read_file(location, explicit=True, options=options))


class _Sources:
    """The `sources.csv` of each folder read (see `outlets`): a row names a file's outlet, URL and date."""

    def __init__(self) -> None:
        self._rows: dict[Path, dict[str, SourceRow]] = {}
        self._problems: dict[Path, str] = {}

    def applied(self, path: Path, documents: list[Document]) -> list[Document]:
        row = self._of(path.parent).get(path.name)
        if row is None:
            return documents
        outlet = row.outlet or domain_of(row.url)
        return [replace(doc, outlet=outlet or doc.outlet, url=row.url or doc.url,
                        published=iso_date(row.published) or doc.published) if doc.status == "ok" else doc
                for doc in documents]

    def problems(self, path: Path) -> list[Document]:
        """`sources.csv` itself as a skipped document when it cannot be used; nothing when it can."""
        self._of(path.parent)
        problem = self._problems.get(path.parent, "")
        return [skipped(path.stem, str(path), f"{path.name}: {problem}")] if problem else []

    def _of(self, folder: Path) -> dict[str, SourceRow]:
        if folder not in self._rows:
            self._rows[folder] = {}
            listing = folder / SOURCES_FILE
            if listing.is_file():
                try:
                    data = listing.read_bytes().decode("utf-8-sig", "replace")
                except OSError as error:
                    self._problems[folder] = f"cannot read it ({error.strerror or error}); check that it is readable"
                else:
                    rows = read_sources(data)
                    problem = sources_problem(rows, data)
                    self._rows[folder], self._problems[folder] = ({}, problem) if problem else (rows, "")
        return self._rows[folder]


def _read_folder(folder: Path, options: ReadOptions) -> list[Document]:
    documents: list[Document] = []
    sources = _Sources()
    for entry in walk(folder, hidden=options.hidden):
        if entry.reason:
            name = entry.path.name or str(entry.path)
            documents.append(skipped(entry.path.stem or name, str(entry.path), f"{name}: {entry.reason}"))
        elif entry.path.name == SOURCES_FILE:
            documents.extend(sources.problems(entry.path))  # what its files are, not an article
        else:
            documents.extend(sources.applied(entry.path, _read_file(entry.path, explicit=False, options=options)))
    if not documents:
        reason = f"{folder}: no files in this folder; check the path"
        return [skipped(folder.name or str(folder), str(folder), reason)]
    return documents


def _read_file(path: Path, *, explicit: bool, options: ReadOptions) -> list[Document]:
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None and not explicit:
        described = f"'{path.suffix}'" if path.suffix else "(no extension)"
        reason = f"{path.name}: unsupported file type {described}; convert it to {SUPPORTED_TYPES}"
        return [skipped(path.stem, str(path), reason)]
    origin = Origin(name=path.name, stem=path.stem, source=str(path))
    try:
        with path.open("rb") as handle:
            return _read_stream(handle, origin, kind, options)
    except OSError as error:
        reason = f"{path.name}: cannot read it ({error.strerror or error}); check that it is a readable file"
        return [skipped(path.stem, str(path), reason)]


def _read_stream(stream: BinaryIO, origin: Origin, kind: str | None, options: ReadOptions) -> list[Document]:
    """Every document of one input; an unexpected error keeps the documents read before it."""
    documents: list[Document] = []
    try:
        documents.extend(_documents(stream, origin, kind, options))
    except OSError:
        raise
    except Exception as error:  # the error boundary of one input: the others go on
        where = f" after {len(documents)} records" if documents else ""
        documents.append(skipped(origin.stem, origin.source, f"{origin.name}{where}: {describe_failure(error)}"))
    return documents


def _documents(stream: BinaryIO, origin: Origin, kind: str | None, options: ReadOptions) -> Iterator[Document]:
    head = stream.read(HEAD_BYTES)
    kind = kind or _sniff_kind(_head_text(head))
    decoder = Decoder(encoding=options.encoding)
    if kind in STREAMED:
        if not head.strip():
            yield skipped(origin.stem, origin.source, f"{origin.name}: {EMPTY_REASON}")
        elif wide_encoding(head) is None and head.count(0) > max(1, len(head) * MAX_NUL_SHARE):
            yield skipped(origin.stem, origin.source, f"{origin.name}: {BINARY_REASON}")
        else:
            lines = text_lines(head, stream, decoder)
            yield from read_jsonl(lines, origin) if kind == "jsonl" else read_csv(lines, origin)
        return
    data = head + stream.read()
    try:
        decoded = decoder.decode(data)
    except NotText as problem:
        yield skipped(origin.stem, origin.source, f"{origin.name}: {problem}")
        return
    del data
    text = normalise_newlines(decoded.text)
    if not text.strip():
        yield skipped(origin.stem, origin.source, f"{origin.name}: {EMPTY_REASON}")
        return
    item = _Input(origin, text, join_notes(*decoded.notes))
    yield from PARSERS[kind](item)


@dataclass(frozen=True, slots=True)
class _Input:
    """One decoded input: where it came from, its text, how it was decoded."""

    origin: Origin
    text: str
    note: str


def _head_text(head: bytes) -> str:
    wide = wide_encoding(head)
    if wide is not None:
        name, skip = wide
        return head[skip : len(head) - len(head) % 4].decode(name, "replace")
    return head.decode("utf-8", "replace").lstrip("\ufeff")


def _sniff_kind(text: str) -> str:
    head = text.lstrip()
    if head.startswith("<"):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl" if _looks_like_jsonl(head) else "json"
    return "csv" if _looks_like_csv(head) else "text"


def _looks_like_jsonl(text: str) -> bool:
    """Several lines that open an object, most of them whole JSON objects (a broken line does not hide the rest)."""
    lines = [line for line in text.split("\n")[:SNIFF_LINES] if line.strip()]
    opening = [line for line in lines if line.lstrip().startswith("{")]
    if len(opening) < 2 and not (len(lines) >= 2 and _json_object(lines[0])):
        return False
    return sum(_json_object(line) for line in opening) * 2 >= len(opening)


def _json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError, ValueError):
        return False


def _looks_like_csv(text: str) -> bool:
    """A header row of short column names, one of them the text column's."""
    first = text.partition("\n")[0].strip()
    delimiter = max((",", ";", "\t"), key=first.count)
    names = [name.strip().strip('"').lower() for name in first.split(delimiter)]
    return len(names) >= 2 and bool(set(FIELD_ALIASES["text"]) & set(names)) and all(
        0 < len(name) <= 40 for name in names)


def _read_text(item: _Input) -> list[Document]:
    origin = item.origin
    header, body = split_header(item.text)
    if not body.strip():
        reason = f"{origin.name}: only a header block, no article text; add the text below the header"
        return [skipped(origin.stem, origin.source, reason)]
    return [article(fields_of(header), doc_id=origin.stem, text=body, source=origin.source, note=item.note,
                    offset_base=len(item.text) - len(body))]  # the body is the text's tail


_TAG = compile_regex(r"<[A-Za-z!/?]")


def _read_html(item: _Input) -> list[Document]:
    origin = item.origin
    if not _TAG.search(item.text):  # a page saved as text under an .html name: read it as text, saying so
        note = "; ".join(filter(None, (item.note, "no HTML tags in it, read as plain text")))
        return _read_text(replace(item, note=note))
    import trafilatura

    result = trafilatura.bare_extraction(
        item.text, with_metadata=True, include_comments=False, include_tables=False
    )
    text = normalise_newlines(_attribute(result, "text"))
    if not text.strip():
        return [skipped(origin.stem, origin.source, f"{origin.name}: {NO_HTML_TEXT_REASON}")]
    if not _has_sentence(text):
        return [skipped(origin.stem, origin.source, f"{origin.name}: {NAV_ONLY_REASON}")]
    fields = {name: _attribute(result, name) for name in ("title", "date", "url", "sitename", "hostname")}
    fields |= {"outlet": fields["sitename"] or fields["hostname"], "published": fields["date"]}
    return [article(fields, doc_id=origin.stem, text=text, source=origin.source, note=item.note, offset_base=None)]


def _has_sentence(text: str) -> bool:
    return any(len(line.split()) >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(line) for line in text.split("\n"))


def _attribute(result: Any, name: str) -> str:
    """A string field of trafilatura's result, whether it is a dict (1.x) or a Document (2.x)."""
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return value.strip() if isinstance(value, str) else ""


def _read_json(item: _Input) -> list[Document]:
    origin = item.origin
    try:
        data = load(item.text)
    except json.JSONDecodeError as error:
        reason = (
            f"{origin.name}: not valid JSON at line {error.lineno} column {error.colno} ({error.msg}); "
            "fix the file there, or save the articles as .txt"
        )
        return [skipped(origin.stem, origin.source, reason)]
    except JsonProblem as problem:
        return [skipped(origin.stem, origin.source, f"{origin.name}: {problem}")]
    if isinstance(data, dict):
        return [record_document(data, origin, n=None, where="", source=origin.source, note=item.note)]
    if not isinstance(data, list) or not data:
        reason = (
            f"{origin.name}: no article objects in it; make it an object with a 'text' field, or a list of them"
        )
        return [skipped(origin.stem, origin.source, reason)]
    documents = []
    for n, raw in enumerate(data, 1):
        source = f"{origin.source}#{n}"
        try:
            documents.append(record_document(raw, origin, n=n, where=f"record {n}", source=source, note=item.note))
        except Exception as error:  # one record's fault must not lose the others
            reason = f"{origin.name} record {n}: {describe_failure(error)}"
            documents.append(skipped(f"{origin.stem}-{n}", source, reason))
    return documents


PARSERS: dict[str, Callable[[_Input], list[Document]]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
}
