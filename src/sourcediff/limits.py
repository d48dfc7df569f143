"""The per-document size limit: a document larger than the limit is cut, at a paragraph break where
one is near the limit, else at a sentence end, else at a space, and the cut is noted in its `reason`.

A cut, not a split into parts: the parts of one page would be documents of one outlet set against
each other, and a page of many megabytes is a dump (a feed, a log, a listing), not one article,
so what matters is that it neither hangs the run nor costs the other documents their findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .models import Document
from .regexes import compile_regex

DEFAULT_MAX_DOC_SIZE = 5_000_000  # bytes of UTF-8 text
TRUNCATED = "truncated"  # the word the note in `reason` starts with
_UNITS = {"": 1, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000,
          "gb": 1_000_000_000}
_SIZE = compile_regex(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.IGNORECASE)
_SENTENCE_END = compile_regex(r"[.!?][\"'”’)\]]*\s")
# Where a cut may fall, best first, if it is in the last KEEP_FROM of the allowed text.
KEEP_FROM = 0.5


def parse_size(value: str) -> int:
    """Bytes in a size such as "5000000", "5MB", "500k" or "0" (no limit); ValueError otherwise."""
    found = _SIZE.fullmatch(value)
    unit = found.group(2).lower() if found else ""
    if found is None or unit not in _UNITS:
        raise ValueError(f"{value!r} is not a size (say 5MB, 500kB or a number of bytes; 0 for no limit)")
    return int(float(found.group(1)) * _UNITS[unit])


def limit_size(docs: Iterable[Document], *, max_bytes: int = DEFAULT_MAX_DOC_SIZE) -> tuple[Document, ...]:
    """The documents, each of more than `max_bytes` bytes of UTF-8 cut to at most that (0: no limit)."""
    return tuple(_limited(doc, max_bytes) if max_bytes > 0 and doc.status == "ok" else doc for doc in docs)


def _limited(doc: Document, max_bytes: int) -> Document:
    text = doc.text
    if len(text) <= max_bytes // 4:  # no character takes more than four bytes
        return doc
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= max_bytes:
        return doc
    allowed = encoded[:max_bytes].decode("utf-8", "ignore")  # a character cut in two is left out
    cut = cut_point(allowed)
    note = (f"{TRUNCATED} at {len(allowed[:cut].encode('utf-8', 'surrogatepass')):,} of {len(encoded):,} bytes "
            f"(--max-doc-size {max_bytes:,}; 0 for no limit)")
    return replace(doc, text=text[:cut], reason=f"{doc.reason}; {note}" if doc.reason else note)


def cut_point(allowed: str) -> int:
    """Where to end `allowed`: after its last paragraph break, sentence end or space in its last half."""
    floor = int(len(allowed) * KEEP_FROM)
    for mark in ("\n\n", "\n"):
        at = allowed.rfind(mark, floor)
        if at >= 0:
            return at + len(mark)
    tail = allowed[floor:]
    ends = [m.end() for m in _SENTENCE_END.finditer(tail, max(0, len(tail) - 100_000))]
    if ends:
        return floor + ends[-1]
    at = allowed.rfind(" ", floor)
    return at + 1 if at >= 0 else len(allowed)


def truncated(doc: Document) -> bool:
    """Whether `limit_size` cut the document."""
    return doc.status == "ok" and f"{TRUNCATED} at " in doc.reason
