"""`sourcediff facts`: every fact the tool read, per document, and what cleaning set aside."""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..models import Document, Dropped, Fact
from .json import dumps
from .safe import for_message, for_terminal


def facts_dict(documents: Sequence[Document], facts: Sequence[Fact], dropped: Sequence[Dropped]) -> dict[str, object]:
    return {
        "documents": [doc.to_json() for doc in documents],
        "facts": [
            {
                "doc": f.doc,
                "kind": f.kind,
                "value": f.value,
                "normalized": f.normalized(),
                "text": f.sentence,
                "start": f.start,
                "end": f.end,
                "year": f.year,
            }
            for f in facts
        ],
        "dropped": [d.to_json() for d in dropped],
    }


def render_facts(
    documents: Sequence[Document],
    facts: Sequence[Fact],
    dropped: Sequence[Dropped],
    fmt: str,
    *,
    width: int | None = None,
) -> str:
    if fmt == "json":
        return dumps(facts_dict(documents, facts, dropped), indent=2)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def safe(text: str) -> Text:  # never markup, never an escape sequence
        return Text(for_terminal(text, newlines=False))

    buffer = io.StringIO()
    console = Console(file=buffer, width=width or 120, color_system=None if width else "auto", highlight=False,
                      markup=False, emoji=False)
    for doc in documents:
        if doc.status == "skipped":
            console.print(Text(f"{for_message(doc.id)}: skipped ({for_message(doc.reason)})"))
            continue
        title = f"{for_message(doc.id)} — {for_terminal(doc.outlet)} — {for_terminal(doc.title[:60])}"
        table = Table(title=safe(title), expand=True)
        for name in ("kind", "value", "normalized", "offsets", "sentence"):
            table.add_column(name, overflow="fold")
        for fact in (f for f in facts if f.doc == doc.id):
            table.add_row(fact.kind, safe(fact.value), safe(_short(fact)), f"{fact.start}-{fact.end}",
                          safe(fact.sentence[:120]))
        console.print(table)
        for drop in (d for d in dropped if d.doc == doc.id):
            console.print(safe(f"  set aside [{drop.start}:{drop.end}] {drop.reason}: {drop.preview}"))
    return buffer.getvalue()


def _short(fact: Fact) -> str:
    normal = fact.normalized()
    return ", ".join(f"{k}={v}" for k, v in normal.items() if v not in (None, False, [], ()))
