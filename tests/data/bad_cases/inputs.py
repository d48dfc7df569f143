"""Malformed and oddly encoded input: every record is reported, as ok or skipped with a reason."""

from __future__ import annotations

from . import Case

ARTICLE = (
    "Flooding forced 3,000 residents from their homes in the river valley on Tuesday, officials said.\n"
    "The river rose 2.4 metres in six hours after the heaviest rain in 40 years.\n"
)

CASES = [
    Case(
        name="empty-text-field",
        files={"a.txt": ARTICLE.encode(), "b.json": b'{"text": "", "outlet": "Herald"}'},
        ok=1,
        skipped=1,
        why="a JSON article with empty text is listed as skipped",
    ),
]
