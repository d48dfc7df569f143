"""A story's title for a report's heading, chosen the same way in every format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import Document

TITLE_CHARS = 160  # a headline is shorter; a longer "title" is an article's first paragraph
HEADLINE_WORDS = 3


def story_title(documents: Iterable[Document], *, chars: int = TITLE_CHARS) -> str:
    """The title most of the story's documents share; on a tie, the first that reads as a headline
    (`HEADLINE_WORDS` words or more, not over `TITLE_CHARS` characters), else the first; cut to
    `chars` characters. "" when no document has a title."""
    titles = Counter(" ".join(doc.title.split()) for doc in documents if doc.title.strip())
    most = max(titles.values(), default=0)
    tied = [title for title, count in titles.items() if count == most]  # in document order
    title = next((t for t in tied if len(t.split()) >= HEADLINE_WORDS and len(t) <= TITLE_CHARS),
                 tied[0] if tied else "")
    return title if len(title) <= chars else title[: chars - 1].rstrip() + "…"
