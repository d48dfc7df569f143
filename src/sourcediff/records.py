"""Article records: fields by the names they go by, the Document each record makes, unique ids.

Every reader (text headers, HTML metadata, JSON, JSONL and CSV records, dicts given to the
library) ends here, so an article's fields mean the same whatever it was read from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .models import Document

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
DATEPARSER_SETTINGS: dict[str, Any] = {
    # A bare year or month must not turn into an invented day, nor "yesterday" into today's date.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
}


def fields_of(raw: Mapping[str, Any]) -> dict[str, str]:
    """Record fields by their canonical names, from whichever alias holds a value."""
    values = {str(key).strip().lower(): _as_text(value) for key, value in raw.items()}
    fields: dict[str, str] = {}
    for field, aliases in FIELD_ALIASES.items():
        value = next((values[alias] for alias in aliases if values.get(alias)), "")
        if value:
            fields[field] = value
    return fields


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def article(fields: Mapping[str, str], *, doc_id: str, text: str, source: str, note: str) -> Document:
    """The readable document an article's fields make (outlet: the id when none is given)."""
    return Document(
        id=doc_id,
        text=text,
        outlet=fields.get("outlet") or doc_id,
        title=(fields.get("title") or _first_line(text))[:TITLE_MAX_CHARS],
        url=fields.get("url", ""),
        published=_iso_date(fields.get("published", "")),
        source=source,
        reason=note,
    )


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()  # a Markdown heading's marks are not its title
        if stripped:
            return stripped
    return ""


def _iso_date(value: str) -> str | None:
    """`value` as an ISO date (YYYY-MM-DD), or None when it names no particular day."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    moment = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
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
