"""Article records: fields by the names they go by, the Document each record makes, unique ids.

Every reader (text headers, HTML metadata, JSON, JSONL and CSV records, dicts given to the
library) ends here, so an article's fields mean the same whatever it was read from.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .models import Document
from .outlets import outlet_from

# Record fields and the names they may go by, in JSON keys, CSV columns and header blocks.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "outlet": ("outlet", "source", "publisher", "site"),
    "title": ("title",),
    "url": ("url", "link"),
    "published": ("published", "date"),
    "text": ("text", "body", "content"),
}
TITLE_MAX_CHARS = 200
DATE_MAX_CHARS = 100  # a date is short; a longer value is not parsed as one
DATEPARSER_SETTINGS: dict[str, Any] = {
    # A bare year or month must not turn into an invented day, nor "yesterday" into today's date.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an input came from, by the names it goes by in ids, sources and reasons."""

    name: str  # shown in reasons: the file name, or "<stdin>"
    stem: str  # the default id
    source: str  # the path, or "<stdin>"


def fields_of(raw: Mapping[str, Any]) -> dict[str, str]:
    """Record fields by their canonical names, from whichever alias holds a value (the text: a string)."""
    values = {str(key).strip().lower(): value for key, value in raw.items()}
    fields: dict[str, str] = {}
    for field, aliases in FIELD_ALIASES.items():
        found = (_as_text(values.get(alias), numbers=field != "text") for alias in aliases)
        value = next((value for value in found if value), "")
        if value:
            fields[field] = value
    return fields


def _as_text(value: Any, *, numbers: bool = True) -> str:
    if isinstance(value, str):
        return value.strip()
    if numbers and isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    return ""


def text_problem(raw: Mapping[str, Any]) -> str:
    """Why a record holds no article text ("" when it does), ending in what to do about it."""
    given = [(key, value) for key, value in raw.items() if str(key).strip().lower() in FIELD_ALIASES["text"]]
    if any(isinstance(value, str) and value.strip() for _, value in given):
        return ""
    odd = [(key, value) for key, value in given if value is not None and not isinstance(value, str)]
    if not odd:
        return "no article text; fill its 'text' (or 'body') field or remove it"
    key, value = odd[0]
    return f"its '{key}' is {_described(value)}, not article text; make it a string holding the article"


def _described(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "infinite"
    if isinstance(value, int | float):
        shown = str(value)
        return f"a number ({shown if len(shown) <= 20 else shown[:17] + '...'})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a number too long to read" if type(value).__name__ == "LongNumber" else f"a {type(value).__name__}"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} KB"


def record_document(raw: Any, origin: Origin, *, n: int | None, where: str, source: str, note: str) -> Document:
    """Article `n` of a JSON, JSONL or CSV file (None: the file's only one); skipped when it is not one."""
    default_id = f"{origin.stem}-{n}" if n is not None else origin.stem
    label = f"{origin.name} {where}" if where else origin.name
    if not isinstance(raw, dict):
        reason = f"{label}: not a JSON object; make each article an object with a 'text' field"
        return skipped(default_id, source, reason)
    problem = text_problem(raw)
    if problem:
        return skipped(default_id, source, f"{label}: {problem}")
    fields = fields_of(raw)
    text = normalise_newlines(fields.pop("text"))
    doc_id = fields.get("id") or default_id
    return article(fields, doc_id=doc_id, text=text, source=source, note=note)


def join_notes(*notes: str) -> str:
    return "; ".join(note for note in notes if note)


def article(fields: Mapping[str, str], *, doc_id: str, text: str, source: str, note: str,
            offset_base: int | None = 0) -> Document:
    """The readable document an article's fields make (outlet: its own, else as `outlets` tells,
    else the id)."""
    return Document(
        id=doc_id,
        text=text,
        outlet=fields.get("outlet") or outlet_from(fields.get("url", ""), text) or doc_id,
        title=(fields.get("title") or _first_line(text))[:TITLE_MAX_CHARS],
        url=fields.get("url", ""),
        published=iso_date(fields.get("published", "")),
        source=source,
        reason=note,
        offset_base=offset_base,
    )


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()  # a Markdown heading's marks are not its title
        if stripped:
            return stripped
    return ""


def iso_date(value: str) -> str | None:
    """`value` as an ISO date (YYYY-MM-DD), or None when it names no particular day."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # an RFC 2822 date ("Tue, 1 Jul 2025 ..."); email is slow to import

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if len(value) > DATE_MAX_CHARS:
        return None
    import dateparser

    try:
        moment = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    except (ArithmeticError, ValueError):  # "99999999999999999999": a number, no date
        return None
    return moment.date().isoformat() if moment is not None else None


def skipped(doc_id: str, source: str, reason: str) -> Document:
    """A document set aside, with the one-line reason a user acts on."""
    return Document(id=doc_id, text="", source=source, status="skipped", reason=reason)


def unique_ids(documents: list[Document]) -> list[Document]:
    """The documents with clashing ids renamed `id-2`, `id-3`, ... in reading order."""
    used: set[str] = set()
    unique: list[Document] = []
    for document in documents:
        candidate, n = document.id, 2
        while candidate in used:
            candidate, n = f"{document.id}-{n}", n + 1
        used.add(candidate)
        unique.append(document if candidate == document.id else replace(document, id=candidate))
    return unique
